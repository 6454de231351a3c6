// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringList>

namespace lvdesk {

// An X-Road identifier written INSTANCE/CLASS/MEMBER/SUBSYSTEM[/SERVICE], as the simulator's
// Security Server compares it with the X-Road-Client header and the request path.
struct XRoadIdentifier
{
    QString instance;
    QString memberClass;
    QString memberCode;
    QString subsystem;
    QString service;

    // parts is 4 (client) or 5 (service) elements; false when any is empty or the class unknown.
    static bool fromParts(const QStringList &parts, XRoadIdentifier *out)
    {
        if (parts.size() != 4 && parts.size() != 5)
            return false;
        for (const QString &p : parts) {
            if (p.isEmpty())
                return false;
        }
        static const QStringList classes
            = {QStringLiteral("GOV"), QStringLiteral("MUN"), QStringLiteral("ORG"),
               QStringLiteral("COM"), QStringLiteral("EDU")};
        if (!classes.contains(parts.at(1)))
            return false;
        *out = {parts.at(0), parts.at(1), parts.at(2), parts.at(3),
                parts.size() == 5 ? parts.at(4) : QString()};
        return true;
    }
    static bool parse(const QString &text, XRoadIdentifier *out)
    {
        return fromParts(text.split(QLatin1Char('/')), out);
    }
    bool sameSubsystem(const XRoadIdentifier &o) const
    {
        return instance == o.instance && memberClass == o.memberClass && memberCode == o.memberCode
               && subsystem == o.subsystem;
    }
    QString toString() const
    {
        QString s = instance + QLatin1Char('/') + memberClass + QLatin1Char('/') + memberCode
                    + QLatin1Char('/') + subsystem;
        if (!service.isEmpty())
            s += QLatin1Char('/') + service;
        return s;
    }
};

} // namespace lvdesk
