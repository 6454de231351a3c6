// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lvdesk {

// WorkflowStore: the reads and writes the officer actions need beyond the other repositories: the
// case's governing deadline columns, a diary number's owner, and putting a failed outbox row or
// export back in line.
class WorkflowStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowStore)

public:
    struct OutboxRow
    {
        qint64 id = 0;
        QString messageId;
        qint64 caseId = 0;
        QString state;
        int attempts = 0;
    };

    struct CaseDeadlineColumns
    {
        QDate date; // invalid = no open deadline
        QString kind;
        QString source;
    };

    // Another case (not exceptCaseId) that already has this diary number.
    static std::optional<qint64> caseWithDiaryNumber(QSqlDatabase &db, const QString &diaryNumber,
                                                     qint64 exceptCaseId, QString *error);

    static bool setCaseDeadline(QSqlDatabase &db, qint64 caseId, const CaseDeadlineColumns &columns,
                                QString *error);
    static std::optional<CaseDeadlineColumns> caseDeadline(QSqlDatabase &db, qint64 caseId);

    // The export's next attempt is now (NULL), for a new or retried export.
    static bool clearExportNextAttempt(QSqlDatabase &db, qint64 caseId, QString *error);

    static std::optional<OutboxRow> outboxRow(QSqlDatabase &db, qint64 outboxId);
    // failed → queued with the next attempt now; attempts and the last error are kept. Recorded in
    // the transfer log (and so in the audit trail).
    static bool requeueOutbox(QSqlDatabase &db, qint64 outboxId, const QString &actor,
                              QString *error);
};

} // namespace lvdesk
