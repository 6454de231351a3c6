// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

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
    // libpq sslmode ("require", "verify-full" …); empty = libpq's default ("prefer").
    QString sslMode;
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
};

} // namespace lvdesk
