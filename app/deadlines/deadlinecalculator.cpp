// SPDX-License-Identifier: EUPL-1.2

#include "deadlines/deadlinecalculator.h"

#include "deadlines/deadlineslog.h"
#include "deadlines/finnishholidays.h"

namespace lvdesk {

namespace {

// QDate::addMonths and addYears clamp to the month's last day, which is exactly the rule of
// section 3; the counts are bounded so that the arithmetic below cannot overflow.
constexpr int kMaxCount
    = 12 * (FinnishHolidays::LastSupportedYear - FinnishHolidays::FirstSupportedYear + 1);

} // namespace

bool DeadlineCalculator::isWorkingDay(QDate date)
{
    if (!date.isValid())
        return false;
    const int dayOfWeek = date.dayOfWeek();
    if (dayOfWeek == Qt::Saturday || dayOfWeek == Qt::Sunday)
        return false;
    return !FinnishHolidays::isHoliday(date);
}

QDate DeadlineCalculator::nextWorkingDay(QDate date)
{
    QDate day = date;
    while (FinnishHolidays::isSupportedDate(day)) {
        if (isWorkingDay(day))
            return day;
        day = day.addDays(1);
    }
    return {};
}

QDate DeadlineCalculator::previousWorkingDay(QDate date)
{
    QDate day = date;
    while (FinnishHolidays::isSupportedDate(day)) {
        if (isWorkingDay(day))
            return day;
        day = day.addDays(-1);
    }
    return {};
}

TimeLimit DeadlineCalculator::invalid(QDate start, const QString &error)
{
    TimeLimit limit;
    limit.start = start;
    limit.error = error;
    return limit;
}

TimeLimit DeadlineCalculator::finish(QDate start, QDate nominalEnd)
{
    if (!FinnishHolidays::isSupportedDate(nominalEnd)) {
        qCWarning(lcDeadlines) << "time limit ends outside the supported years";
        return invalid(start,
                       tr("The time limit would end outside the years %1-%2 that lvdesk can count.")
                           .arg(FinnishHolidays::FirstSupportedYear)
                           .arg(FinnishHolidays::LastSupportedYear));
    }
    TimeLimit limit;
    limit.start = start;
    limit.nominalEnd = nominalEnd;
    limit.end = nextWorkingDay(nominalEnd);
    if (!limit.end.isValid()) {
        qCWarning(lcDeadlines) << "time limit moves past the supported years";
        limit.error = tr("The time limit would move past the years %1-%2 that lvdesk can count.")
                          .arg(FinnishHolidays::FirstSupportedYear)
                          .arg(FinnishHolidays::LastSupportedYear);
    }
    return limit;
}

TimeLimit DeadlineCalculator::afterDays(QDate start, int days)
{
    return after(start, IsoDuration(0, 0, 0, days));
}

TimeLimit DeadlineCalculator::afterWeeks(QDate start, int weeks)
{
    return after(start, IsoDuration(0, 0, weeks, 0));
}

TimeLimit DeadlineCalculator::afterMonths(QDate start, int months)
{
    return after(start, IsoDuration(0, months, 0, 0));
}

TimeLimit DeadlineCalculator::afterYears(QDate start, int years)
{
    return after(start, IsoDuration(years, 0, 0, 0));
}

TimeLimit DeadlineCalculator::after(QDate start, const IsoDuration &period)
{
    if (!FinnishHolidays::isSupportedDate(start))
        return invalid(start, tr("The start day of the time limit is missing or outside the years "
                                 "%1-%2 that lvdesk can count.")
                                  .arg(FinnishHolidays::FirstSupportedYear)
                                  .arg(FinnishHolidays::LastSupportedYear));
    if (!period.isValid())
        return invalid(start,
                       tr("The length of the time limit is missing, zero, negative or too long."));

    const qint64 months = qint64(period.years()) * 12 + period.months();
    const qint64 days = qint64(period.weeks()) * 7 + period.days();
    if (months > kMaxCount || days > qint64(kMaxCount) * 31)
        return invalid(start,
                       tr("The time limit would end outside the years %1-%2 that lvdesk can count.")
                           .arg(FinnishHolidays::FirstSupportedYear)
                           .arg(FinnishHolidays::LastSupportedYear));
    // Months (and years as twelve months) first, so that P1M10D from 31 January is 28 February
    // plus ten days, as one would count it by hand.
    QDate end = start;
    if (months > 0)
        end = end.addMonths(int(months));
    if (days > 0)
        end = end.addDays(days);
    return finish(start, end);
}

TimeLimit DeadlineCalculator::endingOn(QDate lastDay)
{
    if (!FinnishHolidays::isSupportedDate(lastDay))
        return invalid({}, tr("The due date is missing or outside the years %1-%2 that lvdesk can "
                              "count.")
                               .arg(FinnishHolidays::FirstSupportedYear)
                               .arg(FinnishHolidays::LastSupportedYear));
    return finish({}, lastDay);
}

QDate DeadlineCalculator::addWorkingDays(QDate start, int workingDays)
{
    if (!FinnishHolidays::isSupportedDate(start))
        return {};
    const int step = workingDays < 0 ? -1 : 1;
    int remaining = workingDays < 0 ? -workingDays : workingDays;
    QDate day = start;
    while (remaining > 0) {
        day = day.addDays(step);
        if (!FinnishHolidays::isSupportedDate(day))
            return {};
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

std::optional<int> DeadlineCalculator::workingDaysBetween(QDate from, QDate to)
{
    if (!FinnishHolidays::isSupportedDate(from) || !FinnishHolidays::isSupportedDate(to))
        return std::nullopt;
    const bool backwards = to < from;
    const QDate first = backwards ? to : from;
    const QDate last = backwards ? from : to;
    int count = 0;
    for (QDate day = first.addDays(1); day <= last; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return backwards ? -count : count;
}

} // namespace lvdesk
