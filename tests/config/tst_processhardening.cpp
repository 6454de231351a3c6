// SPDX-License-Identifier: EUPL-1.2
// Release builds call ProcessHardening first thing: afterwards the process writes no core dump
// and, on Linux, cannot be attached to or dumped by other processes of the same user.
#include "config/processhardening.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreDumpsAreOff()
    {
        struct rlimit before = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &before), 0);
        QVERIFY(lvdesk::ProcessHardening::disableCoreDumps());
        struct rlimit after = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0)); // and it cannot be raised again
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
