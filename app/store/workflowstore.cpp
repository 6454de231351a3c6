// SPDX-License-Identifier: EUPL-1.2

#include "store/workflowstore.h"

#include "domain/outboxstate.h"
#include "store/changenotifier.h"
#include "store/storeclock.h"
#include "store/transferlogstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

std::optional<qint64> WorkflowStore::caseWithDiaryNumber(QSqlDatabase &db,
                                                         const QString &diaryNumber,
                                                         qint64 exceptCaseId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM cases WHERE diary_number = ? AND id <> ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(diaryNumber);
    q.addBindValue(exceptCaseId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool WorkflowStore::setCaseDeadline(QSqlDatabase &db, qint64 caseId,
                                    const CaseDeadlineColumns &columns, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE cases SET deadline_date = ?, deadline_kind = ?, deadline_source = ? "
              "WHERE id = ?"_s);
    q.addBindValue(columns.date.isValid() ? QVariant(columns.date.toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(columns.date.isValid() ? columns.kind : u""_s);
    q.addBindValue(columns.date.isValid() ? columns.source : u""_s);
    q.addBindValue(caseId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The case no longer exists.");
        return false;
    }
    return ChangeNotifier::announce(db, u"cases"_s);
}

std::optional<WorkflowStore::CaseDeadlineColumns> WorkflowStore::caseDeadline(QSqlDatabase &db,
                                                                              qint64 caseId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT deadline_date, deadline_kind, deadline_source FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CaseDeadlineColumns c;
    c.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    c.kind = q.value(1).toString();
    c.source = q.value(2).toString();
    return c;
}

bool WorkflowStore::clearExportNextAttempt(QSqlDatabase &db, qint64 caseId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE cases SET export_next_attempt_at = NULL WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<WorkflowStore::OutboxRow> WorkflowStore::outboxRow(QSqlDatabase &db, qint64 outboxId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, message_id, case_id, state, attempts FROM outbox WHERE id = ?"_s);
    q.addBindValue(outboxId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutboxRow row;
    row.id = q.value(0).toLongLong();
    row.messageId = q.value(1).toString();
    row.caseId = q.value(2).toLongLong();
    row.state = q.value(3).toString();
    row.attempts = q.value(4).toInt();
    return row;
}

bool WorkflowStore::requeueOutbox(QSqlDatabase &db, qint64 outboxId, const QString &actor,
                                  QString *error)
{
    const QString now = StoreClock::now();
    QSqlQuery q(db);
    // Only a failed row: one being sent or already delivered must not go out again.
    q.prepare(u"UPDATE outbox SET state = ?, next_attempt_at = ?, updated_at = ? "
              "WHERE id = ? AND state = ? RETURNING message_id, attempts"_s);
    q.addBindValue(toString(OutboxState::Queued));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(outboxId);
    q.addBindValue(toString(OutboxState::Failed));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = tr("The message is no longer waiting for a retry.");
        return false;
    }
    const QString messageId = q.value(0).toString();
    const int attempts = q.value(1).toInt();
    q.finish();
    return TransferLogStore(db).record(TransferLogStore::Direction::Outbound, u"outbox"_s,
                                       messageId, toString(OutboxState::Queued),
                                       u"retry requested after attempt %1"_s.arg(attempts), actor,
                                       error)
           && ChangeNotifier::announce(db, u"cases"_s);
}

} // namespace lvdesk
