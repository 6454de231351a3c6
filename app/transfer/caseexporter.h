// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"
#include "transfer/exportformat.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace lvdesk {

class ExportDelivery;
class HttpExportTarget;
class SecretStore;
class StoreWriter;

// CaseExporter: moves approved and automatically registered cases into the authority's case
// register (a drop folder the register watches, or an HTTP endpoint) in the configured format
// (ExportFormat: lvdesk's own package, or asianhallinta 1.3), one transfer item at a time per case
// with its own state (pending → exporting → exported | failed), attempts, error and next try, all
// persisted, so backoff survives restarts. A case's later actions go as its next transfer item.
// Runs on the main thread; building and file I/O happen off it.
class CaseExporter : public QObject
{
    Q_OBJECT

public:
    enum class Target {
        None,
        Folder,
        Http
    };

    struct Settings
    {
        Target target = Target::None;
        QString folder; // Folder: the drop folder
        QUrl url; // Http: the register's import endpoint; its bearer token is kept in the
                  // keychain under SecretKeys::exportToken(url), bound to the URL's origin
        int timeoutSeconds = 60;
        ExportFormat::Kind format = ExportFormat::Kind::Package; // unless chosen for the case
        ExportFormat::Settings formatSettings;
        QString workDirectory; // private: zips waiting to be posted
    };

    CaseExporter(const Settings &settings, const StoreConfig &readerConfig, StoreWriter *writer,
                 SecretStore *secrets, const QString &actor, QObject *parent = nullptr);
    ~CaseExporter() override;

    bool isConfigured() const;
    bool isRunning() const;

    // Exports every case whose export is pending, or failed with its next attempt due, one at a
    // time. Asynchronous; finished() follows exactly once per call (at once, with zeros, when no
    // target is configured or nothing is due). A call while running joins the running round.
    void exportDue();

    // Seconds until the next try after the given number of failed attempts: doubling from
    // firstRetrySeconds up to maxRetrySeconds, each drawn at random from its upper half so that
    // workstations do not retry in step.
    static qint64 retryDelaySeconds(int failedAttempts);
    static constexpr qint64 firstRetrySeconds = 60;
    static constexpr qint64 maxRetrySeconds = 6 * 3600;

Q_SIGNALS:
    void caseExported(qint64 caseId, const QString &diaryNumber);
    void caseFailed(qint64 caseId, const QString &error);
    // The audit trail failed the check made before every export; nothing is exported until it
    // passes again.
    void auditTrailBroken(const QString &problem);
    void finished(int exported, int failed);

private:
    struct Attempt
    {
        qint64 caseId = 0;
        int failedAttempts = 0; // before this attempt
        QString messageId; // the transfer item
    };

    void startRound();
    void findNext();
    void begin(const Attempt &attempt);
    void buildAndPublish(const Attempt &attempt);
    void postOverHttp(const Attempt &attempt, const std::shared_ptr<ExportDelivery> &delivery);
    void succeed(const Attempt &attempt, const QString &detail, const QString &registerDiary);
    void fail(const Attempt &attempt, const QString &error, bool retryable);
    void finishRound();

    Settings m_settings;
    StoreConfig m_readerConfig;
    StoreWriter *m_writer;
    SecretStore *m_secrets;
    QString m_actor;
    QThreadPool m_pool; // one worker: package building and drop-folder writes, off the main thread
    QNetworkAccessManager *m_network = nullptr;
    HttpExportTarget *m_http = nullptr;
    bool m_running = false;
    int m_calls = 0; // exportDue() calls answered by the running round
    int m_exported = 0;
    int m_failed = 0;
    QSet<qint64> m_tried; // cases already attempted in this round
    QByteArray m_token; // the bearer token, kept only for the running round
};

} // namespace lvdesk
