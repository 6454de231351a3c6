// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/outboxstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lvdesk {

// OutboxStore: writes to the service wait here, durable, before they go on the wire. Each row
// keeps its messageId across retries (the service answers a replay with the original result), its
// attempts, next attempt and last error; every state change goes to the transfer log.
class OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    struct Message
    {
        qint64 id = 0;
        QString messageId;
        qint64 caseId = 0; // 0 when not tied to a stored case
        QString targetExternalId; // the case's opening action
        QString kind; // "status" or "message"
        QByteArray payload; // the request body, JSON
        OutboxState state = OutboxState::Queued;
        int attempts = 0;
        QDateTime nextAttemptAt;
        QString lastError;
        QDateTime createdAt;
    };

    explicit OutboxStore(QSqlDatabase db);

    // Queues a write; a messageId that is already queued is refused (it would be sent twice).
    qint64 enqueue(const QString &messageId, qint64 caseId, const QString &targetExternalId,
                   const QString &kind, const QByteArray &payload, const QString &actor,
                   QString *error = nullptr);
    // Messages to send now: queued, or retrying with a next attempt not later than now.
    QList<Message> due(const QDateTime &now, int limit = 50) const;
    std::optional<Message> byMessageId(const QString &messageId) const;
    // Every write of one case, oldest first.
    QList<Message> forCase(qint64 caseId) const;

    // Writes waiting to go out (queued or retrying), counted by the database.
    qint64 pendingCount() const;

    // The outcome of one delivery attempt; each counts the attempt, so that the backoff computed
    // from attempts survives a restart and Transfers shows how often a write was sent
    // (tst_Store::outboxCountsEveryAttempt, tst_SyncEngine::outboxAttemptsSurviveRestart).
    bool markDelivered(qint64 id, const QString &actor, QString *error = nullptr);
    bool markRetrying(qint64 id, const QDateTime &nextAttemptAt, const QString &lastError,
                      const QString &actor, QString *error = nullptr);
    bool markFailed(qint64 id, const QString &lastError, const QString &actor,
                    QString *error = nullptr);
    // Given up without an attempt (the case was withdrawn before the write went out).
    bool markNotSent(qint64 id, const QString &reason, const QString &actor,
                     QString *error = nullptr);

private:
    bool transition(qint64 id, OutboxState state, bool countAttempt, const QDateTime &nextAttemptAt,
                    const QString &lastError, const QString &actor, QString *error);

    QSqlDatabase m_db;
};

} // namespace lvdesk
