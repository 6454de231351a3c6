// SPDX-License-Identifier: EUPL-1.2

#pragma once

// SyncEngine: keeps the store in step with the service. One run reads the feed page by page,
// fetches each new action and its attachments (bounded concurrency), ingests it in a writer
// transaction, acknowledges only what is committed, advances the cursor, delivers the outbox and
// hands over to the export. Retries follow the contract; configuration problems stop the run with
// one clear status. Lives on the main thread and never blocks it: network is asynchronous, SQL
// runs on the StoreWriter thread, decoding on worker threads.

#include "domain/actiondata.h"
#include "domain/feeditem.h"
#include "domain/outgoingmessage.h"
#include "domain/statusupdate.h"
#include "lv/lverror.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/outboxstore.h"
#include "store/storeconfig.h"
#include "sync/inboundretries.h"
#include "sync/retrypolicy.h"
#include "sync/syncsettings.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace lvdesk {

class CaseExporter;
class ChangeNotifier;
class LvClient;
class LvReply;
class StoreWriter;
class SyncLock;
struct ActionData;

struct SyncProgress
{
    enum class Phase {
        Idle,
        Feed,
        Download,
        Ingest,
        Acknowledge,
        Outbox,
        Export
    };
    Phase phase = Phase::Idle;
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
    int errors = 0;
};

enum class ConnectionState {
    Unknown,
    Online,
    Offline,
    Credentials,
    Tls,
    ServiceUnavailable,
    Configuration
};

struct ConnectionStatus
{
    ConnectionState state = ConnectionState::Unknown;
    QString message; // translated
    QDateTime nextRetry;
    QDateTime lastSuccessfulSync;
};

struct SyncSummary
{
    int newCases = 0, updated = 0, acknowledged = 0, delivered = 0;
    // Items not done in this run that lvdesk tries again by itself (backing off, network faults,
    // exports retried later).
    int failed = 0;
    // Permanent problems first met in this run, each "<externalId or messageId>[#n] <reason>":
    // they need the officer (Transfers and the case view show them).
    QStringList newProblems;
    // Actions that still wait for the officer (or are handled outside lvdesk) from earlier runs,
    // by externalId: listed, but they do not make the run incomplete.
    QStringList knownProblems;
    QString error; // translated; set when the run stopped before it was complete
    // The run did all it could: nothing is left to retry by itself.
    bool complete() const { return failed == 0 && error.isEmpty(); }
    // Complete, and nothing new needs the officer.
    bool ok() const { return complete() && newProblems.isEmpty(); }
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // exporter may be null (no export target). Nothing is owned; everything must outlive the
    // engine. storeConfig names the store (for the SyncLock, the attachment folder and, on
    // PostgreSQL, the change notifications); every SQL statement goes through writer.
    SyncEngine(const SyncSettings &settings, LvClient *client, const StoreConfig &storeConfig,
               StoreWriter *writer, CaseExporter *exporter, QObject *parent = nullptr);
    ~SyncEngine() override;

    void
    startScheduling(); // sync at start, every N minutes (jittered), when the network comes back
    void stopScheduling();
    void syncNow(); // starts at once, or joins the running sync
    bool isRunning() const { return m_running; }
    ConnectionStatus connectionStatus() const { return m_status; }
    int pendingOutbox() const { return m_pendingOutbox; } // queued + retrying + failed writes
    SyncProgress progress() const { return m_progress; }
    static QString phaseName(SyncProgress::Phase phase);

Q_SIGNALS:
    void started();
    void progressChanged(const lvdesk::SyncProgress &progress);
    void finished(const lvdesk::SyncSummary &summary);
    void connectionStatusChanged(const lvdesk::ConnectionStatus &status);
    void casesChanged(); // something in the store changed: views refresh

private:
    // Attachments asked for again per run (Retry download).
    static constexpr int kRepairBatch = 200;

    // One action on its way in: the feed entry (completed from the action), the action, and what
    // became of each attachment.
    struct InboundWork
    {
        FeedItem item;
        ActionData data;
        QList<CaseStore::AttachmentOutcome> outcomes;
    };
    struct OutboxWork
    {
        OutboxStore::Message row;
        std::optional<StatusUpdate> status;
        std::optional<OutgoingMessage> message;
        QString decodeError;
        QDateTime notBefore; // backing off: the first attempt of this run waits until then
    };
    using Chain = QList<OutboxWork>;

