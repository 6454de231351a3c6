// SPDX-License-Identifier: EUPL-1.2

#include "exportqueuestore.h"

#include "store/storeclock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lvdesk {

QList<ExportQueueStore::DueExport> ExportQueueStore::due(QSqlDatabase &db, const QDateTime &now,
                                                         QString *error)
{
    QList<DueExport> result;
    const QString at = StoreClock::toText(now);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, export_attempts FROM cases WHERE "
              "(export_state IN ('pending', 'exporting') "
              " AND (export_next_attempt_at IS NULL OR export_next_attempt_at <= ?)) "
              "OR (export_state = 'failed' AND export_next_attempt_at IS NOT NULL "
              " AND export_next_attempt_at <= ?) "
              "ORDER BY COALESCE(export_next_attempt_at, ''), id"_s);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toInt()});
    return result;
}

bool ExportQueueStore::setNextAttempt(QSqlDatabase &db, qint64 caseId, const QDateTime &at,
                                      QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE cases SET export_next_attempt_at = ? WHERE id = ?"_s);
    q.addBindValue(at.isValid() ? QVariant(StoreClock::toText(at)) : QVariant());
    q.addBindValue(caseId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace lvdesk
