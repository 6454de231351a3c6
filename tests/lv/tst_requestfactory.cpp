// SPDX-License-Identifier: EUPL-1.2

#include "lv/requestfactory.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestRequestFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceUrlEncodesEachSegment();
    void serviceUrlKeepsSecurityServerPathPrefix();
    void listMethodsUsesServiceSubsystem();
    void queryValuesAreFullyEncoded();
    void everyRequestCarriesTheContractHeaders();
    void contentTypeOnlyOnBodies();
    void everyBuildHasAFreshXRoadId();
    void redirectsAreNotFollowedAndTimeoutIsSet();
    void httpsRequestsCarryTheTlsConfiguration();
    void missingTlsConfigurationFallsBackToSystemStore();

private:
    static ConnectionSettings settings(const QString &base = u"https://ss.kunta.example:8443"_s);
};

ConnectionSettings TestRequestFactory::settings(const QString &base)
{
    ConnectionSettings s;
    s.securityServer = QUrl(base);
    s.client = *XRoadId::parse(u"FI-TEST/MUN/0135202-4/lvdesk"_s, XRoadId::Type::Subsystem);
    s.service = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    s.userId = u"matti.virtanen"_s;
    s.transferTimeout = std::chrono::seconds(42);
    return s;
}

void TestRequestFactory::serviceUrlEncodesEachSegment()
{
    const RequestFactory factory(settings(), {});
    const QUrl url = factory.serviceUrl({u"commondata"_s, u"3f0c/../x?y#z ä%"_s, u"formdata"_s});
    QCOMPARE(url.toEncoded(),
             "https://ss.kunta.example:8443/r1/FI-TEST/GOV/0245437-2/LV/lvService/commondata/"
             "3f0c%2F..%2Fx%3Fy%23z%20%C3%A4%25/formdata"_ba);
    QVERIFY(url.query().isEmpty());
    QVERIFY(url.fragment().isEmpty());
}

void TestRequestFactory::serviceUrlKeepsSecurityServerPathPrefix()
{
    const RequestFactory factory(settings(u"https://proxy.example/ss/"_s), {});
    QCOMPARE(factory.serviceUrl({u"actions"_s}).toEncoded(),
             "https://proxy.example/ss/r1/FI-TEST/GOV/0245437-2/LV/lvService/actions"_ba);
}

void TestRequestFactory::listMethodsUsesServiceSubsystem()
{
    const RequestFactory factory(settings(u"http://127.0.0.1:8080"_s), {});
    QCOMPARE(factory.listMethodsUrl().toEncoded(),
             "http://127.0.0.1:8080/r1/FI-TEST/GOV/0245437-2/LV/listMethods"_ba);
}

void TestRequestFactory::queryValuesAreFullyEncoded()
{
    QCOMPARE(RequestFactory::encodeQueryValue(u"c-0001+2&x=y #"_s), "c-0001%2B2%26x%3Dy%20%23"_ba);
    const RequestFactory factory(settings(), {});
    const QUrl url = factory.serviceUrl({u"actions"_s}, "since=a%2Bb&limit=100");
    QCOMPARE(url.toEncoded(QUrl::FullyEncoded).mid(url.toEncoded().indexOf('?')),
             "?since=a%2Bb&limit=100"_ba);
}

void TestRequestFactory::everyRequestCarriesTheContractHeaders()
{
    const RequestFactory factory(settings(), {});
    const QNetworkRequest request = factory.build(factory.serviceUrl({u"actions"_s}));
    QCOMPARE(request.rawHeader("X-Road-Client"), "FI-TEST/MUN/0135202-4/lvdesk"_ba);
    QCOMPARE(request.rawHeader("X-Road-UserId"), "matti.virtanen"_ba);
    QCOMPARE(request.rawHeader("Accept"), "application/json"_ba);
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
             "lvdesk/" LVDESK_VERSION ""_ba);
    QVERIFY(request.rawHeader("User-Agent").startsWith("lvdesk/"));
    const QUuid id = QUuid::fromString(QString::fromLatin1(request.rawHeader("X-Road-Id")));
    QVERIFY(!id.isNull());
    QCOMPARE(request.rawHeader("X-Road-Id").size(), 36); // no braces
}

void TestRequestFactory::contentTypeOnlyOnBodies()
{
    const RequestFactory factory(settings(), {});
    const QUrl url = factory.serviceUrl({u"actions"_s, u"ack"_s});
    QVERIFY(!factory.build(url).hasRawHeader("Content-Type"));
    QCOMPARE(factory.build(url, true).header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             "application/json; charset=utf-8"_ba);
}

void TestRequestFactory::everyBuildHasAFreshXRoadId()
{
    const RequestFactory factory(settings(), {});
    const QUrl url = factory.serviceUrl({u"actions"_s});
    QSet<QByteArray> ids;
    for (int i = 0; i < 50; ++i)
        ids.insert(factory.build(url).rawHeader("X-Road-Id"));
    QCOMPARE(ids.size(), 50);
}

void TestRequestFactory::redirectsAreNotFollowedAndTimeoutIsSet()
{
    const RequestFactory factory(settings(), {});
    const QNetworkRequest request = factory.build(factory.serviceUrl({u"actions"_s}));
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(request.transferTimeout(), 42000);
    QCOMPARE(request.rawHeader("Accept-Encoding"), "identity"_ba);
}

void TestRequestFactory::httpsRequestsCarryTheTlsConfiguration()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyDepth(7);
    const RequestFactory factory(settings(), tls);
    QCOMPARE(factory.build(factory.serviceUrl({u"actions"_s})).sslConfiguration().peerVerifyDepth(),
             7);
}

void TestRequestFactory::missingTlsConfigurationFallsBackToSystemStore()
{
    const RequestFactory factory(settings(), QSslConfiguration());
    const QSslConfiguration used
        = factory.build(factory.serviceUrl({u"actions"_s})).sslConfiguration();
    QCOMPARE(used.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
    QCOMPARE(used.peerVerifyMode(), QSslConfiguration::defaultConfiguration().peerVerifyMode());
}

QTEST_GUILESS_MAIN(TestRequestFactory)
#include "tst_requestfactory.moc"
