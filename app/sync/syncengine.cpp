// SPDX-License-Identifier: EUPL-1.2

#include "syncengine.h"

#include "lv/lvclient.h"
#include "store/casestore.h"
#include "store/changenotifier.h"
#include "store/inboundfailurestore.h"
#include "store/servicesettingsstore.h"
#include "store/storewriter.h"
#include "store/synclock.h"
#include "store/syncstatestore.h"
#include "sync/outboxpayload.h"
#include "sync/synclog.h"
#include "transfer/caseexporter.h"
#include "workflow/caseactions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// sync_state keys of the engine's own durable state.
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
    m_retries.clear();
    m_seen.clear();
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
        QString pendingAck;
        QList<InboundFailure> failures;
    };
    auto state = std::make_shared<State>();
    const quint64 generation = m_generation;
    m_writer->submit(
        [state](QSqlDatabase &db) {
            SyncStateStore store(db);
            state->cursor = store.cursor();
            state->pendingAck = store.value(kPendingAckKey);
            state->failures = InboundFailureStore(db).all();
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
            m_retries.load(state->failures);
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
            startRecorded();
        });
}

void SyncEngine::startRecorded()
{
    // Actions that failed before and are due again (or that the officer asked to retry) are
    // fetched by their id: the cursor has moved past them, and the feed lists them only from
    // an earlier cursor.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Those still backing off are not done in this run, and the run says so (once, even if the
    // feed lists them again).
    const QList<FeedItem> waiting = m_retries.waiting(now);
    for (const FeedItem &item : waiting) {
        m_seen.insert(item.externalId, item.version);
        addError();
    }
    const QList<FeedItem> due = m_retries.dueForFetch(now);
    if (due.isEmpty()) {
        fetchPage();
        return;
    }
    setPhase(SyncProgress::Phase::Download);
    m_pageActive = true;
    m_pageHasMore = true; // then the feed
    m_pageNextCursor = m_cursor;
    m_pageChanged = false;
    m_progress.total += due.size();
    for (const FeedItem &item : due) {
        m_seen.insert(item.externalId, item.version);
        m_todo << item;
    }
    pump();
    maybePageDone();
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
                m_pageNextCursor = page.nextCursor.isEmpty() ? m_cursor : page.nextCursor;
                // A page that says there is more but does not move the cursor would be read
                // again for ever: the run reads no further and says so in the log.
                m_pageHasMore
                    = page.hasMore && !(page.items.isEmpty() && page.unusableItems.isEmpty());
                if (m_pageHasMore && m_pageNextCursor == m_cursor) {
                    qCWarning(lcSync) << "The feed says it has more but gives the same cursor";
                    m_pageHasMore = false;
                }
                m_pageChanged = false;
                m_pageActive = true;
                for (const DataNote &note : std::as_const(page.notes))
                    qCInfo(lcSync).noquote()
                        << "Feed entry repaired:" << note.problem << "at" << note.path;
                for (const QByteArray &entry : std::as_const(page.unusableItems))
                    recordUnidentified(entry);
                checkPage(page.items);
            },
            [this](const LvError &error, int) { abortRun(error); });
}

void SyncEngine::recordUnidentified(const QByteArray &entry)
{
    // No id to fetch or acknowledge it by: the entry itself names the record, so that the
    // same entry seen again is the same record (and a known one).
    FeedItem item;
    item.externalId
        = u"unidentified:"_s
          + QString::fromLatin1(
              QCryptographicHash::hash(entry, QCryptographicHash::Sha256).toHex().left(32));
    if (m_seen.contains(item.externalId))
        return;
    m_seen.insert(item.externalId, 0);
    if (m_retries.decide(item, QDateTime::currentDateTimeUtc())
        == InboundRetries::Decision::Known) {
        noteKnown(item.externalId);
        return;
    }
    storeFailure(m_retries.failed(item, InboundFailure::Reason::Unidentified,
                                  u"feed entry without externalId"_s, true, entry, m_policy,
                                  QDateTime::currentDateTimeUtc()),
                 1);
    m_summary.newProblems << item.externalId + u" unidentified"_s;
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
                if (stored->value(item.externalId, 0) >= std::max(1, item.version)) {
                    advance();
                    queueAck(item.externalId);
                    continue;
                }
                // Taken up already in this run at this version (a recorded one fetched by its id):
                // a later, higher version in the feed is a correction and is fetched.
                if (const auto seen = m_seen.constFind(item.externalId);
                    seen != m_seen.constEnd() && *seen >= item.version) {
                    advance();
                    continue;
                }
                m_seen.insert(item.externalId, item.version);
                switch (m_retries.decide(item, now)) {
                case InboundRetries::Decision::Fetch:
                    m_todo << item;
                    break;
                case InboundRetries::Decision::Wait:
                    // Backing off: not done in this run, and the run says so.
                    addError();
                    advance();
                    break;
                case InboundRetries::Decision::Known:
                    noteKnown(item.externalId);
                    advance();
                    break;
                }
            }
            pump();
            maybePageDone();
        });
}

