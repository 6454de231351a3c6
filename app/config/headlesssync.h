// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

namespace lvdesk {

class Workspace;

// HeadlessSync: one full sync without a display (lvdesk --sync-once), for IT admins, scheduled
// jobs and benchmarks: opens the workspace, runs its sync engine once, writes progress to stderr
// and one summary line to stdout, and answers with the exit code.
class HeadlessSync : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Success = 0, // everything stored, acknowledged, delivered and exported
        Incomplete = 1, // the sync ran but something failed or it stopped with an error
        CannotStart = 2, // profile, store or certificate problems: nothing was synced
    };
    // Listed for tst_manpage, which fails while a code is missing from the manual page.
    Q_ENUM(ExitCode)

    // workspace is not owned and must outlive this object; it is opened here if it is not yet.
    explicit HeadlessSync(Workspace *workspace, QObject *parent = nullptr);

    // Starts the run; done() follows exactly once, later.
    void start();

    // The summary line printed on stdout, e.g. "new=12 updated=1 acknowledged=13 delivered=12
    // failed=0".
    static QString summaryLine(const SyncSummary &summary);

Q_SIGNALS:
    void done(int exitCode);

private:
    void run();
    void finish(int code);
    void printProgress(const SyncProgress &progress);

    Workspace *m_workspace;
    SyncProgress::Phase m_lastPhase = SyncProgress::Phase::Idle;
    QElapsedTimer m_lastPrint;
    bool m_done = false;
};

} // namespace lvdesk
