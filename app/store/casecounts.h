// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// CaseCounts: the live numbers beside the navigation entries, read in one pass over the cases and
// one over the outbox, so that they can be refreshed after every sync without a noticeable pause.
class CaseCounts
{
    Q_DECLARE_TR_FUNCTIONS(CaseCounts)

public:
    struct Counts
    {
        qint64 all = 0;
        qint64 toReview = 0; // new or in review
        qint64 mine = 0; // open cases of the officer
        qint64 overdue = 0; // open cases past their deadline
        qint64 dueSoon = 0; // open cases due today up to 7 days ahead
        qint64 transferProblems = 0; // failed or retrying writes and exports, stuck downloads
        bool ok = false;
    };

    static Counts read(QSqlDatabase db, const QString &officer, const QDate &today,
                       QString *error = nullptr);
    // Open cases due in each of the next weeks: week 0 runs from today to Sunday, each later one
    // from Monday to Sunday (ISO weeks, as Finnish calendars count them).
    static QList<int> duePerWeek(QSqlDatabase db, const QDate &today, int weeks);
    static QDate weekStart(const QDate &today, int week); // first day counted in week
};

} // namespace lvdesk
