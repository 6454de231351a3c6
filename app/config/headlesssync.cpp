// SPDX-License-Identifier: EUPL-1.2

#include "headlesssync.h"

#include "config/workspace.h"
#include "transfer/replywatcher.h"

#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

HeadlessSync::HeadlessSync(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

QString HeadlessSync::summaryLine(const SyncSummary &summary)
{
    return u"new=%1 updated=%2 acknowledged=%3 delivered=%4 failed=%5 problems=%6 known=%7"_s
        .arg(summary.newCases)
        .arg(summary.updated)
        .arg(summary.acknowledged)
        .arg(summary.delivered)
        .arg(summary.failed)
        .arg(summary.newProblems.size())
        .arg(summary.knownProblems.size());
}

QStringList HeadlessSync::problemLines(const SyncSummary &summary)
{
    QStringList lines;
    for (const QString &problem : summary.newProblems)
        lines << u"problem: "_s + problem;
    for (const QString &known : summary.knownProblems)
        lines << u"known: "_s + known;
    return lines;
}

int HeadlessSync::exitCodeFor(const SyncSummary &summary)
{
    if (!summary.complete())
        return Incomplete;
    return summary.newProblems.isEmpty() ? Success : NewProblems;
}

void HeadlessSync::start()
{
    // The scheduled job's log is where IT support sees it when nobody watches the window.
    connect(m_workspace, &Workspace::auditTrailBroken, this,
            [](const QString &problem) { printLine(stderr, problem); });
    if (m_workspace->isReady()) {
        if (!m_workspace->auditProblem().isEmpty())
            printLine(stderr, m_workspace->auditProblem());
        run();
        return;
    }
    connect(m_workspace, &Workspace::ready, this, &HeadlessSync::run, Qt::SingleShotConnection);
    connect(m_workspace, &Workspace::failed, this, [this](const QString &message) {
        printLine(stderr, message);
        finish(CannotStart);
    });
    m_workspace->open();
}

void HeadlessSync::run()
{
    SyncEngine *engine = m_workspace->sync();
    connect(engine, &SyncEngine::progressChanged, this, &HeadlessSync::printProgress);
    auto startSync = [this, engine] {
        connect(
            engine, &SyncEngine::finished, this,
            [this](const SyncSummary &summary) {
                // The one clear error of a stopped run (its connection status says the same).
                if (!summary.error.isEmpty())
                    printLine(stderr, summary.error);
                printLine(stdout, summaryLine(summary));
                const QStringList problems = problemLines(summary);
                for (const QString &line : problems)
                    printLine(stdout, line);
                finish(exitCodeFor(summary));
            },
            Qt::SingleShotConnection);
        m_lastPrint.start();
        engine->syncNow();
    };
    // The case register's replies first: the status updates they queue go out with this sync.
    if (ReplyWatcher *replies = m_workspace->replies()) {
        connect(
            replies, &ReplyWatcher::finished, this,
            [startSync](int applied, int rejected) {
                printLine(stderr, tr("Replies of the case register: %1 applied, %2 rejected")
                                      .arg(applied)
                                      .arg(rejected));
                startSync();
            },
            Qt::SingleShotConnection);
        replies->scanNow();
        return;
    }
    startSync();
}

void HeadlessSync::finish(int code)
{
    // Later, so that the writer's last callbacks run before the caller tears the workspace down
    // (its destructor lets the writer commit what is queued).
    QTimer::singleShot(0, this, [this, code]() {
        if (!m_done) {
            m_done = true;
            Q_EMIT done(code);
        }
    });
}

void HeadlessSync::printProgress(const SyncProgress &progress)
{
    // A line when the phase changes and at most one a second otherwise.
    if (progress.phase == m_lastPhase && m_lastPrint.elapsed() < 1000)
        return;
    m_lastPhase = progress.phase;
    m_lastPrint.restart();
    if (progress.phase == SyncProgress::Phase::Idle)
        return;
    printLine(stderr, tr("%1: %2 of %3, %4 KB, %5 errors")
                          .arg(SyncEngine::phaseName(progress.phase))
                          .arg(progress.done)
                          .arg(progress.total)
                          .arg(progress.bytes / 1024)
                          .arg(progress.errors));
}

} // namespace lvdesk
