// SPDX-License-Identifier: EUPL-1.2
// The time-limit rules of Act 150/1930 (sections 3 and 5) and working-day arithmetic.
#include "deadlines/deadlinecalculator.h"
#include "deadlines/isoduration.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::DeadlineCalculator;
using lvdesk::IsoDuration;
using lvdesk::TimeLimit;

class tst_DeadlineCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAsTheActPrescribes_data();
    void countsAsTheActPrescribes();
    void unitHelpersAgreeWithDurations();
    void limitPassingHolidaysIsNotExtended();
    void dueDateOnNonWorkingDayMovesForward();
    void workingDaysAreWeekdaysThatAreNotHolidays();
    void nextAndPreviousWorkingDay();
    void addsWorkingDaysForwardAndBackward();
    void countsWorkingDaysBetweenDates();
    void refusesLimitsItCannotCount();
};

void tst_DeadlineCalculator::countsAsTheActPrescribes_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("nominalEnd");
    QTest::addColumn<QDate>("end");

    // Sections 2 and 3: the start day is not counted; weeks and months end on the matching day.
    QTest::newRow("days: start day not counted")
        << QDate(2026, 11, 2) << u"P14D"_s << QDate(2026, 11, 16) << QDate(2026, 11, 16);
    QTest::newRow("one day is the next day")
        << QDate(2026, 11, 25) << u"P1D"_s << QDate(2026, 11, 26) << QDate(2026, 11, 26);
    QTest::newRow("weeks end on the same weekday")
        << QDate(2026, 11, 25) << u"P2W"_s << QDate(2026, 12, 9) << QDate(2026, 12, 9);
    QTest::newRow("months: same-numbered day")
        << QDate(2026, 11, 15) << u"P4M"_s << QDate(2027, 3, 15) << QDate(2027, 3, 15);

    // Section 5: each kind of non-working day moves the last day to the next working day.
    QTest::newRow("Saturday") << QDate(2026, 11, 2) << u"P12D"_s << QDate(2026, 11, 14)
                              << QDate(2026, 11, 16);
    QTest::newRow("Sunday") << QDate(2026, 11, 2) << u"P13D"_s << QDate(2026, 11, 15)
                            << QDate(2026, 11, 16);
    QTest::newRow("New Year's Day, across the year")
        << QDate(2026, 12, 2) << u"P30D"_s << QDate(2027, 1, 1) << QDate(2027, 1, 4);
    QTest::newRow("Epiphany") << QDate(2025, 12, 7) << u"P30D"_s << QDate(2026, 1, 6)
                              << QDate(2026, 1, 7);
    QTest::newRow("Good Friday to the Tuesday after Easter")
        << QDate(2027, 3, 16) << u"P10D"_s << QDate(2027, 3, 26) << QDate(2027, 3, 30);
    QTest::newRow("Easter Monday")
        << QDate(2026, 3, 30) << u"P1W"_s << QDate(2026, 4, 6) << QDate(2026, 4, 7);
    QTest::newRow("May Day") << QDate(2026, 4, 1) << u"P1M"_s << QDate(2026, 5, 1)
                             << QDate(2026, 5, 4);
    QTest::newRow("Ascension Day")
        << QDate(2026, 5, 4) << u"P10D"_s << QDate(2026, 5, 14) << QDate(2026, 5, 15);
    QTest::newRow("Midsummer Eve 2026")
        << QDate(2026, 6, 5) << u"P2W"_s << QDate(2026, 6, 19) << QDate(2026, 6, 22);
    QTest::newRow("Midsummer Eve 2027")
        << QDate(2027, 5, 25) << u"P1M"_s << QDate(2027, 6, 25) << QDate(2027, 6, 28);
    QTest::newRow("All Saints' Day")
        << QDate(2026, 10, 1) << u"P30D"_s << QDate(2026, 10, 31) << QDate(2026, 11, 2);
    QTest::newRow("Independence Day on a Monday")
        << QDate(2027, 11, 6) << u"P1M"_s << QDate(2027, 12, 6) << QDate(2027, 12, 7);
    QTest::newRow("Christmas Eve 2026, over Christmas and a weekend")
        << QDate(2026, 11, 24) << u"P1M"_s << QDate(2026, 12, 24) << QDate(2026, 12, 28);
    QTest::newRow("Christmas Eve 2027 on a Friday")
        << QDate(2027, 12, 10) << u"P2W"_s << QDate(2027, 12, 24) << QDate(2027, 12, 27);
    QTest::newRow("Christmas Day")
        << QDate(2029, 12, 15) << u"P10D"_s << QDate(2029, 12, 25) << QDate(2029, 12, 27);
    QTest::newRow("Boxing Day") << QDate(2028, 11, 26) << u"P1M"_s << QDate(2028, 12, 26)
                                << QDate(2028, 12, 27);

    // Section 3: a month without the same-numbered day ends on its last day.
    QTest::newRow("31 Jan + 1 month, Saturday 28 Feb")
        << QDate(2026, 1, 31) << u"P1M"_s << QDate(2026, 2, 28) << QDate(2026, 3, 2);
    QTest::newRow("31 Jan + 1 month in a leap year")
        << QDate(2028, 1, 31) << u"P1M"_s << QDate(2028, 2, 29) << QDate(2028, 2, 29);
    QTest::newRow("30 Jan + 1 month, Sunday 28 Feb")
        << QDate(2027, 1, 30) << u"P1M"_s << QDate(2027, 2, 28) << QDate(2027, 3, 1);
    QTest::newRow("31 Mar + 1 month")
        << QDate(2026, 3, 31) << u"P1M"_s << QDate(2026, 4, 30) << QDate(2026, 4, 30);
    QTest::newRow("29 Feb + 1 year")
        << QDate(2028, 2, 29) << u"P1Y"_s << QDate(2029, 2, 28) << QDate(2029, 2, 28);
    QTest::newRow("29 Feb 2024 + 1 year")
        << QDate(2024, 2, 29) << u"P1Y"_s << QDate(2025, 2, 28) << QDate(2025, 2, 28);
    QTest::newRow("29 Feb + 4 years, a Sunday")
        << QDate(2028, 2, 29) << u"P4Y"_s << QDate(2032, 2, 29) << QDate(2032, 3, 1);
    QTest::newRow("one year onto a Saturday")
        << QDate(2026, 11, 20) << u"P1Y"_s << QDate(2027, 11, 20) << QDate(2027, 11, 22);

    // Year boundaries and combined periods.
    QTest::newRow("31 Dec + 1 day is New Year's Day")
        << QDate(2025, 12, 31) << u"P1D"_s << QDate(2026, 1, 1) << QDate(2026, 1, 2);
    QTest::newRow("30 days into the next year")
        << QDate(2026, 12, 15) << u"P30D"_s << QDate(2027, 1, 14) << QDate(2027, 1, 14);
    QTest::newRow("months before days")
        << QDate(2026, 1, 31) << u"P1M10D"_s << QDate(2026, 3, 10) << QDate(2026, 3, 10);
    QTest::newRow("years and months")
        << QDate(2026, 11, 20) << u"P1Y2M"_s << QDate(2028, 1, 20) << QDate(2028, 1, 20);
    QTest::newRow("four months from submission onto a Saturday")
        << QDate(2026, 11, 20) << u"P4M"_s << QDate(2027, 3, 20) << QDate(2027, 3, 22);
}

