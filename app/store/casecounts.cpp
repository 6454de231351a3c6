// SPDX-License-Identifier: EUPL-1.2

#include "casecounts.h"

#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lvdesk {

CaseCounts::Counts CaseCounts::read(QSqlDatabase db, const QString &officer, const QDate &today,
                                    QString *error)
{
    Counts counts;
    const QString open
        = u"state NOT IN ('decided', 'closed', 'transferredElsewhere', 'withdrawn')"_s;
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*),"
              " COALESCE(SUM(CASE WHEN state IN ('new', 'inReview') THEN 1 ELSE 0 END), 0),"
              " COALESCE(SUM(CASE WHEN handler = ? AND "_s
              + open
              + u" THEN 1 ELSE 0 END), 0),"
                " COALESCE(SUM(CASE WHEN deadline_date < ? AND "_s
              + open
              + u" THEN 1 ELSE 0 END), 0),"
                " COALESCE(SUM(CASE WHEN deadline_date >= ? AND deadline_date <= ? AND "_s
              + open
              + u" THEN 1 ELSE 0 END), 0),"
                " COALESCE(SUM(CASE WHEN export_state = 'failed' THEN 1 ELSE 0 END), 0)"
                " FROM cases"_s);
    const QString todayText = today.toString(Qt::ISODate);
    q.addBindValue(officer);
    q.addBindValue(todayText);
    q.addBindValue(todayText);
    q.addBindValue(today.addDays(7).toString(Qt::ISODate));
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "case counts failed:" << q.lastError().text();
        if (error)
            *error = tr("The case counts could not be read from the store.");
        return counts;
    }
    counts.all = q.value(0).toLongLong();
    counts.toReview = q.value(1).toLongLong();
    counts.mine = q.value(2).toLongLong();
    counts.overdue = q.value(3).toLongLong();
    counts.dueSoon = q.value(4).toLongLong();
    counts.transferProblems = q.value(5).toLongLong();

    QSqlQuery o(db);
    if (!o.exec(u"SELECT COUNT(*) FROM outbox WHERE state IN ('retrying', 'failed')"_s)
        || !o.next()) {
        qCWarning(lcStore) << "outbox count failed:" << o.lastError().text();
        if (error)
            *error = tr("The case counts could not be read from the store.");
        return counts;
    }
    counts.transferProblems += o.value(0).toLongLong();
    QSqlQuery e(db);
    if (e.exec(u"SELECT COUNT(*) FROM events WHERE inbound_state IN ('discovered', "
               "'downloading')"_s)
        && e.next())
        counts.transferProblems += e.value(0).toLongLong();
    counts.ok = true;
    return counts;
}

QDate CaseCounts::weekStart(const QDate &today, int week)
{
    if (week == 0)
        return today;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return monday.addDays(7 * week);
}

QList<int> CaseCounts::duePerWeek(QSqlDatabase db, const QDate &today, int weeks)
{
    QList<int> counts(weeks, 0);
    if (weeks <= 0)
        return counts;
    const QDate end = weekStart(today, weeks); // exclusive
    QSqlQuery q(db);
    q.prepare(u"SELECT deadline_date, COUNT(*) FROM cases WHERE deadline_date >= ?"
              " AND deadline_date < ? AND state NOT IN ('decided', 'closed',"
              " 'transferredElsewhere', 'withdrawn') GROUP BY deadline_date"_s);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(end.toString(Qt::ISODate));
    if (!q.exec()) {
        qCWarning(lcStore) << "deadline weeks failed:" << q.lastError().text();
        return counts;
    }
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const int week = int(monday.daysTo(date) / 7);
        if (date.isValid() && week >= 0 && week < weeks)
            counts[week] += q.value(1).toInt();
    }
    return counts;
}

} // namespace lvdesk
