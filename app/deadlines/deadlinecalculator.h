// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "deadlines/isoduration.h"
#include "deadlines/timelimit.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace lvdesk {

// Counts time limits as the Act on the Calculation of Statutory Time Limits (150/1930) does, and
// working days for internal targets. Pure functions of their arguments: no clock, no settings.
// Every date involved must lie in FinnishHolidays' supported years; outside them the result is
// invalid (with an error) rather than a guess.
class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)

public:
    // Monday to Friday and not a holiday of FinnishHolidays. The Act's non-working days are exactly
    // Saturdays, Sundays, public holidays, Independence Day, May Day, Christmas Eve and Midsummer
    // Eve, all of which FinnishHolidays lists.
    static bool isWorkingDay(QDate date);

    // The date itself when it is a working day, else the first working day after it; invalid when
    // that leaves the supported years.
    static QDate nextWorkingDay(QDate date);
    // The date itself when it is a working day, else the last working day before it.
    static QDate previousWorkingDay(QDate date);

    // Section 2: the start day is not counted, so n days end n days after it.
    static TimeLimit afterDays(QDate start, int days);
    // Section 3: weeks end on the same weekday as the start day.
    static TimeLimit afterWeeks(QDate start, int weeks);
    // Section 3: months end on the same-numbered day of the month, or on the month's last day
    // when it has no such day (31 January + 1 month = 28 or 29 February).
    static TimeLimit afterMonths(QDate start, int months);
    // As months; 29 February + 1 year = 28 February.
    static TimeLimit afterYears(QDate start, int years);
    // A combined period counts its years and months first, then its weeks and days; the move
    // of section 5 applies once, to the last day.
    static TimeLimit after(QDate start, const IsoDuration &period);
    // A limit given as a date (a due date set by the officer): section 5 names such a due date
    // (määräpäivä) alongside a period's last day, so it moves the same way.
    static TimeLimit endingOn(QDate lastDay);

    // The working day that is `workingDays` working days after `start` (start not counted);
    // negative counts go backwards. Invalid when it leaves the supported years.
    static QDate addWorkingDays(QDate start, int workingDays);
    // Working days after `from` up to and including `to`; negative when `to` is before `from`
    // (then the working days after `to` up to and including `from`). Empty when a date is outside
    // the supported years.
    static std::optional<int> workingDaysBetween(QDate from, QDate to);

private:
    static TimeLimit finish(QDate start, QDate nominalEnd);
    static TimeLimit invalid(QDate start, const QString &error);
};

} // namespace lvdesk
