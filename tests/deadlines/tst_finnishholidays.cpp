// SPDX-License-Identifier: EUPL-1.2
// Finnish holidays against an independent table: Easter Sunday dates typed in from a published
// list, and the movable holidays checked against their definitions and, for some years, typed-in
// dates.
#include "deadlines/finnishholidays.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::FinnishHolidays;
using lvdesk::Holiday;

namespace {

// Easter Sunday (Gregorian), from published Easter tables. Not computed: this is what the algorithm
// is checked against. Leap years included: 1900 (not leap), 2000, 2004, 2008, 2012, 2016, 2020,
// 2024, 2028, 2032, 2036, 2040, 2100 (not leap).
struct EasterEntry
{
    int year;
    int month;
    int day;
};
constexpr EasterEntry kEasterTable[] = {
    {1900, 4, 15}, {1913, 3, 23}, {1943, 4, 25}, {1954, 4, 18}, {1961, 4, 2},  {1970, 3, 29},
    {1984, 4, 22}, {1991, 3, 31}, {1996, 4, 7},  {2000, 4, 23}, {2004, 4, 11}, {2008, 3, 23},
    {2011, 4, 24}, {2012, 4, 8},  {2013, 3, 31}, {2015, 4, 5},  {2016, 3, 27}, {2017, 4, 16},
    {2018, 4, 1},  {2019, 4, 21}, {2020, 4, 12}, {2021, 4, 4},  {2022, 4, 17}, {2023, 4, 9},
    {2024, 3, 31}, {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28}, {2028, 4, 16}, {2029, 4, 1},
    {2030, 4, 21}, {2031, 4, 13}, {2032, 3, 28}, {2033, 4, 17}, {2034, 4, 9},  {2035, 3, 25},
    {2036, 4, 13}, {2037, 4, 5},  {2038, 4, 25}, {2039, 4, 10}, {2040, 4, 1},  {2100, 3, 28},
    {2200, 4, 6},
};

QDate dateOf(const QList<Holiday> &list, Holiday::Id id)
{
    for (const Holiday &holiday : list) {
        if (holiday.id == id)
            return holiday.date;
    }
    return {};
}

} // namespace

class tst_FinnishHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easterSundayMatchesPublishedTable_data();
    void easterSundayMatchesPublishedTable();
    void movableHolidaysFollowTheirRules_data();
    void movableHolidaysFollowTheirRules();
    void movableHolidaysMatchTypedDates_data();
    void movableHolidaysMatchTypedDates();
    void fixedHolidaysFallOnTheirDates();
    void everySupportedYearHasFifteenHolidaysInOrder();
    void ascensionDayCanCoincideWithMayDay();
    void ordinaryDaysAreNotHolidays();
    void namesComeInFinnishSwedishAndEnglish();
    void unknownLanguageFallsBackToFinnish();
    void yearsOutsideTheRangeHaveNoHolidays();
};

void tst_FinnishHolidays::easterSundayMatchesPublishedTable_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    for (const EasterEntry &entry : kEasterTable)
        QTest::addRow("%d", entry.year) << entry.year << QDate(entry.year, entry.month, entry.day);
}

void tst_FinnishHolidays::easterSundayMatchesPublishedTable()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(FinnishHolidays::easterSunday(year), expected);
    const QList<Holiday> list = FinnishHolidays::holidays(year);
    QCOMPARE(dateOf(list, Holiday::Id::EasterSunday), expected);
    QVERIFY(FinnishHolidays::isHoliday(expected));
}

void tst_FinnishHolidays::movableHolidaysFollowTheirRules_data()
{
    easterSundayMatchesPublishedTable_data();
}

