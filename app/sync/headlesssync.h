#pragma once

// HeadlessSync: one full sync without a display (lvdesk --sync-once), for IT admins, scheduled
// jobs and benchmarks: prepares the store, loads the TLS material, runs the SyncEngine once,
// writes progress to stderr and one summary line to stdout, and answers with the exit code.

#include "lv/connectionsettings.h"
#include "store/storeconfig.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"
#include "transfer/caseexporter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

namespace lvdesk {

class KeychainSecretStore;
class LvClient;
class StoreWriter;

class HeadlessSync : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Success = 0, // everything stored, acknowledged, delivered and exported
        Incomplete = 1, // the sync ran but something failed or it stopped with an error
        CannotStart = 2, // profile, store or certificate problems: nothing was synced
    };

    struct Options
    {
        ConnectionSettings connection;
        StoreConfig store;
        SyncSettings sync;
        CaseExporter::Settings exportSettings;
    };

    explicit HeadlessSync(const Options &options, QObject *parent = nullptr);
    ~HeadlessSync() override;

    // Starts the run; done() follows exactly once, later.
    void start();
    // The summary line printed on stdout, e.g. "new=12 updated=1 acknowledged=13 delivered=12
    // failed=0".
    static QString summaryLine(const SyncSummary &summary);

Q_SIGNALS:
    void done(int exitCode);

private:
    void withStore(const StoreConfig &store);
    void run(const StoreConfig &store, const QSslConfiguration &tls);
    void fail(const QString &message, int code);
    void printProgress(const SyncProgress &progress);

    Options m_options;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<LvClient> m_client;
    std::unique_ptr<CaseExporter> m_exporter;
    std::unique_ptr<SyncEngine> m_engine;
    SyncProgress::Phase m_lastPhase = SyncProgress::Phase::Idle;
    QElapsedTimer m_lastPrint;
    bool m_done = false;
};

} // namespace lvdesk
