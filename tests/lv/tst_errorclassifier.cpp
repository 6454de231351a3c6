// SPDX-License-Identifier: EUPL-1.2

#include "lv/errorclassifier.h"

#include <QSet>
#include <QSslCertificate>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lvdesk;
using Kind = LvError::Kind;
using NP = LvError::NetworkProblem;
using TP = LvError::TlsProblem;

Q_DECLARE_METATYPE(LvError::Kind)
Q_DECLARE_METATYPE(LvError::NetworkProblem)

class TestErrorClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRetryAfterSeconds();
    void parsesRetryAfterHttpDates_data();
    void parsesRetryAfterHttpDates();
    void retryAfterInThePastIsZero();
    void unreadableRetryAfterIsIgnored();
    void classifiesTransportFailures_data();
    void classifiesTransportFailures();
    void classifiesCertificateProblemsInPlainWords();
    void classifiesRefusedClientCertificate();
    void classifiesBrokenBodies();
    void redirectIsAnErrorNotFollowed();
    void xroadClientErrorsAreFinal();
    void xroadServerErrorsAreRetryable();
    void xroadErrorWithoutJsonBodyKeepsType();
    void serviceErrorsFollowContract_data();
    void serviceErrorsFollowContract();
    void serviceInvalidNamesTheField();
    void nonJsonErrorBodyIsShownAsFirst200Characters();
    void retryAfterIsTakenFromErrorResponses();
    void completeSuccessIsNoError();
    void canceledIsNeitherRetriedNorReported();
    void logTextCarriesNoServerMessage();
    void retryDecisionForEveryOtherKind();

private:
    static ErrorClassifier::Facts http(int status, const QByteArray &body = {});
};

ErrorClassifier::Facts TestErrorClassifier::http(int status, const QByteArray &body)
{
    ErrorClassifier::Facts f;
    f.httpStatus = status;
    f.body = body;
    f.bytesReceived = body.size();
    f.receivedAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
    return f;
}

void TestErrorClassifier::parsesRetryAfterSeconds()
{
    QCOMPARE(ErrorClassifier::parseRetryAfter("120", {}), std::chrono::seconds(120));
    QCOMPARE(ErrorClassifier::parseRetryAfter(" 0 ", {}), std::chrono::seconds(0));
}

void TestErrorClassifier::parsesRetryAfterHttpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds");
    // now = Thu, 26 Nov 2026 10:00:00 GMT
    QTest::newRow("IMF-fixdate") << "Thu, 26 Nov 2026 10:01:30 GMT"_ba << qint64(90);
    QTest::newRow("RFC 850") << "Thursday, 26-Nov-26 10:02:00 GMT"_ba << qint64(120);
    QTest::newRow("asctime") << "Thu Nov 26 11:00:00 2026"_ba << qint64(3600);
    QTest::newRow("asctime single-digit day") << "Tue Dec  1 10:00:00 2026"_ba << qint64(5 * 86400);
}

void TestErrorClassifier::parsesRetryAfterHttpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
    const auto delay = ErrorClassifier::parseRetryAfter(value, now);
    QVERIFY(delay.has_value());
    QCOMPARE(delay->count(), seconds);
}

void TestErrorClassifier::retryAfterInThePastIsZero()
{
    const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(ErrorClassifier::parseRetryAfter("Wed, 25 Nov 2026 10:00:00 GMT", now),
             std::chrono::seconds(0));
}

void TestErrorClassifier::unreadableRetryAfterIsIgnored()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!ErrorClassifier::parseRetryAfter("", now));
    QVERIFY(!ErrorClassifier::parseRetryAfter("-5", now));
    QVERIFY(!ErrorClassifier::parseRetryAfter("1.5", now));
    QVERIFY(!ErrorClassifier::parseRetryAfter("soon", now));
    QVERIFY(!ErrorClassifier::parseRetryAfter("99999999999999999999999", now));
    QVERIFY(!ErrorClassifier::parseRetryAfter("Thu, 32 Nov 2026 10:00:00 GMT", now));
}

