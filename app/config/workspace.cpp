// SPDX-License-Identifier: EUPL-1.2

#include "workspace.h"

#include "config/osidentity.h"
#include "lv/connectionsettings.h"
#include "lv/lvclient.h"
#include "lv/tlsconfigloader.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"
#include "store/auditguard.h"
#include "store/changenotifier.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"
#include "transfer/caseexporter.h"
#include "transfer/replywatcher.h"
#include "workflow/caseactions.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lvdesk {

Q_LOGGING_CATEGORY(lcWorkspace, "lvdesk.workspace", QtInfoMsg)

struct Workspace::Parts
{
    // Declared in the order they may be built; destroyed in reverse, the writer last but one so
    // that everything queued on it is finished before the store closes.
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<LvClient> client;
    std::unique_ptr<CaseExporter> exporter;
    std::unique_ptr<ReplyWatcher> replies;
    std::unique_ptr<CaseActions> actions;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<ChangeNotifier> notifier;

    ~Parts()
    {
        // The engine and the exporter use the writer and the client: they go first.
        sync.reset();
        notifier.reset();
        actions.reset();
        replies.reset();
        exporter.reset();
        client.reset();
        writer.reset();
    }
};

namespace {

ConnectionSettings connectionSettingsFor(const Workspace::Options &options)
{
    const Profile &p = options.profile;
    ConnectionSettings s;
    s.securityServer = p.securityServer;
    if (const auto client = XRoadId::parse(p.client, XRoadId::Type::Subsystem))
        s.client = *client;
    if (const auto service = XRoadId::parse(p.service, XRoadId::Type::Service))
        s.service = *service;
    s.userId = p.userId.isEmpty() ? options.officer : p.userId;
    s.caFile = p.caFile;
    s.clientCertificate = p.clientCertificate;
    s.clientKey = p.clientKey;
    s.transferTimeout = std::chrono::seconds(p.timeoutSeconds);
    return s;
}

CaseExporter::Settings exportSettingsFor(const Profile &p, const StoreConfig &store)
{
    CaseExporter::Settings s;
    switch (p.exportTarget) {
    case Profile::ExportTarget::None:
        s.target = CaseExporter::Target::None;
        break;
    case Profile::ExportTarget::Folder:
        s.target = CaseExporter::Target::Folder;
        break;
    case Profile::ExportTarget::Http:
        s.target = CaseExporter::Target::Http;
        break;
    }
    s.folder = p.exportFolder;
    s.url = p.exportUrl;
    s.timeoutSeconds = p.timeoutSeconds;
    s.format = p.exportFormat;
    s.formatSettings.linkPrefix = p.exportLinkPrefix;
    s.formatSettings.services = p.services;
    // Zips waiting to be posted stay in lvdesk's own (private) data folder.
    s.workDirectory = store.dataDirectory + u"/uploads"_s;
    return s;
}

ReplyWatcher::Settings replySettingsFor(const Profile &p, const QString &actor)
{
    ReplyWatcher::Settings s;
    s.folder = p.exportReplies;
    s.replies.actor = actor;
    for (auto it = p.services.cbegin(); it != p.services.cend(); ++it)
        s.replies.statusOnDiaryNumber.insert(it.key(), it->statusOnDiaryNumber);
    s.replies.defaultStatusOnDiaryNumber = ServiceExportSettings().statusOnDiaryNumber;
    return s;
}

SyncSettings syncSettingsFor(const Workspace::Options &options)
{
    const Profile &p = options.profile;
    SyncSettings s;
    s.intervalMinutes = p.intervalMinutes;
    s.concurrency = p.concurrency;
    s.maxAttachmentBytes = qint64(p.maxAttachmentMegabytes) * 1024 * 1024;
    s.reviewByDefault = p.reviewByDefault;
    s.diaryPattern = p.diaryPattern;
    s.exportConfigured = p.exportTarget != Profile::ExportTarget::None;
    return s;
}

} // namespace

