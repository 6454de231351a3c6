// SPDX-License-Identifier: EUPL-1.2

#include "store.h"

#include "migrator.h"
#include "postgrestlsprobe.h"
#include "storeconnection.h"
#include "storelog.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

Store::Status Store::prepare(const StoreConfig &config)
{
    Status status;
    const QString name = StoreConnection::nameForThisThread(u"prepare"_s);
    {
        QSqlDatabase db
            = StoreConnection::open(config, name, &status.error, StoreConnection::Check::Quick);
        if (!db.isValid()) {
            // libpq's words are technical and not in the officer's language: say what is wrong
            // with the server's TLS when that is the reason (asked here, off the GUI thread).
            const QString tls = PostgresTlsProbe::explain(config);
            if (!tls.isEmpty())
                status.error = tls;
            return status;
        }
        const Migrator::Result result = Migrator(db).migrate();
        status.ok = result.ok;
        status.fromVersion = result.fromVersion;
        status.version = result.toVersion;
        status.error = result.error;
    }
    StoreConnection::close(name);
    if (status.ok)
        qCInfo(lcStore) << "Store ready at schema" << status.version << "(was" << status.fromVersion
                        << ')';
    return status;
}

} // namespace lvdesk
