// SPDX-License-Identifier: EUPL-1.2

#include "syncengine.h"

#include "lv/lvclient.h"
#include "store/casestore.h"
#include "store/changenotifier.h"
#include "store/servicesettingsstore.h"
#include "store/storewriter.h"
#include "store/synclock.h"
#include "store/syncstatestore.h"
#include "sync/outboxpayload.h"
#include "sync/synclog.h"
#include "transfer/caseexporter.h"
#include "workflow/caseactions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// sync_state keys of the engine's own durable state.
const QString kInboundRetriesKey = u"sync.inboundRetries"_s;
const QString kPendingAckKey = u"sync.pendingAck"_s;

QDateTime farFuture()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

} // namespace

SyncEngine::SyncEngine(const SyncSettings &settings, LvClient *client,
                       const StoreConfig &storeConfig, StoreWriter *writer, CaseExporter *exporter,
                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
    , m_storeConfig(storeConfig)
    , m_writer(writer)
    , m_exporter(exporter)
    , m_blobs(storeConfig.blobDirectory())
{
    qRegisterMetaType<lvdesk::SyncProgress>();
    qRegisterMetaType<lvdesk::SyncSummary>();
    qRegisterMetaType<lvdesk::ConnectionStatus>();
    m_settings.concurrency = std::clamp(m_settings.concurrency, 1, 16);
    m_settings.feedPageSize = std::clamp(m_settings.feedPageSize, 1, 500);
    m_settings.ackBatchSize = std::clamp(m_settings.ackBatchSize, 1, 1000);
    m_settings.attemptsPerRun = std::max(1, m_settings.attemptsPerRun);
    m_policy.base = std::chrono::milliseconds(std::max(1, m_settings.retryBaseMilliseconds));
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    refreshStoredState();
}

SyncEngine::~SyncEngine()
{
    ++m_generation;
    const QSet<LvReply *> replies = m_inFlight;
    m_inFlight.clear();
    for (LvReply *reply : replies)
        reply->cancel();
}

QString SyncEngine::phaseName(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Idle:
        return tr("Idle");
    case SyncProgress::Phase::Feed:
        return tr("Reading new actions");
    case SyncProgress::Phase::Download:
        return tr("Downloading");
    case SyncProgress::Phase::Ingest:
        return tr("Storing");
    case SyncProgress::Phase::Acknowledge:
        return tr("Confirming receipt");
    case SyncProgress::Phase::Outbox:
        return tr("Sending to the service");
    case SyncProgress::Phase::Export:
        return tr("Exporting to the case register");
    }
    return QString();
}

// --- scheduling ----------------------------------------------------------------------------

void SyncEngine::startScheduling()
{
    if (m_scheduling)
        return;
    m_scheduling = true;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    // The network came back: do not wait for the next interval.
                    if (m_scheduling && reachability == QNetworkInformation::Reachability::Online)
                        syncNow();
                });
    }
    if (m_storeConfig.driver == StoreConfig::Driver::Postgresql && !m_notifier) {
        // Another workstation may hold the sync lock: its changes arrive as notifications.
        m_notifier = new ChangeNotifier(this);
        QString error;
        if (!m_notifier->start(m_storeConfig, &error))
            qCWarning(lcSync) << "Change notifications are not available";
        connect(m_notifier, &ChangeNotifier::changed, this, &SyncEngine::casesChanged);
    }
    QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::stopScheduling()
{
    m_scheduling = false;
    m_timer->stop();
    if (QNetworkInformation *info = QNetworkInformation::instance())
        disconnect(info, nullptr, this, nullptr);
    if (m_notifier) {
        m_notifier->stop();
        delete m_notifier;
        m_notifier = nullptr;
    }
}

void SyncEngine::armTimer()
{
    if (!m_scheduling)
        return;
    // ±10 % so that the workstations of an authority do not all sync in the same second.
    const double minutes = std::max(1, m_settings.intervalMinutes);
    const double factor = 0.9 + 0.2 * QRandomGenerator::global()->generateDouble();
    m_timer->start(std::chrono::milliseconds(qint64(minutes * 60000.0 * factor)));
}

void SyncEngine::syncNow()
{
    if (m_running)
        return; // joins the running sync: its finished() answers this request too
    startRun();
}

// --- one run -------------------------------------------------------------------------------

