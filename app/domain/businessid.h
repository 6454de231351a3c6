// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>

namespace lvdesk {

// A Finnish business id (Y-tunnus) NNNNNNN-C with its mod-11 check digit.
class BusinessId
{
public:
    BusinessId() = default;
    // Parses `id` exactly as written ("1234567-8"); invalid if the form or the check digit is
    // wrong.
    static BusinessId fromString(QStringView id);
    static bool isValidId(QStringView id) { return fromString(id).isValid(); }
    // The check digit for seven digits, or -1 when no check digit exists (remainder 1).
    static int checkDigit(QStringView sevenDigits);

    bool isValid() const { return !m_id.isEmpty(); }
    QString toString() const { return m_id; }

    friend bool operator==(const BusinessId &a, const BusinessId &b) { return a.m_id == b.m_id; }
    friend bool operator!=(const BusinessId &a, const BusinessId &b) { return !(a == b); }

private:
    QString m_id;
};

} // namespace lvdesk
