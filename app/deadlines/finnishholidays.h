// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "deadlines/holiday.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace lvdesk {

// The Finnish holidays that stop a statutory time limit from ending (Act 150/1930, section 5), for
// the years 1900-2200: the fixed ones and those that move with Easter, Midsummer and All Saints'
// Day. The current calendar rules are applied to every year of the range.
class FinnishHolidays
{
public:
    static constexpr int FirstSupportedYear = 1900;
    static constexpr int LastSupportedYear = 2200;

    static bool isSupportedYear(int year);
    static bool isSupportedDate(QDate date);

    // Easter Sunday of the Gregorian calendar; an invalid date for an unsupported year.
    static QDate easterSunday(int year);

    // All holidays of the year in date order (15 entries, two may share a day); empty for an
    // unsupported year.
    static QList<Holiday> holidays(int year);

    // The holidays on the day (usually none or one; Ascension Day can fall on May Day).
    static QList<Holiday> holidaysOn(QDate date);
    static bool isHoliday(QDate date);

    // The holiday's name in "fi", "sv" or "en" (a locale name like "sv_FI" works too); any other
    // language gets Finnish. For a day with two holidays the names are joined with ", ";
    // an ordinary day gives an empty string.
    static QString holidayName(QDate date, QStringView language);
    static QString name(Holiday::Id id, QStringView language);
};

} // namespace lvdesk
