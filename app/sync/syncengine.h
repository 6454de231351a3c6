// SPDX-License-Identifier: EUPL-1.2

#pragma once

// SyncEngine: keeps the store in step with the service. One run reads the feed page by page,
// fetches each new action and its attachments (bounded concurrency), ingests it in a writer
// transaction, acknowledges only what is committed, advances the cursor, delivers the outbox and
// hands over to the export. Retries follow the contract; configuration problems stop the run with
// one clear status. Lives on the main thread and never blocks it: network is asynchronous, SQL
// runs on the StoreWriter thread, decoding on worker threads.

#include "domain/feeditem.h"
#include "domain/outgoingmessage.h"
#include "domain/statusupdate.h"
#include "lv/lverror.h"
#include "store/blobstore.h"
#include "store/outboxstore.h"
#include "store/storeconfig.h"
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
    int newCases = 0, updated = 0, acknowledged = 0, delivered = 0, failed = 0;
    QString error; // translated; set when the run stopped before it was complete
    bool ok() const { return failed == 0 && error.isEmpty(); }
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
    // Retry state of one inbound action that could not be stored (kept in sync_state so that a
    // restart honours the backoff).
    struct InboundRetry
    {
        int version = 0;
        int attempts = 0;
        QDateTime nextAttempt;
        QString lastError; // log text, no customer data
        bool permanent = false;
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
    void fetchPage();
    void checkPage(const QList<FeedItem> &items);
    void pump();
    void startItem(const FeedItem &item);
    void downloadNext(const FeedItem &item, std::shared_ptr<ActionData> data, int index);
    void ingestItem(const FeedItem &item, std::shared_ptr<ActionData> data);
    void itemFailed(const FeedItem &item, const LvError &error, int attempts);
    void recordItemFailure(const FeedItem &item, const QString &logText, int attempts,
                           bool permanent, std::optional<std::chrono::seconds> retryAfter);
    void maybePageDone();
    void queueAck(const QString &externalId);
    void sendAcks(bool flush);
    void sendAck(const QUuid &messageId, const QStringList &ids);
    void pageDone();
    void saveRetries();
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
    bool m_cursorFrozen = false; // an item before m_cursor is not stored yet: do not persist
    QHash<QString, InboundRetry> m_retries;
    bool m_pageHasMore = false;
    QString m_pageNextCursor;
    bool m_pageComplete = true;
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