StoreConfig Workspace::storeConfigFor(const Profile &p, const QString &dataDir)
{
    StoreConfig config;
    config.dataDirectory = dataDir.isEmpty() ? StoreConfig::defaultDataDirectory() : dataDir;
    if (p.storeDriver == Profile::StoreDriver::Postgresql) {
        config.driver = StoreConfig::Driver::Postgresql;
        config.host = p.storeHost;
        config.port = p.storePort;
        config.database = p.storeDatabase;
        config.user = p.storeUser;
        config.sslMode = p.storeSslMode;
        config.sslRootCert = p.storeSslRootCert;
        config.sslCert = p.storeSslCert;
        config.sslKey = p.storeSslKey;
    }
    return config;
}

Workspace::Workspace(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_storeConfig(storeConfigFor(options.profile, options.dataDir))
{ }

Workspace::~Workspace() = default;

void Workspace::offThread(std::function<void()> work, std::function<void()> then)
{
    QThread *worker = QThread::create(std::move(work));
    connect(worker, &QThread::finished, this, [worker, then = std::move(then)] {
        worker->deleteLater();
        then();
    });
    worker->start();
}

void Workspace::open()
{
    // Passphrases are kept under their certificate's fingerprint: a file hash, off the main
    // thread. An unreadable file is reported where the certificate is used.
    auto keys = std::make_shared<QStringList>();
    offThread(
        [keys,
         certificates = QStringList{m_options.profile.clientCertificate, m_storeConfig.sslCert}] {
            for (const QString &certificate : certificates) {
                const QByteArray fingerprint
                    = certificate.isEmpty() ? QByteArray()
                                            : SecretKeys::certificateFingerprint(certificate);
                *keys << (fingerprint.isEmpty() ? QString()
                                                : SecretKeys::tlsPassphrase(fingerprint));
            }
        },
        [this, keys] {
            m_passphraseKey = keys->value(0);
            readStoreSecrets(keys->value(1));
        });
}

void Workspace::readStoreSecrets(const QString &storeKeyPassphraseKey)
{
    StoreConnection::resolvePassword(
        m_storeConfig, m_options.secrets, this,
        [this, storeKeyPassphraseKey](const StoreConfig &resolved, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
                return;
            }
            m_storeConfig = resolved;
            if (storeKeyPassphraseKey.isEmpty() || !m_options.secrets) {
                prepareStore();
                return;
            }
            // The client key of the database may be unencrypted: no passphrase is then stored.
            m_options.secrets->read(
                storeKeyPassphraseKey, this, [this](const SecretStore::Result &result) {
                    if (!result.ok() && result.error != SecretStore::Error::NotFound) {
                        Q_EMIT failed(tr("The passphrase of the shared database's client key "
                                         "could not be read from the keychain: %1")
                                          .arg(result.message));
                        return;
                    }
                    m_storeConfig.sslPassword = QString::fromUtf8(result.secret);
                    prepareStore();
                });
        });
}

void Workspace::prepareStore()
{
    // Checking and migrating the store may take a moment on a large database: off the main
    // thread, so the window stays responsive.
    auto status = std::make_shared<Store::Status>();
    offThread([config = m_storeConfig, status] { *status = Store::prepare(config); },
              [this, status] {
                  if (!status->ok) {
                      Q_EMIT failed(status->error);
                      return;
                  }
                  readAuditKey();
              });
}

void Workspace::readAuditKey()
{
    if (!m_options.secrets) {
        Q_EMIT failed(SecretStore::describe(SecretStore::Error::NoService));
        return;
    }
    m_options.secrets->read(SecretKeys::auditKey(m_storeConfig.identity()), this,
                            [this](const SecretStore::Result &result) {
                                if (!result.ok() && result.error != SecretStore::Error::NotFound) {
                                    Q_EMIT failed(
                                        tr("The key of the audit trail could not be read from the "
                                           "keychain: %1")
                                            .arg(result.message));
                                    return;
                                }
                                m_storeConfig.auditKey = result.secret;
                                checkAuditTrail();
                            });
}

