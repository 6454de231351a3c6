// SPDX-License-Identifier: EUPL-1.2
// Parsing of the ISO 8601 durations that per-service settings use for statutory processing times.
#include "deadlines/isoduration.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::IsoDuration;

class tst_IsoDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsYearsMonthsWeeksAndDays_data();
    void acceptsYearsMonthsWeeksAndDays();
    void rejectsGarbageWithAReason_data();
    void rejectsGarbageWithAReason();
    void successClearsAnEarlierError();
    void constructedDurationsNeedAPositivePart();
};

void tst_IsoDuration::acceptsYearsMonthsWeeksAndDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("P4M") << u"P4M"_s << 0 << 4 << 0 << 0 << u"P4M"_s;
    QTest::newRow("P30D") << u"P30D"_s << 0 << 0 << 0 << 30 << u"P30D"_s;
    QTest::newRow("P2W") << u"P2W"_s << 0 << 0 << 2 << 0 << u"P2W"_s;
    QTest::newRow("P1Y") << u"P1Y"_s << 1 << 0 << 0 << 0 << u"P1Y"_s;
    QTest::newRow("P1Y2M") << u"P1Y2M"_s << 1 << 2 << 0 << 0 << u"P1Y2M"_s;
    QTest::newRow("all parts") << u"P1Y2M3W4D"_s << 1 << 2 << 3 << 4 << u"P1Y2M3W4D"_s;
    QTest::newRow("zero part kept out") << u"P0Y6M"_s << 0 << 6 << 0 << 0 << u"P6M"_s;
    QTest::newRow("lower case, spaces") << u"  p6m "_s << 0 << 6 << 0 << 0 << u"P6M"_s;
    QTest::newRow("largest part") << u"P99999D"_s << 0 << 0 << 0 << 99999 << u"P99999D"_s;
}

void tst_IsoDuration::acceptsYearsMonthsWeeksAndDays()
{
    QFETCH(QString, text);
    QFETCH(int, years);
    QFETCH(int, months);
    QFETCH(int, weeks);
    QFETCH(int, days);
    QFETCH(QString, canonical);
    QString error = u"stale"_s;
    const IsoDuration duration = IsoDuration::fromString(text, &error);
    QVERIFY2(duration.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(duration.years(), years);
    QCOMPARE(duration.months(), months);
    QCOMPARE(duration.weeks(), weeks);
    QCOMPARE(duration.days(), days);
    QCOMPARE(duration.toString(), canonical);
    QCOMPARE(IsoDuration::fromString(duration.toString()), duration);
}

void tst_IsoDuration::rejectsGarbageWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonMentions"); // a word the explanation must contain
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("no P") << u"4M"_s << u"begin with P"_s;
    QTest::newRow("words") << u"four months"_s << u"begin with P"_s;
    QTest::newRow("P alone") << u"P"_s << u"no length"_s;
    QTest::newRow("number without unit") << u"P4"_s << u"whole number"_s;
    QTest::newRow("unit without number") << u"PM"_s << u"whole number"_s;
    QTest::newRow("time part") << u"PT4H"_s << u"hours"_s;
    QTest::newRow("date and time") << u"P1DT12H"_s << u"hours"_s;
    QTest::newRow("fraction") << u"P1.5M"_s << u"whole number"_s;
    QTest::newRow("comma fraction") << u"P1,5M"_s << u"whole number"_s;
    QTest::newRow("negative") << u"P-1M"_s << u"whole number"_s;
    QTest::newRow("unknown unit") << u"P4X"_s << u"X"_s;
    QTest::newRow("wrong order") << u"P1M1Y"_s << u"order"_s;
    QTest::newRow("repeated unit") << u"P1M2M"_s << u"order"_s;
    QTest::newRow("trailing text") << u"P4Mx"_s << u"whole number"_s;
    QTest::newRow("zero") << u"P0D"_s << u"zero"_s;
    QTest::newRow("too large") << u"P100000D"_s << u"too long"_s;
    QTest::newRow("overflowing") << u"P99999999999999999999D"_s << u"too long"_s;
}

void tst_IsoDuration::rejectsGarbageWithAReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);
    QString error;
    const IsoDuration duration = IsoDuration::fromString(text, &error);
    QVERIFY(!duration.isValid());
    QVERIFY(duration.toString().isEmpty());
    QVERIFY2(error.contains(reasonMentions), qPrintable(error));
}

void tst_IsoDuration::successClearsAnEarlierError()
{
    QString error;
    QVERIFY(!IsoDuration::fromString(u"garbage", &error).isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(IsoDuration::fromString(u"P30D", &error).isValid());
    QVERIFY(error.isEmpty());
    // Without an error string the result alone tells.
    QVERIFY(!IsoDuration::fromString(u"P").isValid());
}

void tst_IsoDuration::constructedDurationsNeedAPositivePart()
{
    QVERIFY(IsoDuration(0, 4, 0, 0).isValid());
    QVERIFY(!IsoDuration().isValid());
    QVERIFY(!IsoDuration(0, 0, 0, 0).isValid());
    QVERIFY(!IsoDuration(0, 1, 0, -1).isValid());
    QVERIFY(!IsoDuration(0, 0, 0, IsoDuration::MaxPart + 1).isValid());
}

QTEST_GUILESS_MAIN(tst_IsoDuration)
#include "tst_isoduration.moc"
