// SPDX-License-Identifier: EUPL-1.2

#include "connectionsettings.h"

#include "domain/loopbackaddress.h"
#include "domain/mediatype.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lvdesk {

bool ConnectionSettings::isLoopbackHost(const QString &host)
{
    return LoopbackAddress::isLoopbackLiteral(host);
}

std::optional<LvError> ConnectionSettings::validate() const
{
    if (!securityServer.isValid() || securityServer.host().isEmpty())
        return LvError::configuration(
            tr("The Security Server address is missing or not a valid URL. Set it in the settings, "
               "e.g. https://ss.example.fi:8443."));
    const QString scheme = securityServer.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return LvError::configuration(
            tr("The Security Server address must start with https:// (it starts with \"%1\").")
                .arg(securityServer.scheme()));
    if (scheme == "http"_L1 && !isLoopbackHost(securityServer.host()))
        return LvError::configuration(
            tr("Plain HTTP is allowed only to this workstation itself (127.0.0.1 or ::1). Use an "
               "https:// address for the Security Server %1.")
                .arg(securityServer.host()));
    if (!client.isValid() || client.type() != XRoadId::Type::Subsystem)
        return LvError::configuration(tr(
            "The X-Road client (INSTANCE/CLASS/MEMBER/SUBSYSTEM) is missing from the settings."));
    if (!service.isValid() || service.type() != XRoadId::Type::Service)
        return LvError::configuration(
            tr("The X-Road service (INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE) is missing from the "
               "settings."));
    // X-Road-UserId is a header: a line break in it would write a header of its own, and an
    // invisible character would send another name than the one shown.
    const bool invisible = std::any_of(userId.cbegin(), userId.cend(),
                                       [](QChar c) { return c.category() == QChar::Other_Format; });
    if (invisible || !MediaType::isSafeHeaderValue(userId.toUtf8()))
        return LvError::configuration(
            tr("The X-Road user id contains a line break or another control character. Correct "
               "connection/userId in the profile."));
    if (transferTimeout.count() <= 0)
        return LvError::configuration(tr("The transfer timeout must be longer than zero."));
    return std::nullopt;
}

} // namespace lvdesk
