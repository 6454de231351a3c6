// SPDX-License-Identifier: EUPL-1.2
// Acceptance 3 of the sync: new versions, supplements, messages, withdrawals and new cases added
// to lvsim while a sync runs are picked up by the next sync and change the right cases.

#include "lvsimprocess.h"
#include "store/casestore.h"
#include "store/storeconnection.h"
#include "syncrun.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesDuringSyncArePickedUpByNextSync();
};

void tst_SyncLive::changesDuringSyncArePickedUpByNextSync()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"5"_s, u"--cases"_s, u"600"_s}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(u"profile.ini"_s);
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl()));

    // Four cases the changes will be made to.
    QList<QJsonObject> targets;
    for (int i = 0; i < 4; ++i) {
        targets << sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s}});
        QCOMPARE(sim.lastAdminStatus(), 201);
    }

    QProcess running;
    running.start(SyncRun::program(),
                  {u"--sync-once"_s, u"--profile"_s, profile, u"--data-dir"_s, data});
    QVERIFY(running.waitForStarted(10000));
    // Wait until it is downloading, then change the service under it.
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += running.readAllStandardError()).contains("Downloading")
                                 || running.state() != QProcess::Running,
                             20000);
    QCOMPARE(running.state(), QProcess::Running);
    auto submit = [&](const QString &kind, const QString &externalId) {
        const QJsonObject answer
            = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, kind}, {u"externalId"_s, externalId}});
        return answer;
    };
    const QString versioned = targets[0].value(u"externalId"_s).toString();
    const QJsonObject version = submit(u"version"_s, versioned);
    QCOMPARE(version.value(u"version"_s).toInt(), 2);
    const QJsonObject supplement
        = submit(u"supplement"_s, targets[1].value(u"externalId"_s).toString());
    const QJsonObject message = submit(u"message"_s, targets[2].value(u"externalId"_s).toString());
    const QJsonObject withdrawal
        = submit(u"withdrawal"_s, targets[3].value(u"externalId"_s).toString());
    const QJsonObject newCase = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s}});
    QCOMPARE(sim.lastAdminStatus(), 201);
    QVERIFY2(running.state() == QProcess::Running, "the sync ended before the changes were made");
    QVERIFY(running.waitForFinished(120000));
    QCOMPARE(running.exitCode(), 0);

    const SyncRun::Outcome next = SyncRun::syncOnce(profile, data, 60000);
    QVERIFY2(next.exitCode == 0, next.err.right(2000).constData());

    QCOMPARE(sim.adminGet(u"/admin/stats"_s)
                 .value(u"service"_s)
                 .toObject()
                 .value(u"unacknowledged"_s)
                 .toInt(),
             0);
    {
        QSqlDatabase db = SyncRun::openStore(data, u"check"_s);
        QVERIFY(db.isValid());
        CaseStore store(db);
        QCOMPARE(store.caseCount(), 605);

        const auto corrected = store.eventByExternalId(versioned);
        QVERIFY(corrected);
        QCOMPARE(corrected->version, 2);
        QCOMPARE(store.events(corrected->caseId).size(), 1); // replaced, not added

        auto caseOf = [&](const QJsonObject &target) {
            const auto c = store.caseByProjectPart(target.value(u"projectPartId"_s).toString());
            return c ? c->id : qint64(0);
        };
        const auto supplementEvent
            = store.eventByExternalId(supplement.value(u"externalId"_s).toString());
        QVERIFY(supplementEvent);
        QCOMPARE(supplementEvent->caseId, caseOf(targets[1]));
        QCOMPARE(supplementEvent->actionType, u"supplement"_s);
        const auto messageEvent
            = store.eventByExternalId(message.value(u"externalId"_s).toString());
        QVERIFY(messageEvent);
        QCOMPARE(messageEvent->caseId, caseOf(targets[2]));
        QCOMPARE(messageEvent->actionType, u"message"_s);

        const auto withdrawn = store.caseById(caseOf(targets[3]));
        QVERIFY(withdrawn);
        QVERIFY(withdrawn->state == CaseState::Withdrawn);
        const auto untouched = store.caseById(caseOf(targets[1]));
        QVERIFY(untouched);
        QVERIFY(untouched->state != CaseState::Withdrawn);

        const auto added = store.caseByProjectPart(newCase.value(u"projectPartId"_s).toString());
        QVERIFY(added);
        QCOMPARE(added->openingExternalId, newCase.value(u"externalId"_s).toString());
    }
    StoreConnection::close(u"check"_s);
}

QTEST_GUILESS_MAIN(tst_SyncLive)
#include "tst_synclive.moc"
