// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QObject;

namespace lvdesk {

class SecretStore;

// StoreConnection: opens the named Qt Sql connections of the store with the settings every
// connection needs (SQLite: WAL, synchronous=FULL, foreign keys, busy timeout, owner-only files;
// PostgreSQL: verified TLS, channel binding, search path). One named connection per thread, never
// shared between threads.
class StoreConnection
{
    Q_DECLARE_TR_FUNCTIONS(StoreConnection)

public:
    enum class Check {
        None,
        // Runs PRAGMA quick_check (SQLite) before anything else touches the file. A damaged file is
        // copied aside and refused with a message for IT support.
        Quick,
    };

    // Opens a new connection called name in the calling thread. On failure the connection is
    // removed again, an invalid database is returned and error says what to do.
    static QSqlDatabase open(const StoreConfig &config, const QString &name, QString *error,
                             Check check = Check::None);
    // Closes and removes the connection. Every QSqlDatabase copy of it must be gone already.
    static void close(const QString &name);
    // The audit key of the config the connection was opened with; empty when it had none.
    static QByteArray auditKey(const QSqlDatabase &db);
    // A connection name that is unique per thread and role ("reader", "writer" …).
    static QString nameForThisThread(const QString &role);

    static bool isPostgres(const QSqlDatabase &db);
    // The PostgreSQL role the server authenticated this connection as; empty on SQLite.
    static QString sessionUser(const QSqlDatabase &db);
    // Binds text to a NOT NULL column: Qt Sql binds a null QString as SQL NULL, so a missing
    // value becomes the empty string instead.
    static QString notNull(const QString &text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

    // Reads the PostgreSQL password from the keychain into a copy of config and answers through
    // done, in the thread of context. SQLite configurations are answered unchanged, and so is a
    // role with a client certificate that has no password stored.
    static void
    resolvePassword(const StoreConfig &config, SecretStore *secrets, QObject *context,
                    std::function<void(const StoreConfig &, const QString &error)> done);

    // The libpq options of a PostgreSQL connection: TLS mode (verify-full unless the server is on
    // this computer), CA, client certificate and key, and channel binding whenever a password
    // goes over TLS. Empty with error set when a value cannot be passed on safely.
    static QString postgresOptions(const StoreConfig &config, QString *error);

private:
    static bool configureSqlite(QSqlDatabase &db, QString *error);
    static bool quickCheckSqlite(QSqlDatabase &db, const QString &path, QString *error);
};

} // namespace lvdesk