    // Sends one request, retrying retryable failures within this run; answers once with the
    // finished reply (success) or the last error.
    void request(std::function<LvReply *()> make, std::function<void(LvReply *)> done,
                 std::function<void(const LvError &, int attempts)> failed,
                 std::function<void(const LvError &, int attempt)> onRetry = {}, int attempt = 1);
    void later(std::chrono::milliseconds delay, std::function<void()> what);
    bool current(quint64 generation) const { return m_running && generation == m_generation; }

    void startRun();
    void loadState();
    void startRecorded();
    void fetchPage();
    void recordUnidentified(const QByteArray &entry);
    void checkPage(const QList<FeedItem> &items);
    void noteKnown(const QString &externalId);
    void pump();
    void startItem(const FeedItem &item);
    static FeedItem completed(const FeedItem &item, const ActionData &data);
    void downloadNext(std::shared_ptr<InboundWork> work, int index);
    // The problem an attachment keeps when this failure means it will not arrive (the action is
    // then stored without it), or nullopt when the action as a whole is to be tried again.
    std::optional<CaseStore::AttachmentOutcome> attachmentOutcomeFor(const FeedItem &item,
                                                                     const LvError &error) const;
    void ingestItem(std::shared_ptr<InboundWork> work);
    void itemFailed(const FeedItem &item, const LvError &error, int attempts);
    void storeFailure(const InboundFailure &record, int attempts);
    void maybePageDone();
    void queueAck(const QString &externalId);
    void sendAcks(bool flush);
    void sendAck(const QUuid &messageId, const QStringList &ids);
    void pageDone();
    void repairAttachments();
    void repairNext();
    void startOutbox();
    void pumpOutbox();
    void sendNext(int chainIndex);
    void startExport();
    void abortRun(const LvError &error);
    void finishRun(const QString &error = QString());
    void refreshStoredState();

    void setPhase(SyncProgress::Phase phase);
    void advance();
    void addError();
    void setOnline();
    void setStatus(ConnectionState state, const QString &message, const QDateTime &nextRetry = {});
    static ConnectionState stateFor(const LvError &error);
    void armTimer();

    SyncSettings m_settings;
    LvClient *m_client = nullptr;
    StoreConfig m_storeConfig;
    StoreWriter *m_writer = nullptr;
    QPointer<CaseExporter> m_exporter;
    BlobStore m_blobs;
    RetryPolicy m_policy;
    std::unique_ptr<SyncLock> m_lock;
    ChangeNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    bool m_scheduling = false;

    // The run in progress.
    bool m_running = false;
    quint64 m_generation = 0;
    SyncSummary m_summary;
    SyncProgress m_progress;
    ConnectionStatus m_status;
    int m_pendingOutbox = 0;
    QSet<LvReply *> m_inFlight;
    QString m_cursor; // where the next page is read from
    InboundRetries m_retries;
    // externalId → the version taken up in this run (recorded ones first, then the feed's).
    QHash<QString, int> m_seen;
    QByteArray m_failedBody; // the body of the answer whose failure is being handled
    QList<CaseStore::PendingAttachment> m_repairs;
    bool m_pageHasMore = false;
    QString m_pageNextCursor;
    bool m_pageChanged = false;
    bool m_pageActive = false; // a page's items are being worked on
    bool m_resumeAfterAck = false; // a stored acknowledgement is resent before the feed
    QList<FeedItem> m_todo;
    int m_itemsInFlight = 0;
    int m_ingestsPending = 0;
    QStringList m_ackQueue;
    bool m_ackInFlight = false;
    QList<Chain> m_chains;
    int m_nextChain = 0;
    int m_chainsInFlight = 0;
    QMetaObject::Connection m_exportConnection;
};

} // namespace lvdesk

Q_DECLARE_METATYPE(lvdesk::SyncProgress)
Q_DECLARE_METATYPE(lvdesk::SyncSummary)
Q_DECLARE_METATYPE(lvdesk::ConnectionStatus)
