// SPDX-License-Identifier: EUPL-1.2

#include "storeconnection.h"

#include "privatefiles.h"
#include "secrets/secretstore.h"
#include "storelog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
constexpr int busyTimeoutMs = 15000;

// The audit key of each open connection, by connection name: the stores sign through the
// QSqlDatabase they were given, which cannot carry it itself.
QMutex auditKeysMutex;
QHash<QString, QByteArray> &auditKeys()
{
    static QHash<QString, QByteArray> keys;
    return keys;
}
} // namespace

QSqlDatabase StoreConnection::open(const StoreConfig &config, const QString &name, QString *error,
                                   Check check)
{
    QString problem;
    {
        QSqlDatabase db;
        if (config.driver == StoreConfig::Driver::Sqlite) {
            const QString path = config.effectiveSqlitePath();
            const QFileInfo info(path);
            // The database is created owner-only before SQLite touches it: SQLite gives its
            // write-ahead log and shared memory the database file's permissions.
            if (PrivateFiles::makeDirectory(info.absolutePath(), &problem)) {
                if (!info.exists() && !info.isSymLink())
                    PrivateFiles::createFile(path);
                db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs));
                if (!db.open()) {
                    problem = tr("The local database %1 cannot be opened: %2")
                                  .arg(QDir::toNativeSeparators(path), db.lastError().text());
                } else if (check == Check::Quick && !quickCheckSqlite(db, path, &problem)) {
                    // problem is set
                } else if (configureSqlite(db, &problem)) {
                    // A database from before these rules, or files another program made.
                    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                        PrivateFiles::restrictFile(path + suffix);
                }
            }
        } else {
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.user);
            db.setPassword(config.password);
            const QString options = postgresOptions(config, &problem);
            if (problem.isEmpty()) {
                db.setConnectOptions(options);
                if (!db.open())
                    problem = tr("The shared database %1 cannot be reached: %2 Check the store "
                                 "settings in the profile and the password in the keychain.")
                                  .arg(config.describe(), db.lastError().text());
            }
            if (!problem.isEmpty()) {
                // reported below
            } else {
                // Server notices (e.g. "already exists, skipping") are not for the officer.
                QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s);
            }
            if (problem.isEmpty() && db.isOpen() && !config.schema.isEmpty()) {
                QSqlQuery q(db);
                const QString schema
                    = db.driver()->escapeIdentifier(config.schema, QSqlDriver::TableName);
                if (!q.exec(u"SET search_path TO "_s + schema))
                    problem = tr("The schema %1 of the shared database cannot be used: %2")
                                  .arg(config.schema, q.lastError().text());
            }
        }
        if (problem.isEmpty()) {
            if (error)
                error->clear();
            const QMutexLocker lock(&auditKeysMutex);
            if (config.auditKey.isEmpty())
                auditKeys().remove(name);
            else
                auditKeys().insert(name, config.auditKey);
            return db;
        }
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    qCWarning(lcStore) << "Opening the store failed:" << config.describe();
    if (error)
        *error = problem;
    return {};
}

QByteArray StoreConnection::auditKey(const QSqlDatabase &db)
{
    const QMutexLocker lock(&auditKeysMutex);
    return auditKeys().value(db.connectionName());
}

