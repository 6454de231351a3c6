// SPDX-License-Identifier: EUPL-1.2

#include "registerstore.h"

#include "storeclock.h"
#include "storeconnection.h"
#include "storelog.h"
#include "storetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    qCWarning(lcStore) << "register store query failed:" << q.lastError().text();
    if (error)
        *error = q.lastError().text();
    return false;
}

const QString itemColumns = u"SELECT message_id, case_id, seq, package, created_at, exported_at "
                            "FROM export_items "_s;

RegisterStore::Item itemFrom(const QSqlQuery &q)
{
    RegisterStore::Item item;
    item.messageId = q.value(0).toString();
    item.caseId = q.value(1).toLongLong();
    item.seq = q.value(2).toInt();
    item.package = q.value(3).toString();
    item.createdAt = StoreClock::fromText(q.value(4).toString());
    if (!q.value(5).isNull())
        item.exportedAt = StoreClock::fromText(q.value(5).toString());
    return item;
}

const QString replyColumns
    = u"SELECT reply_key, file_name, root, message_id, case_id, state, register_case_id, detail, "
      "received_at FROM register_replies "_s;

RegisterStore::Reply replyFrom(const QSqlQuery &q)
{
    RegisterStore::Reply r;
    r.replyKey = q.value(0).toString();
    r.fileName = q.value(1).toString();
    r.root = q.value(2).toString();
    r.messageId = q.value(3).toString();
    r.caseId = q.value(4).toLongLong();
    r.state = q.value(5).toString();
    r.registerCaseId = q.value(6).toString();
    r.detail = q.value(7).toString();
    r.receivedAt = StoreClock::fromText(q.value(8).toString());
    return r;
}

} // namespace

RegisterStore::RegisterStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString RegisterStore::openItem(qint64 caseId, QString *error)
{
    auto fail = [error](const QSqlQuery &q) {
        failed(q, error);
        return QString();
    };
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return {};
    }
    if (const std::optional<Item> current = currentItem(caseId);
        current && !current->exportedAt.isValid())
        return tx.commit() ? current->messageId : QString();

    QSqlQuery q(m_db);
    q.prepare(u"SELECT COALESCE(MAX(seq), 0) FROM export_items WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return fail(q);
    const int seq = q.value(0).toInt() + 1;
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.prepare(u"INSERT INTO export_items (message_id, case_id, seq, created_at) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(messageId);
    q.addBindValue(caseId);
    q.addBindValue(seq);
    q.addBindValue(StoreClock::now());
    if (!q.exec())
        return fail(q);
    if (!joinUncarried(caseId, messageId, error))
        return {};
    // A new item counts its own failed attempts (its backoff starts afresh).
    q.prepare(u"UPDATE cases SET export_message_id = ?, export_attempts = 0 WHERE id = ?"_s);
    q.addBindValue(messageId);
    q.addBindValue(caseId);
    if (!q.exec())
        return fail(q);
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return {};
    }
    return messageId;
}

bool RegisterStore::joinUncarried(qint64 caseId, const QString &messageId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE events SET export_message_id = ? "
              "WHERE case_id = ? AND export_message_id IS NULL"_s);
    q.addBindValue(messageId);
    q.addBindValue(caseId);
    return q.exec() || failed(q, error);
}

std::optional<RegisterStore::Item> RegisterStore::item(const QString &messageId) const
{
    QSqlQuery q(m_db);
    q.prepare(itemColumns + u"WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Item item = itemFrom(q);
    q.prepare(u"SELECT id FROM events WHERE export_message_id = ? ORDER BY submitted_at, id"_s);
    q.addBindValue(messageId);
    if (q.exec()) {
        while (q.next())
            item.eventIds << q.value(0).toLongLong();
    }
    return item;
}

std::optional<RegisterStore::Item> RegisterStore::currentItem(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT export_message_id FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return item(q.value(0).toString());
}

QList<RegisterStore::Item> RegisterStore::items(qint64 caseId) const
{
    QList<Item> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(itemColumns + u"WHERE case_id = ? ORDER BY seq"_s);
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            list << itemFrom(q);
    }
    return list;
}

bool RegisterStore::markExported(const QString &messageId, const QString &package, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE export_items SET exported_at = ?, package = ? WHERE message_id = ?"_s);
    q.addBindValue(StoreClock::now());
    q.addBindValue(StoreConnection::notNull(package));
    q.addBindValue(messageId);
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The transfer item is not in the store.");
        return false;
    }
    return true;
}

int RegisterStore::uncarriedEvents(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM events WHERE case_id = ? AND export_message_id IS NULL"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool RegisterStore::releaseEvent(qint64 eventId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE events SET export_message_id = NULL WHERE id = ? AND export_message_id IN "
              "(SELECT message_id FROM export_items WHERE exported_at IS NOT NULL)"_s);
    q.addBindValue(eventId);
    return q.exec() || failed(q, error);
}

QString RegisterStore::exportFormat(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT export_format FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool RegisterStore::setExportFormat(qint64 caseId, const QString &format, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE cases SET export_format = ? WHERE id = ?"_s);
    q.addBindValue(StoreConnection::notNull(format));
    q.addBindValue(caseId);
    return q.exec() || failed(q, error);
}

bool RegisterStore::hasReply(const QString &replyKey) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM register_replies WHERE reply_key = ?"_s);
    q.addBindValue(replyKey);
    return q.exec() && q.next();
}

std::optional<RegisterStore::Reply> RegisterStore::reply(const QString &replyKey) const
{
    QSqlQuery q(m_db);
    q.prepare(replyColumns + u"WHERE reply_key = ?"_s);
    q.addBindValue(replyKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return replyFrom(q);
}

bool RegisterStore::recordReply(const Reply &reply, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO register_replies (reply_key, file_name, root, message_id, case_id, "
              "state, register_case_id, detail, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (reply_key) DO NOTHING"_s);
    q.addBindValue(reply.replyKey);
    q.addBindValue(StoreConnection::notNull(reply.fileName));
    q.addBindValue(StoreConnection::notNull(reply.root));
    q.addBindValue(StoreConnection::notNull(reply.messageId));
    q.addBindValue(reply.caseId > 0 ? QVariant(reply.caseId)
                                    : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(reply.state);
    q.addBindValue(StoreConnection::notNull(reply.registerCaseId));
    q.addBindValue(StoreConnection::notNull(reply.detail));
    q.addBindValue(StoreClock::now());
    return q.exec() || failed(q, error);
}

QList<RegisterStore::Reply> RegisterStore::replies(qint64 caseId) const
{
    QList<Reply> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(replyColumns + u"WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            list << replyFrom(q);
    }
    return list;
}

QString RegisterStore::registerCaseId(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT register_case_id FROM register_replies WHERE case_id = ? AND state = "
              "'applied' AND register_case_id <> '' ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace lvdesk