void TestErrorClassifier::classifiesTransportFailures_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<LvError::NetworkProblem>("problem");
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << NP::HostNotFound;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << NP::ConnectionRefused;
    QTest::newRow("reset") << QNetworkReply::RemoteHostClosedError << NP::ConnectionReset;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << NP::Timeout;
    QTest::newRow("transfer timeout aborts")
        << QNetworkReply::OperationCanceledError << NP::Timeout;
    QTest::newRow("other") << QNetworkReply::TemporaryNetworkFailureError << NP::Other;
}

void TestErrorClassifier::classifiesTransportFailures()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(LvError::NetworkProblem, problem);
    ErrorClassifier::Facts f;
    f.networkError = error;
    f.errorString = u"technical text"_s;
    const LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.kind(), Kind::Network);
    QCOMPARE(e.networkProblem(), problem);
    QVERIFY(e.retryable());
    QVERIFY(!e.userMessage().isEmpty());
}

void TestErrorClassifier::classifiesCertificateProblemsInPlainWords()
{
    const QSslCertificate none;
    struct Case
    {
        QList<QSslError> errors;
        TP problem;
        QString words;
    };
    const QList<Case> cases{
        {{QSslError(QSslError::CertificateExpired, none)}, TP::Expired, u"expired"_s},
        {{QSslError(QSslError::CertificateNotYetValid, none)}, TP::NotYetValid, u"not valid yet"_s},
        {{QSslError(QSslError::SelfSignedCertificate, none)}, TP::Untrusted, u"not trusted"_s},
        {{QSslError(QSslError::UnableToGetLocalIssuerCertificate, none)},
         TP::Untrusted,
         u"not trusted"_s},
        {{QSslError(QSslError::HostNameMismatch, none)}, TP::HostNameMismatch, u"another host"_s},
        // Several at once: the one to act on first.
        {{QSslError(QSslError::HostNameMismatch, none),
          QSslError(QSslError::CertificateExpired, none)},
         TP::Expired,
         u"expired"_s},
    };
    for (const Case &c : cases) {
        ErrorClassifier::Facts f;
        f.https = true;
        f.networkError = QNetworkReply::SslHandshakeFailedError;
        f.sslErrors = c.errors;
        const LvError e = ErrorClassifier::classify(f);
        QCOMPARE(e.kind(), Kind::Tls);
        QCOMPARE(e.tlsProblem(), c.problem);
        QVERIFY(!e.retryable());
        QVERIFY2(e.userMessage().contains(c.words), qPrintable(e.userMessage()));
    }
}

void TestErrorClassifier::classifiesRefusedClientCertificate()
{
    for (const QString &text : {u"Error while reading: error:0A00045C:SSL routines::tlsv13 alert "
                                "certificate required"_s,
                                u"error:0A000418:SSL routines::tlsv1 alert unknown ca"_s,
                                u"sslv3 alert bad certificate"_s}) {
        ErrorClassifier::Facts f;
        f.https = true;
        f.networkError = QNetworkReply::SslHandshakeFailedError;
        f.errorString = text;
        const LvError e = ErrorClassifier::classify(f);
        QCOMPARE(e.kind(), Kind::Tls);
        QCOMPARE(e.tlsProblem(), TP::ClientCertificateRejected);
        QVERIFY(e.userMessage().contains(u"client certificate"_s));
    }
    // The same words over plain HTTP are not a TLS matter.
    ErrorClassifier::Facts f;
    f.networkError = QNetworkReply::RemoteHostClosedError;
    f.errorString = u"alert certificate"_s;
    QCOMPARE(ErrorClassifier::classify(f).kind(), Kind::Network);
}

void TestErrorClassifier::classifiesBrokenBodies()
{
    ErrorClassifier::Facts f = http(200, "{\"items\":");
    f.networkError = QNetworkReply::RemoteHostClosedError;
    f.contentLength = 500;
    LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.kind(), Kind::Network);
    QCOMPARE(e.networkProblem(), NP::Truncated);
    QVERIFY(e.retryable());

    // Headers came, then the body stalled until the transfer timeout.
    f = http(200, {});
    f.networkError = QNetworkReply::OperationCanceledError;
    e = ErrorClassifier::classify(f);
    QCOMPARE(e.networkProblem(), NP::Timeout);

    // A short body that Qt did not flag.
    f = http(200, "{}");
    f.contentLength = 10;
    e = ErrorClassifier::classify(f);
    QCOMPARE(e.networkProblem(), NP::Truncated);
}

