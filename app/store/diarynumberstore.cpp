// SPDX-License-Identifier: EUPL-1.2

#include "diarynumberstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

qint64 DiaryNumberStore::next(QSqlDatabase &db, const QString &pattern, int year, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        u"INSERT INTO diary_sequences (pattern, year, last_value) VALUES (?, ?, 1) "
        "ON CONFLICT (pattern, year) DO UPDATE SET last_value = diary_sequences.last_value + 1 "
        "RETURNING last_value"_s);
    q.addBindValue(pattern);
    q.addBindValue(year);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("No diary number could be taken: %1").arg(q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

qint64 DiaryNumberStore::peek(QSqlDatabase &db, const QString &pattern, int year)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT last_value FROM diary_sequences WHERE pattern = ? AND year = ?"_s);
    q.addBindValue(pattern);
    q.addBindValue(year);
    if (q.exec() && q.next())
        return q.value(0).toLongLong() + 1;
    return 1;
}

} // namespace lvdesk