void SyncEngine::startRun()
{
    m_running = true;
    ++m_generation;
    m_timer->stop();
    m_summary = SyncSummary();
    m_progress = SyncProgress();
    m_cursor.clear();
    m_cursorFrozen = false;
    m_retries.clear();
    m_todo.clear();
    m_itemsInFlight = 0;
    m_ingestsPending = 0;
    m_ackQueue.clear();
    m_ackInFlight = false;
    m_pageActive = false;
    m_chains.clear();
    m_nextChain = 0;
    m_chainsInFlight = 0;
    Q_EMIT started();
    qCInfo(lcSync) << "Sync started";

    if (m_settings.useSyncLock) {
        if (!m_lock)
            m_lock = std::make_unique<SyncLock>(m_storeConfig);
        QString error;
        if (!m_lock->isHeld() && !m_lock->tryAcquire(&error)) {
            if (error.isEmpty()) {
                qCInfo(lcSync) << "Another workstation holds the sync lock";
                finishRun(tr("Another workstation (or another lvdesk on this computer) is syncing "
                             "now. This workstation shows what it stores and syncs again later."));
            } else {
                qCWarning(lcSync) << "The sync lock cannot be asked for";
                finishRun(error);
            }
            return;
        }
    }
    loadState();
}

void SyncEngine::loadState()
{
    struct State
    {
        QString cursor;
        QString retries;
        QString pendingAck;
    };
    auto state = std::make_shared<State>();
    const quint64 generation = m_generation;
    m_writer->submit(
        [state](QSqlDatabase &db) {
            SyncStateStore store(db);
            state->cursor = store.cursor();
            state->retries = store.value(kInboundRetriesKey);
            state->pendingAck = store.value(kPendingAckKey);
            return StoreWriter::Result{true, {}, {}};
        },
        this,
        [this, state, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return;
            if (!result.ok) {
                finishRun(result.error);
                return;
            }
            m_cursor = state->cursor;
            const QJsonObject retries = QJsonDocument::fromJson(state->retries.toUtf8()).object();
            for (auto it = retries.begin(); it != retries.end(); ++it) {
                const QJsonObject o = it.value().toObject();
                InboundRetry r;
                r.version = o.value(u"version"_s).toInt();
                r.attempts = o.value(u"attempts"_s).toInt();
                r.nextAttempt = QDateTime::fromString(o.value(u"next"_s).toString(), Qt::ISODate);
                r.lastError = o.value(u"error"_s).toString();
                r.permanent = o.value(u"permanent"_s).toBool();
                m_retries.insert(it.key(), r);
            }
            // An acknowledgement that was stored but perhaps not answered goes out again first,
            // with its messageId, before the feed is read.
            const QJsonObject ack = QJsonDocument::fromJson(state->pendingAck.toUtf8()).object();
            const QUuid messageId = QUuid::fromString(ack.value(u"messageId"_s).toString());
            QStringList ids;
            const QJsonArray array = ack.value(u"externalIds"_s).toArray();
            for (const QJsonValue &v : array)
                ids << v.toString();
            if (!messageId.isNull() && !ids.isEmpty()) {
                m_resumeAfterAck = true;
                sendAck(messageId, ids);
                return;
            }
            fetchPage();
        });
}

void SyncEngine::fetchPage()
{
    setPhase(SyncProgress::Phase::Feed);
    const quint64 generation = m_generation;
    const QString cursor = m_cursor;
    const int limit = m_settings.feedPageSize;
    request([this, cursor, limit]() { return m_client->fetchFeed(cursor, limit); },
            [this, generation](LvReply *reply) {
                if (!current(generation))
                    return;
                auto *feed = static_cast<LvClient::FeedReply *>(reply);
                FeedPage page = feed->takeValue();
                m_pageHasMore = page.hasMore && !page.items.isEmpty();
                m_pageNextCursor = page.nextCursor.isEmpty() ? m_cursor : page.nextCursor;
                m_pageComplete = true;
                m_pageChanged = false;
                m_pageActive = true;
                checkPage(page.items);
            },
            [this](const LvError &error, int) { abortRun(error); });
}