void SyncEngine::noteKnown(const QString &externalId)
{
    // Waits for the officer (or is handled outside lvdesk): listed in the summary, but it does not
    // make this run incomplete.
    if (!m_summary.knownProblems.contains(externalId))
        m_summary.knownProblems << externalId;
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
            auto work = std::make_shared<InboundWork>();
            work->data = action->takeValue();
            work->item = completed(item, work->data);
            work->outcomes.resize(work->data.formdata.attachments.size());
            m_progress.bytes += work->data.rawJson.size();
            const DataNotes notes = work->data.allNotes();
            if (!notes.isEmpty())
                qCInfo(lcSync).noquote() << "An action was stored with" << notes.size()
                                         << "repaired fields, the first:" << notes.first().problem
                                         << "at" << notes.first().path;
            downloadNext(work, 0);
        },
        [this, item](const LvError &error, int attempts) { itemFailed(item, error, attempts); });
}

FeedItem SyncEngine::completed(const FeedItem &item, const ActionData &data)
{
    // What the feed entry left out, the action itself says (an entry needs only its id).
    FeedItem c = item;
    const Commondata &common = data.commondata;
    if (c.projectPartId.isEmpty())
        c.projectPartId = common.projectPartId;
    if (c.projectPartId.isEmpty())
        c.projectPartId = u"action:"_s + c.externalId; // nothing names its project part
    if (c.projectId.isEmpty())
        c.projectId = common.projectId;
    if (c.serviceCode.isEmpty())
        c.serviceCode = data.formdata.serviceCode;
    if (!c.submittedAt.isValid())
        c.submittedAt = common.submittedAt;
    if (!c.submittedAt.isValid())
        c.submittedAt = QDateTime::currentDateTimeUtc();
    if (c.version < 1)
        c.version = std::max(1, data.version);
    return c;
}

