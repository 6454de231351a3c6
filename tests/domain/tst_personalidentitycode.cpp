// SPDX-License-Identifier: EUPL-1.2
// Henkilötunnus: every century sign, the check character, impossible dates and masking.
#include "domain/customer.h"
#include "domain/personalidentitycode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::PersonalIdentityCode;

class tst_PersonalIdentityCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validCodeGivesBirthDate_data();
    void validCodeGivesBirthDate();
    void invalidCodeIsRejected_data();
    void invalidCodeIsRejected();
    void maskedShowsOnlyBirthDateAndCenturySign();
    void maskNeverRevealsMoreThanSevenCharacters();
    void customerMasksItsCode();
};

void tst_PersonalIdentityCode::validCodeGivesBirthDate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("birthDate");
    QTest::newRow("classic 1900s sign -") << u"131052-308T"_s << QDate(1952, 10, 13);
    QTest::newRow("masking example") << u"120464-121C"_s << QDate(1964, 4, 12);
    QTest::newRow("2023 sign Y") << u"010594Y9021"_s << QDate(1994, 5, 1);
    QTest::newRow("2000s sign A") << u"010105A123P"_s << QDate(2005, 1, 1);
    QTest::newRow("2023 sign B, temporary number") << u"150310B900P"_s << QDate(2010, 3, 15);
    QTest::newRow("1800s sign +") << u"311299+0029"_s << QDate(1899, 12, 31);
    QTest::newRow("leap day 2000") << u"290200A4561"_s << QDate(2000, 2, 29);
    // The same digits are valid with every sign of one century: the sign is not in the checksum.
    for (const char sign : {'X', 'W', 'V', 'U'}) {
        const QString code = u"131052"_s + QLatin1Char(sign) + u"308T"_s;
        QTest::newRow(qPrintable(u"2023 sign "_s + QLatin1Char(sign)))
            << code << QDate(1952, 10, 13);
    }
    for (const char sign : {'C', 'D', 'E', 'F'}) {
        const QString code = u"010105"_s + QLatin1Char(sign) + u"123P"_s;
        QTest::newRow(qPrintable(u"2023 sign "_s + QLatin1Char(sign))) << code << QDate(2005, 1, 1);
    }
}

void tst_PersonalIdentityCode::validCodeGivesBirthDate()
{
    QFETCH(QString, code);
    QFETCH(QDate, birthDate);
    const PersonalIdentityCode parsed = PersonalIdentityCode::fromString(code);
    QVERIFY(parsed.isValid());
    QVERIFY(PersonalIdentityCode::isValidCode(code));
    QCOMPARE(parsed.toString(), code);
    QCOMPARE(parsed.birthDate(), birthDate);
}

void tst_PersonalIdentityCode::invalidCodeIsRejected_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("wrong check character") << u"131052-308U"_s;
    QTest::newRow("no such date: 29 Feb 2001") << u"290201A4569"_s;
    QTest::newRow("month 13") << u"011352-308T"_s;
    QTest::newRow("unknown century sign G") << u"010105G123P"_s;
    QTest::newRow("lower-case sign a") << u"010105a123P"_s;
    QTest::newRow("lower-case check character") << u"131052-308t"_s;
    QTest::newRow("individual number 000, check right") << u"131052-000V"_s;
    QTest::newRow("individual number 001, check right") << u"131052-001W"_s;
    QTest::newRow("too short") << u"131052-308"_s;
    QTest::newRow("too long") << u"131052-308TT"_s;
    QTest::newRow("letters in the date") << u"13105X-308T"_s;
    QTest::newRow("leading space") << u" 31052-308T"_s;
}

void tst_PersonalIdentityCode::invalidCodeIsRejected()
{
    QFETCH(QString, code);
    const PersonalIdentityCode parsed = PersonalIdentityCode::fromString(code);
    QVERIFY(!parsed.isValid());
    QVERIFY(parsed.toString().isEmpty());
    QVERIFY(!parsed.birthDate().isValid());
    QVERIFY(!PersonalIdentityCode::isValidCode(code));
}

void tst_PersonalIdentityCode::maskedShowsOnlyBirthDateAndCenturySign()
{
    QCOMPARE(PersonalIdentityCode::fromString(u"120464-121C").masked(), u"120464-****"_s);
    QCOMPARE(PersonalIdentityCode::fromString(u"010594Y9021").masked(), u"010594Y****"_s);
}

void tst_PersonalIdentityCode::maskNeverRevealsMoreThanSevenCharacters()
{
    // Also for strings that are not valid codes: masking must not depend on validation.
    QCOMPARE(PersonalIdentityCode::mask(u"131052-308U"), u"131052-****"_s);
    QCOMPARE(PersonalIdentityCode::mask(u"131052308T"), u"****"_s);
    QCOMPARE(PersonalIdentityCode::mask(u""), u"****"_s);
    QCOMPARE(PersonalIdentityCode::mask(u"131052-308T-extra"), u"****"_s);
}

void tst_PersonalIdentityCode::customerMasksItsCode()
{
    lvdesk::Customer person;
    person.kind = lvdesk::CustomerKind(lvdesk::CustomerKind::Person);
    person.personalIdentityCode = u"131052-308T"_s;
    QCOMPARE(person.maskedPersonalIdentityCode(), u"131052-****"_s);
    lvdesk::Customer organisation;
    organisation.kind = lvdesk::CustomerKind(lvdesk::CustomerKind::Organisation);
    QCOMPARE(organisation.maskedPersonalIdentityCode(), QString());
}

QTEST_GUILESS_MAIN(tst_PersonalIdentityCode)
#include "tst_personalidentitycode.moc"
