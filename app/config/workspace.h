// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "config/profile.h"
#include "store/storeconfig.h"

#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>

namespace lvdesk {

class CaseActions;
struct ConnectionSettings;
class CaseExporter;
class ChangeNotifier;
class LvClient;
class ReplyWatcher;
class SecretStore;
class StoreWriter;
class SyncEngine;

// Workspace: everything one open connection profile needs, put together once: the store (checked,
// migrated), its writer thread, the interface client with its TLS material, the sync engine, the
// export to the case register and the officer actions. The window and the headless sync both run on
// a Workspace, so they behave alike.
class Workspace : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profilePath;
        Profile profile;
        QString dataDir; // empty: the user's data folder
        QString officer; // login of the workstation user: handler, audit actor, X-Road-UserId
        QString officerFullName; // the officer's full name as the system knows it; may be empty
        SecretStore *secrets = nullptr; // not owned; must outlive the workspace
    };

    explicit Workspace(const Options &options, QObject *parent = nullptr);
    ~Workspace() override;

    // Reads the secrets it needs from the keychain (PostgreSQL password, certificate passphrase),
    // prepares the store and builds the parts. Asynchronous: ready() or failed() follows once.
    void open();
    bool isReady() const;

    const Profile &profile() const;
    QString profilePath() const;
    QString officer() const;
    // "Full Name (login)", or the login alone: who the window says is signed in.
    QString officerDisplayName() const;
    // The store, with the password resolved: each reader opens its own named connection with it.
    StoreConfig storeConfig() const;
    SecretStore *secrets() const;

    // Valid after ready(); owned by the workspace.
    StoreWriter *writer() const;
    LvClient *client() const;
    SyncEngine *sync() const;
    CaseExporter *exporter() const; // null when no export target is configured
    ReplyWatcher *replies() const; // null when no replies folder is configured
    CaseActions *actions() const;

    // The store a profile names, without its secrets (the data folder: dataDir, or the user's).
    static StoreConfig storeConfigFor(const Profile &profile, const QString &dataDir);

    // Why the audit trail failed its check (at the start or before an export), translated;
    // empty while it is intact.
    QString auditProblem() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message); // translated, for the officer or IT support
    // The audit trail failed its check: someone changed, removed or added entries outside
    // lvdesk. The window shows it in red; exports wait.
    void auditTrailBroken(const QString &problem);
    // Cases changed (this workstation's sync or actions, or another workstation in shared mode).
    void casesChanged();

private:
    // Runs work on a thread of its own, then then() in this object's thread.
    void offThread(std::function<void()> work, std::function<void()> then);
    void readStoreSecrets(const QString &storeKeyPassphraseKey);
    void prepareStore();
    void readAuditKey();
    void checkAuditTrail();
    void createAuditKey();
    void reportAuditProblem(const QString &problem);
    void loadTls();
    void build(const ConnectionSettings &settings, const QSslConfiguration &tls);

    struct Parts;
    Options m_options;
    StoreConfig m_storeConfig;
    QString m_passphraseKey; // keychain key of the client certificate's passphrase, if any
    QString m_auditProblem;
    std::unique_ptr<Parts> m_parts;
    bool m_ready = false;
};

} // namespace lvdesk