void SyncEngine::checkPage(const QList<FeedItem> &items)
{
    // One entry per action: a corrected version may appear in the same page as the first one.
    QList<FeedItem> unique;
    QHash<QString, int> index;
    for (const FeedItem &item : items) {
        const auto it = index.constFind(item.externalId);
        if (it == index.constEnd()) {
            index.insert(item.externalId, unique.size());
            unique << item;
        } else if (unique[*it].version < item.version) {
            unique[*it] = item;
        }
    }
    auto stored = std::make_shared<QHash<QString, int>>();
    const quint64 generation = m_generation;
    m_writer->submit(
        [unique, stored](QSqlDatabase &db) {
            CaseStore store(db);
            for (const FeedItem &item : unique) {
                if (const auto event = store.eventByExternalId(item.externalId))
                    stored->insert(item.externalId, event->version);
            }
            return StoreWriter::Result{true, {}, {}};
        },
        this,
        [this, unique, stored, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return;
            if (!result.ok) {
                finishRun(result.error);
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_progress.total += unique.size();
            setPhase(SyncProgress::Phase::Download);
            for (const FeedItem &item : unique) {
                // Stored already (the acknowledgement was lost or never sent): only acknowledge.
                if (stored->value(item.externalId, 0) >= item.version) {
                    advance();
                    queueAck(item.externalId);
                    continue;
                }
                const auto retry = m_retries.constFind(item.externalId);
                if (retry != m_retries.constEnd() && retry->version >= item.version
                    && (retry->permanent || retry->nextAttempt > now)) {
                    // Backing off (or waiting for the officer): counted as not done.
                    m_pageComplete = false;
                    addError();
                    advance();
                    if (!retry->nextAttempt.isValid() || retry->permanent)
                        continue;
                    if (!m_status.nextRetry.isValid() || retry->nextAttempt < m_status.nextRetry)
                        m_status.nextRetry = retry->nextAttempt;
                    continue;
                }
                m_todo << item;
            }
            pump();
            maybePageDone();
        });
}

void SyncEngine::pump()
{
    while (m_running && m_itemsInFlight < m_settings.concurrency && !m_todo.isEmpty())
        startItem(m_todo.takeFirst());
}

void SyncEngine::startItem(const FeedItem &item)
{
    ++m_itemsInFlight;
    const quint64 generation = m_generation;
    const QString externalId = item.externalId;
    request(
        [this, externalId]() { return m_client->fetchAction(externalId); },
        [this, item, generation](LvReply *reply) {
            if (!current(generation))
                return;
            auto *action = static_cast<LvClient::ActionReply *>(reply);
            auto data = std::make_shared<ActionData>(action->takeValue());
            m_progress.bytes += data->rawJson.size();
            downloadNext(item, data, 0);
        },
        [this, item](const LvError &error, int attempts) { itemFailed(item, error, attempts); });
}

void SyncEngine::downloadNext(const FeedItem &item, std::shared_ptr<ActionData> data, int index)
{
    const QList<AttachmentInfo> &attachments = data->formdata.attachments;
    while (index < attachments.size()
           && m_blobs.contains(attachments.at(index).sha256Hex.toLower()))
        ++index; // the same bytes are stored already (content-addressed)
    if (index >= attachments.size()) {
        ingestItem(item, data);
        return;
    }
    const AttachmentInfo info = attachments.at(index);
    // Straight into the blob folder: the verified file is renamed to exactly the path BlobStore
    // reads (attachments/ab/abcdef…), so no copy is needed and a crash leaves no partial file.
    const QString sha = info.sha256Hex.toLower();
    const QString folder = QFileInfo(m_blobs.pathOf(sha)).absolutePath();
    if (!QDir().mkpath(folder)) {
        itemFailed(item,
                   LvError::configuration(tr("The attachment folder %1 cannot be created.")
                                              .arg(QDir::toNativeSeparators(folder))),
                   1);
        return;
    }
    const quint64 generation = m_generation;
    const QString externalId = item.externalId;
    request(
        [this, externalId, info, folder]() {
            return m_client->downloadAttachment(externalId, info, folder);
        },
        [this, item, data, index, generation](LvReply *reply) {
            if (!current(generation))
                return;
            m_progress.bytes += static_cast<AttachmentDownload *>(reply)->bytesWritten();
            Q_EMIT progressChanged(m_progress);
            downloadNext(item, data, index + 1);
        },
        [this, item](const LvError &error, int attempts) { itemFailed(item, error, attempts); });
}

void SyncEngine::ingestItem(const FeedItem &item, std::shared_ptr<ActionData> data)
{
    --m_itemsInFlight;
    ++m_ingestsPending;
    pump(); // the network slot is free while the writer stores this one

    const BlobStore blobs = m_blobs;
    const SyncSettings settings = m_settings;
    const QDate today = QDate::currentDate();
    const quint64 generation = m_generation;
    // One writer job, so one savepoint: the action, its case's deadlines and, for services
    // without review, the automatic registration and its status update are stored together or
    // not at all.
    m_writer->submit(
        [item, data, blobs, settings, today](QSqlDatabase &db) -> StoreWriter::Result {
            CaseStore store(db, &blobs);
            const CaseStore::IngestResult ingested = store.ingest(item, *data, settings.actor);
            if (ingested.outcome == CaseStore::IngestOutcome::Failed)
                return {false, ingested.error, {}};
            if (ingested.outcome != CaseStore::IngestOutcome::Ignored) {
                const StoreWriter::Result deadlines
                    = CaseActions::refreshDeadlines(db, ingested.caseId, today);
                if (!deadlines.ok)
                    return deadlines;
            }
            if (ingested.outcome == CaseStore::IngestOutcome::Inserted
                && item.actionType.isOpening()) {
                bool review = settings.reviewByDefault;
                const QList<ServiceSettingsStore::Settings> services
                    = ServiceSettingsStore(db).all();
                for (const ServiceSettingsStore::Settings &service : services) {
                    if (service.serviceCode == item.serviceCode)
                        review = service.reviewRequired;
                }
                if (!review) {
                    const StoreWriter::Result registered = CaseActions::autoRegistrationJob(
                        ingested.caseId, settings.diaryPattern, settings.exportConfigured,
                        settings.actor)(db);
                    if (!registered.ok)
                        return registered;
                }
            }
            return {true, {}, int(ingested.outcome)};
        },
        this,
        [this, item, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return; // a run that has ended; its counters are gone
            --m_ingestsPending;
            if (!result.ok) {
                qCWarning(lcSync) << "An action could not be stored";
                recordItemFailure(item, result.error, 1, false, std::nullopt);
                maybePageDone();
                return;
            }
            const auto outcome = CaseStore::IngestOutcome(result.value.toInt());
            if (outcome == CaseStore::IngestOutcome::Inserted && item.actionType.isOpening())
                ++m_summary.newCases;
            else if (outcome != CaseStore::IngestOutcome::Ignored)
                ++m_summary.updated;
            if (outcome != CaseStore::IngestOutcome::Ignored)
                m_pageChanged = true;
            if (m_retries.remove(item.externalId))
                saveRetries();
            advance();
            queueAck(item.externalId);
            maybePageDone();
        });
}

void SyncEngine::itemFailed(const FeedItem &item, const LvError &error, int attempts)
{
    --m_itemsInFlight;
    if (!m_running)
        return;
    if (RetryPolicy::stopsSync(error)) {
        abortRun(error);
        return;
    }
    recordItemFailure(item, error.logText(), attempts, !error.retryable(), error.retryAfter());
    if (error.retryable() && RetryPolicy::isServiceWide(error)) {
        // The service or the network is down, not this item: stop instead of trying the rest.
        abortRun(error);
        return;
    }
    pump();
    maybePageDone();
}

void SyncEngine::recordItemFailure(const FeedItem &item, const QString &logText, int attempts,
                                   bool permanent, std::optional<std::chrono::seconds> retryAfter)
{
    InboundRetry &r = m_retries[item.externalId];
    if (r.version != item.version) {
        r = InboundRetry();
        r.version = item.version;
    }
    r.attempts += attempts;
    r.permanent = permanent;
    r.lastError = logText;
    r.nextAttempt
        = permanent ? QDateTime()
                    : m_policy.nextAttempt(QDateTime::currentDateTimeUtc(), r.attempts, retryAfter);
    qCWarning(lcSync).noquote() << "An action failed after" << r.attempts << "attempts:" << logText;
    saveRetries();
    m_pageComplete = false;
    addError();
    advance();
}

void SyncEngine::saveRetries()
{
    QJsonObject all;
    for (auto it = m_retries.cbegin(); it != m_retries.cend(); ++it) {
        all.insert(it.key(), QJsonObject{{u"version"_s, it->version},
                                         {u"attempts"_s, it->attempts},
                                         {u"next"_s, it->nextAttempt.toString(Qt::ISODate)},
                                         {u"error"_s, it->lastError},
                                         {u"permanent"_s, it->permanent}});
    }
    const QString text = QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    m_writer->submit([text](QSqlDatabase &db) -> StoreWriter::Result {
        QString error;
        const bool ok = SyncStateStore(db).setValue(kInboundRetriesKey, text, &error);
        return {ok, error, {}};
    });
}

void SyncEngine::maybePageDone()
{
    if (!m_running || !m_pageActive || !m_todo.isEmpty() || m_itemsInFlight > 0
        || m_ingestsPending > 0)
        return;
    if (!m_ackQueue.isEmpty()) {
        sendAcks(true);
        return;
    }
    if (m_ackInFlight)
        return;
    pageDone();
}

void SyncEngine::queueAck(const QString &externalId)
{
    m_ackQueue << externalId;
    sendAcks(false);
}

void SyncEngine::sendAcks(bool flush)
{
    if (m_ackInFlight || m_ackQueue.isEmpty())
        return;
    if (!flush && m_ackQueue.size() < m_settings.ackBatchSize)
        return;
    const QStringList ids = m_ackQueue.mid(0, m_settings.ackBatchSize);
    m_ackQueue.remove(0, ids.size());
    m_ackInFlight = true;
    // The messageId is stored before the acknowledgement is sent, so that after a crash the same
    // acknowledgement goes out again under the same id.
    const QUuid messageId = QUuid::createUuid();
    const QString text = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"messageId"_s, messageId.toString(QUuid::WithoutBraces)},
                                  {u"externalIds"_s, QJsonArray::fromStringList(ids)}})
            .toJson(QJsonDocument::Compact));
    const quint64 generation = m_generation;
    m_writer->submit(
        [text](QSqlDatabase &db) -> StoreWriter::Result {
            QString error;
            const bool ok = SyncStateStore(db).setValue(kPendingAckKey, text, &error);
            return {ok, error, {}};
        },
        this,
        [this, messageId, ids, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return;
            if (!result.ok) {
                finishRun(result.error);
                return;
            }
            sendAck(messageId, ids);
        });
}

