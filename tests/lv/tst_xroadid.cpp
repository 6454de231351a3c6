// SPDX-License-Identifier: EUPL-1.2

#include "lv/xroadid.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestXRoadId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidIdentifiers_data();
    void parsesValidIdentifiers();
    void rejectsMalformedIdentifiers_data();
    void rejectsMalformedIdentifiers();
    void encodesEachPartOnItsOwn_data();
    void encodesEachPartOnItsOwn();
    void buildsServiceAndSubsystemPaths();
    void subsystemDropsServiceCode();
};

void TestXRoadId::parsesValidIdentifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("memberClass");
    QTest::addColumn<QString>("memberCode");
    QTest::addColumn<QString>("subsystem");
    QTest::addColumn<QString>("service");

    QTest::newRow("client") << u"FI-TEST/MUN/0135202-4/lvdesk"_s << int(XRoadId::Type::Subsystem)
                            << u"FI-TEST"_s << u"MUN"_s << u"0135202-4"_s << u"lvdesk"_s
                            << QString();
    QTest::newRow("service") << u"FI-TEST/GOV/0245437-2/LV/lvService"_s
                             << int(XRoadId::Type::Service) << u"FI-TEST"_s << u"GOV"_s
                             << u"0245437-2"_s << u"LV"_s << u"lvService"_s;
    QTest::newRow("production") << u"FI/ORG/1234567-8/sub"_s << int(XRoadId::Type::Subsystem)
                                << u"FI"_s << u"ORG"_s << u"1234567-8"_s << u"sub"_s << QString();
    QTest::newRow("dev COM") << u"FI-DEV/COM/1/a"_s << int(XRoadId::Type::Subsystem) << u"FI-DEV"_s
                             << u"COM"_s << u"1"_s << u"a"_s << QString();
    QTest::newRow("EDU, non-ASCII") << u"FI/EDU/2/kää ntäjä"_s << int(XRoadId::Type::Subsystem)
                                    << u"FI"_s << u"EDU"_s << u"2"_s << u"kää ntäjä"_s << QString();
}

void TestXRoadId::parsesValidIdentifiers()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QString error;
    const auto id = XRoadId::parse(text, XRoadId::Type(type), &error);
    QVERIFY2(id.has_value(), qPrintable(error));
    QTEST(id->instance(), "instance");
    QTEST(id->memberClass(), "memberClass");
    QTEST(id->memberCode(), "memberCode");
    QTEST(id->subsystemCode(), "subsystem");
    QTEST(id->serviceCode(), "service");
    QCOMPARE(id->toString(), text);
    QCOMPARE(int(id->type()), type);
}

void TestXRoadId::rejectsMalformedIdentifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expectedInError");

    const int sub = int(XRoadId::Type::Subsystem);
    const int svc = int(XRoadId::Type::Service);
    QTest::newRow("too few parts") << u"FI-TEST/MUN/0135202-4"_s << sub << u"four parts"_s;
    QTest::newRow("too many parts")
        << u"FI-TEST/MUN/0135202-4/lvdesk/x"_s << sub << u"four parts"_s;
    QTest::newRow("service lacks code") << u"FI-TEST/GOV/0245437-2/LV"_s << svc << u"five parts"_s;
    QTest::newRow("unknown instance") << u"EE/GOV/1/a"_s << sub << u"Unknown X-Road instance"_s;
    QTest::newRow("lowercase instance")
        << u"fi-test/GOV/1/a"_s << sub << u"Unknown X-Road instance"_s;
    QTest::newRow("unknown class") << u"FI/NGO/1/a"_s << sub << u"Unknown X-Road member class"_s;
    QTest::newRow("empty member") << u"FI/GOV//a"_s << sub << u"member code"_s;
    QTest::newRow("empty subsystem") << u"FI/GOV/1/"_s << sub << u"subsystem code"_s;
    QTest::newRow("dot-dot service") << u"FI/GOV/1/a/.."_s << svc << u"service code"_s;
    QTest::newRow("control character") << u"FI/GOV/1/a\u0001b"_s << sub << u"control"_s;
    QTest::newRow("empty") << QString() << sub << u"four parts"_s;
}

void TestXRoadId::rejectsMalformedIdentifiers()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(QString, expectedInError);
    QString error;
    QVERIFY(!XRoadId::parse(text, XRoadId::Type(type), &error).has_value());
    QVERIFY2(error.contains(expectedInError), qPrintable(error));
}

void TestXRoadId::encodesEachPartOnItsOwn_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved stays") << u"Az09-._~"_s << "Az09-._~"_ba;
    QTest::newRow("slash") << u"a/b"_s << "a%2Fb"_ba;
    QTest::newRow("query and fragment") << u"a?b#c"_s << "a%3Fb%23c"_ba;
    QTest::newRow("percent") << u"100%"_s << "100%25"_ba;
    QTest::newRow("space and plus") << u"a b+c"_s << "a%20b%2Bc"_ba;
    QTest::newRow("utf-8") << u"Ä"_s << "%C3%84"_ba;
}

void TestXRoadId::encodesEachPartOnItsOwn()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, encoded);
    QCOMPARE(XRoadId::encodePart(part), encoded);
}

void TestXRoadId::buildsServiceAndSubsystemPaths()
{
    const auto service
        = XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    QVERIFY(service);
    QCOMPARE(service->encodedPath(), "/r1/FI-TEST/GOV/0245437-2/LV/lvService"_ba);

    const auto odd = XRoadId::parse(u"FI/GOV/12 34/ä ö/s%"_s, XRoadId::Type::Service);
    QVERIFY(odd);
    QCOMPARE(odd->encodedPath(), "/r1/FI/GOV/12%2034/%C3%A4%20%C3%B6/s%25"_ba);
}

void TestXRoadId::subsystemDropsServiceCode()
{
    const auto service
        = XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    QVERIFY(service);
    const XRoadId subsystem = service->subsystem();
    QCOMPARE(subsystem.type(), XRoadId::Type::Subsystem);
    QCOMPARE(subsystem.toString(), u"FI-TEST/GOV/0245437-2/LV"_s);
    QCOMPARE(subsystem.encodedPath(), "/r1/FI-TEST/GOV/0245437-2/LV"_ba);
    QVERIFY(subsystem != *service);
}

QTEST_GUILESS_MAIN(TestXRoadId)
#include "tst_xroadid.moc"
