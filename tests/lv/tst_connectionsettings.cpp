// SPDX-License-Identifier: EUPL-1.2

#include "lv/connectionsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesLoopbackHosts_data();
    void recognisesLoopbackHosts();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void missingIdentifiersAreConfigurationErrors();
    void userIdWithLineBreakIsRefused();
    void nonHttpSchemeIsRefused();
    void lineBreakInUserIdIsRefused();

private:
    static ConnectionSettings valid(const QString &base);
};

ConnectionSettings TestConnectionSettings::valid(const QString &base)
{
    ConnectionSettings s;
    s.securityServer = QUrl(base);
    s.client = *XRoadId::parse(u"FI-TEST/MUN/0135202-4/lvdesk"_s, XRoadId::Type::Subsystem);
    s.service = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    return s;
}

void TestConnectionSettings::recognisesLoopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    // A name goes wherever a resolver sends it: only IP literals count.
    QTest::newRow("localhost") << u"localhost"_s << false;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << false;
    QTest::newRow("127.1") << u"127.1"_s << true;
    QTest::newRow("0:0:0:0:0:0:0:1") << u"0:0:0:0:0:0:0:1"_s << true;
    QTest::newRow("::ffff:127.0.0.1") << u"::ffff:127.0.0.1"_s << false;
    QTest::newRow("127.0.0.1.") << u"127.0.0.1."_s << false;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.3.4") << u"127.255.3.4"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("localhost.evil.example") << u"localhost.evil.example"_s << false;
    QTest::newRow("ss.kunta.example") << u"ss.kunta.example"_s << false;
    QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
}

void TestConnectionSettings::recognisesLoopbackHosts()
{
    QFETCH(QString, host);
    QTEST(ConnectionSettings::isLoopbackHost(host), "loopback");
}

void TestConnectionSettings::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << false;
    QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http remote") << u"http://ss.kunta.example"_s << false;
    QTest::newRow("http private net") << u"http://192.168.1.10:8080"_s << false;
    QTest::newRow("https remote") << u"https://ss.kunta.example:8443"_s << true;
}

void TestConnectionSettings::plainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const std::optional<LvError> error = valid(url).validate();
    QCOMPARE(!error.has_value(), allowed);
    if (error) {
        QCOMPARE(error->kind(), LvError::Kind::Configuration);
        QVERIFY(!error->retryable());
        QVERIFY2(error->userMessage().contains(u"Plain HTTP"_s), qPrintable(error->userMessage()));
    }
}

void TestConnectionSettings::missingIdentifiersAreConfigurationErrors()
{
    ConnectionSettings s = valid(u"https://ss.example"_s);
    s.client = {};
    std::optional<LvError> error = s.validate();
    QVERIFY(error);
    QVERIFY(error->userMessage().contains(u"X-Road client"_s));

    s = valid(u"https://ss.example"_s);
    s.service = s.client; // a subsystem where a service is needed
    error = s.validate();
    QVERIFY(error);
    QVERIFY(error->userMessage().contains(u"X-Road service"_s));

    s = valid(QString());
    error = s.validate();
    QVERIFY(error);
    QVERIFY(error->userMessage().contains(u"Security Server address"_s));
}

void TestConnectionSettings::userIdWithLineBreakIsRefused()
{
    ConnectionSettings s = valid(u"https://ss.example"_s);
    s.userId = u"mattim\r\nX-Road-Client: FI/GOV/0000000-0/evil"_s;
    const std::optional<LvError> error = s.validate();
    QVERIFY(error);
    QCOMPARE(error->kind(), LvError::Kind::Configuration);
    s.userId = u"mattim"_s;
    QVERIFY(!s.validate());
}

void TestConnectionSettings::nonHttpSchemeIsRefused()
{
    const std::optional<LvError> error = valid(u"ftp://127.0.0.1"_s).validate();
    QVERIFY(error);
    QCOMPARE(error->kind(), LvError::Kind::Configuration);
    QVERIFY(error->userMessage().contains(u"https://"_s));
}

void TestConnectionSettings::lineBreakInUserIdIsRefused()
{
    // X-Road-UserId is a header: no profile value may add a header of its own.
    for (const QString &userId :
         {u"anna\r\nX-Road-Client: FI/GOV/1/evil"_s, u"anna\nx"_s, u"anna\u0000"_s}) {
        ConnectionSettings s = valid(u"https://ss.example"_s);
        s.userId = userId;
        const std::optional<LvError> error = s.validate();
        QVERIFY(error);
        QCOMPARE(error->kind(), LvError::Kind::Configuration);
        QVERIFY(error->userMessage().contains(u"connection/userId"_s));
    }
    ConnectionSettings ok = valid(u"https://ss.example"_s);
    ok.userId = u"anna.virtanen"_s;
    QVERIFY(!ok.validate());
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
