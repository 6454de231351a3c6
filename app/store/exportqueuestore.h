// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// ExportQueueStore: which cases are due for export to the case register, and when a failed one
// is tried again. The backoff lives in the case row, so it survives restarts.
class ExportQueueStore
{
public:
    struct DueExport
    {
        qint64 caseId = 0;
        int attempts = 0; // failed attempts so far
    };

    // Cases whose export is due at now: pending (or left "exporting" by a crash) and not waiting
    // for a later try, or failed with a retry time that has come. A failed case without a retry
    // time waits for the officer. Earliest first.
    static QList<DueExport> due(QSqlDatabase &db, const QDateTime &now, QString *error = nullptr);
    // Sets (or with an invalid time clears) the next automatic attempt of a case's export.
    static bool setNextAttempt(QSqlDatabase &db, qint64 caseId, const QDateTime &at,
                               QString *error = nullptr);
};

} // namespace lvdesk
