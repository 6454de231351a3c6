// SPDX-License-Identifier: EUPL-1.2
// SyncEngine in process against lvsim: on-demand syncs join the running one, progress and the
// connection state are reported truthfully, and a workstation without the sync lock does not sync.

#include "domain/statusupdate.h"
#include "filemode.h"
#include "lv/lvclient.h"
#include "lv/lvcodec.h"
#include "lvsimprocess.h"
#include "store/casestore.h"
#include "store/outboxstore.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "store/synclock.h"
#include "sync/syncengine.h"
#include "testauditkey.h"

#include <QDirIterator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h> // umask

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncNowJoinsTheRunningSync();
    void progressAndConnectionStateAreReported();
    void workstationWithoutTheSyncLockDoesNotSync();
    void failedActionWaitsForItsBackoffAcrossRestarts();
    void laterWriteDoesNotOvertakeEarlierWriteOfTheSameCase();
    void downloadedAttachmentsAreOwnerOnly();

private:
    struct Rig
    {
        QTemporaryDir dir;
        StoreConfig store;
        std::unique_ptr<StoreWriter> writer;
        std::unique_ptr<LvClient> client;
        std::unique_ptr<SyncEngine> engine;
    };
    static bool makeRig(Rig &rig, const QUrl &securityServer, const SyncSettings &sync = {});
};

bool tst_SyncEngine::makeRig(Rig &rig, const QUrl &securityServer, const SyncSettings &sync)
{
    rig.store.dataDirectory = rig.dir.path();
    rig.store.auditKey = TestAuditKey::key();
    if (!Store::prepare(rig.store).ok)
        return false;
    ConnectionSettings settings;
    settings.securityServer = securityServer;
    settings.client = *XRoadId::parse(u"FI-TEST/MUN/0135202-4/lvdesk"_s, XRoadId::Type::Subsystem);
    settings.service
        = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    settings.userId = u"tester"_s;
    rig.writer = std::make_unique<StoreWriter>(rig.store);
    rig.client = std::make_unique<LvClient>(settings, QSslConfiguration::defaultConfiguration());
    rig.engine = std::make_unique<SyncEngine>(sync, rig.client.get(), rig.store, rig.writer.get(),
                                              nullptr);
    return true;
}

void tst_SyncEngine::syncNowJoinsTheRunningSync()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"40"_s}));
    Rig rig;
    QVERIFY(makeRig(rig, sim.baseUrl()));
    QSignalSpy started(rig.engine.get(), &SyncEngine::started);
    QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
    rig.engine->syncNow();
    QVERIFY(rig.engine->isRunning());
    rig.engine->syncNow(); // F5 while it runs
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 1);
    QVERIFY(!rig.engine->isRunning());
    const auto summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.newCases, 40);
    QCOMPARE(sim.adminGet(u"/admin/stats"_s)
                 .value(u"byEndpoint"_s)
                 .toObject()
                 .value(u"GET /commondata/{id}"_s)
                 .toInt(),
             summary.acknowledged);

    // A later F5 starts a new run.
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(started.size(), 2);
    QCOMPARE(finished.last().first().value<SyncSummary>().newCases, 0);
}

void tst_SyncEngine::progressAndConnectionStateAreReported()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"30"_s}));
    Rig rig;
    QVERIFY(makeRig(rig, sim.baseUrl()));
    QVERIFY(rig.engine->connectionStatus().state == ConnectionState::Unknown);
    QSignalSpy progress(rig.engine.get(), &SyncEngine::progressChanged);
    QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
    QSignalSpy changed(rig.engine.get(), &SyncEngine::casesChanged);
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QSet<int> phases;
    qint64 bytes = 0;
    int total = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        const auto p = args.first().value<SyncProgress>();
        phases.insert(int(p.phase));
        bytes = std::max(bytes, p.bytes);
        total = std::max(total, p.total);
        QVERIFY(p.done <= p.total || p.phase == SyncProgress::Phase::Idle);
    }
    QVERIFY(phases.contains(int(SyncProgress::Phase::Feed)));
    QVERIFY(phases.contains(int(SyncProgress::Phase::Download)));
    QVERIFY(phases.contains(int(SyncProgress::Phase::Outbox)));
    QVERIFY(rig.engine->progress().phase == SyncProgress::Phase::Idle);
    QVERIFY(bytes > 30 * 10000); // 30 actions of ~20 KB, plus attachments
    QVERIFY(total >= 30);
    QVERIFY(changed.size() >= 1);
    const ConnectionStatus status = rig.engine->connectionStatus();
    QVERIFY(status.state == ConnectionState::Online);
    QVERIFY(status.lastSuccessfulSync.isValid());
    QVERIFY(status.lastSuccessfulSync.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    // The service goes away: the state says so and the last successful sync stays.
    const QDateTime lastGood = status.lastSuccessfulSync;
    sim.stop();
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
    const auto failed = finished.last().first().value<SyncSummary>();
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(rig.engine->connectionStatus().state == ConnectionState::Offline);
    QVERIFY(rig.engine->connectionStatus().nextRetry.isValid());
    QCOMPARE(rig.engine->connectionStatus().lastSuccessfulSync, lastGood);
}

void tst_SyncEngine::workstationWithoutTheSyncLockDoesNotSync()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"10"_s}));
    Rig rig;
    QVERIFY(makeRig(rig, sim.baseUrl()));
    SyncLock other(rig.store); // another lvdesk syncing the same store
    QVERIFY(other.tryAcquire());
    QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto summary = finished.first().first().value<SyncSummary>();
    QVERIFY(!summary.error.isEmpty());
    QCOMPARE(sim.adminGet(u"/admin/stats"_s).value(u"requests"_s).toInt(), 0);

    other.release();
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(finished.last().first().value<SyncSummary>().ok());
}