void SyncEngine::sendAck(const QUuid &messageId, const QStringList &ids)
{
    m_ackInFlight = true;
    const quint64 generation = m_generation;
    const QString actor = m_settings.actor;
    request([this, messageId, ids]() { return m_client->acknowledge(messageId, ids); },
            [this, ids, actor, generation](LvReply *) {
                if (!current(generation))
                    return;
                m_writer->submit(
                    [ids, actor](QSqlDatabase &db) -> StoreWriter::Result {
                        QString error;
                        if (!CaseStore(db).markAcknowledged(ids, actor, &error))
                            return {false, error, {}};
                        const bool ok
                            = SyncStateStore(db).setValue(kPendingAckKey, QString(), &error);
                        return {ok, error, {}};
                    },
                    this,
                    [this, ids, generation](const StoreWriter::Result &result) {
                        if (!current(generation))
                            return;
                        m_ackInFlight = false;
                        if (!result.ok) {
                            finishRun(result.error);
                            return;
                        }
                        m_summary.acknowledged += ids.size();
                        Q_EMIT progressChanged(m_progress);
                        if (m_resumeAfterAck) {
                            m_resumeAfterAck = false;
                            fetchPage();
                            return;
                        }
                        sendAcks(false);
                        maybePageDone();
                    });
            },
            [this](const LvError &error, int) {
                if (!error.retryable() && !RetryPolicy::stopsSync(error)) {
                    // The service refuses this acknowledgement for good: forget it; its actions
                    // stay in the feed and are acknowledged again by the next sync.
                    m_writer->submit([](QSqlDatabase &db) -> StoreWriter::Result {
                        QString e;
                        const bool ok = SyncStateStore(db).setValue(kPendingAckKey, QString(), &e);
                        return {ok, e, {}};
                    });
                }
                abortRun(error);
            });
}