void StoreConnection::close(const QString &name)
{
    {
        const QMutexLocker lock(&auditKeysMutex);
        auditKeys().remove(name);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString StoreConnection::nameForThisThread(const QString &role)
{
    return u"lvdesk-"_s + role + u'-'
           + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

bool StoreConnection::isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

QString StoreConnection::sessionUser(const QSqlDatabase &db)
{
    if (!isPostgres(db))
        return {};
    QSqlQuery q(db);
    return q.exec(u"SELECT session_user"_s) && q.next() ? q.value(0).toString() : QString();
}

QString StoreConnection::postgresOptions(const StoreConfig &config, QString *error)
{
    // Qt hands these to libpq with every ";" turned into a space, so no value may hold one;
    // values are quoted as libpq reads them.
    auto quoted = [](QString value) -> QString {
        value.replace(u'\\', u"\\\\"_s);
        value.replace(u'\'', u"\\'"_s);
        return u'\'' + value + u'\'';
    };
    const QString mode = config.effectiveSslMode();
    QString options = u"connect_timeout=15;application_name=lvdesk;sslmode="_s + mode;
    const QList<std::pair<QString, QString>> values = {{u"sslrootcert"_s, config.sslRootCert},
                                                       {u"sslcert"_s, config.sslCert},
                                                       {u"sslkey"_s, config.sslKey},
                                                       {u"sslpassword"_s, config.sslPassword}};
    for (const auto &[key, value] : values) {
        if (value.isEmpty())
            continue;
        if (value.contains(u';')) {
            *error = key == u"sslpassword"_s
                         ? tr("The passphrase of the shared database's client key contains \";\", "
                              "which the database driver cannot pass on. Give the key another "
                              "passphrase.")
                         : tr("The path %1 contains \";\", which the database driver cannot pass "
                              "on. Move the file.")
                               .arg(QDir::toNativeSeparators(value));
            return {};
        }
        options += u';' + key + u'=' + quoted(value);
    }
    if (StoreConfig::verifiesServer(mode) && !QFileInfo(config.sslRootCert).isReadable()) {
        *error = tr("The certificate authority file %1 (store/sslRootCert) cannot be read, so the "
                    "shared database server cannot be verified.")
                     .arg(QDir::toNativeSeparators(config.sslRootCert));
        return {};
    }
    // With a password over TLS, SCRAM binds the login to this very TLS channel, so a server in the
    // middle cannot pass it on. A client certificate logs in without a password.
    if (mode != u"disable"_s && mode != u"allow"_s && mode != u"prefer"_s
        && config.sslCert.isEmpty())
        options += u";channel_binding=require"_s;
    return options;
}

bool StoreConnection::configureSqlite(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // WAL lets readers work while the writer commits; synchronous=FULL makes a committed (and so
    // acknowledged) ingest survive a power loss, not only a crash of lvdesk.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        *error = tr("The local database %1 cannot switch to write-ahead logging: %2")
                     .arg(QDir::toNativeSeparators(db.databaseName()), q.lastError().text());
        return false;
    }
    const QStringList pragmas = {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
                                 u"PRAGMA busy_timeout="_s + QString::number(busyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = tr("The local database %1 cannot be configured: %2")
                         .arg(QDir::toNativeSeparators(db.databaseName()), q.lastError().text());
            return false;
        }
    }
    return true;
}

bool StoreConnection::quickCheckSqlite(QSqlDatabase &db, const QString &path, QString *error)
{
    QStringList findings;
    bool ran = false;
    {
        QSqlQuery q(db);
        if (q.exec(u"PRAGMA quick_check"_s)) {
            ran = true;
            while (q.next())
                findings << q.value(0).toString();
        } else {
            findings << q.lastError().text();
        }
    }
    if (ran && findings == QStringList{u"ok"_s})
        return true;

    db.close();
    // Keep the damaged file (with its write-ahead log) for IT support before anyone touches it.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString copy = path + u".damaged-"_s + stamp;
    bool copied = PrivateFiles::copyFile(path, copy);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            copied = PrivateFiles::copyFile(path + suffix, copy + suffix) && copied;
    }
    qCCritical(lcStore) << "The local database failed its quick check; copy kept:" << copied;
    const QString detail = findings.mid(0, 3).join(u"; "_s);
    if (copied) {
        *error = tr("The local database %1 is damaged (%2). lvdesk did not change it; a copy was "
                    "kept as %3. Restore the database from a backup, or ask IT support.")
                     .arg(QDir::toNativeSeparators(path), detail, QDir::toNativeSeparators(copy));
    } else {
        *error = tr("The local database %1 is damaged (%2), and a copy could not be kept. Do not "
                    "delete the file; restore it from a backup, or ask IT support.")
                     .arg(QDir::toNativeSeparators(path), detail);
    }
    return false;
}

void StoreConnection::resolvePassword(
    const StoreConfig &config, SecretStore *secrets, QObject *context,
    std::function<void(const StoreConfig &, const QString &error)> done)
{
    if (config.driver == StoreConfig::Driver::Sqlite || !secrets) {
        QMetaObject::invokeMethod(
            context,
            [config, done, noSecrets = config.driver == StoreConfig::Driver::Postgresql] {
                done(config, noSecrets
                                 ? tr("No keychain is available for the shared database password.")
                                 : QString());
            },
            Qt::QueuedConnection);
        return;
    }
    secrets->read(config.passwordKey(), context, [config, done](const SecretStore::Result &result) {
        StoreConfig resolved = config;
        // A role that logs in with a client certificate needs no password.
        if (result.error == SecretStore::Error::NotFound && !config.sslCert.isEmpty()) {
            done(resolved, QString());
            return;
        }
        if (!result.ok()) {
            done(resolved, tr("The password of the shared database %1 could not be read "
                              "from the keychain: %2")
                               .arg(config.describe(), result.message));
            return;
        }
        resolved.password = QString::fromUtf8(result.secret);
        done(resolved, QString());
    });
}

} // namespace lvdesk
