// SPDX-License-Identifier: EUPL-1.2

#pragma once

// XRoadId: an X-Road client subsystem (INSTANCE/CLASS/MEMBER/SUBSYSTEM) or service
// (INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE) identifier, validated and turned into URL paths (§1).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lvdesk {

class XRoadId
{
    Q_DECLARE_TR_FUNCTIONS(XRoadId)

public:
    enum class Type {
        Subsystem, // INSTANCE/CLASS/MEMBER/SUBSYSTEM: the X-Road-Client header
        Service, // INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE: the service we call
    };

    XRoadId() = default;

    // Parses "FI-TEST/MUN/0135202-4/lvdesk" (Subsystem) or ".../LV/lvService" (Service).
    // On failure returns nullopt and, when error is given, says which part is wrong.
    static std::optional<XRoadId> parse(const QString &text, Type type, QString *error = nullptr);

    static bool isKnownInstance(const QString &instance);
    static bool isKnownMemberClass(const QString &memberClass);

    bool isValid() const { return !m_instance.isEmpty(); }
    Type type() const { return m_type; }
    QString instance() const { return m_instance; }
    QString memberClass() const { return m_memberClass; }
    QString memberCode() const { return m_memberCode; }
    QString subsystemCode() const { return m_subsystemCode; }
    QString serviceCode() const { return m_serviceCode; }

    // The identifier as the X-Road-Client header and settings write it (unencoded, '/'-joined).
    QString toString() const;
    // The same service's subsystem (without the service code), for the listMethods metaservice.
    XRoadId subsystem() const;
    // "/r1/INSTANCE/CLASS/MEMBER/SUBSYSTEM[/SERVICE]", each part percent-encoded on its own
    // (UTF-8).
    QByteArray encodedPath() const;

    // Percent-encodes one path part: everything except the RFC 3986 unreserved characters, so that
    // a '/', '?', '#', '%' or ' ' inside an identifier can never change the path's structure.
    static QByteArray encodePart(const QString &part);

    friend bool operator==(const XRoadId &a, const XRoadId &b)
    {
        return a.m_type == b.m_type && a.m_instance == b.m_instance
               && a.m_memberClass == b.m_memberClass && a.m_memberCode == b.m_memberCode
               && a.m_subsystemCode == b.m_subsystemCode && a.m_serviceCode == b.m_serviceCode;
    }
    friend bool operator!=(const XRoadId &a, const XRoadId &b) { return !(a == b); }

private:
    QStringList parts() const;

    Type m_type = Type::Subsystem;
    QString m_instance;
    QString m_memberClass;
    QString m_memberCode;
    QString m_subsystemCode;
    QString m_serviceCode;
};

} // namespace lvdesk
