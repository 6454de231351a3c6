// SPDX-License-Identifier: EUPL-1.2

#include "storewriter.h"

#include "storeconnection.h"
#include "storelog.h"
#include "storetransaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QQueue>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lvdesk {

// The writer's half that lives in the writer thread and owns its connection.
class StoreWriterWorker : public QObject
{
public:
    struct Item
    {
        StoreWriter::Job job;
        QPointer<QObject> context;
        bool hasContext = false;
        StoreWriter::Callback callback;
    };

    StoreWriterWorker(const StoreConfig &config, StoreWriter *owner)
        : m_config(config)
        , m_owner(owner)
    { }

    void enqueue(Item item)
    {
        bool schedule = false;
        {
            QMutexLocker lock(&m_mutex);
            m_queue.enqueue(std::move(item));
            schedule = !m_scheduled;
            m_scheduled = true;
        }
        if (schedule)
            QMetaObject::invokeMethod(
                this, [this] { drain(); }, Qt::QueuedConnection);
    }

    int pending() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_queue.size());
    }

    void setMaxBatch(int jobs)
    {
        QMutexLocker lock(&m_mutex);
        m_maxBatch = qMax(1, jobs);
    }

    void drain()
    {
        for (;;) {
            QList<Item> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (!m_queue.isEmpty() && batch.size() < m_maxBatch)
                    batch.append(m_queue.dequeue());
                if (batch.isEmpty()) {
                    m_scheduled = false;
                    return;
                }
            }
            run(batch);
        }
    }

    void shutdown()
    {
        drain();
        if (!m_connectionName.isEmpty()) {
            StoreConnection::close(m_connectionName);
            m_connectionName.clear();
        }
    }

private:
    void run(QList<Item> &batch)
    {
        QList<StoreWriter::Result> results(batch.size());
        QString error;
        QSqlDatabase db;
        if (!m_connectionName.isEmpty())
            db = QSqlDatabase::database(m_connectionName, false);
        if (!db.isValid() || !db.isOpen()) {
            db = QSqlDatabase();
            if (!m_connectionName.isEmpty())
                StoreConnection::close(m_connectionName);
            m_connectionName = StoreConnection::nameForThisThread(u"writer"_s);
            db = StoreConnection::open(m_config, m_connectionName, &error);
            if (!db.isValid())
                m_connectionName.clear();
        }
        int changed = 0;
        if (db.isValid()) {
            StoreTransaction batchTx(db);
            if (batchTx.isActive()) {
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    StoreTransaction jobTx(db);
                    if (!jobTx.isActive()) {
                        results[i].error = jobTx.error();
                        continue;
                    }
                    results[i] = batch[i].job(db);
                    if (results[i].ok && !jobTx.commit()) {
                        results[i].ok = false;
                        results[i].error = jobTx.error();
                    }
                    if (results[i].ok)
                        ++changed;
                    else
                        jobTx.rollback();
                }
                if (!batchTx.commit()) {
                    error = batchTx.error();
                    changed = 0;
                    qCWarning(lcStore)
                        << "A write batch of" << batch.size() << "jobs could not be committed";
                }
            } else {
                error = batchTx.error();
            }
        }
        if (!error.isEmpty()) {
            for (StoreWriter::Result &r : results) {
                r.ok = false;
                r.error = error;
                r.value = QVariant();
            }
        }
        for (qsizetype i = 0; i < batch.size(); ++i) {
            Item &item = batch[i];
            if (!item.callback)
                continue;
            QObject *target = item.hasContext ? item.context.data() : m_owner;
            if (!target)
                continue;
            QMetaObject::invokeMethod(
                target, [cb = std::move(item.callback), r = results[i]] { cb(r); },
                Qt::QueuedConnection);
        }
        if (changed > 0)
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, changed] { Q_EMIT owner->committed(changed); },
                Qt::QueuedConnection);
    }

    StoreConfig m_config;
    StoreWriter *m_owner;
    QString m_connectionName;
    mutable QMutex m_mutex;
    QQueue<Item> m_queue;
    bool m_scheduled = false;
    int m_maxBatch = 200;
};

StoreWriter::StoreWriter(const StoreConfig &config, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"lvdesk-store-writer"_s);
    m_worker = new StoreWriterWorker(config, this);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

StoreWriter::~StoreWriter()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void StoreWriter::submit(Job job, QObject *context, Callback callback)
{
    StoreWriterWorker::Item item;
    item.job = std::move(job);
    item.context = context;
    item.hasContext = context != nullptr;
    item.callback = std::move(callback);
    m_worker->enqueue(std::move(item));
}

void StoreWriter::ingest(const FeedItem &item, const ActionData &data, const QString &actor,
                         QObject *context,
                         std::function<void(const CaseStore::IngestResult &)> callback,
                         const BlobStore *blobs)
{
    submit(
        [item, data, actor, blobs](QSqlDatabase &db) {
            const CaseStore::IngestResult r = CaseStore(db, blobs).ingest(item, data, actor);
            Result result;
            result.ok = r.outcome != CaseStore::IngestOutcome::Failed;
            result.error = r.error;
            result.value = QVariant::fromValue(r);
            return result;
        },
        context,
        callback ? Callback([callback](const Result &r) {
            CaseStore::IngestResult ingest = r.value.value<CaseStore::IngestResult>();
            if (!r.ok) {
                // The batch may have failed after this job succeeded: nothing of it is stored.
                ingest.outcome = CaseStore::IngestOutcome::Failed;
                ingest.error = r.error;
            }
            callback(ingest);
        })
                 : Callback());
}

void StoreWriter::setMaxBatchSize(int jobs)
{
    m_worker->setMaxBatch(jobs);
}

int StoreWriter::pendingJobs() const
{
    return m_worker->pending();
}

} // namespace lvdesk
