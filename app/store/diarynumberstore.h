// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// DiaryNumberStore: the running numbers behind generated diary numbers, one sequence per
// numbering pattern and year, so that two officers (or workstations) never get the same number.
class DiaryNumberStore
{
    Q_DECLARE_TR_FUNCTIONS(DiaryNumberStore)

public:
    // Takes the next number of pattern's sequence for year (1 for the first) in the caller's
    // transaction. One INSERT … ON CONFLICT … RETURNING statement: concurrent takers on PostgreSQL
    // queue on the row and each get their own number. Returns 0 and sets error on failure.
    static qint64 next(QSqlDatabase &db, const QString &pattern, int year,
                       QString *error = nullptr);
    // The number next() would give now, without taking it (for a preview).
    static qint64 peek(QSqlDatabase &db, const QString &pattern, int year);
};

} // namespace lvdesk
