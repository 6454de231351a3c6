// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lvdesk {

// StoreConfig: where the store lives. SQLite (one workstation, a file in the user's data folder) or
// a shared PostgreSQL database for an authority with several officers. Filled from the profile; the
// PostgreSQL password comes from the keychain (see StoreConnection::resolvePassword).
struct StoreConfig
{
    enum class Driver {
        Sqlite,
        Postgresql
    };

    Driver driver = Driver::Sqlite;

    // Folder for the SQLite file, the attachment blobs and the SQLite sync lock.
    QString dataDirectory;
    // SQLite file; empty = "lvdesk.sqlite" in dataDirectory.
    QString sqlitePath;

    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // never logged, never written to a file
    // libpq sslmode ("verify-full", "verify-ca", "require", "prefer" …); empty = defaultSslMode().
    QString sslMode;
    QString sslRootCert; // the CA certificate(s) the server's certificate must chain to (PEM)
    QString sslCert; // optional client certificate (PEM) …
    QString sslKey; // … and its private key (PEM)
    QString sslPassword; // passphrase of sslKey, from the keychain; never logged
    // The key that signs the audit trail (SecretKeys::auditKey(identity()), from the keychain);
    // every connection opened with this config signs with it. Never logged.
    QByteArray auditKey;
    // PostgreSQL schema holding lvdesk's tables; empty = the role's default search path.
    QString schema;

    // The data folder of the running user (QStandardPaths::AppLocalDataLocation).
    static QString defaultDataDirectory();

    QString effectiveSqlitePath() const;
    QString blobDirectory() const;
    // The keychain key under which the PostgreSQL password is kept for this server, database and
    // role.
    QString passwordKey() const;
    // Host, port, database and role for messages and logs (no password).
    QString describe() const;
    // The database itself, for keys that belong to it rather than to a role: "sqlite:<path>" or
    // "postgresql://<host>:<port>/<database>" (with "#<schema>" when one is set).
    QString identity() const;

    // sslMode, or when it is empty: "verify-full" for a server reached over the network, "prefer"
    // for a Unix socket (host starting with "/") or a loopback IP literal, whose traffic does not
    // leave the workstation.
    QString effectiveSslMode() const;
    static QString defaultSslMode(const QString &host);
    // Whether the mode checks the server's certificate against sslRootCert.
    static bool verifiesServer(const QString &sslMode);
    // The libpq sslmode values.
    static QStringList sslModes();
};

} // namespace lvdesk