void SyncEngine::downloadNext(std::shared_ptr<InboundWork> work, int index)
{
    const QList<AttachmentInfo> &attachments = work->data.formdata.attachments;
    for (; index < attachments.size(); ++index) {
        const AttachmentInfo &info = attachments.at(index);
        CaseStore::AttachmentOutcome &outcome = work->outcomes[index];
        if (info.id.isEmpty()) {
            outcome.problem = AttachmentProblem::NotDescribed;
        } else if (!info.isDownloadable()) {
            outcome.problem = AttachmentProblem::NoChecksum;
        } else if (info.sizeKnown() && info.size > m_settings.maxAttachmentBytes) {
            outcome.problem = AttachmentProblem::OverLimit;
            outcome.detail = u"%1 > %2 bytes"_s.arg(info.size).arg(m_settings.maxAttachmentBytes);
        } else if (!m_blobs.contains(info.sha256Hex)) {
            break; // to be downloaded; the same bytes stored already are not (content-addressed)
        }
    }
    if (index >= attachments.size()) {
        ingestItem(work);
        return;
    }
    const AttachmentInfo info = attachments.at(index);
    // Straight into the blob folder: the verified file is renamed to exactly the path BlobStore
    // reads (attachments/ab/abcdef…), so no copy is needed and a crash leaves no partial file.
    const QString folder = QFileInfo(m_blobs.pathOf(info.sha256Hex)).absolutePath();
    if (!QDir().mkpath(folder)) {
        itemFailed(work->item,
                   LvError::configuration(tr("The attachment folder %1 cannot be created.")
                                              .arg(QDir::toNativeSeparators(folder))),
                   1);
        return;
    }
    // Room for the file and a margin: a full disk fails this action visibly and keeps the
    // workstation usable; it is tried again when there is room.
    const qint64 needed = (info.sizeKnown() ? info.size : 0) + m_settings.minFreeBytes;
    const qint64 available = QStorageInfo(folder).bytesAvailable();
    if (available >= 0 && available < needed) {
        qCWarning(lcSync) << "Not enough free disk space for an attachment:" << available
                          << "bytes free," << needed << "needed";
        --m_itemsInFlight;
        storeFailure(
            m_retries.failed(work->item, InboundFailure::Reason::Storage,
                             u"disk space: %1 bytes free, %2 needed"_s.arg(available).arg(needed),
                             false, QByteArray(), m_policy, QDateTime::currentDateTimeUtc()),
            1);
        addError();
        advance();
        pump();
        maybePageDone();
        return;
    }
    const quint64 generation = m_generation;
    const QString externalId = work->item.externalId;
    const qint64 limit = m_settings.maxAttachmentBytes;
    request([this, externalId, info, folder,
             limit]() { return m_client->downloadAttachment(externalId, info, folder, limit); },
            [this, work, index, generation](LvReply *reply) {
                if (!current(generation))
                    return;
                m_progress.bytes += static_cast<AttachmentDownload *>(reply)->bytesWritten();
                Q_EMIT progressChanged(m_progress);
                downloadNext(work, index + 1);
            },
            [this, work, index](const LvError &error, int attempts) {
                if (!m_running)
                    return;
                if (std::optional<CaseStore::AttachmentOutcome> outcome
                    = attachmentOutcomeFor(work->item, error)) {
                    // This attachment is not going to arrive: the action is stored without it, and
                    // the attachment says why.
                    qCWarning(lcSync).noquote()
                        << "An attachment is stored as not received:" << error.logText();
                    work->outcomes[index] = *outcome;
                    downloadNext(work, index + 1);
                    return;
                }
                itemFailed(work->item, error, attempts);
            });
}

std::optional<CaseStore::AttachmentOutcome>
SyncEngine::attachmentOutcomeFor(const FeedItem &item, const LvError &error) const
{
    CaseStore::AttachmentOutcome outcome;
    if (error.httpStatus() > 0)
        outcome.detail = u"HTTP "_s + QString::number(error.httpStatus());
    switch (error.kind()) {
    case LvError::Kind::TooLarge:
        outcome.problem = AttachmentProblem::OverLimit;
        outcome.detail = u"more than %1 bytes"_s.arg(m_settings.maxAttachmentBytes);
        return outcome;
    case LvError::Kind::Service:
        // The service will not deliver this file (404, 410, 400, 422 …); credentials and
        // throttling are the run's business, not the attachment's.
        if (error.retryable() || RetryPolicy::stopsSync(error))
            return std::nullopt;
        outcome.problem = AttachmentProblem::Unavailable;
        if (!error.code().isEmpty())
            outcome.detail += u' ' + error.code();
        return outcome;
    case LvError::Kind::ChecksumMismatch:
    case LvError::Kind::SizeMismatch:
    case LvError::Kind::Malformed:
        // Damaged on the way, again and again: after enough attempts across runs the action is
        // stored without it (Retry download brings it later).
        if (!m_retries.givesUpAttachments(item.externalId))
            return std::nullopt;
        outcome.problem = AttachmentProblem::Mismatch;
        outcome.detail = LvError::kindName(error.kind());
        return outcome;
    default:
        return std::nullopt;
    }
}

