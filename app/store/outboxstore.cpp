// SPDX-License-Identifier: EUPL-1.2

#include "outboxstore.h"

#include "storeclock.h"
#include "storeconnection.h"
#include "storetransaction.h"
#include "transferlogstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

const QString columns
    = u"SELECT id, message_id, case_id, target_external_id, kind, payload, state, attempts, "
      "next_attempt_at, last_error, created_at FROM outbox "_s;

OutboxStore::Message messageFrom(const QSqlQuery &q)
{
    OutboxStore::Message m;
    m.id = q.value(0).toLongLong();
    m.messageId = q.value(1).toString();
    m.caseId = q.value(2).toLongLong();
    m.targetExternalId = q.value(3).toString();
    m.kind = q.value(4).toString();
    m.payload = q.value(5).toString().toUtf8();
    m.state = outboxStateFromString(q.value(6).toString()).value_or(OutboxState::Queued);
    m.attempts = q.value(7).toInt();
    m.nextAttemptAt = StoreClock::fromText(q.value(8).toString());
    m.lastError = q.value(9).toString();
    m.createdAt = StoreClock::fromText(q.value(10).toString());
    return m;
}

} // namespace

OutboxStore::OutboxStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 OutboxStore::enqueue(const QString &messageId, qint64 caseId,
                            const QString &targetExternalId, const QString &kind,
                            const QByteArray &payload, const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return 0;
    }
    const QString now = StoreClock::now();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO outbox (message_id, case_id, target_external_id, kind, payload, state, "
              "attempts, next_attempt_at, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(messageId);
    q.addBindValue(caseId > 0 ? QVariant(caseId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(targetExternalId);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(payload));
    q.addBindValue(toString(OutboxState::Queued));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The message could not be queued: %1").arg(q.lastError().text());
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!TransferLogStore(m_db).record(TransferLogStore::Direction::Outbound, u"outbox"_s,
                                       messageId, toString(OutboxState::Queued), kind, actor,
                                       error))
        return 0;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return 0;
    }
    return id;
}

QList<OutboxStore::Message> OutboxStore::due(const QDateTime &now, int limit) const
{
    QList<Message> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(columns
              + u"WHERE state = ? OR (state = ? AND next_attempt_at <= ?) ORDER BY id LIMIT ?"_s);
    q.addBindValue(toString(OutboxState::Queued));
    q.addBindValue(toString(OutboxState::Retrying));
    q.addBindValue(StoreClock::toText(now));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list << messageFrom(q);
    }
    return list;
}

std::optional<OutboxStore::Message> OutboxStore::byMessageId(const QString &messageId) const
{
    QSqlQuery q(m_db);
    q.prepare(columns + u"WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    if (q.exec() && q.next())
        return messageFrom(q);
    return std::nullopt;
}

QList<OutboxStore::Message> OutboxStore::forCase(qint64 caseId) const
{
    QList<Message> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(columns + u"WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            result.append(messageFrom(q));
    }
    return result;
}

qint64 OutboxStore::pendingCount() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM outbox WHERE state IN (?, ?)"_s);
    q.addBindValue(toString(OutboxState::Queued));
    q.addBindValue(toString(OutboxState::Retrying));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool OutboxStore::markDelivered(qint64 id, const QString &actor, QString *error)
{
    return transition(id, OutboxState::Delivered, true, {}, {}, actor, error);
}

bool OutboxStore::markRetrying(qint64 id, const QDateTime &nextAttemptAt, const QString &lastError,
                               const QString &actor, QString *error)
{
    return transition(id, OutboxState::Retrying, true, nextAttemptAt, lastError, actor, error);
}

bool OutboxStore::markFailed(qint64 id, const QString &lastError, const QString &actor,
                             QString *error)
{
    return transition(id, OutboxState::Failed, true, {}, lastError, actor, error);
}

bool OutboxStore::markNotSent(qint64 id, const QString &reason, const QString &actor,
                              QString *error)
{
    return transition(id, OutboxState::Failed, false, {}, reason, actor, error);
}

bool OutboxStore::transition(qint64 id, OutboxState state, bool countAttempt,
                             const QDateTime &nextAttemptAt, const QString &lastError,
                             const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET state = ?, attempts = attempts + ?, next_attempt_at = ?, "
              "last_error = CASE WHEN ? = '' THEN last_error ELSE ? END, updated_at = ? "
              "WHERE id = ? RETURNING message_id, attempts"_s);
    q.addBindValue(toString(state));
    q.addBindValue(countAttempt ? 1 : 0);
    q.addBindValue(nextAttemptAt.isValid() ? StoreClock::toText(nextAttemptAt) : QString());
    q.addBindValue(StoreConnection::notNull(lastError));
    q.addBindValue(StoreConnection::notNull(lastError));
    q.addBindValue(StoreClock::now());
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("The message state could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = tr("The message is no longer in the outbox.");
        return false;
    }
    const QString messageId = q.value(0).toString();
    const int attempts = q.value(1).toInt();
    q.finish();
    QString detail = u"attempt %1"_s.arg(attempts);
    if (nextAttemptAt.isValid())
        detail += u", next at "_s + StoreClock::toText(nextAttemptAt);
    if (!lastError.isEmpty())
        detail += u": "_s + lastError;
    if (!TransferLogStore(m_db).record(TransferLogStore::Direction::Outbound, u"outbox"_s,
                                       messageId, toString(state), detail, actor, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

} // namespace lvdesk
