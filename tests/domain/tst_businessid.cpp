// SPDX-License-Identifier: EUPL-1.2
// Y-tunnus: form and the mod-11 check digit.
#include "domain/businessid.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::BusinessId;

class tst_BusinessId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validIdIsAccepted_data();
    void validIdIsAccepted();
    void invalidIdIsRejected_data();
    void invalidIdIsRejected();
    void checkDigitFollowsTheWeights();
};

void tst_BusinessId::validIdIsAccepted_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("check digit 1") << u"1234567-1"_s;
    QTest::newRow("member code of the contract") << u"0245437-2"_s;
    QTest::newRow("remainder 0 gives check digit 0") << u"1572860-0"_s;
    QTest::newRow("check digit 9") << u"0112038-9"_s;
}

void tst_BusinessId::validIdIsAccepted()
{
    QFETCH(QString, id);
    const BusinessId parsed = BusinessId::fromString(id);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toString(), id);
    QVERIFY(BusinessId::isValidId(id));
}

void tst_BusinessId::invalidIdIsRejected_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("wrong check digit (the contract's example)") << u"1234567-8"_s;
    QTest::newRow("remainder 1: no valid check digit exists") << u"2765678-0"_s;
    QTest::newRow("remainder 1, digit 10 impossible") << u"1234568-1"_s;
    QTest::newRow("missing hyphen") << u"12345671"_s;
    QTest::newRow("six digits") << u"123456-1"_s;
    QTest::newRow("letter") << u"12345A7-1"_s;
    QTest::newRow("letter as check") << u"1234567-X"_s;
    QTest::newRow("space") << u"1234567 -1"_s;
    QTest::newRow("empty") << QString();
}

void tst_BusinessId::invalidIdIsRejected()
{
    QFETCH(QString, id);
    QVERIFY(!BusinessId::fromString(id).isValid());
    QVERIFY(BusinessId::fromString(id).toString().isEmpty());
    QVERIFY(!BusinessId::isValidId(id));
}

void tst_BusinessId::checkDigitFollowsTheWeights()
{
    // 1*7 + 2*9 + 3*10 + 4*5 + 5*8 + 6*4 + 7*2 = 153; 153 mod 11 = 10; 11 - 10 = 1
    QCOMPARE(BusinessId::checkDigit(u"1234567"), 1);
    QCOMPARE(BusinessId::checkDigit(u"1572860"), 0);
    QCOMPARE(BusinessId::checkDigit(u"2765678"), -1);
    QCOMPARE(BusinessId::checkDigit(u"123456"), -1);
    QCOMPARE(BusinessId::checkDigit(u"12345x7"), -1);
}

QTEST_GUILESS_MAIN(tst_BusinessId)
#include "tst_businessid.moc"
