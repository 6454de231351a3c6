// SPDX-License-Identifier: EUPL-1.2

#include "transferlogstore.h"

#include "audittrail.h"
#include "storeclock.h"
#include "storeconnection.h"
#include "storetransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

TransferLogStore::TransferLogStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString TransferLogStore::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Inbound:
        return u"inbound"_s;
    case Direction::Export:
        return u"export"_s;
    case Direction::Outbound:
        return u"outbound"_s;
    }
    return {};
}

bool TransferLogStore::record(Direction direction, const QString &itemKind, const QString &itemId,
                              const QString &state, const QString &detail, const QString &actor,
                              QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO transfer_log (item_kind, item_id, direction, state, detail, actor, at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(itemKind);
    q.addBindValue(itemId);
    q.addBindValue(directionName(direction));
    q.addBindValue(state);
    q.addBindValue(StoreConnection::notNull(detail));
    q.addBindValue(StoreConnection::notNull(actor));
    q.addBindValue(StoreClock::now());
    if (!q.exec()) {
        if (error)
            *error = tr("The transfer log could not be written: %1").arg(q.lastError().text());
        return false;
    }
    const QJsonObject details{{u"state"_s, state}, {u"detail"_s, detail}};
    if (!AuditTrail(m_db).append(actor, u"transfer."_s + directionName(direction),
                                 itemKind + u':' + itemId, details, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QList<TransferLogStore::Entry> TransferLogStore::entriesFor(const QString &itemKind,
                                                            const QString &itemId) const
{
    QList<Entry> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, direction, item_kind, item_id, state, detail, actor, at "
              "FROM transfer_log WHERE item_kind = ? AND item_id = ? ORDER BY id"_s);
    q.addBindValue(itemKind);
    q.addBindValue(itemId);
    if (!q.exec())
        return list;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        const QString direction = q.value(1).toString();
        e.direction = direction == u"export"_s     ? Direction::Export
                      : direction == u"outbound"_s ? Direction::Outbound
                                                   : Direction::Inbound;
        e.itemKind = q.value(2).toString();
        e.itemId = q.value(3).toString();
        e.state = q.value(4).toString();
        e.detail = q.value(5).toString();
        e.actor = q.value(6).toString();
        e.at = StoreClock::fromText(q.value(7).toString());
        list << e;
    }
    return list;
}

qint64 TransferLogStore::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM transfer_log"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace lvdesk
