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
    // The exit codes of lvdesk --sync-once (also in the manual page and docs/sync.md).
    enum ExitCode {
        // The run completed: everything was stored, acknowledged, delivered and exported, apart
        // from problems that were already waiting for the officer before this run (listed).
        Success = 0,
        // The run stopped with an error or left items that lvdesk retries by itself (network,
        // service, backoff): a later run is expected to complete them.
        Incomplete = 1,
        CannotStart = 2, // profile, store or certificate problems: nothing was synced
        // The run completed, but problems first met in this run need the officer (an action
        // the service will not deliver, an attachment over the limit, a refused write): they
        // are listed, and shown in Transfers. The next run exits 0 for them.
        NewProblems = 3,
    };
    // Listed for tst_manpage, which fails while a code is missing from the manual page.
    Q_ENUM(ExitCode)

    // workspace is not owned and must outlive this object; it is opened here if it is not yet.
    explicit HeadlessSync(Workspace *workspace, QObject *parent = nullptr);

    // Starts the run; done() follows exactly once, later.
    void start();

    // The summary printed on stdout: one line "new=12 updated=1 acknowledged=13 delivered=12
    // failed=0 problems=1 known=2", then one line per problem, "problem: <id> <reason>" for those
    // first met in this run and "known: <externalId>" for those waiting from earlier runs (ids
    // only: no customer data).
    static QString summaryLine(const SyncSummary &summary);
    static QStringList problemLines(const SyncSummary &summary);
    static int exitCodeFor(const SyncSummary &summary);

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
