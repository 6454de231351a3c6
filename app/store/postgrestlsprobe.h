// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// PostgresTlsProbe: says in the officer's language why a verified TLS connection to the shared
// database failed, which libpq's own messages (English, or whatever its translations say) do not
// do reliably. It asks the server for TLS the way libpq does (SSLRequest), then checks its
// certificate against store/sslRootCert and store/host with Qt's TLS, and names what is wrong: no
// TLS at all, a certificate for another host, one from another CA, or one out of date
// (tst_storetls). Blocking, with short timeouts: Store::prepare asks it, off the GUI thread, when
// the first connection of a start has failed.
class PostgresTlsProbe
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTlsProbe)

public:
    // A translated explanation when TLS is the reason the server was refused; empty when the
    // server's TLS looks right (the failure has another cause) or it could not be reached at all.
    static QString explain(const StoreConfig &config);
};

} // namespace lvdesk