void SyncEngine::pageDone()
{
    m_pageActive = false;
    if (m_pageChanged)
        Q_EMIT casesChanged();
    if (!m_pageComplete)
        m_cursorFrozen = true; // an item of this page is not stored: the next sync reads it again
    auto next = [this]() {
        m_cursor = m_pageNextCursor;
        if (m_pageHasMore)
            fetchPage();
        else
            startOutbox();
    };
    if (m_cursorFrozen || m_pageNextCursor == m_cursor) {
        next();
        return;
    }
    // Every item of the page is stored and acknowledged: the cursor may move past it.
    const QString cursor = m_pageNextCursor;
    const quint64 generation = m_generation;
    m_writer->submit(
        [cursor](QSqlDatabase &db) -> StoreWriter::Result {
            QString error;
            const bool ok = SyncStateStore(db).setCursor(cursor, &error);
            return {ok, error, {}};
        },
        this,
        [this, next, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return;
            if (!result.ok) {
                finishRun(result.error);
                return;
            }
            next();
        });
}

// --- outbox --------------------------------------------------------------------------------

void SyncEngine::startOutbox()
{
    setPhase(SyncProgress::Phase::Outbox);
    auto works = std::make_shared<QList<OutboxWork>>();
    auto waiting = std::make_shared<int>(0);
    auto nextRetry = std::make_shared<QDateTime>();
    const int maxWait = m_settings.maxInRunWaitSeconds;
    const quint64 generation = m_generation;
    const QString actor = m_settings.actor;
    m_writer->submit(
        [works, waiting, nextRetry, maxWait, actor](QSqlDatabase &db) -> StoreWriter::Result {
            // Payloads are decoded here, off the main thread (a message may carry megabytes of
            // base64 attachments).
            OutboxStore outbox(db);
            CaseStore cases(db);
            // Every waiting row, due or not: a case's later write may not overtake an earlier
            // one that is still backing off.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // A row whose backoff ends soon is waited for in this run; a later one (and the
            // writes queued after it for the same case) waits for a later sync and counts as
            // not done.
            const QDateTime horizon = now.addSecs(maxWait);
            const QList<OutboxStore::Message> rows = outbox.due(farFuture(), 5000);
            QSet<QString> blocked;
            for (const OutboxStore::Message &row : rows) {
                if (blocked.contains(row.targetExternalId)) {
                    ++*waiting;
                    continue;
                }
                QDateTime notBefore;
                if (row.state == OutboxState::Retrying && row.nextAttemptAt.isValid()
                    && row.nextAttemptAt > now) {
                    if (row.nextAttemptAt > horizon) {
                        blocked.insert(row.targetExternalId);
                        ++*waiting;
                        if (!nextRetry->isValid() || row.nextAttemptAt < *nextRetry)
                            *nextRetry = row.nextAttemptAt;
                        continue;
                    }
                    notBefore = row.nextAttemptAt;
                }
                OutboxWork work;
                work.row = row;
                work.notBefore = notBefore;
                if (row.kind == u"status"_s)
                    work.status = OutboxPayload::statusUpdate(row.payload, &work.decodeError);
                else if (row.kind == u"message"_s)
                    work.message = OutboxPayload::message(row.payload, &work.decodeError);
                else
                    work.decodeError = tr("The queued write has an unknown kind.");
                // The customer withdrew the case after this status was queued: the service only
                // accepts "closed" now (409 otherwise), so it is not sent at all.
                if (work.status && work.status->state != ServiceState::Closed && row.caseId > 0) {
                    const std::optional<CaseStore::Case> c = cases.caseById(row.caseId);
                    if (c && c->state == CaseState::Withdrawn) {
                        QString error;
                        if (!outbox.markFailed(row.id,
                                               tr("Not sent: the customer withdrew the case "
                                                  "before this status update went out."),
                                               actor, &error))
                            return {false, error, {}};
                        continue;
                    }
                }
                works->append(work);
            }
            return {true, {}, {}};
        },
        this,
        [this, works, waiting, nextRetry, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return;
            if (!result.ok) {
                finishRun(result.error);
                return;
            }
            for (int i = 0; i < *waiting; ++i)
                addError();
            if (nextRetry->isValid()
                && (!m_status.nextRetry.isValid() || *nextRetry < m_status.nextRetry))
                m_status.nextRetry = *nextRetry;
            // In order per case: one chain per target, sent one after another; chains of
            // different cases go in parallel.
            QHash<QString, int> chainOf;
            for (const OutboxWork &work : std::as_const(*works)) {
                const auto it = chainOf.constFind(work.row.targetExternalId);
                if (it == chainOf.constEnd()) {
                    chainOf.insert(work.row.targetExternalId, m_chains.size());
                    m_chains.append(Chain{work});
                } else {
                    m_chains[*it].append(work);
                }
            }
            m_progress.done = 0;
            m_progress.total = works->size();
            Q_EMIT progressChanged(m_progress);
            pumpOutbox();
        });
}

