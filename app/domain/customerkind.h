// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// Whether a customer is a natural person or an organisation. An unknown wire value is kept as
// Unknown with its raw string, so that it can be stored and shown rather than dropped.
class CustomerKind
{
    Q_DECLARE_TR_FUNCTIONS(CustomerKind)
public:
    enum Kind {
        Unknown,
        Person,
        Organisation,
    };

    CustomerKind() = default;
    explicit CustomerKind(Kind kind); // kind must not be Unknown (use fromString for that)

    // "person" / "organisation"; anything else gives Unknown keeping `name`.
    static CustomerKind fromString(const QString &name);

    Kind kind() const { return m_kind; }
    bool isUnknown() const { return m_kind == Unknown; }
    QString toString() const { return m_name; } // wire/storage name, raw string for Unknown
    QString displayName() const;

    friend bool operator==(const CustomerKind &a, const CustomerKind &b)
    {
        return a.m_kind == b.m_kind && a.m_name == b.m_name;
    }
    friend bool operator!=(const CustomerKind &a, const CustomerKind &b) { return !(a == b); }

private:
    Kind m_kind = Unknown;
    QString m_name;
};

} // namespace lvdesk
