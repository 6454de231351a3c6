// SPDX-License-Identifier: EUPL-1.2
// Acceptance 4 of the sync: a wrong X-Road-Client, an untrusted Security Server certificate and a
// 401 each stop the sync with one clear error after at most a handful of requests (counted by
// lvsim), instead of one error and one request per item.

#include "domain/statusupdate.h"
#include "lv/lvcodec.h"
#include "lvsimprocess.h"
#include "store/outboxstore.h"
#include "store/storeconnection.h"
#include "store/syncstatestore.h"
#include "syncrun.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongClientStopsAfterOneRequest();
    void untrustedCertificateStopsWithoutRetrying();
    void unauthorizedWriteStopsTheOutbox();

private:
    static int requests(LvSimProcess &sim)
    {
        return sim.adminGet(u"/admin/stats"_s).value(u"requests"_s).toInt();
    }
};

void tst_SyncErrors::wrongClientStopsAfterOneRequest()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"50"_s}));
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"profile.ini"_s);
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl(),
                                  {{u"connection/client"_s, u"FI-TEST/MUN/0135202-4/other"_s}}));
    const SyncRun::Outcome outcome = SyncRun::syncOnce(profile, dir.filePath(u"data"_s), 60000);
    QVERIFY(!outcome.crashed);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(outcome.out.trimmed().startsWith("new=0 "));
    QVERIFY(!outcome.err.trimmed().isEmpty());
    const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    QVERIFY2(stats.value(u"requests"_s).toInt() <= 2,
             QByteArray::number(stats.value(u"requests"_s).toInt()).constData());
    QVERIFY(stats.value(u"xroad"_s).toObject().value(u"rejected"_s).toInt() >= 1);
    // Nothing was acknowledged and the cursor did not move.
    const QJsonObject service = stats.value(u"service"_s).toObject();
    QCOMPARE(service.value(u"unacknowledged"_s).toInt(), service.value(u"feedLength"_s).toInt());
}

void tst_SyncErrors::untrustedCertificateStopsWithoutRetrying()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"ss.pem"_s);
    const QString key = dir.filePath(u"ss.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   key, u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                   u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s});
    QVERIFY(openssl.waitForFinished(60000));
    if (openssl.exitCode() != 0)
        QSKIP("openssl cannot make a certificate here");

    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"20"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
    QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
    const QString profile = dir.filePath(u"profile.ini"_s);
    // No connection/caFile: the self-signed certificate is trusted by nobody.
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl()));
    QElapsedTimer timer;
    timer.start();
    const SyncRun::Outcome outcome = SyncRun::syncOnce(profile, dir.filePath(u"data"_s), 60000);
    QVERIFY(!outcome.crashed);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(!outcome.err.trimmed().isEmpty());
    // Not retried with backoff: it ends at once.
    QVERIFY(timer.elapsed() < 15000);
    QCOMPARE(requests(sim), 0); // no request got past the handshake

    // With the certificate as the profile's CA file the same lvsim syncs.
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl(), {{u"connection/caFile"_s, cert}}));
    const SyncRun::Outcome trusted = SyncRun::syncOnce(profile, dir.filePath(u"data"_s), 60000);
    QVERIFY2(trusted.exitCode == 0, trusted.err.right(1000).constData());
}

void tst_SyncErrors::unauthorizedWriteStopsTheOutbox()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"10"_s}));
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"profile.ini"_s);
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl()));
    QCOMPARE(SyncRun::syncOnce(profile, data, 60000).exitCode, 0);

    // Five status updates queued for a case of another authority: the service answers 401.
    const QJsonObject foreign
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s}, {u"foreign"_s, true}});
    QCOMPARE(sim.lastAdminStatus(), 201);
    const QString target = foreign.value(u"externalId"_s).toString();
    QStringList messageIds;
    {
        QSqlDatabase db = SyncRun::openStore(data, u"queue"_s);
        QVERIFY(db.isValid());
        OutboxStore outbox(db);
        for (int i = 0; i < 5; ++i) {
            StatusUpdate update;
            update.messageId = QUuid::createUuid();
            update.state = ServiceState::InProcessing;
            update.statusText.fi = u"Käsittelyssä"_s;
            update.statusText.sv = u"Under behandling"_s;
            update.statusDate = QDate(2026, 11, 26);
            QString error;
            QVERIFY2(outbox.enqueue(update.messageId.toString(QUuid::WithoutBraces), 0, target,
                                    u"status"_s, LvCodec::encodeStatusUpdate(update), u"tester"_s,
                                    &error)
                         > 0,
                     qPrintable(error));
            messageIds << update.messageId.toString(QUuid::WithoutBraces);
        }
    }
    StoreConnection::close(u"queue"_s);
    sim.adminPost(u"/admin/reset-stats"_s, {});

    const SyncRun::Outcome outcome = SyncRun::syncOnce(profile, data, 60000);
    QVERIFY(!outcome.crashed);
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY(!outcome.err.trimmed().isEmpty());
    const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    QCOMPARE(
        stats.value(u"byEndpoint"_s).toObject().value(u"PUT /commondata/{id}/status"_s).toInt(), 1);
    QVERIFY(stats.value(u"requests"_s).toInt() <= 4);
    {
        QSqlDatabase db = SyncRun::openStore(data, u"after"_s);
        OutboxStore outbox(db);
        const auto first = outbox.byMessageId(messageIds.first());
        QVERIFY(first);
        QVERIFY(first->state == OutboxState::Failed);
        QVERIFY(!first->lastError.isEmpty());
        for (int i = 1; i < messageIds.size(); ++i) {
            const auto rest = outbox.byMessageId(messageIds.at(i));
            QVERIFY(rest);
            QVERIFY(rest->state == OutboxState::Queued); // untouched: they wait for the officer
        }
    }
    StoreConnection::close(u"after"_s);
}

QTEST_GUILESS_MAIN(tst_SyncErrors)
#include "tst_syncerrors.moc"
