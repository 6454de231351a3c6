// SPDX-License-Identifier: EUPL-1.2

#include "syncstatestore.h"

#include "storeclock.h"
#include "storeconnection.h"
#include "storetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
const QString cursorKey = u"feed.cursor"_s;
const QString lastSyncKey = u"sync.lastSuccess"_s;
} // namespace

SyncStateStore::SyncStateStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString SyncStateStore::value(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool SyncStateStore::setValue(const QString &key, const QString &value, QString *error)
{
    StoreTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_state (key, value, updated_at) VALUES (?, ?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(key);
    q.addBindValue(StoreConnection::notNull(value));
    q.addBindValue(StoreClock::now());
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QString SyncStateStore::cursor() const
{
    return value(cursorKey);
}

bool SyncStateStore::setCursor(const QString &cursor, QString *error)
{
    return setValue(cursorKey, cursor, error);
}

QDateTime SyncStateStore::lastSuccessfulSync() const
{
    return StoreClock::fromText(value(lastSyncKey));
}

bool SyncStateStore::setLastSuccessfulSync(const QDateTime &time, QString *error)
{
    return setValue(lastSyncKey, StoreClock::toText(time), error);
}

} // namespace lvdesk