void tst_SyncEngine::failedActionWaitsForItsBackoffAcrossRestarts()
{
    // Every attachment arrives damaged: the actions with attachments cannot be stored.
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"12"_s, u"--faults"_s, u"checksum=1"_s}));
    SyncSettings sync;
    sync.attemptsPerRun = 1; // no retry within the run: straight to the persisted backoff
    sync.retryBaseMilliseconds = 60000; // the next try is at least 30 s away
    Rig rig;
    QVERIFY(makeRig(rig, sim.baseUrl(), sync));
    QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const auto first = finished.first().first().value<SyncSummary>();
    QVERIFY(first.failed > 0);
    QVERIFY(first.error.isEmpty()); // item faults do not stop the sync
    QVERIFY(first.newCases > 0); // the cases without attachments are stored
    auto attachmentRequests = [&sim]() {
        return sim.adminGet(u"/admin/stats"_s)
            .value(u"byEndpoint"_s)
            .toObject()
            .value(u"GET /commondata/{id}/attachments/{attachmentId}"_s)
            .toInt();
    };
    const int before = attachmentRequests();
    QVERIFY(before > 0);

    // A restart (a new engine over the same store) honours the saved backoff: no new attempts.
    rig.engine.reset();
    rig.engine = std::make_unique<SyncEngine>(sync, rig.client.get(), rig.store, rig.writer.get(),
                                              nullptr);
    QSignalSpy again(rig.engine.get(), &SyncEngine::finished);
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 60000);
    const auto second = again.first().first().value<SyncSummary>();
    QCOMPARE(second.failed, first.failed); // still not done, and said so
    QCOMPARE(attachmentRequests(), before);
    QCOMPARE(sim.adminGet(u"/admin/stats"_s)
                     .value(u"service"_s)
                     .toObject()
                     .value(u"unacknowledged"_s)
                     .toInt()
                 > 0,
             true); // the damaged ones stay in the feed
}

void tst_SyncEngine::laterWriteDoesNotOvertakeEarlierWriteOfTheSameCase()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"5"_s}));
    Rig rig;
    QVERIFY(makeRig(rig, sim.baseUrl()));
    QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

    // Case A: its first write backs off for an hour, its second is queued. Case B: one write.
    QStringList ids;
    QString error;
    {
        QSqlDatabase db = StoreConnection::open(rig.store, u"queue"_s, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        const QList<CaseStore::Case> cases = CaseStore(db).cases();
        QVERIFY(cases.size() >= 2);
        OutboxStore outbox(db);
        auto enqueue = [&](const CaseStore::Case &c, ServiceState state) {
            StatusUpdate update;
            update.messageId = QUuid::createUuid();
            update.state = state;
            update.statusText = {u"Tila"_s, u"Status"_s, QString()};
            update.statusDate = QDate(2026, 11, 26);
            const qint64 id = outbox.enqueue(
                update.messageId.toString(QUuid::WithoutBraces), c.id, c.openingExternalId,
                u"status"_s, LvCodec::encodeStatusUpdate(update), u"tester"_s, &error);
            ids << update.messageId.toString(QUuid::WithoutBraces);
            return id;
        };
        const qint64 first = enqueue(cases.at(0), ServiceState::InProcessing);
        QVERIFY(first > 0);
        QVERIFY(outbox.markRetrying(first, QDateTime::currentDateTimeUtc().addSecs(3600),
                                    u"earlier failure"_s, u"tester"_s, &error));
        QVERIFY(enqueue(cases.at(0), ServiceState::Decided) > 0);
        QVERIFY(enqueue(cases.at(1), ServiceState::InProcessing) > 0);
    }
    StoreConnection::close(u"queue"_s);

    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    const auto summary = finished.last().first().value<SyncSummary>();
    QCOMPARE(summary.delivered, 1); // only case B's
    QCOMPARE(summary.failed, 2); // case A's two writes are not done, and the summary says so
    {
        QSqlDatabase db = StoreConnection::open(rig.store, u"check"_s, &error);
        OutboxStore outbox(db);
        QVERIFY(outbox.byMessageId(ids.at(0))->state == OutboxState::Retrying);
        QVERIFY(outbox.byMessageId(ids.at(1))->state == OutboxState::Queued);
        QVERIFY(outbox.byMessageId(ids.at(2))->state == OutboxState::Delivered);
    }
    StoreConnection::close(u"check"_s);
    QCOMPARE(sim.adminGet(u"/admin/received"_s).value(u"statusUpdates"_s).toInt(), 1);
}

void tst_SyncEngine::downloadedAttachmentsAreOwnerOnly()
{
    // A lax umask: the attachment files must be private because lvdesk says so, not by luck.
    const mode_t previous = ::umask(022);
    auto restore = qScopeGuard([previous] { ::umask(previous); });
    LvSimProcess sim;
    QVERIFY(sim.start({u"--cases"_s, u"6"_s}));
    Rig rig;
    QVERIFY(makeRig(rig, sim.baseUrl()));
    QSignalSpy finished(rig.engine.get(), &SyncEngine::finished);
    rig.engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.first().first().value<SyncSummary>().ok());
    int files = 0;
    QDirIterator it(rig.store.blobDirectory(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(FileMode::of(path) == 0600, qPrintable(path));
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