void tst_FinnishHolidays::movableHolidaysFollowTheirRules()
{
    QFETCH(int, year);
    QFETCH(QDate, expected); // Easter Sunday from the table
    const QList<Holiday> list = FinnishHolidays::holidays(year);

    QCOMPARE(dateOf(list, Holiday::Id::GoodFriday), expected.addDays(-2));
    QCOMPARE(dateOf(list, Holiday::Id::EasterMonday), expected.addDays(1));
    QCOMPARE(dateOf(list, Holiday::Id::AscensionDay), expected.addDays(39));
    QCOMPARE(dateOf(list, Holiday::Id::WhitSunday), expected.addDays(49));
    QCOMPARE(dateOf(list, Holiday::Id::GoodFriday).dayOfWeek(), int(Qt::Friday));
    QCOMPARE(dateOf(list, Holiday::Id::AscensionDay).dayOfWeek(), int(Qt::Thursday));
    QCOMPARE(dateOf(list, Holiday::Id::WhitSunday).dayOfWeek(), int(Qt::Sunday));

    const QDate midsummerEve = dateOf(list, Holiday::Id::MidsummerEve);
    QCOMPARE(midsummerEve.dayOfWeek(), int(Qt::Friday));
    QVERIFY(midsummerEve >= QDate(year, 6, 19) && midsummerEve <= QDate(year, 6, 25));
    const QDate midsummerDay = dateOf(list, Holiday::Id::MidsummerDay);
    QCOMPARE(midsummerDay.dayOfWeek(), int(Qt::Saturday));
    QVERIFY(midsummerDay >= QDate(year, 6, 20) && midsummerDay <= QDate(year, 6, 26));
    QCOMPARE(midsummerEve.addDays(1), midsummerDay);

    const QDate allSaints = dateOf(list, Holiday::Id::AllSaintsDay);
    QCOMPARE(allSaints.dayOfWeek(), int(Qt::Saturday));
    QVERIFY(allSaints >= QDate(year, 10, 31) && allSaints <= QDate(year, 11, 6));

    for (const Holiday &holiday : list)
        QVERIFY2(FinnishHolidays::isHoliday(holiday.date), qPrintable(holiday.date.toString()));
}

void tst_FinnishHolidays::movableHolidaysMatchTypedDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>(
        "expected"); // GF, Easter, EM, Ascension, Whit, MsEve, MsDay, AllSaints
    QTest::addRow("2008") << 2008 << QList<QDate>{{2008, 3, 21}, {2008, 3, 23}, {2008, 3, 24},
                                                  {2008, 5, 1},  {2008, 5, 11}, {2008, 6, 20},
                                                  {2008, 6, 21}, {2008, 11, 1}};
    QTest::addRow("2024") << 2024 << QList<QDate>{{2024, 3, 29}, {2024, 3, 31}, {2024, 4, 1},
                                                  {2024, 5, 9},  {2024, 5, 19}, {2024, 6, 21},
                                                  {2024, 6, 22}, {2024, 11, 2}};
    QTest::addRow("2026") << 2026 << QList<QDate>{{2026, 4, 3},  {2026, 4, 5},  {2026, 4, 6},
                                                  {2026, 5, 14}, {2026, 5, 24}, {2026, 6, 19},
                                                  {2026, 6, 20}, {2026, 10, 31}};
    QTest::addRow("2027") << 2027 << QList<QDate>{{2027, 3, 26}, {2027, 3, 28}, {2027, 3, 29},
                                                  {2027, 5, 6},  {2027, 5, 16}, {2027, 6, 25},
                                                  {2027, 6, 26}, {2027, 11, 6}};
    QTest::addRow("2038") << 2038 << QList<QDate>{{2038, 4, 23}, {2038, 4, 25}, {2038, 4, 26},
                                                  {2038, 6, 3},  {2038, 6, 13}, {2038, 6, 25},
                                                  {2038, 6, 26}, {2038, 11, 6}};
}

void tst_FinnishHolidays::movableHolidaysMatchTypedDates()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    const QList<Holiday> list = FinnishHolidays::holidays(year);
    const Holiday::Id ids[]
        = {Holiday::Id::GoodFriday,   Holiday::Id::EasterSunday, Holiday::Id::EasterMonday,
           Holiday::Id::AscensionDay, Holiday::Id::WhitSunday,   Holiday::Id::MidsummerEve,
           Holiday::Id::MidsummerDay, Holiday::Id::AllSaintsDay};
    QCOMPARE(expected.size(), qsizetype(std::size(ids)));
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(dateOf(list, ids[i]), expected.at(i));
}

void tst_FinnishHolidays::fixedHolidaysFallOnTheirDates()
{
    for (const int year : {1900, 1999, 2026, 2027, 2028, 2200}) {
        const QList<Holiday> list = FinnishHolidays::holidays(year);
        QCOMPARE(dateOf(list, Holiday::Id::NewYearsDay), QDate(year, 1, 1));
        QCOMPARE(dateOf(list, Holiday::Id::Epiphany), QDate(year, 1, 6));
        QCOMPARE(dateOf(list, Holiday::Id::MayDay), QDate(year, 5, 1));
        QCOMPARE(dateOf(list, Holiday::Id::IndependenceDay), QDate(year, 12, 6));
        QCOMPARE(dateOf(list, Holiday::Id::ChristmasEve), QDate(year, 12, 24));
        QCOMPARE(dateOf(list, Holiday::Id::ChristmasDay), QDate(year, 12, 25));
        QCOMPARE(dateOf(list, Holiday::Id::BoxingDay), QDate(year, 12, 26));
    }
}