void tst_DeadlineCalculator::countsAsTheActPrescribes()
{
    QFETCH(QDate, start);
    QFETCH(QString, period);
    QFETCH(QDate, nominalEnd);
    QFETCH(QDate, end);
    QString parseError;
    const IsoDuration duration = IsoDuration::fromString(period, &parseError);
    QVERIFY2(duration.isValid(), qPrintable(parseError));
    const TimeLimit limit = DeadlineCalculator::after(start, duration);
    QVERIFY2(limit.isValid(), qPrintable(limit.error));
    QCOMPARE(limit.start, start);
    QCOMPARE(limit.nominalEnd, nominalEnd);
    QCOMPARE(limit.end, end);
    QCOMPARE(limit.isMoved(), nominalEnd != end);
    QVERIFY(DeadlineCalculator::isWorkingDay(limit.end));
}

void tst_DeadlineCalculator::unitHelpersAgreeWithDurations()
{
    const QDate start(2026, 11, 24);
    QCOMPARE(DeadlineCalculator::afterDays(start, 30).end,
             DeadlineCalculator::after(start, IsoDuration(0, 0, 0, 30)).end);
    QCOMPARE(DeadlineCalculator::afterWeeks(start, 3).nominalEnd, QDate(2026, 12, 15));
    QCOMPARE(DeadlineCalculator::afterMonths(start, 1).end, QDate(2026, 12, 28));
    QCOMPARE(DeadlineCalculator::afterYears(QDate(2028, 2, 29), 1).nominalEnd, QDate(2029, 2, 28));
    QCOMPARE(DeadlineCalculator::afterDays(start, 30).nominalEnd, QDate(2026, 12, 24));
}