void SyncEngine::pumpOutbox()
{
    while (m_running && m_chainsInFlight < m_settings.concurrency
           && m_nextChain < m_chains.size()) {
        ++m_chainsInFlight;
        sendNext(m_nextChain++);
    }
    if (m_running && m_chainsInFlight == 0 && m_nextChain >= m_chains.size()) {
        if (m_summary.delivered > 0)
            Q_EMIT casesChanged();
        startExport();
    }
}

void SyncEngine::sendNext(int chainIndex)
{
    if (!m_running)
        return;
    Chain &chain = m_chains[chainIndex];
    if (chain.isEmpty()) {
        --m_chainsInFlight;
        pumpOutbox();
        return;
    }
    OutboxWork work = chain.takeFirst();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (work.notBefore.isValid() && work.notBefore > now) {
        // Still backing off from an earlier attempt: wait for it, keeping the case's order.
        const qint64 ms = now.msecsTo(work.notBefore);
        work.notBefore = QDateTime();
        chain.prepend(work);
        later(std::chrono::milliseconds(ms), [this, chainIndex]() { sendNext(chainIndex); });
        return;
    }
    const qint64 rowId = work.row.id;
    const QString actor = m_settings.actor;
    const quint64 generation = m_generation;

    auto markFailed = [this, rowId, actor](const QString &error) {
        m_writer->submit([rowId, error, actor](QSqlDatabase &db) -> StoreWriter::Result {
            QString e;
            const bool ok = OutboxStore(db).markFailed(rowId, error, actor, &e);
            return {ok, e, {}};
        });
    };
    auto markRetrying = [this, rowId, actor](const QDateTime &next, const QString &error) {
        m_writer->submit([rowId, next, error, actor](QSqlDatabase &db) -> StoreWriter::Result {
            QString e;
            const bool ok = OutboxStore(db).markRetrying(rowId, next, error, actor, &e);
            return {ok, e, {}};
        });
    };

    if (!work.decodeError.isEmpty()) {
        qCWarning(lcSync) << "A queued write cannot be decoded";
        markFailed(work.decodeError);
        addError();
        advance();
        sendNext(chainIndex);
        return;
    }

    const QString target = work.row.targetExternalId;
    auto make = [this, work, target]() -> LvReply * {
        if (work.status)
            return m_client->putStatus(target, *work.status);
        return m_client->postMessage(target, *work.message);
    };
    const int attemptsBefore = work.row.attempts;
    request(
        make,
        [this, rowId, actor, chainIndex, generation](LvReply *) {
            if (!current(generation))
                return;
            m_writer->submit(
                [rowId, actor](QSqlDatabase &db) -> StoreWriter::Result {
                    QString e;
                    const bool ok = OutboxStore(db).markDelivered(rowId, actor, &e);
                    return {ok, e, {}};
                },
                this,
                [this, chainIndex, generation](const StoreWriter::Result &result) {
                    if (!current(generation))
                        return;
                    if (!result.ok) {
                        finishRun(result.error);
                        return;
                    }
                    ++m_summary.delivered;
                    advance();
                    sendNext(chainIndex);
                });
        },
        [this, chainIndex, attemptsBefore, markFailed, markRetrying](const LvError &error,
                                                                     int attempts) {
            if (!m_running)
                return;
            Chain &rest = m_chains[chainIndex];
            if (RetryPolicy::stopsSync(error)) {
                if (error.kind() == LvError::Kind::Service)
                    markFailed(error.userMessage()); // 401/403: this write needs the officer
                abortRun(error);
                return;
            }
            if (!error.retryable()) {
                // 409, 422 …: permanent; shown to the officer, the case's next writes go on.
                qCWarning(lcSync).noquote() << "A write was refused:" << error.logText();
                markFailed(error.userMessage());
                addError();
                advance();
                sendNext(chainIndex);
                return;
            }
            const QDateTime next = m_policy.nextAttempt(
                QDateTime::currentDateTimeUtc(), attemptsBefore + attempts, error.retryAfter());
            markRetrying(next, error.userMessage());
            // Later writes of the same case wait, so that the service sees them in order.
            for (int i = 0; i <= rest.size(); ++i) {
                addError();
                advance();
            }
            rest.clear();
            if (RetryPolicy::isServiceWide(error)) {
                abortRun(error);
                return;
            }
            --m_chainsInFlight;
            pumpOutbox();
        },
        [this, attemptsBefore, markRetrying](const LvError &error, int attempt) {
            // Every failed attempt is counted in the row, so the backoff survives a restart.
            markRetrying(m_policy.nextAttempt(QDateTime::currentDateTimeUtc(),
                                              attemptsBefore + attempt, error.retryAfter()),
                         error.userMessage());
        });
}

