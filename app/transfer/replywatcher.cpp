// SPDX-License-Identifier: EUPL-1.2

#include "replywatcher.h"

#include "replyprocessor.h"
#include "store/storewriter.h"
#include "transferlog.h"

#include <QDir>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace lvdesk {

ReplyWatcher::ReplyWatcher(const Settings &settings, StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_writer(writer)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(qMax(5, settings.scanIntervalSeconds) * 1000);
    m_settle.setSingleShot(true);
    m_settle.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReplyWatcher::scanNow);
    connect(&m_settle, &QTimer::timeout, this, &ReplyWatcher::scanNow);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

ReplyWatcher::~ReplyWatcher()
{
    // Pool tasks post their results to this object; none may run once it is gone.
    m_pool.waitForDone();
}

void ReplyWatcher::start()
{
    if (QDir(m_settings.folder).exists())
        m_watcher.addPath(m_settings.folder);
    else
        qCWarning(lcTransfer) << "the replies folder does not exist; it is scanned on the timer";
    m_timer.start();
    scanNow();
}

void ReplyWatcher::scanNow()
{
    ++m_calls;
    if (m_running) {
        // Something changed while scanning: the callers are answered after one more scan.
        m_again = true;
        return;
    }
    m_running = true;
    m_applied = 0;
    m_rejected = 0;
    startScan();
}

void ReplyWatcher::startScan()
{
    const QString folder = m_settings.folder;
    m_pool.start([this, folder] {
        const QStringList waiting = ReplyProcessor::waiting(folder);
        QMetaObject::invokeMethod(
            this,
            [this, waiting] {
                m_queue = waiting;
                processNext();
            },
            Qt::QueuedConnection);
    });
}

void ReplyWatcher::processNext()
{
    if (m_queue.isEmpty() || !m_writer) {
        finishScan();
        return;
    }
    const QString fileName = m_queue.takeFirst();
    const QString folder = m_settings.folder;
    const RegisterReplies::Settings replies = m_settings.replies;
    m_pool.start([this, folder, fileName, replies] {
        const RegisterReplies::Input input = ReplyProcessor::read(folder, fileName);
        QMetaObject::invokeMethod(
            this,
            [this, folder, fileName, input, replies] {
                m_writer->submit(
                    RegisterReplies::applyJob(input, replies), this,
                    [this, folder, fileName](const StoreWriter::Result &r) {
                        if (!r.ok) {
                            // Left in place: the next scan tries again.
                            qCWarning(lcTransfer) << "a reply could not be applied to the store";
                            processNext();
                            return;
                        }
                        const QVariantMap value = r.value.toMap();
                        const bool applied = value.value(u"applied"_s).toBool();
                        const qint64 caseId = value.value(u"caseId"_s).toLongLong();
                        const QString detail = value.value(u"detail"_s).toString();
                        m_pool.start([this, folder, fileName, applied, caseId, detail] {
                            QString error;
                            if (!ReplyProcessor::file(folder, fileName, applied, detail, &error))
                                qCWarning(lcTransfer) << "a processed reply could not be filed";
                            QMetaObject::invokeMethod(
                                this,
                                [this, applied, caseId, detail] {
                                    ++(applied ? m_applied : m_rejected);
                                    Q_EMIT replyProcessed(caseId, applied, detail);
                                    processNext();
                                },
                                Qt::QueuedConnection);
                        });
                    });
            },
            Qt::QueuedConnection);
    });
}

void ReplyWatcher::finishScan()
{
    if (m_again) {
        m_again = false;
        startScan();
        return;
    }
    m_running = false;
    const int calls = qMax(1, m_calls);
    m_calls = 0;
    for (int i = 0; i < calls; ++i)
        Q_EMIT finished(m_applied, m_rejected);
}

} // namespace lvdesk