void Workspace::checkAuditTrail()
{
    struct Outcome
    {
        AuditGuard::KeyState key = AuditGuard::KeyState::Error;
        QString keyProblem;
        AuditGuard::Result guard;
        QString sessionUser;
    };
    auto outcome = std::make_shared<Outcome>();
    const bool fromRole = m_options.profile.storeOfficerFromRole
                          && m_storeConfig.driver == StoreConfig::Driver::Postgresql;
    offThread(
        [config = m_storeConfig, outcome, fromRole] {
            const QString name = StoreConnection::nameForThisThread(u"audit"_s);
            {
                QSqlDatabase db = StoreConnection::open(config, name, &outcome->keyProblem);
                if (!db.isValid())
                    return;
                outcome->key = AuditGuard::claimKey(db, config.auditKey, &outcome->keyProblem);
                // Checked at every start from the head this workstation anchored last.
                if (outcome->key == AuditGuard::KeyState::Ok)
                    outcome->guard = AuditGuard::check(db, config);
                if (fromRole)
                    outcome->sessionUser = StoreConnection::sessionUser(db);
            }
            StoreConnection::close(name);
        },
        [this, outcome, fromRole] {
            switch (outcome->key) {
            case AuditGuard::KeyState::Missing:
                createAuditKey();
                return;
            case AuditGuard::KeyState::Ok:
                break;
            default:
                Q_EMIT failed(outcome->keyProblem);
                return;
            }
            if (fromRole) {
                if (outcome->sessionUser.isEmpty()) {
                    Q_EMIT failed(tr("The database role of this officer could not be read from "
                                     "the shared database."));
                    return;
                }
                // The database authenticated the officer: that role is who acts.
                m_options.officer = outcome->sessionUser;
                m_options.officerFullName.clear();
            }
            if (!outcome->guard.ok)
                reportAuditProblem(outcome->guard.problem);
            loadTls();
        });
}

void Workspace::createAuditKey()
{
    // The database's trail is not signed yet: this workstation makes its key. With a shared
    // database IT support copies it to the other workstations (docs/security.md).
    const QByteArray key = AuditGuard::newKey();
    m_options.secrets->write(SecretKeys::auditKey(m_storeConfig.identity()), key, this,
                             [this, key](const SecretStore::Result &result) {
                                 if (!result.ok()) {
                                     Q_EMIT failed(tr("The key of the audit trail could not be "
                                                      "stored in the keychain: %1")
                                                       .arg(result.message));
                                     return;
                                 }
                                 qCInfo(lcWorkspace) << "a new audit key was made for the store";
                                 m_storeConfig.auditKey = key;
                                 checkAuditTrail();
                             });
}

void Workspace::reportAuditProblem(const QString &problem)
{
    if (problem.isEmpty() || problem == m_auditProblem)
        return;
    m_auditProblem = problem;
    Q_EMIT auditTrailBroken(problem);
}

QString Workspace::auditProblem() const
{
    return m_auditProblem;
}

void Workspace::loadTls()
{
    ConnectionSettings settings = connectionSettingsFor(m_options);
    settings.passphraseKey = m_passphraseKey;
    if (const auto problem = settings.validate()) {
        Q_EMIT failed(problem->userMessage());
        return;
    }
    TlsConfigLoader::load(settings, m_options.secrets, this,
                          [this, settings](const TlsConfigLoader::Result &tls) {
                              if (!tls.ok()) {
                                  Q_EMIT failed(tls.error->userMessage());
                                  return;
                              }
                              build(settings, tls.configuration);
                          });
}

