// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QString>

namespace lvdesk {

// The result of counting one statutory time limit: the day that starts it, the last day by counting
// alone, and the last day after the move past non-working days that section 5 of Act 150/1930
// makes.
struct TimeLimit
{
    QDate start; // the day of the event that starts the limit; not itself counted
    QDate nominalEnd; // the last day by counting alone
    QDate end; // the day the limit really ends: nominalEnd, or the next working day after it
    QString
        error; // why the limit could not be counted, for officers and IT support; empty if valid

    bool isValid() const { return error.isEmpty() && end.isValid(); }
    bool isMoved() const { return isValid() && end != nominalEnd; }
};

} // namespace lvdesk