void TestErrorClassifier::redirectIsAnErrorNotFollowed()
{
    ErrorClassifier::Facts f = http(302);
    f.location = QUrl(u"https://elsewhere.example/"_s);
    const LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.kind(), Kind::Redirect);
    QCOMPARE(e.httpStatus(), 302);
    QCOMPARE(e.redirectLocation(), QUrl(u"https://elsewhere.example/"_s));
    QVERIFY(!e.retryable());
}

void TestErrorClassifier::xroadClientErrorsAreFinal()
{
    ErrorClassifier::Facts f = http(400, R"({"type":"Client.InvalidClientIdentifier",
        "message":"Bad client","detail":"5e1c0f0a-9a52-4df7-8f43-3a0e6b7d0c11"})");
    f.xroadError = "Client.InvalidClientIdentifier";
    const LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.kind(), Kind::XRoadClient);
    QCOMPARE(e.code(), u"Client.InvalidClientIdentifier"_s);
    QCOMPARE(e.message(), u"Bad client"_s);
    QCOMPARE(e.detail(), u"5e1c0f0a-9a52-4df7-8f43-3a0e6b7d0c11"_s);
    QVERIFY(!e.retryable());
}

void TestErrorClassifier::xroadServerErrorsAreRetryable()
{
    for (const QByteArray &type :
         {"Server.ServerProxy.ServiceFailed"_ba, "Server.ClientProxy.NetworkError"_ba}) {
        ErrorClassifier::Facts f
            = http(500, R"({"type":")" + type + R"(","message":"m","detail":"d"})");
        f.xroadError = type;
        const LvError e = ErrorClassifier::classify(f);
        QCOMPARE(e.kind(), Kind::XRoadServer);
        QCOMPARE(e.code(), QString::fromLatin1(type));
        QVERIFY(e.retryable());
    }
}

void TestErrorClassifier::xroadErrorWithoutJsonBodyKeepsType()
{
    ErrorClassifier::Facts f = http(500, "<html>Security Server failure</html>");
    f.xroadError = "Server.ClientProxy.SslAuthenticationFailed";
    const LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.kind(), Kind::XRoadServer);
    QCOMPARE(e.code(), u"Server.ClientProxy.SslAuthenticationFailed"_s);
}

void TestErrorClassifier::serviceErrorsFollowContract_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("400 NotFound") << 400 << "NotFound"_ba << false;
    QTest::newRow("401 Unauthorized") << 401 << "Unauthorized"_ba << false;
    QTest::newRow("403 Forbidden") << 403 << "Forbidden"_ba << false;
    QTest::newRow("404 decided: final") << 404 << "NotFound"_ba << false;
    QTest::newRow("409 Conflict") << 409 << "Conflict"_ba << false;
    QTest::newRow("422 Invalid") << 422 << "Invalid"_ba << false;
    QTest::newRow("429 TooManyRequests") << 429 << "TooManyRequests"_ba << true;
    QTest::newRow("500 decided: retried") << 500 << "InternalError"_ba << true;
    QTest::newRow("502 BadGateway") << 502 << "BadGateway"_ba << true;
    QTest::newRow("503 Unavailable") << 503 << "ServiceUnavailable"_ba << true;
    QTest::newRow("504 GatewayTimeout") << 504 << "GatewayTimeout"_ba << true;
}

void TestErrorClassifier::serviceErrorsFollowContract()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(bool, retryable);
    const LvError e = ErrorClassifier::classify(
        http(status, R"({"error":")" + code + R"(","message":"Explained"})"));
    QCOMPARE(e.kind(), Kind::Service);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.code(), QString::fromLatin1(code));
    QCOMPARE(e.message(), u"Explained"_s);
    QCOMPARE(e.retryable(), retryable);
    QVERIFY(!e.userMessage().isEmpty());
}

void TestErrorClassifier::serviceInvalidNamesTheField()
{
    const LvError e = ErrorClassifier::classify(
        http(422, R"({"error":"Invalid","message":"must not be empty","field":"statusText.sv"})"));
    QCOMPARE(e.field(), u"statusText.sv"_s);
    QVERIFY2(e.userMessage().contains(u"statusText.sv"_s), qPrintable(e.userMessage()));
    QVERIFY(e.userMessage().contains(u"must not be empty"_s));
}

