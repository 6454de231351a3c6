#include "headlesssync.h"

#include "lv/lvclient.h"
#include "lv/tlsconfigloader.h"
#include "secrets/keychainsecretstore.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "sync/synclog.h"

#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

HeadlessSync::HeadlessSync(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

HeadlessSync::~HeadlessSync()
{
    // The engine first (it uses the others), the writer last so that it commits what is queued.
    m_engine.reset();
    m_exporter.reset();
    m_client.reset();
    m_writer.reset();
}

QString HeadlessSync::summaryLine(const SyncSummary &summary)
{
    return u"new=%1 updated=%2 acknowledged=%3 delivered=%4 failed=%5"_s.arg(summary.newCases)
        .arg(summary.updated)
        .arg(summary.acknowledged)
        .arg(summary.delivered)
        .arg(summary.failed);
}

void HeadlessSync::start()
{
    if (const std::optional<LvError> problem = m_options.connection.validate()) {
        fail(problem->userMessage(), CannotStart);
        return;
    }
    if (m_options.store.driver == StoreConfig::Driver::Postgresql) {
        // The PostgreSQL password is only in the keychain.
        m_secrets = std::make_unique<KeychainSecretStore>();
        StoreConnection::resolvePassword(m_options.store, m_secrets.get(), this,
                                         [this](const StoreConfig &config, const QString &error) {
                                             if (!error.isEmpty())
                                                 fail(error, CannotStart);
                                             else
                                                 withStore(config);
                                         });
        return;
    }
    withStore(m_options.store);
}

void HeadlessSync::withStore(const StoreConfig &store)
{
    const Store::Status status = Store::prepare(store);
    if (!status.ok) {
        fail(status.error, CannotStart);
        return;
    }
    if (!m_secrets
        && (!m_options.connection.passphraseKey.isEmpty()
            || m_options.exportSettings.target == CaseExporter::Target::Http))
        m_secrets = std::make_unique<KeychainSecretStore>();
    TlsConfigLoader::load(m_options.connection, m_secrets.get(), this,
                          [this, store](const TlsConfigLoader::Result &result) {
                              if (!result.ok()) {
                                  fail(result.error->userMessage(), CannotStart);
                                  return;
                              }
                              run(store, result.configuration);
                          });
}

void HeadlessSync::run(const StoreConfig &store, const QSslConfiguration &tls)
{
    m_writer = std::make_unique<StoreWriter>(store);
    m_client = std::make_unique<LvClient>(m_options.connection, tls);
    if (m_options.exportSettings.target != CaseExporter::Target::None) {
        m_exporter = std::make_unique<CaseExporter>(m_options.exportSettings, store, m_writer.get(),
                                                    m_secrets.get(), m_options.sync.actor);
    }
    SyncSettings sync = m_options.sync;
    sync.exportConfigured = m_exporter != nullptr;
    m_engine = std::make_unique<SyncEngine>(sync, m_client.get(), store, m_writer.get(),
                                            m_exporter.get());
    connect(m_engine.get(), &SyncEngine::progressChanged, this, &HeadlessSync::printProgress);
    connect(m_engine.get(), &SyncEngine::finished, this, [this](const SyncSummary &summary) {
        // The one clear error of a stopped run (its connection status says the same).
        if (!summary.error.isEmpty())
            printLine(stderr, summary.error);
        printLine(stdout, summaryLine(summary));
        const int code = summary.ok() ? Success : Incomplete;
        // Let the writer commit the last state changes before the process ends.
        QTimer::singleShot(0, this, [this, code]() {
            m_engine.reset();
            m_exporter.reset();
            m_client.reset();
            m_writer.reset();
            if (!m_done) {
                m_done = true;
                Q_EMIT done(code);
            }
        });
    });
    m_lastPrint.start();
    m_engine->syncNow();
}

void HeadlessSync::printProgress(const SyncProgress &progress)
{
    // A line when the phase changes and at most one a second otherwise.
    if (progress.phase == m_lastPhase && m_lastPrint.elapsed() < 1000)
        return;
    m_lastPhase = progress.phase;
    m_lastPrint.restart();
    if (progress.phase == SyncProgress::Phase::Idle)
        return;
    printLine(stderr, tr("%1: %2 of %3, %4 KB, %5 errors")
                          .arg(SyncEngine::phaseName(progress.phase))
                          .arg(progress.done)
                          .arg(progress.total)
                          .arg(progress.bytes / 1024)
                          .arg(progress.errors));
}

void HeadlessSync::fail(const QString &message, int code)
{
    printLine(stderr, message);
    QTimer::singleShot(0, this, [this, code]() {
        if (!m_done) {
            m_done = true;
            Q_EMIT done(code);
        }
    });
}

} // namespace lvdesk
