// SPDX-License-Identifier: EUPL-1.2
// Acceptance 2 of the sync: lvdesk --sync-once killed with SIGKILL at 20 random moments, then run
// to completion, ends in the same state as an undisturbed sync: nothing lost, nothing stored or
// delivered twice, the audit chain intact.

#include "lvsimprocess.h"
#include "syncrun.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncKilledTwentyTimesCompletesWithoutDuplicates();
};

void tst_SyncKill::syncKilledTwentyTimesCompletesWithoutDuplicates()
{
    const int cases = 300;
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"11"_s, u"--cases"_s, QString::number(cases), u"--faults"_s,
                       u"mixed=0.1"_s, u"--stall-ms"_s, u"300"_s}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(u"profile.ini"_s);
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl(), {{u"review/default"_s, u"false"_s}}));

    // The moments are random but reproducible from the printed seed.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments seed: %u", seed);
    QRandomGenerator random(seed);
    int killed = 0;
    int added = 0;
    for (int i = 0; i < 60 && killed < 20; ++i) {
        // New work keeps arriving, so that there is always a sync to interrupt.
        for (int n = 0; n < 10; ++n) {
            sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s}});
            QCOMPARE(sim.lastAdminStatus(), 201);
            ++added;
        }
        QProcess process;
        process.start(SyncRun::program(),
                      {u"--sync-once"_s, u"--profile"_s, profile, u"--data-dir"_s, data});
        QVERIFY(process.waitForStarted(10000));
        // Early moments land in store preparation and the first pages; later ones in downloads,
        // acknowledgements and the outbox.
        const int ms = int(random.bounded(50, 2500));
        if (!process.waitForFinished(ms)) {
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            ++killed;
        }
    }
    qInfo("killed %d runs mid-way; %d cases added meanwhile", killed, added);
    QCOMPARE(killed, 20);

    SyncRun::Outcome outcome;
    for (int run = 0; run < 6; ++run) {
        outcome = SyncRun::syncOnce(profile, data, 120000);
        QVERIFY2(!outcome.crashed, outcome.err.right(2000).constData());
        if (outcome.exitCode == 0)
            break;
        QTest::qWait(2000); // a write may still be backing off from a fault before a kill
    }
    QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());

    const QString problem = SyncRun::checkEndState(sim, data, cases + added, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(tst_SyncKill)
#include "tst_synckill.moc"