void SyncEngine::ingestItem(std::shared_ptr<InboundWork> work)
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
        [work, blobs, settings, today](QSqlDatabase &db) -> StoreWriter::Result {
            const FeedItem &item = work->item;
            CaseStore store(db, &blobs);
            const CaseStore::IngestResult ingested
                = store.ingest(item, work->data, settings.actor, work->outcomes);
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
        [this, work, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return; // a run that has ended; its counters are gone
            --m_ingestsPending;
            const FeedItem &item = work->item;
            if (!result.ok) {
                qCWarning(lcSync) << "An action could not be stored";
                storeFailure(m_retries.failed(item, InboundFailure::Reason::Storage, QString(),
                                              false, QByteArray(), m_policy,
                                              QDateTime::currentDateTimeUtc()),
                             1);
                addError();
                advance();
                maybePageDone();
                return;
            }
            const auto outcome = CaseStore::IngestOutcome(result.value.toInt());
            if (outcome == CaseStore::IngestOutcome::Inserted && item.actionType.isOpening())
                ++m_summary.newCases;
            else if (outcome != CaseStore::IngestOutcome::Ignored)
                ++m_summary.updated;
            if (outcome != CaseStore::IngestOutcome::Ignored) {
                m_pageChanged = true;
                for (int i = 0; i < work->outcomes.size(); ++i) {
                    if (work->outcomes.at(i).problem != AttachmentProblem::None)
                        m_summary.newProblems << item.externalId + u'#' + QString::number(i + 1)
                                                     + u' '
                                                     + toString(work->outcomes.at(i).problem);
                }
            }
            m_retries.stored(item.externalId); // its record went in the same transaction
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
    qCWarning(lcSync).noquote() << "An action failed after" << attempts
                                << "attempts:" << error.logText();
    // The body of the failed answer is what IT support will want to see: kept with the record,
    // never logged.
    const QByteArray body = m_failedBody;
    const InboundFailure record
        = m_retries.failed(item, error, attempts, body, m_policy, QDateTime::currentDateTimeUtc());
    storeFailure(record, attempts);
    if (record.isPermanent()) {
        // Not going to work by itself: the officer decides, and the run is not held back.
        m_summary.newProblems << item.externalId + u' ' + toString(record.reason);
    } else {
        addError();
    }
    advance();
    if (error.retryable() && RetryPolicy::isServiceWide(error)) {
        // The service or the network is down, not this item: stop instead of trying the rest.
        abortRun(error);
        return;
    }
    pump();
    maybePageDone();
}

void SyncEngine::storeFailure(const InboundFailure &record, int attempts)
{
    const QString actor = m_settings.actor;
    const quint64 generation = m_generation;
    if (record.state == InboundFailure::State::Failed
        && m_retries.wasAwaitingOfficer(record.item.externalId))
        noteKnown(record.item.externalId);
    m_writer->submit(
        [record, attempts, actor](QSqlDatabase &db) -> StoreWriter::Result {
            QString error;
            const bool ok = InboundFailureStore(db).recordFailure(record, attempts, actor, &error);
            return {ok, error, {}};
        },
        this,
        [this, generation](const StoreWriter::Result &result) {
            // Without the record the item would be lost from view: the run must not move on.
            if (current(generation) && !result.ok)
                finishRun(result.error);
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
                            startRecorded();
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
    // Every item of the page is stored and acknowledged, or recorded in InboundFailureStore (and
    // fetched by its id when it is due): the cursor may move past the page.
    auto next = [this]() {
        m_cursor = m_pageNextCursor;
        if (m_pageHasMore)
            fetchPage();
        else
            repairAttachments();
    };
    if (m_pageNextCursor == m_cursor) {
        next();
        return;
    }
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

// --- attachments asked for again ------------------------------------------------------------

void SyncEngine::repairAttachments()
{
    // Attachments of stored actions that the officer asked to download again (Retry download).
    auto pending = std::make_shared<QList<CaseStore::PendingAttachment>>();
    const quint64 generation = m_generation;
    m_writer->submit(
        [pending](QSqlDatabase &db) {
            *pending = CaseStore(db).attachmentsToFetch(kRepairBatch);
            return StoreWriter::Result{true, {}, {}};
        },
        this,
        [this, pending, generation](const StoreWriter::Result &result) {
            if (!current(generation))
                return;
            if (!result.ok) {
                finishRun(result.error);
                return;
            }
            m_repairs = *pending;
            if (!m_repairs.isEmpty()) {
                setPhase(SyncProgress::Phase::Download);
                m_progress.total += m_repairs.size();
            }
            repairNext();
        });
}

void SyncEngine::repairNext()
{
    if (!m_running)
        return;
    if (m_repairs.isEmpty()) {
        startOutbox();
        return;
    }
    const CaseStore::PendingAttachment pending = m_repairs.takeFirst();
    const AttachmentInfo &info = pending.info;
    const QString folder = QFileInfo(m_blobs.pathOf(info.sha256Hex)).absolutePath();
    const quint64 generation = m_generation;
    const QString actor = m_settings.actor;
    auto settle
        = [this, pending, actor, generation](AttachmentProblem problem, const QString &detail) {
              m_writer->submit(
                  [pending, problem, detail, actor](QSqlDatabase &db) -> StoreWriter::Result {
                      QString e;
                      const bool ok = CaseStore(db).setAttachmentProblem(
                          pending.attachmentRowId, problem, detail, actor, &e);
                      return {ok, e, {}};
                  },
                  this,
                  [this, problem, generation](const StoreWriter::Result &result) {
                      if (!current(generation))
                          return;
                      if (!result.ok) {
                          finishRun(result.error);
                          return;
                      }
                      if (problem == AttachmentProblem::None)
                          Q_EMIT casesChanged();
                      advance();
                      repairNext();
                  });
          };
    if (info.sizeKnown() && info.size > m_settings.maxAttachmentBytes) {
        settle(AttachmentProblem::OverLimit,
               u"%1 > %2 bytes"_s.arg(info.size).arg(m_settings.maxAttachmentBytes));
        return;
    }
    if (m_blobs.contains(info.sha256Hex)) {
        settle(AttachmentProblem::None, QString());
        return;
    }
    const QString externalId = pending.externalId;
    const qint64 limit = m_settings.maxAttachmentBytes;
    if (!QDir().mkpath(folder)) {
        abortRun(LvError::configuration(tr("The attachment folder %1 cannot be created.")
                                            .arg(QDir::toNativeSeparators(folder))));
        return;
    }
    FeedItem item;
    item.externalId = externalId;
    request([this, externalId, info, folder,
             limit]() { return m_client->downloadAttachment(externalId, info, folder, limit); },
            [settle](LvReply *) { settle(AttachmentProblem::None, QString()); },
            [this, item, settle](const LvError &error, int) {
                if (!m_running)
                    return;
                if (RetryPolicy::stopsSync(error)
                    || (error.retryable() && RetryPolicy::isServiceWide(error))) {
                    abortRun(error);
                    return;
                }
                std::optional<CaseStore::AttachmentOutcome> outcome
                    = attachmentOutcomeFor(item, error);
                if (!outcome
                    && (error.kind() == LvError::Kind::ChecksumMismatch
                        || error.kind() == LvError::Kind::SizeMismatch)) {
                    // The officer asked for it once: the answer goes back to the attachment.
                    outcome = CaseStore::AttachmentOutcome{AttachmentProblem::Mismatch,
                                                           LvError::kindName(error.kind())};
                }
                if (outcome) {
                    settle(outcome->problem, outcome->detail);
                    return;
                }
                // The network failed for this one: it stays asked for, and the next sync tries
                // again.
                addError();
                advance();
                repairNext();
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
                        if (!outbox.markNotSent(row.id,
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
    const QString rowMessageId = work.row.messageId;
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
        const QString reason = work.decodeError;
        m_writer->submit([rowId, reason, actor](QSqlDatabase &db) -> StoreWriter::Result {
            QString e;
            const bool ok = OutboxStore(db).markNotSent(rowId, reason, actor, &e);
            return {ok, e, {}};
        });
        m_summary.newProblems << rowMessageId + u" undecodable"_s;
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
        [this, chainIndex, attemptsBefore, markFailed, markRetrying,
         rowMessageId](const LvError &error, int attempts) {
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
                m_summary.newProblems << rowMessageId + u" refused"_s;
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
    m_summary.newProblems.removeDuplicates();
    m_summary.knownProblems.removeDuplicates();
    // What waits for the officer from earlier runs is listed too, though this run did not meet it.
    for (const InboundFailure &waiting : m_retries.awaitingOfficer()) {
        if (!m_summary.knownProblems.contains(waiting.item.externalId)
            && m_retries.wasAwaitingOfficer(waiting.item.externalId))
            m_summary.knownProblems << waiting.item.externalId;
    }
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
                   << "failed" << m_summary.failed << "new problems" << m_summary.newProblems.size()
                   << "known problems" << m_summary.knownProblems.size();
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
            stored->pending = int(OutboxStore(db).pendingCount());
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
                // The answer's body, for a caller that keeps it with the failure (never logged).
                m_failedBody = reply->body();
                failed(error, attempt);
                m_failedBody.clear();
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
