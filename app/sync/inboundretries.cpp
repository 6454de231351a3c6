// SPDX-License-Identifier: EUPL-1.2

#include "sync/inboundretries.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lvdesk {

void InboundRetries::load(const QList<InboundFailure> &records)
{
    m_records.clear();
    m_stateAtLoad.clear();
    for (const InboundFailure &record : records) {
        m_records.insert(record.item.externalId, record);
        m_stateAtLoad.insert(record.item.externalId, record.state);
    }
}

InboundRetries::Decision InboundRetries::decide(const FeedItem &item, const QDateTime &now) const
{
    const auto it = m_records.constFind(item.externalId);
    // Nothing recorded, or the service sent a newer version than the one that failed: a newer
    // version may be the correction, so it is fetched whatever was decided for the old one.
    if (it == m_records.constEnd() || it->item.version < item.version)
        return Decision::Fetch;
    switch (it->state) {
    case InboundFailure::State::RetryRequested:
        return Decision::Fetch;
    case InboundFailure::State::Failed:
    case InboundFailure::State::Handled:
        return Decision::Known;
    case InboundFailure::State::Retrying:
        return it->nextAttempt.isValid() && it->nextAttempt > now ? Decision::Wait
                                                                  : Decision::Fetch;
    }
    return Decision::Fetch;
}

QList<FeedItem> InboundRetries::dueForFetch(const QDateTime &now) const
{
    QList<InboundFailure> due;
    for (const InboundFailure &record : m_records) {
        if (record.reason == InboundFailure::Reason::Unidentified)
            continue; // nothing to fetch by
        if (decide(record.item, now) == Decision::Fetch)
            due << record;
    }
    std::sort(due.begin(), due.end(), [](const InboundFailure &a, const InboundFailure &b) {
        return a.firstFailedAt < b.firstFailedAt
               || (a.firstFailedAt == b.firstFailedAt && a.item.externalId < b.item.externalId);
    });
    QList<FeedItem> items;
    items.reserve(due.size());
    for (const InboundFailure &record : std::as_const(due))
        items << record.item;
    return items;
}

QList<FeedItem> InboundRetries::waiting(const QDateTime &now) const
{
    QList<FeedItem> items;
    for (const InboundFailure &record : m_records) {
        if (decide(record.item, now) == Decision::Wait)
            items << record.item;
    }
    return items;
}

QList<InboundFailure> InboundRetries::awaitingOfficer() const
{
    QList<InboundFailure> list;
    for (const InboundFailure &record : m_records) {
        if (record.state == InboundFailure::State::Failed)
            list << record;
    }
    std::sort(list.begin(), list.end(), [](const InboundFailure &a, const InboundFailure &b) {
        return a.item.externalId < b.item.externalId;
    });
    return list;
}

QDateTime InboundRetries::nextAttempt() const
{
    QDateTime earliest;
    for (const InboundFailure &record : m_records) {
        if (record.state == InboundFailure::State::Retrying && record.nextAttempt.isValid()
            && (!earliest.isValid() || record.nextAttempt < earliest))
            earliest = record.nextAttempt;
    }
    return earliest;
}

bool InboundRetries::givesUpAttachments(const QString &externalId) const
{
    const auto it = m_records.constFind(externalId);
    return it != m_records.constEnd() && it->attempts + 1 >= kMaxAttachmentAttempts;
}

bool InboundRetries::wasAwaitingOfficer(const QString &externalId) const
{
    return m_stateAtLoad.value(externalId, InboundFailure::State::Retrying)
           == InboundFailure::State::Failed;
}

InboundFailure InboundRetries::failed(const FeedItem &item, const LvError &error, int attempts,
                                      const QByteArray &body, const RetryPolicy &policy,
                                      const QDateTime &now)
{
    InboundFailure::Reason reason = InboundFailure::Reason::Transient;
    bool permanent = false;
    const auto known = m_records.constFind(item.externalId);
    const int before = known != m_records.constEnd() && known->item.version == item.version
                           ? known->attempts
                           : 0;
    if (error.kind() == LvError::Kind::Malformed) {
        // A body that never decodes (it is not even a JSON object) is not going to: once it has
        // failed in two runs (a broken proxy passes), it waits for the officer, with the body
        // kept for IT support.
        reason = InboundFailure::Reason::Undecodable;
        permanent = before > 0 && before + attempts >= kMaxUndecodableAttempts;
    } else if (!error.retryable()) {
        reason = InboundFailure::Reason::Refused; // 400, 404, 410, 422 …: asking again is futile
        permanent = true;
    }
    QString detail = LvError::kindName(error.kind());
    if (error.httpStatus() > 0)
        detail += u" HTTP "_s + QString::number(error.httpStatus());
    if (!error.code().isEmpty())
        detail += u' ' + error.code();
    if (!error.decodePath().isEmpty() && error.kind() == LvError::Kind::Malformed)
        detail += u" at "_s + error.decodePath();
    InboundFailure record = failed(item, reason, detail, permanent, body, policy, now);
    record.httpStatus = error.httpStatus();
    if (!permanent)
        record.nextAttempt = policy.nextAttempt(now, before + attempts, error.retryAfter());
    record.attempts = before + attempts;
    m_records.insert(item.externalId, record);
    return record;
}

InboundFailure InboundRetries::failed(const FeedItem &item, InboundFailure::Reason reason,
                                      const QString &detail, bool permanent, const QByteArray &body,
                                      const RetryPolicy &policy, const QDateTime &now)
{
    const auto known = m_records.constFind(item.externalId);
    const int before = known != m_records.constEnd() && known->item.version == item.version
                           ? known->attempts
                           : 0;
    InboundFailure record;
    record.item = item;
    record.reason = reason;
    record.state = permanent ? InboundFailure::State::Failed : InboundFailure::State::Retrying;
    record.detail = detail;
    record.rawBody = body;
    record.attempts = before + 1;
    record.nextAttempt = permanent ? QDateTime() : policy.nextAttempt(now, before + 1);
    record.firstFailedAt = known != m_records.constEnd() ? known->firstFailedAt : now;
    record.lastFailedAt = now;
    m_records.insert(item.externalId, record);
    return record;
}

} // namespace lvdesk
