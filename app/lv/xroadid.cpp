// SPDX-License-Identifier: EUPL-1.2

#include "xroadid.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
// X-Road identifier parts are short codes; anything longer is a mistake in the settings.
constexpr qsizetype maxPartLength = 255;
} // namespace

bool XRoadId::isKnownInstance(const QString &instance)
{
    return instance == "FI-DEV"_L1 || instance == "FI-TEST"_L1 || instance == "FI"_L1;
}

bool XRoadId::isKnownMemberClass(const QString &memberClass)
{
    return memberClass == "GOV"_L1 || memberClass == "MUN"_L1 || memberClass == "ORG"_L1
           || memberClass == "COM"_L1 || memberClass == "EDU"_L1;
}

std::optional<XRoadId> XRoadId::parse(const QString &text, Type type, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<XRoadId> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QStringList parts = text.trimmed().split(u'/');
    const int expected = type == Type::Subsystem ? 4 : 5;
    if (parts.size() != expected) {
        return fail(type == Type::Subsystem
                        ? tr("An X-Road client must be written INSTANCE/CLASS/MEMBER/SUBSYSTEM, "
                             "with four parts; \"%1\" has %2.")
                              .arg(text)
                              .arg(parts.size())
                        : tr("An X-Road service must be written "
                             "INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE, with five parts; \"%1\" has "
                             "%2.")
                              .arg(text)
                              .arg(parts.size()));
    }
    static const char *const names[]
        = {QT_TR_NOOP("instance"), QT_TR_NOOP("member class"), QT_TR_NOOP("member code"),
           QT_TR_NOOP("subsystem code"), QT_TR_NOOP("service code")};
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty())
            return fail(
                tr("The %1 of the X-Road identifier \"%2\" is empty.").arg(tr(names[i]), text));
        if (part.size() > maxPartLength)
            return fail(
                tr("The %1 of the X-Road identifier \"%2\" is too long.").arg(tr(names[i]), text));
        for (const QChar c : part) {
            if (c.category() == QChar::Other_Control)
                return fail(
                    tr("The %1 of the X-Road identifier \"%2\" contains a control character.")
                        .arg(tr(names[i]), text));
        }
        // "." and ".." would be path navigation for anything that normalises the URL.
        if (part == "."_L1 || part == ".."_L1)
            return fail(tr("The %1 of the X-Road identifier \"%2\" is not a valid code.")
                            .arg(tr(names[i]), text));
    }
    if (!isKnownInstance(parts.at(0)))
        return fail(
            tr("Unknown X-Road instance \"%1\": expected FI-DEV, FI-TEST or FI.").arg(parts.at(0)));
    if (!isKnownMemberClass(parts.at(1)))
        return fail(tr("Unknown X-Road member class \"%1\": expected GOV, MUN, ORG, COM or EDU.")
                        .arg(parts.at(1)));

    XRoadId id;
    id.m_type = type;
    id.m_instance = parts.at(0);
    id.m_memberClass = parts.at(1);
    id.m_memberCode = parts.at(2);
    id.m_subsystemCode = parts.at(3);
    if (type == Type::Service)
        id.m_serviceCode = parts.at(4);
    return id;
}

QStringList XRoadId::parts() const
{
    QStringList list{m_instance, m_memberClass, m_memberCode, m_subsystemCode};
    if (m_type == Type::Service)
        list.append(m_serviceCode);
    return list;
}

QString XRoadId::toString() const
{
    if (!isValid())
        return {};
    return parts().join(u'/');
}

XRoadId XRoadId::subsystem() const
{
    XRoadId id = *this;
    id.m_type = Type::Subsystem;
    id.m_serviceCode.clear();
    return id;
}

QByteArray XRoadId::encodePart(const QString &part)
{
    return QUrl::toPercentEncoding(part);
}

QByteArray XRoadId::encodedPath() const
{
    QByteArray path = "/r1";
    const QStringList list = parts();
    for (const QString &part : list) {
        path += '/';
        path += encodePart(part);
    }
    return path;
}

} // namespace lvdesk
