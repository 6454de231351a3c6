// SPDX-License-Identifier: EUPL-1.2

#pragma once

// ConnectionSettings: how this workstation reaches the service: the authority's Security Server,
// the X-Road identities, the officer on whose behalf calls are made, and the TLS material (§1).

#include "lv/lverror.h"
#include "lv/xroadid.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace lvdesk {

struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    QUrl securityServer; // e.g. https://ss.kunta.local:8443 (scheme, host, port; no path needed)
    XRoadId client; // X-Road-Client: INSTANCE/CLASS/MEMBER/SUBSYSTEM
    XRoadId service; // INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE
    QString userId; // X-Road-UserId: the officer's login

    QString caFile; // optional extra CA certificates (PEM), trusted besides the system store
    QString clientCertificate; // optional PKCS#12 (.p12/.pfx) or PEM certificate file
    QString clientKey; // PEM private key when it is not inside clientCertificate
    QString passphraseKey; // SecretStore key of the certificate/key passphrase; empty = none

    std::chrono::milliseconds transferTimeout{std::chrono::seconds(60)};

    // The settings' problems, or nullopt when calls may be made: both identifiers valid, an
    // http(s) Security Server URL, plain HTTP only to a loopback literal, and a user id that is
    // safe in a header.
    std::optional<LvError> validate() const;

    // 127.0.0.0/8 and ::1 as IP literals: the only hosts plain HTTP may go to (the simulator and
    // development setups). A name, even "localhost", does not count.
    static bool isLoopbackHost(const QString &host);
};

} // namespace lvdesk
