// SPDX-License-Identifier: EUPL-1.2

#include "caseexporter.h"

#include "casesnapshot.h"
#include "exportdelivery.h"
#include "httpexporttarget.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "store/auditguard.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/exportqueuestore.h"
#include "store/registerstore.h"
#include "store/storeclock.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "transferlog.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlError>

#include <functional>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Runs work on a reader connection of its own in the calling (pool) thread.
template<typename Work>
auto withReader(const StoreConfig &config, QString *error, Work work)
{
    const QString name = StoreConnection::nameForThisThread(u"export"_s);
    decltype(work(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = StoreConnection::open(config, name, error);
        if (db.isValid())
            result = work(db);
    }
    StoreConnection::close(name);
    return result;
}

} // namespace

CaseExporter::CaseExporter(const Settings &settings, const StoreConfig &readerConfig,
                           StoreWriter *writer, SecretStore *secrets, const QString &actor,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_readerConfig(readerConfig)
    , m_writer(writer)
    , m_secrets(secrets)
    , m_actor(actor)
{
    m_pool.setMaxThreadCount(1);
}

CaseExporter::~CaseExporter()
{
    // Pool tasks post their results to this object; none may run once it is gone.
    m_pool.waitForDone();
}

bool CaseExporter::isConfigured() const
{
    switch (m_settings.target) {
    case Target::None:
        return false;
    case Target::Folder:
        return !m_settings.folder.isEmpty();
    case Target::Http:
        return m_settings.url.isValid() && !m_settings.url.host().isEmpty();
    }
    return false;
}

bool CaseExporter::isRunning() const
{
    return m_running;
}

qint64 CaseExporter::retryDelaySeconds(int failedAttempts)
{
    qint64 ceiling = firstRetrySeconds;
    for (int i = 1; i < failedAttempts && ceiling < maxRetrySeconds; ++i)
        ceiling *= 2;
    ceiling = qMin(ceiling, maxRetrySeconds);
    const qint64 half = ceiling / 2;
    return half + qint64(QRandomGenerator::global()->bounded(quint64(ceiling - half + 1)));
}

void CaseExporter::exportDue()
{
    ++m_calls;
    if (m_running)
        return;
    if (!isConfigured() || !m_writer) {
        m_running = true;
        QMetaObject::invokeMethod(this, &CaseExporter::finishRound, Qt::QueuedConnection);
        return;
    }
    startRound();
}

void CaseExporter::startRound()
{
    m_running = true;
    m_exported = 0;
    m_failed = 0;
    m_tried.clear();
    m_token.clear();
    findNext();
}

void CaseExporter::findNext()
{
    const QSet<qint64> tried = m_tried;
    const StoreConfig config = m_readerConfig;
    m_pool.start([this, tried, config] {
        QString error;
        const Attempt next = withReader(config, &error, [&tried](QSqlDatabase &db) {
            Attempt a;
            for (const ExportQueueStore::DueExport &due :
                 ExportQueueStore::due(db, QDateTime::currentDateTimeUtc())) {
                if (!tried.contains(due.caseId)) {
                    a.caseId = due.caseId;
                    a.failedAttempts = due.attempts;
                    break;
                }
            }
            return a;
        });
        if (!error.isEmpty())
            qCWarning(lcTransfer) << "The store could not be read for exports";
        QMetaObject::invokeMethod(
            this,
            [this, next] {
                if (next.caseId)
                    begin(next);
                else
                    finishRound();
            },
            Qt::QueuedConnection);
    });
}

void CaseExporter::begin(const Attempt &attempt)
{
    m_tried.insert(attempt.caseId);
    const QString actor = m_actor;
    const qint64 caseId = attempt.caseId;
    const QString detail = u"attempt "_s + QString::number(attempt.failedAttempts + 1);
    m_writer->submit(
        [caseId, detail, actor](QSqlDatabase &db) {
            StoreWriter::Result r;
            // The transfer item this attempt delivers (made once: a retry keeps its messageId).
            RegisterStore registry(db);
            CaseStore cases(db);
            const QString messageId = registry.openItem(caseId, &r.error);
            // Its first attempt takes the actions that arrived meanwhile; a retry, or an attempt
            // after a crash, sends exactly what was (perhaps) sent before.
            const std::optional<CaseStore::Case> c = cases.caseById(caseId);
            const bool first
                = c && c->exportState == toString(ExportState::Pending) && c->exportAttempts == 0;
            r.ok = !messageId.isEmpty()
                   && (!first || registry.joinUncarried(caseId, messageId, &r.error))
                   && cases.setExportState(caseId, ExportState::Exporting, detail, actor, &r.error);
            r.value = messageId;
            return r;
        },
        this,
        [this, attempt](const StoreWriter::Result &r) {
            if (!r.ok) {
                qCWarning(lcTransfer)
                    << "Case" << attempt.caseId << "could not be marked exporting";
                ++m_failed;
                Q_EMIT caseFailed(attempt.caseId, r.error);
                findNext();
                return;
            }
            Attempt next = attempt;
            next.messageId = r.value.toString();
            buildAndPublish(next);
        });
}

void CaseExporter::buildAndPublish(const Attempt &attempt)
{
    const StoreConfig config = m_readerConfig;
    const Settings settings = m_settings;
    m_pool.start([this, attempt, config, settings] {
        struct Built
        {
            std::shared_ptr<ExportDelivery> delivery;
            QString published;
            QString error;
            bool permanent = false;
            QString auditProblem; // the trail did not verify: nothing was built
        };
        QString error;
        Built built = withReader(config, &error, [&](QSqlDatabase &db) {
            Built b;
            // Nothing leaves lvdesk on top of a trail that does not verify; what does leave
            // carries the verified head, an anchor of the trail outside the database.
            const AuditGuard::Result audit = AuditGuard::check(db, config);
            if (!audit.ok) {
                b.auditProblem = audit.problem;
                b.error = tr("The audit trail failed its check, so nothing is exported until IT "
                             "support has looked at it: %1")
                              .arg(audit.problem);
                return b;
            }
            const RegisterStore registry(db);
            const std::optional<CaseSnapshot> snapshot
                = CaseSnapshot::read(db, attempt.caseId, &b.error);
            const std::optional<RegisterStore::Item> item = registry.item(attempt.messageId);
            if (!snapshot || !item) {
                if (b.error.isEmpty())
                    b.error = RegisterStore::tr("The transfer item is not in the store.");
                return b;
            }
            // The officer may have chosen the default package for this case.
            const int chosen
                = int(ExportFormat::names().indexOf(registry.exportFormat(attempt.caseId)));
            const ExportFormat::Kind kind
                = chosen >= 0 ? ExportFormat::Kind(chosen) : settings.format;
            const std::unique_ptr<ExportFormat> format
                = ExportFormat::create(kind, settings.formatSettings);
            const BlobStore blobs(config.blobDirectory());
            const ExportFormat::Input input{*snapshot, *item,
                                            registry.registerCaseId(attempt.caseId), audit.head};
            b.delivery = format->build(input, blobs, &b.error, &b.permanent);
            if (b.delivery && settings.target == Target::Folder) {
                b.published = b.delivery->publish(settings.folder, &b.error);
                if (b.published.isEmpty())
                    b.delivery.reset();
            } else if (b.delivery && settings.target == Target::Http
                       && !b.delivery->prepareUpload(settings.workDirectory, &b.error)) {
                b.delivery.reset();
            }
            return b;
        });
        if (built.error.isEmpty())
            built.error = error;
        QMetaObject::invokeMethod(
            this,
            [this, attempt, built] {
                if (!built.auditProblem.isEmpty())
                    Q_EMIT auditTrailBroken(built.auditProblem);
                if (!built.delivery) {
                    fail(attempt, built.error, !built.permanent);
                } else if (m_settings.target == Target::Folder) {
                    qCInfo(lcTransfer)
                        << "Case" << attempt.caseId << "written as" << built.published;
                    succeed(attempt, built.delivery->description() + u" as "_s + built.published,
                            QString());
                } else {
                    postOverHttp(attempt, built.delivery);
                }
            },
            Qt::QueuedConnection);
    });
}

void CaseExporter::postOverHttp(const Attempt &attempt,
                                const std::shared_ptr<ExportDelivery> &delivery)
{
    if (!HttpExportTarget::isAllowedUrl(m_settings.url)) {
        fail(attempt,
             tr("The export address must use https (plain http only to this computer), so that "
                "the token and the case data are not sent in the clear."),
             false);
        return;
    }
    auto send = [this, attempt, delivery] {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        if (!m_http)
            m_http
                = new HttpExportTarget(m_settings.url, m_settings.timeoutSeconds, m_network, this);
        delivery->post(
            *m_http, m_token, [this, attempt, delivery](const HttpExportTarget::Outcome &o) {
                if (o.kind == HttpExportTarget::Outcome::Exported)
                    succeed(attempt,
                            delivery->description() + u" over HTTP "_s
                                + QString::number(o.httpStatus),
                            o.diaryNumber);
                else
                    fail(attempt, o.error, o.kind == HttpExportTarget::Outcome::Retryable);
            });
    };
    if (!m_token.isEmpty()) {
        send();
        return;
    }
    if (!m_secrets) {
        fail(attempt, SecretStore::describe(SecretStore::Error::NoService), true);
        return;
    }
    m_secrets->read(SecretKeys::exportToken(m_settings.url), this,
                    [this, attempt, send](const SecretStore::Result &result) {
                        if (!result.ok() || result.secret.isEmpty()) {
                            const bool missing
                                = result.ok() || result.error == SecretStore::Error::NotFound
                                  || result.error == SecretStore::Error::AccessDenied;
                            fail(attempt,
                                 missing ? tr("The export token of the case register is not in "
                                              "the keychain. Ask IT support to store it.")
                                         : result.message,
                                 !missing);
                            return;
                        }
                        m_token = result.secret;
                        send();
                    });
}

void CaseExporter::succeed(const Attempt &attempt, const QString &detail,
                           const QString &registerDiary)
{
    const QString actor = m_actor;
    const qint64 caseId = attempt.caseId;
    const QString messageId = attempt.messageId;
    m_writer->submit(
        [caseId, messageId, detail, registerDiary, actor](QSqlDatabase &db) {
            StoreWriter::Result r;
            CaseStore cases(db);
            const std::optional<CaseStore::Case> c = cases.caseById(caseId);
            if (!c) {
                r.error = CaseStore::tr("The case no longer exists.");
                return r;
            }
            QString diary = c->diaryNumber;
            QString text = detail;
            // The register's number is taken when the case has none. A case that has one already
            // told the service that number, so it keeps it; the register's other number is kept
            // in the transfer log and audit trail for the officer to reconcile.
            if (!registerDiary.isEmpty() && diary.isEmpty()) {
                if (!cases.setDiaryNumber(caseId, registerDiary, actor, &r.error))
                    return r;
                diary = registerDiary;
                text += u", diary number from the register"_s;
            } else if (!registerDiary.isEmpty() && registerDiary != diary) {
                text += u", the register answered diary number "_s + registerDiary;
            }
            RegisterStore registry(db);
            r.ok = (messageId.isEmpty() || registry.markExported(messageId, detail, &r.error))
                   && cases.setExportState(caseId, ExportState::Exported, text, actor, &r.error)
                   && ExportQueueStore::setNextAttempt(db, caseId, QDateTime(), &r.error);
            // Actions that arrived while this item was on its way go as the next transfer item.
            if (r.ok && registry.uncarriedEvents(caseId) > 0)
                r.ok = cases.setExportState(caseId, ExportState::Pending, u"next action"_s, actor,
                                            &r.error);
            r.value = diary;
            return r;
        },
        this,
        [this, caseId](const StoreWriter::Result &r) {
            if (r.ok) {
                ++m_exported;
                Q_EMIT caseExported(caseId, r.value.toString());
            } else {
                // Delivered but not recorded: the case stays "exporting" and the next round
                // exports it again as a new revision, never over this one.
                qCWarning(lcTransfer) << "Case" << caseId << "exported but not recorded";
                ++m_failed;
                Q_EMIT caseFailed(caseId, r.error);
            }
            findNext();
        });
}

void CaseExporter::fail(const Attempt &attempt, const QString &error, bool retryable)
{
    const QString actor = m_actor;
    const qint64 caseId = attempt.caseId;
    const QDateTime next = retryable ? QDateTime::currentDateTimeUtc().addSecs(
                               retryDelaySeconds(attempt.failedAttempts + 1))
                                     : QDateTime();
    qCInfo(lcTransfer) << "Export of case" << caseId << "failed"
                       << (retryable ? "and will be retried" : "permanently");
    m_writer->submit(
        [caseId, error, next, actor](QSqlDatabase &db) {
            StoreWriter::Result r;
            r.ok = CaseStore(db).setExportState(caseId, ExportState::Failed, error, actor, &r.error)
                   && ExportQueueStore::setNextAttempt(db, caseId, next, &r.error);
            return r;
        },
        this,
        [this, caseId, error](const StoreWriter::Result &) {
            ++m_failed;
            Q_EMIT caseFailed(caseId, error);
            findNext();
        });
}

void CaseExporter::finishRound()
{
    m_running = false;
    m_token.clear();
    const int calls = qMax(1, m_calls);
    m_calls = 0;
    const int exported = m_exported;
    const int failed = m_failed;
    m_exported = 0;
    m_failed = 0;
    for (int i = 0; i < calls; ++i)
        Q_EMIT finished(exported, failed);
}

} // namespace lvdesk
