// SPDX-License-Identifier: EUPL-1.2

#include "inboundfailurestore.h"

#include "audittrail.h"
#include "changenotifier.h"
#include "storeclock.h"
#include "storeconnection.h"
#include "storetransaction.h"
#include "transferlogstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The feed entry as it was listed, so that the action can be fetched again without the feed.
QString feedItemText(const FeedItem &item)
{
    const QJsonObject o{{u"externalId"_s, item.externalId},
                        {u"projectId"_s, item.projectId},
                        {u"projectPartId"_s, item.projectPartId},
                        {u"actionType"_s, item.actionType.toString()},
                        {u"serviceCode"_s, item.serviceCode},
                        {u"submittedAt"_s, StoreClock::toText(item.submittedAt)},
                        {u"version"_s, item.version}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FeedItem feedItemFrom(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    FeedItem item;
    item.externalId = o.value(u"externalId"_s).toString();
    item.projectId = o.value(u"projectId"_s).toString();
    item.projectPartId = o.value(u"projectPartId"_s).toString();
    item.actionType = ActionType::fromString(o.value(u"actionType"_s).toString());
    item.serviceCode = o.value(u"serviceCode"_s).toString();
    item.submittedAt = StoreClock::fromText(o.value(u"submittedAt"_s).toString());
    item.version = o.value(u"version"_s).toInt();
    return item;
}

const QString columns
    = u"SELECT f.external_id, f.feed_item, f.reason, f.state, f.detail, f.http_status, "
      "f.attempts, f.next_attempt_at, f.first_failed_at, f.last_failed_at, f.handled_by, "
      "f.handled_at, COALESCE(c.id, 0) FROM inbound_failures f "
      "LEFT JOIN cases c ON c.project_part_id = f.project_part_id "_s;

InboundFailure failureFrom(const QSqlQuery &q)
{
    InboundFailure f;
    f.item = feedItemFrom(q.value(1).toString());
    f.item.externalId = q.value(0).toString();
    f.reason = inboundFailureReasonFromString(q.value(2).toString())
                   .value_or(InboundFailure::Reason::Transient);
    f.state = inboundFailureStateFromString(q.value(3).toString())
                  .value_or(InboundFailure::State::Failed);
    f.detail = q.value(4).toString();
    f.httpStatus = q.value(5).toInt();
    f.attempts = q.value(6).toInt();
    f.nextAttempt = StoreClock::fromText(q.value(7).toString());
    f.firstFailedAt = StoreClock::fromText(q.value(8).toString());
    f.lastFailedAt = StoreClock::fromText(q.value(9).toString());
    f.handledBy = q.value(10).toString();
    f.handledAt = StoreClock::fromText(q.value(11).toString());
    f.caseId = q.value(12).toLongLong();
    return f;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

InboundFailureStore::InboundFailureStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool InboundFailureStore::recordFailure(const InboundFailure &failure, int attemptsAdded,
                                        const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive())
        return failWith(error, tx.error());
    const FeedItem &item = failure.item;
    const std::optional<InboundFailure> known = find(item.externalId);
    const bool sameVersion = known && known->item.version == item.version;
    // The officer's decision on this version stands; a newer version is a new matter.
    if (sameVersion && known->state == InboundFailure::State::Handled)
        return tx.commit() || failWith(error, tx.error());
    const int attempts = (sameVersion ? known->attempts : 0) + std::max(0, attemptsAdded);
    const QString now = StoreClock::now();
    QSqlQuery q(m_db);
    if (known) {
        q.prepare(u"UPDATE inbound_failures SET version = ?, project_part_id = ?, feed_item = ?, "
                  "reason = ?, state = ?, detail = ?, http_status = ?, raw_body = ?, attempts = ?, "
                  "next_attempt_at = ?, last_failed_at = ?, handled_by = '', handled_at = NULL "
                  "WHERE external_id = ?"_s);
    } else {
        q.prepare(u"INSERT INTO inbound_failures (version, project_part_id, feed_item, reason, "
                  "state, detail, http_status, raw_body, attempts, next_attempt_at, "
                  "last_failed_at, external_id, first_failed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(item.version);
    q.addBindValue(StoreConnection::notNull(item.projectPartId));
    q.addBindValue(feedItemText(item));
    q.addBindValue(toString(failure.reason));
    q.addBindValue(toString(failure.state));
    q.addBindValue(StoreConnection::notNull(failure.detail));
    q.addBindValue(failure.httpStatus);
    q.addBindValue(failure.rawBody.isNull() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(failure.rawBody));
    q.addBindValue(attempts);
    q.addBindValue(failure.state == InboundFailure::State::Retrying && failure.nextAttempt.isValid()
                       ? QVariant(StoreClock::toText(failure.nextAttempt))
                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(item.externalId);
    if (!known)
        q.addBindValue(now);
    if (!q.exec())
        return failWith(
            error, tr("The failed action could not be recorded: %1").arg(q.lastError().text()));
    // The officer sees each change of what holds the action back, in Transfers and the trail.
    const bool changed = !known || known->state != failure.state || known->reason != failure.reason
                         || !sameVersion;
    if (changed
        && !TransferLogStore(m_db).record(TransferLogStore::Direction::Inbound, u"event"_s,
                                          item.externalId, toString(failure.state),
                                          toString(failure.reason)
                                              + (failure.detail.isEmpty() ? QString() : u": "_s)
                                              + failure.detail,
                                          actor, error))
        return false;
    if (!ChangeNotifier::announce(m_db, u"cases"_s))
        return failWith(error, tr("The change notification could not be queued."));
    return tx.commit() || failWith(error, tx.error());
}

bool InboundFailureStore::remove(const QString &externalId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM inbound_failures WHERE external_id = ?"_s);
    q.addBindValue(externalId);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    return true;
}

std::optional<InboundFailure> InboundFailureStore::find(const QString &externalId) const
{
    QSqlQuery q(m_db);
    q.prepare(columns + u"WHERE f.external_id = ?"_s);
    q.addBindValue(externalId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return failureFrom(q);
}

QList<InboundFailure> InboundFailureStore::all() const
{
    QList<InboundFailure> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(columns + u"ORDER BY f.first_failed_at, f.external_id"_s))
        return list;
    while (q.next())
        list << failureFrom(q);
    return list;
}

QList<InboundFailure> InboundFailureStore::openForProjectPart(const QString &projectPartId) const
{
    QList<InboundFailure> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(columns
              + u"WHERE f.project_part_id = ? AND f.state <> ? "
                "ORDER BY f.first_failed_at, f.external_id"_s);
    q.addBindValue(projectPartId);
    q.addBindValue(toString(InboundFailure::State::Handled));
    if (!q.exec())
        return list;
    while (q.next())
        list << failureFrom(q);
    return list;
}

QByteArray InboundFailureStore::rawBody(const QString &externalId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT raw_body FROM inbound_failures WHERE external_id = ?"_s);
    q.addBindValue(externalId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

qint64 InboundFailureStore::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM inbound_failures"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool InboundFailureStore::requestRetry(const QString &externalId, const QString &actor,
                                       QString *error)
{
    return setState(externalId, InboundFailure::State::RetryRequested, actor, error);
}

bool InboundFailureStore::markHandled(const QString &externalId, const QString &actor,
                                      QString *error)
{
    return setState(externalId, InboundFailure::State::Handled, actor, error);
}

bool InboundFailureStore::setState(const QString &externalId, InboundFailure::State state,
                                   const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive())
        return failWith(error, tx.error());
    const std::optional<InboundFailure> known = find(externalId);
    if (!known)
        return failWith(error, tr("The action is no longer waiting: it has been stored."));
    if (state == InboundFailure::State::RetryRequested
        && known->reason == InboundFailure::Reason::Unidentified)
        return failWith(error, tr("An action without an id cannot be fetched again."));
    const bool handled = state == InboundFailure::State::Handled;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inbound_failures SET state = ?, next_attempt_at = NULL, handled_by = ?, "
              "handled_at = ? WHERE external_id = ?"_s);
    q.addBindValue(toString(state));
    q.addBindValue(StoreConnection::notNull(handled ? actor : QString()));
    q.addBindValue(handled ? QVariant(StoreClock::now()) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(externalId);
    if (!q.exec())
        return failWith(error, q.lastError().text());
    if (!TransferLogStore(m_db).record(TransferLogStore::Direction::Inbound, u"event"_s, externalId,
                                       toString(state), QString(), actor, error))
        return false;
    if (!ChangeNotifier::announce(m_db, u"cases"_s))
        return failWith(error, tr("The change notification could not be queued."));
    return tx.commit() || failWith(error, tx.error());
}

} // namespace lvdesk