void tst_DeadlineCalculator::limitPassingHolidaysIsNotExtended()
{
    // Only the last day matters: holidays inside the period do not lengthen it.
    const TimeLimit limit = DeadlineCalculator::afterDays(QDate(2026, 12, 20), 10);
    QCOMPARE(limit.end, QDate(2026, 12, 30));
    QVERIFY(!limit.isMoved());
}

void tst_DeadlineCalculator::dueDateOnNonWorkingDayMovesForward()
{
    const TimeLimit saturday = DeadlineCalculator::endingOn(QDate(2026, 12, 19));
    QVERIFY(saturday.isValid());
    QCOMPARE(saturday.nominalEnd, QDate(2026, 12, 19));
    QCOMPARE(saturday.end, QDate(2026, 12, 21));
    QVERIFY(saturday.isMoved());

    const TimeLimit friday = DeadlineCalculator::endingOn(QDate(2026, 12, 18));
    QCOMPARE(friday.end, QDate(2026, 12, 18));
    QVERIFY(!friday.isMoved());
}

void tst_DeadlineCalculator::workingDaysAreWeekdaysThatAreNotHolidays()
{
    QVERIFY(DeadlineCalculator::isWorkingDay(QDate(2026, 11, 26))); // Thursday
    QVERIFY(DeadlineCalculator::isWorkingDay(QDate(2026, 12, 31))); // New Year's Eve
    QVERIFY(DeadlineCalculator::isWorkingDay(QDate(2026, 4, 2))); // Maundy Thursday
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2026, 11, 28))); // Saturday
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2026, 11, 29))); // Sunday
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2026, 12, 24))); // Christmas Eve
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2026, 6, 19))); // Midsummer Eve
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2026, 5, 1))); // May Day
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2027, 12, 6))); // Independence Day
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate(2026, 4, 3))); // Good Friday
    QVERIFY(!DeadlineCalculator::isWorkingDay(QDate()));
}

void tst_DeadlineCalculator::nextAndPreviousWorkingDay()
{
    QCOMPARE(DeadlineCalculator::nextWorkingDay(QDate(2026, 12, 24)), QDate(2026, 12, 28));
    QCOMPARE(DeadlineCalculator::nextWorkingDay(QDate(2026, 12, 28)), QDate(2026, 12, 28));
    QCOMPARE(DeadlineCalculator::previousWorkingDay(QDate(2026, 12, 27)), QDate(2026, 12, 23));
    QCOMPARE(DeadlineCalculator::previousWorkingDay(QDate(2027, 3, 29)), QDate(2027, 3, 25));
    QVERIFY(!DeadlineCalculator::nextWorkingDay(QDate(2201, 1, 1)).isValid());
}

