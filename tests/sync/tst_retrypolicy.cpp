// SPDX-License-Identifier: EUPL-1.2
// RetryPolicy: capped exponential backoff with jitter that honours Retry-After, and the split
// between failures that stop the whole sync, failures of the whole service and item failures.

#include "sync/retrypolicy.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;
using namespace std::chrono_literals;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayDoublesPerAttemptWithinJitterBounds();
    void delayIsCapped();
    void delayHonoursRetryAfter();
    void jitterSpreadsRetries();
    void misconfigurationStopsTheSync();
    void outagesAreServiceWideButItemFaultsAreNot();
};

void tst_RetryPolicy::delayDoublesPerAttemptWithinJitterBounds()
{
    RetryPolicy policy;
    policy.base = 1000ms;
    policy.cap = 1h;
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const qint64 top = 1000LL << (attempt - 1);
        QCOMPARE(policy.ceiling(attempt).count(), top);
        for (int i = 0; i < 50; ++i) {
            const qint64 d = policy.delay(attempt).count();
            QVERIFY2(d >= top / 2 && d <= top, qPrintable(u"%1 at %2"_s.arg(d).arg(attempt)));
        }
    }
}

void tst_RetryPolicy::delayIsCapped()
{
    RetryPolicy policy;
    policy.base = 500ms;
    policy.cap = 30s;
    QCOMPARE(policy.ceiling(40).count(), 30000);
    QCOMPARE(policy.ceiling(1000).count(), 30000);
    QVERIFY(policy.delay(1000).count() <= 30000);
}

void tst_RetryPolicy::delayHonoursRetryAfter()
{
    RetryPolicy policy;
    policy.base = 100ms;
    QVERIFY(policy.delay(1, 7s).count() >= 7000);
    // A Retry-After shorter than the backoff does not shorten it.
    QVERIFY(policy.delay(10, 1s).count() >= policy.ceiling(10).count() / 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(policy.nextAttempt(now, 1, 120s) >= now.addSecs(120));
}

void tst_RetryPolicy::jitterSpreadsRetries()
{
    RetryPolicy policy;
    policy.base = 10s;
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(policy.delay(3).count());
    QVERIFY(seen.size() > 10);
}

void tst_RetryPolicy::misconfigurationStopsTheSync()
{
    QVERIFY(
        RetryPolicy::stopsSync(LvError::xroad(400, u"Client.AccessDenied"_s, u"Access denied"_s)));
    QVERIFY(RetryPolicy::stopsSync(LvError::tls(LvError::TlsProblem::Untrusted)));
    QVERIFY(RetryPolicy::stopsSync(LvError::service(401, u"Unauthorized"_s, QString())));
    QVERIFY(RetryPolicy::stopsSync(LvError::service(403, u"Forbidden"_s, QString())));
    QVERIFY(RetryPolicy::stopsSync(LvError::configuration(u"bad file"_s)));
    QVERIFY(!RetryPolicy::stopsSync(LvError::service(409, u"Conflict"_s, QString())));
    QVERIFY(!RetryPolicy::stopsSync(LvError::service(503, u"ServiceUnavailable"_s, QString())));
    QVERIFY(!RetryPolicy::stopsSync(LvError::checksumMismatch(u"a"_s, u"b"_s)));
}

void tst_RetryPolicy::outagesAreServiceWideButItemFaultsAreNot()
{
    QVERIFY(
        RetryPolicy::isServiceWide(LvError::network(LvError::NetworkProblem::ConnectionRefused)));
    QVERIFY(RetryPolicy::isServiceWide(
        LvError::xroad(500, u"Server.ServerProxy.ServiceFailed"_s, QString())));
    QVERIFY(RetryPolicy::isServiceWide(LvError::service(503, u"ServiceUnavailable"_s, QString())));
    QVERIFY(RetryPolicy::isServiceWide(LvError::service(429, u"TooManyRequests"_s, QString())));
    QVERIFY(!RetryPolicy::isServiceWide(LvError::checksumMismatch(u"a"_s, u"b"_s)));
    QVERIFY(!RetryPolicy::isServiceWide(LvError::malformed(200, u"x"_s, u"y"_s)));
    QVERIFY(!RetryPolicy::isServiceWide(LvError::service(500, u"InternalError"_s, QString())));
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