void Workspace::build(const ConnectionSettings &settings, const QSslConfiguration &tls)
{
    auto parts = std::make_unique<Parts>();
    const QString actor = m_options.officer;
    parts->writer = std::make_unique<StoreWriter>(m_storeConfig);
    parts->client = std::make_unique<LvClient>(settings, tls);
    const CaseExporter::Settings exportSettings
        = exportSettingsFor(m_options.profile, m_storeConfig);
    if (exportSettings.target != CaseExporter::Target::None) {
        parts->exporter = std::make_unique<CaseExporter>(
            exportSettings, m_storeConfig, parts->writer.get(), m_options.secrets, actor);
    }
    parts->actions = std::make_unique<CaseActions>(
        m_storeConfig, parts->writer.get(), actor, m_options.profile.diaryPattern,
        exportSettings.target != CaseExporter::Target::None);
    // The background sync acts as the system ("lvdesk" in the audit trail); officers' actions
    // carry their own login.
    const SyncSettings syncSettings = syncSettingsFor(m_options);
    parts->sync = std::make_unique<SyncEngine>(syncSettings, parts->client.get(), m_storeConfig,
                                               parts->writer.get(), parts->exporter.get());

    if (!m_options.profile.exportReplies.isEmpty()) {
        // The register's answers are applied as the system, like the background sync.
        parts->replies = std::make_unique<ReplyWatcher>(
            replySettingsFor(m_options.profile, u"lvdesk"_s), parts->writer.get());
        connect(parts->replies.get(), &ReplyWatcher::replyProcessed, this,
                &Workspace::casesChanged);
        // A reply may have queued a status update: deliver it now.
        connect(parts->replies.get(), &ReplyWatcher::replyProcessed, parts->sync.get(),
                &SyncEngine::syncNow);
    }
    if (parts->exporter)
        connect(parts->exporter.get(), &CaseExporter::auditTrailBroken, this,
                &Workspace::reportAuditProblem);
    connect(parts->sync.get(), &SyncEngine::casesChanged, this, &Workspace::casesChanged);
    connect(parts->actions.get(), &CaseActions::caseChanged, this, &Workspace::casesChanged);
    // An officer's action queues writes: deliver them now rather than at the next interval.
    connect(parts->actions.get(), &CaseActions::caseChanged, parts->sync.get(),
            &SyncEngine::syncNow);
    // Something to fetch again: views show the new state, the sync fetches it now.
    connect(parts->actions.get(), &CaseActions::inboundChanged, this, &Workspace::casesChanged);
    connect(parts->actions.get(), &CaseActions::inboundChanged, parts->sync.get(),
            &SyncEngine::syncNow);
    if (m_storeConfig.driver == StoreConfig::Driver::Postgresql) {
        // Other workstations' changes arrive as notifications.
        parts->notifier = std::make_unique<ChangeNotifier>();
        QString error;
        if (parts->notifier->start(m_storeConfig, &error))
            connect(parts->notifier.get(), &ChangeNotifier::changed, this,
                    &Workspace::casesChanged);
        else
            qCWarning(lcWorkspace) << "change notifications unavailable";
    }
    m_parts = std::move(parts);
    if (m_parts->replies)
        m_parts->replies->start();
    m_ready = true;
    qCInfo(lcWorkspace) << "workspace ready";
    Q_EMIT ready();
}

bool Workspace::isReady() const
{
    return m_ready;
}

const Profile &Workspace::profile() const
{
    return m_options.profile;
}

QString Workspace::profilePath() const
{
    return m_options.profilePath;
}

QString Workspace::officer() const
{
    return m_options.officer;
}

QString Workspace::officerDisplayName() const
{
    return OsIdentity::describe(m_options.officer, m_options.officerFullName);
}

StoreConfig Workspace::storeConfig() const
{
    return m_storeConfig;
}

SecretStore *Workspace::secrets() const
{
    return m_options.secrets;
}

StoreWriter *Workspace::writer() const
{
    return m_parts ? m_parts->writer.get() : nullptr;
}

LvClient *Workspace::client() const
{
    return m_parts ? m_parts->client.get() : nullptr;
}

SyncEngine *Workspace::sync() const
{
    return m_parts ? m_parts->sync.get() : nullptr;
}

CaseExporter *Workspace::exporter() const
{
    return m_parts ? m_parts->exporter.get() : nullptr;
}

ReplyWatcher *Workspace::replies() const
{
    return m_parts ? m_parts->replies.get() : nullptr;
}

CaseActions *Workspace::actions() const
{
    return m_parts ? m_parts->actions.get() : nullptr;
}

} // namespace lvdesk