// --- export and the end of a run -----------------------------------------------------------

void SyncEngine::startExport()
{
    if (!m_exporter || !m_exporter->isConfigured()) {
        finishRun();
        return;
    }
    setPhase(SyncProgress::Phase::Export);
    m_progress.done = 0;
    m_progress.total = 0;
    const quint64 generation = m_generation;
    m_exportConnection = connect(m_exporter, &CaseExporter::finished, this,
                                 [this, generation](int exported, int failed) {
                                     disconnect(m_exportConnection);
                                     if (!current(generation))
                                         return;
                                     m_summary.failed += failed;
                                     m_progress.errors += failed;
                                     m_progress.done = exported + failed;
                                     if (exported > 0)
                                         Q_EMIT casesChanged();
                                     finishRun();
                                 });
    m_exporter->exportDue();
}

void SyncEngine::abortRun(const LvError &error)
{
    if (!m_running)
        return;
    qCWarning(lcSync).noquote() << "Sync stopped:" << error.logText();
    QDateTime nextRetry;
    if (error.retryable()) {
        nextRetry = m_policy.nextAttempt(QDateTime::currentDateTimeUtc(), 1, error.retryAfter());
        if (m_scheduling && m_timer) {
            // Come back after the backoff rather than after a whole interval.
            m_timer->start(std::chrono::milliseconds(
                std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(nextRetry))));
        }
    }
    setStatus(stateFor(error), error.userMessage(), nextRetry);
    finishRun(error.userMessage());
}

void SyncEngine::finishRun(const QString &error)
{
    if (!m_running)
        return;
    const bool timerArmed = m_timer->isActive();
    ++m_generation;
    m_running = false;
    const QSet<LvReply *> replies = m_inFlight;
    m_inFlight.clear();
    for (LvReply *reply : replies)
        reply->cancel();
    if (m_exportConnection)
        disconnect(m_exportConnection);
    if (m_lock)
        m_lock->release();

    m_summary.error = error;
    m_summary.failed = std::max(m_summary.failed, m_progress.errors);
    if (error.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_status.lastSuccessfulSync = now;
        setStatus(ConnectionState::Online, tr("Connected"), m_status.nextRetry);
        m_writer->submit([now](QSqlDatabase &db) -> StoreWriter::Result {
            QString e;
            const bool ok = SyncStateStore(db).setLastSuccessfulSync(now, &e);
            return {ok, e, {}};
        });
    }
    refreshStoredState();
    m_progress.phase = SyncProgress::Phase::Idle;
    Q_EMIT progressChanged(m_progress);
    if (!timerArmed)
        armTimer();
    qCInfo(lcSync) << "Sync finished: new" << m_summary.newCases << "updated" << m_summary.updated
                   << "acknowledged" << m_summary.acknowledged << "delivered" << m_summary.delivered
                   << "failed" << m_summary.failed;
    Q_EMIT finished(m_summary);
}