void tst_FinnishHolidays::everySupportedYearHasFifteenHolidaysInOrder()
{
    for (int year = FinnishHolidays::FirstSupportedYear; year <= FinnishHolidays::LastSupportedYear;
         ++year) {
        const QList<Holiday> list = FinnishHolidays::holidays(year);
        QCOMPARE(list.size(), 15);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(list.at(i - 1).date <= list.at(i).date, qPrintable(QString::number(year)));
        // Easter always lies between 22 March and 25 April.
        const QDate easter = FinnishHolidays::easterSunday(year);
        QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
        QVERIFY(easter >= QDate(year, 3, 22) && easter <= QDate(year, 4, 25));
    }
}

void tst_FinnishHolidays::ascensionDayCanCoincideWithMayDay()
{
    // 2008: Easter on 23 March puts Ascension Day on 1 May.
    const QList<Holiday> both = FinnishHolidays::holidaysOn(QDate(2008, 5, 1));
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).id, Holiday::Id::MayDay);
    QCOMPARE(both.at(1).id, Holiday::Id::AscensionDay);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2008, 5, 1), u"fi"), u"Vappu, Helatorstai"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2008, 5, 1), u"en"), u"May Day, Ascension Day"_s);
}

void tst_FinnishHolidays::ordinaryDaysAreNotHolidays()
{
    QVERIFY(!FinnishHolidays::isHoliday(QDate(2026, 4, 4))); // Holy Saturday is not a holiday
    QVERIFY(!FinnishHolidays::isHoliday(QDate(2026, 6, 21))); // a Sunday, but not a holiday
    QVERIFY(!FinnishHolidays::isHoliday(QDate(2026, 12, 31))); // New Year's Eve is a working day
    QVERIFY(!FinnishHolidays::isHoliday(QDate(2027, 11, 1))); // All Saints' Day moved to 6 November
    QVERIFY(!FinnishHolidays::isHoliday(QDate()));
    QVERIFY(FinnishHolidays::holidayName(QDate(2026, 11, 26), u"fi").isEmpty());
}

void tst_FinnishHolidays::namesComeInFinnishSwedishAndEnglish()
{
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 6, 19), u"fi"), u"Juhannusaatto"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 6, 19), u"sv"), u"Midsommarafton"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 6, 19), u"en"), u"Midsummer Eve"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 12, 6), u"fi"), u"Itsenäisyyspäivä"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 12, 6), u"sv_FI"),
             u"Självständighetsdagen"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 4, 6), u"sv"), u"Annandag påsk"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 10, 31), u"fi"), u"Pyhäinpäivä"_s);
    // Every holiday has a distinct, non-empty name in each language.
    const QList<Holiday> list = FinnishHolidays::holidays(2026);
    for (const QStringView lang : {u"fi", u"sv", u"en"}) {
        QStringList names;
        for (const Holiday &holiday : list)
            names.append(FinnishHolidays::name(holiday.id, lang));
        QVERIFY(!names.contains(QString()));
        names.removeDuplicates();
        QCOMPARE(names.size(), list.size());
    }
}

void tst_FinnishHolidays::unknownLanguageFallsBackToFinnish()
{
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 12, 24), u"de"), u"Jouluaatto"_s);
    QCOMPARE(FinnishHolidays::holidayName(QDate(2026, 12, 24), u""), u"Jouluaatto"_s);
}

void tst_FinnishHolidays::yearsOutsideTheRangeHaveNoHolidays()
{
    QVERIFY(FinnishHolidays::isSupportedYear(1900));
    QVERIFY(FinnishHolidays::isSupportedYear(2200));
    QVERIFY(!FinnishHolidays::isSupportedYear(1899));
    QVERIFY(!FinnishHolidays::isSupportedYear(2201));
    QVERIFY(FinnishHolidays::holidays(1899).isEmpty());
    QVERIFY(FinnishHolidays::holidays(2201).isEmpty());
    QVERIFY(!FinnishHolidays::easterSunday(2201).isValid());
    QVERIFY(!FinnishHolidays::isHoliday(QDate(2201, 12, 25)));
}

QTEST_GUILESS_MAIN(tst_FinnishHolidays)
#include "tst_finnishholidays.moc"
