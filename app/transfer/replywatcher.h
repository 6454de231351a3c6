// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "workflow/registerreplies.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

namespace lvdesk {

class StoreWriter;

// ReplyWatcher: watches the replies folder the case register answers into (QFileSystemWatcher,
// and a scan on a timer for file systems that do not notify), and processes each reply in turn:
// read off the main thread (ReplyProcessor), applied to its case in one writer transaction
// (RegisterReplies), then filed into archive/ or error/. A reply whose writer job failed stays
// where it is for the next scan. Main thread.
class ReplyWatcher : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString folder;
        RegisterReplies::Settings replies;
        int scanIntervalSeconds = 60;
    };

    ReplyWatcher(const Settings &settings, StoreWriter *writer, QObject *parent = nullptr);
    ~ReplyWatcher() override;

    // Starts watching and scans at once.
    void start();
    // One scan of the folder; finished() follows once per call (calls while a scan runs join it).
    void scanNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void replyProcessed(qint64 caseId, bool applied, const QString &detail);
    void finished(int applied, int rejected);

private:
    void startScan();
    void processNext();
    void finishScan();

    Settings m_settings;
    StoreWriter *m_writer;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QTimer m_settle; // a burst of changes (a file being copied in) becomes one scan
    QThreadPool m_pool; // one worker: reading and moving files
    QStringList m_queue;
    bool m_running = false;
    bool m_again = false;
    int m_calls = 0;
    int m_applied = 0;
    int m_rejected = 0;
};

} // namespace lvdesk
