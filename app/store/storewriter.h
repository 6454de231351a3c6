// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/casestore.h"
#include "store/storeconfig.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QThread;

namespace lvdesk {

class StoreWriterWorker;

// StoreWriter: the one thread that writes to the store. Callers queue jobs and get each result
// later, in their own thread, after the transaction holding it has committed (so an action is
// acknowledged to the service only once it is durable). Queued jobs are batched into one
// transaction; each job runs in its own savepoint, so one failing job does not undo the others.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString error; // translated
        QVariant value;
    };
    using Job = std::function<Result(QSqlDatabase &db)>;
    using Callback = std::function<void(const Result &)>;

    explicit StoreWriter(const StoreConfig &config, QObject *parent = nullptr);
    // Finishes every queued job, then stops the thread.
    ~StoreWriter() override;

    // Queues a job. callback (optional) runs in the thread of context (this writer's thread when
    // context is null) after the batch is committed or has failed; nothing runs if context is gone.
    void submit(Job job, QObject *context = nullptr, Callback callback = {});

    // Queues an ingest (see CaseStore::ingest); blobs, when given, must outlive the writer.
    void ingest(const FeedItem &item, const ActionData &data, const QString &actor,
                QObject *context, std::function<void(const CaseStore::IngestResult &)> callback,
                const BlobStore *blobs = nullptr);

    void setMaxBatchSize(int jobs);
    int pendingJobs() const;

Q_SIGNALS:
    // After each committed batch that changed something (for SQLite's own change notification).
    void committed(int jobs);

private:
    std::unique_ptr<QThread> m_thread;
    StoreWriterWorker *m_worker = nullptr;
};

} // namespace lvdesk