void SyncEngine::refreshStoredState()
{
    struct Stored
    {
        QDateTime lastSuccess;
        int pending = 0;
    };
    auto stored = std::make_shared<Stored>();
    m_writer->submit(
        [stored](QSqlDatabase &db) {
            stored->lastSuccess = SyncStateStore(db).lastSuccessfulSync();
            stored->pending = int(OutboxStore(db).due(farFuture(), 100000).size());
            return StoreWriter::Result{true, {}, {}};
        },
        this,
        [this, stored](const StoreWriter::Result &result) {
            if (!result.ok)
                return;
            m_pendingOutbox = stored->pending;
            if (stored->lastSuccess.isValid() && stored->lastSuccess != m_status.lastSuccessfulSync
                && !m_status.lastSuccessfulSync.isValid()) {
                m_status.lastSuccessfulSync = stored->lastSuccess;
                Q_EMIT connectionStatusChanged(m_status);
            }
        });
}

// --- requests with retries -----------------------------------------------------------------

void SyncEngine::request(std::function<LvReply *()> make, std::function<void(LvReply *)> done,
                         std::function<void(const LvError &, int attempts)> failed,
                         std::function<void(const LvError &, int attempt)> onRetry, int attempt)
{
    if (!m_running)
        return;
    LvReply *reply = make();
    m_inFlight.insert(reply);
    const quint64 generation = m_generation;
    connect(reply, &LvReply::finished, this,
            [this, reply, make, done, failed, onRetry, attempt, generation]() {
                m_inFlight.remove(reply);
                reply->deleteLater();
                if (!current(generation))
                    return;
                if (reply->isOk()) {
                    setOnline();
                    done(reply);
                    return;
                }
                const LvError error = reply->error();
                const bool waitFits
                    = !error.retryAfter()
                      || error.retryAfter()->count() <= m_settings.maxInRunWaitSeconds;
                if (error.retryable() && !RetryPolicy::stopsSync(error)
                    && attempt < m_settings.attemptsPerRun && waitFits) {
                    qCDebug(lcSync).noquote()
                        << "Attempt" << attempt << "failed, retrying:" << error.logText();
                    if (onRetry)
                        onRetry(error, attempt);
                    const auto delay = m_policy.delay(attempt, error.retryAfter());
                    later(delay, [this, make, done, failed, onRetry, attempt]() {
                        request(make, done, failed, onRetry, attempt + 1);
                    });
                    return;
                }
                failed(error, attempt);
            });
}

void SyncEngine::later(std::chrono::milliseconds delay, std::function<void()> what)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(delay, this, [this, generation, what]() {
        if (current(generation))
            what();
    });
}

// --- progress and status -------------------------------------------------------------------

void SyncEngine::setPhase(SyncProgress::Phase phase)
{
    if (m_progress.phase == phase)
        return;
    m_progress.phase = phase;
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::advance()
{
    ++m_progress.done;
    Q_EMIT progressChanged(m_progress);
}

void SyncEngine::addError()
{
    ++m_progress.errors;
    ++m_summary.failed;
}

void SyncEngine::setOnline()
{
    if (m_status.state != ConnectionState::Online)
        setStatus(ConnectionState::Online, tr("Connected"));
}

void SyncEngine::setStatus(ConnectionState state, const QString &message,
                           const QDateTime &nextRetry)
{
    m_status.state = state;
    m_status.message = message;
    m_status.nextRetry = nextRetry;
    Q_EMIT connectionStatusChanged(m_status);
}

ConnectionState SyncEngine::stateFor(const LvError &error)
{
    switch (error.kind()) {
    case LvError::Kind::Tls:
        return ConnectionState::Tls;
    case LvError::Kind::XRoadClient:
    case LvError::Kind::Configuration:
    case LvError::Kind::Redirect:
        return ConnectionState::Configuration;
    case LvError::Kind::Network:
        switch (error.networkProblem()) {
        case LvError::NetworkProblem::HostNotFound:
        case LvError::NetworkProblem::ConnectionRefused:
            return ConnectionState::Offline;
        default:
            return ConnectionState::ServiceUnavailable;
        }
    case LvError::Kind::Service:
        if (error.httpStatus() == 401 || error.httpStatus() == 403)
            return ConnectionState::Credentials;
        return ConnectionState::ServiceUnavailable;
    default:
        return ConnectionState::ServiceUnavailable;
    }
}

} // namespace lvdesk
