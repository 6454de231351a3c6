// SPDX-License-Identifier: EUPL-1.2

#include "deadlines/finnishholidays.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The first day on or after `from` that falls on `dayOfWeek` (Qt numbering, Monday = 1).
QDate firstWeekdayOnOrAfter(QDate from, int dayOfWeek)
{
    return from.addDays((dayOfWeek - from.dayOfWeek() + 7) % 7);
}

struct HolidayNames
{
    Holiday::Id id;
    const char16_t *fi;
    const char16_t *sv;
    const char16_t *en;
};

// Holiday names are calendar content in the three languages, not interface text, so they live here
// rather than in the translation catalogues.
constexpr HolidayNames kNames[] = {
    {Holiday::Id::NewYearsDay, u"Uudenvuodenpäivä", u"Nyårsdagen", u"New Year's Day"},
    {Holiday::Id::Epiphany, u"Loppiainen", u"Trettondedag jul", u"Epiphany"},
    {Holiday::Id::GoodFriday, u"Pitkäperjantai", u"Långfredagen", u"Good Friday"},
    {Holiday::Id::EasterSunday, u"Pääsiäispäivä", u"Påskdagen", u"Easter Sunday"},
    {Holiday::Id::EasterMonday, u"2. pääsiäispäivä", u"Annandag påsk", u"Easter Monday"},
    {Holiday::Id::MayDay, u"Vappu", u"Första maj", u"May Day"},
    {Holiday::Id::AscensionDay, u"Helatorstai", u"Kristi himmelsfärdsdag", u"Ascension Day"},
    {Holiday::Id::WhitSunday, u"Helluntaipäivä", u"Pingstdagen", u"Whit Sunday"},
    {Holiday::Id::MidsummerEve, u"Juhannusaatto", u"Midsommarafton", u"Midsummer Eve"},
    {Holiday::Id::MidsummerDay, u"Juhannuspäivä", u"Midsommardagen", u"Midsummer Day"},
    {Holiday::Id::AllSaintsDay, u"Pyhäinpäivä", u"Alla helgons dag", u"All Saints' Day"},
    {Holiday::Id::IndependenceDay, u"Itsenäisyyspäivä", u"Självständighetsdagen",
     u"Independence Day"},
    {Holiday::Id::ChristmasEve, u"Jouluaatto", u"Julafton", u"Christmas Eve"},
    {Holiday::Id::ChristmasDay, u"Joulupäivä", u"Juldagen", u"Christmas Day"},
    {Holiday::Id::BoxingDay, u"Tapaninpäivä", u"Annandag jul", u"Boxing Day"},
};

} // namespace

bool FinnishHolidays::isSupportedYear(int year)
{
    return year >= FirstSupportedYear && year <= LastSupportedYear;
}

bool FinnishHolidays::isSupportedDate(QDate date)
{
    return date.isValid() && isSupportedYear(date.year());
}

QDate FinnishHolidays::easterSunday(int year)
{
    if (!isSupportedYear(year))
        return {};
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> FinnishHolidays::holidays(int year)
{
    if (!isSupportedYear(year))
        return {};
    const QDate easter = easterSunday(year);
    // Midsummer Day is the Saturday of 20-26 June, All Saints' Day the Saturday of 31 October -
    // 6 November (rules in force since 1955).
    const QDate midsummerDay = firstWeekdayOnOrAfter(QDate(year, 6, 20), Qt::Saturday);
    const QDate allSaintsDay = firstWeekdayOnOrAfter(QDate(year, 10, 31), Qt::Saturday);

    QList<Holiday> list = {
        {QDate(year, 1, 1), Holiday::Id::NewYearsDay},
        {QDate(year, 1, 6), Holiday::Id::Epiphany},
        {easter.addDays(-2), Holiday::Id::GoodFriday},
        {easter, Holiday::Id::EasterSunday},
        {easter.addDays(1), Holiday::Id::EasterMonday},
        {QDate(year, 5, 1), Holiday::Id::MayDay},
        {easter.addDays(39), Holiday::Id::AscensionDay},
        {easter.addDays(49), Holiday::Id::WhitSunday},
        {midsummerDay.addDays(-1), Holiday::Id::MidsummerEve},
        {midsummerDay, Holiday::Id::MidsummerDay},
        {allSaintsDay, Holiday::Id::AllSaintsDay},
        {QDate(year, 12, 6), Holiday::Id::IndependenceDay},
        {QDate(year, 12, 24), Holiday::Id::ChristmasEve},
        {QDate(year, 12, 25), Holiday::Id::ChristmasDay},
        {QDate(year, 12, 26), Holiday::Id::BoxingDay},
    };
    // Stable, so that two holidays on one day keep the calendar order above.
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

QList<Holiday> FinnishHolidays::holidaysOn(QDate date)
{
    QList<Holiday> result;
    if (!isSupportedDate(date))
        return result;
    const QList<Holiday> all = holidays(date.year());
    for (const Holiday &holiday : all) {
        if (holiday.date == date)
            result.append(holiday);
    }
    return result;
}

bool FinnishHolidays::isHoliday(QDate date)
{
    return !holidaysOn(date).isEmpty();
}

QString FinnishHolidays::holidayName(QDate date, QStringView language)
{
    QStringList names;
    const QList<Holiday> list = holidaysOn(date);
    for (const Holiday &holiday : list)
        names.append(name(holiday.id, language));
    return names.join(u", "_s);
}

QString FinnishHolidays::name(Holiday::Id id, QStringView language)
{
    const QStringView lang = language.left(2);
    for (const HolidayNames &entry : kNames) {
        if (entry.id != id)
            continue;
        if (lang.compare(u"sv", Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(entry.sv);
        if (lang.compare(u"en", Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(entry.en);
        return QString::fromUtf16(entry.fi);
    }
    return {};
}

} // namespace lvdesk
