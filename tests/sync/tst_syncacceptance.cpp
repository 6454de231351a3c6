// SPDX-License-Identifier: EUPL-1.2
// Acceptance 1 of the sync: 2,000 cases served by lvsim with 10 % mixed faults; headless syncs
// until one succeeds leave every case stored once, every attachment verified, every action
// acknowledged and exactly one status update per automatically registered case.

#include "lvsimprocess.h"
#include "syncrun.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultySyncOfTwoThousandCasesEndsComplete();
};

void tst_SyncAcceptance::faultySyncOfTwoThousandCasesEndsComplete()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"7"_s, u"--cases"_s, u"2000"_s, u"--faults"_s, u"mixed=0.1"_s,
                       u"--stall-ms"_s, u"300"_s}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(u"profile.ini"_s);
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl(), {{u"review/default"_s, u"false"_s}}));

    // "One --sync-once, or a few when faults stop it."
    SyncRun::Outcome outcome;
    int runs = 0;
    while (runs < 4) {
        ++runs;
        outcome = SyncRun::syncOnce(profile, dir.filePath(u"data"_s), 200000);
        QVERIFY2(!outcome.crashed, outcome.err.right(2000).constData());
        // Exactly one summary line on stdout.
        const QList<QByteArray> lines = outcome.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith("new="));
        if (outcome.exitCode == 0)
            break;
        QCOMPARE(outcome.exitCode, 1);
        QTest::qWait(2000);
    }
    QVERIFY2(outcome.exitCode == 0, outcome.err.right(2000).constData());
    QVERIFY(outcome.out.trimmed().endsWith("failed=0 problems=0 known=0"));
    qInfo("runs: %d, last summary: %s", runs, outcome.out.trimmed().constData());

    const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    const QJsonObject faults = stats.value(u"faults"_s).toObject();
    int injected = 0;
    for (auto it = faults.begin(); it != faults.end(); ++it)
        injected += it.value().toInt();
    QVERIFY2(injected > 100, "the faults were not injected");
    // A fresh X-Road-Id for every attempt of ours (Qt's own resends of a reset request aside).
    QCOMPARE(stats.value(u"xroad"_s).toObject().value(u"missingXRoadId"_s).toInt(), 0);

    const QString problem = SyncRun::checkEndState(sim, dir.filePath(u"data"_s), 2000, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A further sync finds nothing to do and sends nothing.
    sim.adminPost(u"/admin/reset-stats"_s, {});
    const SyncRun::Outcome again = SyncRun::syncOnce(profile, dir.filePath(u"data"_s), 60000);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(),
             "new=0 updated=0 acknowledged=0 delivered=0 failed=0 problems=0 known=0");
}

QTEST_GUILESS_MAIN(tst_SyncAcceptance)
#include "tst_syncacceptance.moc"