void TestErrorClassifier::nonJsonErrorBodyIsShownAsFirst200Characters()
{
    const QByteArray page = "<html><body>Bad Gateway " + QByteArray(400, 'x') + "</body></html>";
    const LvError e = ErrorClassifier::classify(http(502, page));
    QCOMPARE(e.kind(), Kind::Service);
    QCOMPARE(e.httpStatus(), 502);
    QVERIFY(e.code().isEmpty());
    QCOMPARE(e.message().size(), 200);
    QVERIFY(e.message().startsWith(u"<html><body>Bad Gateway xxx"_s));
    QVERIFY(e.retryable());
}

void TestErrorClassifier::retryAfterIsTakenFromErrorResponses()
{
    ErrorClassifier::Facts f = http(429, R"({"error":"TooManyRequests","message":"slow down"})");
    f.retryAfter = "7";
    LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.retryAfter(), std::chrono::seconds(7));

    // An HTTP date is measured from the server's Date, not from this workstation's clock.
    f = http(503, R"({"error":"ServiceUnavailable","message":"maintenance"})");
    f.retryAfter = "Sat, 01 Jan 2000 00:10:00 GMT";
    f.date = "Sat, 01 Jan 2000 00:00:00 GMT";
    e = ErrorClassifier::classify(f);
    QCOMPARE(e.retryAfter(), std::chrono::seconds(600));
    QVERIFY(e.logText().contains(u"retryAfter=600s"_s));
}

void TestErrorClassifier::completeSuccessIsNoError()
{
    ErrorClassifier::Facts f = http(200, "{}");
    f.contentLength = 2;
    QCOMPARE(ErrorClassifier::classify(f).kind(), Kind::None);
    QCOMPARE(ErrorClassifier::classify(http(201, "{\"id\":\"m-1\"}")).kind(), Kind::None);
}

void TestErrorClassifier::canceledIsNeitherRetriedNorReported()
{
    ErrorClassifier::Facts f;
    f.canceled = true;
    f.networkError = QNetworkReply::OperationCanceledError;
    const LvError e = ErrorClassifier::classify(f);
    QCOMPARE(e.kind(), Kind::Canceled);
    QVERIFY(!e.retryable());
}

void TestErrorClassifier::logTextCarriesNoServerMessage()
{
    const LvError e = ErrorClassifier::classify(
        http(409, R"({"error":"Conflict","message":"Matti Meikäläinen 120464-126J withdrew"})"));
    QCOMPARE(e.logText(), u"service http=409 code=Conflict final"_s);
}

void TestErrorClassifier::retryDecisionForEveryOtherKind()
{
    // A broken transfer is retried; what needs a person to act is not.
    QVERIFY(LvError::checksumMismatch(u"aa"_s, u"bb"_s).retryable());
    QVERIFY(LvError::sizeMismatch(10, 9).retryable());
    QVERIFY(LvError::malformed(200, u"items[0].version"_s, u"m"_s, u"OutOfRange"_s).retryable());
    QVERIFY(!LvError::tooLarge(1024).retryable());
    QVERIFY(!LvError::configuration(u"x"_s).retryable());
    QVERIFY(!LvError::canceled().retryable());
    QVERIFY(!LvError::redirect(301, {}).retryable());
    QVERIFY(!LvError::tls(TP::Other).retryable());
    QVERIFY(!LvError().retryable());
    QVERIFY(!LvError().isError());

    // Each kind tells the officer something different.
    const QList<LvError> errors{LvError::checksumMismatch(u"aa"_s, u"bb"_s),
                                LvError::sizeMismatch(10, 9),
                                LvError::tooLarge(1024),
                                LvError::redirect(301, {}),
                                LvError::canceled(),
                                LvError::network(NP::Timeout),
                                LvError::network(NP::ConnectionReset),
                                LvError::network(NP::HostNotFound),
                                LvError::network(NP::ConnectionRefused),
                                LvError::network(NP::Truncated)};
    QSet<QString> messages;
    for (const LvError &e : errors)
        messages.insert(e.userMessage());
    QCOMPARE(messages.size(), errors.size());
}

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "tst_errorclassifier.moc"