void tst_DeadlineCalculator::addsWorkingDaysForwardAndBackward()
{
    // Fri 18 Dec 2026: Mon 21, Tue 22, Wed 23, then Christmas and a weekend, then Mon 28, Tue 29.
    QCOMPARE(DeadlineCalculator::addWorkingDays(QDate(2026, 12, 18), 5), QDate(2026, 12, 29));
    QCOMPARE(DeadlineCalculator::addWorkingDays(QDate(2026, 12, 29), -5), QDate(2026, 12, 18));
    QCOMPARE(DeadlineCalculator::addWorkingDays(QDate(2026, 12, 18), 0), QDate(2026, 12, 18));
    // Over Easter 2027: Maundy Thursday + 1 working day is the Tuesday after Easter Monday.
    QCOMPARE(DeadlineCalculator::addWorkingDays(QDate(2027, 3, 25), 1), QDate(2027, 3, 30));
    // From a non-working day the first working day counts as one.
    QCOMPARE(DeadlineCalculator::addWorkingDays(QDate(2026, 11, 28), 1), QDate(2026, 11, 30));
    QVERIFY(!DeadlineCalculator::addWorkingDays(QDate(2200, 12, 30), 5).isValid());
    QVERIFY(!DeadlineCalculator::addWorkingDays(QDate(1899, 12, 30), 5).isValid());
}

void tst_DeadlineCalculator::countsWorkingDaysBetweenDates()
{
    QCOMPARE(DeadlineCalculator::workingDaysBetween(QDate(2026, 12, 18), QDate(2026, 12, 29)), 5);
    QCOMPARE(DeadlineCalculator::workingDaysBetween(QDate(2026, 12, 29), QDate(2026, 12, 18)), -5);
    QCOMPARE(DeadlineCalculator::workingDaysBetween(QDate(2026, 12, 18), QDate(2026, 12, 18)), 0);
    QCOMPARE(DeadlineCalculator::workingDaysBetween(QDate(2026, 12, 18), QDate(2026, 12, 20)), 0);
    QCOMPARE(DeadlineCalculator::workingDaysBetween(QDate(2026, 12, 31), QDate(2027, 1, 7)), 3);
    QCOMPARE(DeadlineCalculator::workingDaysBetween(QDate(2026, 12, 18), QDate(2201, 1, 1)),
             std::nullopt);
}

void tst_DeadlineCalculator::refusesLimitsItCannotCount()
{
    const QDate start(2026, 11, 26);
    const TimeLimit zero = DeadlineCalculator::afterDays(start, 0);
    QVERIFY(!zero.isValid());
    QVERIFY(!zero.error.isEmpty());
    QVERIFY(!DeadlineCalculator::afterDays(start, -3).isValid());
    QVERIFY(!DeadlineCalculator::after(start, IsoDuration()).isValid());

    const TimeLimit noStart = DeadlineCalculator::afterMonths(QDate(), 4);
    QVERIFY(!noStart.isValid());
    QVERIFY(noStart.error.contains(u"start day"_s));
    QVERIFY(!DeadlineCalculator::afterMonths(QDate(1899, 12, 31), 1).isValid());

    const TimeLimit pastRange = DeadlineCalculator::afterMonths(QDate(2200, 12, 1), 1);
    QVERIFY(!pastRange.isValid());
    QVERIFY(pastRange.error.contains(u"2200"_s));
    QVERIFY(!DeadlineCalculator::after(start, IsoDuration(99999, 0, 0, 0)).isValid());
    QVERIFY(!DeadlineCalculator::endingOn(QDate()).isValid());
}

QTEST_GUILESS_MAIN(tst_DeadlineCalculator)
#include "tst_deadlinecalculator.moc"
