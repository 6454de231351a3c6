// SPDX-License-Identifier: EUPL-1.2

#include "synclock.h"

#include "storeconnection.h"
#include "storelog.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

SyncLock::SyncLock(const StoreConfig &config)
    : m_config(config)
{ }

SyncLock::~SyncLock()
{
    release();
}

bool SyncLock::tryAcquire(QString *error)
{
    if (error)
        error->clear();
    if (m_held)
        return true;

    if (m_config.driver == StoreConfig::Driver::Sqlite) {
        const QString path = QFileInfo(m_config.effectiveSqlitePath()).absolutePath();
        QDir().mkpath(path);
        m_lockFile = std::make_unique<QLockFile>(QDir(path).filePath(u"sync.lock"_s));
        m_lockFile->setStaleLockTime(0); // only a dead owner makes the lock stale
        if (m_lockFile->tryLock(0)) {
            m_held = true;
            return true;
        }
        if (m_lockFile->error() != QLockFile::LockFailedError && error)
            *error = tr("The sync lock file in %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(path));
        m_lockFile.reset();
        return false;
    }

    m_connectionName = StoreConnection::nameForThisThread(
        u"synclock-"_s + QString::number(reinterpret_cast<quintptr>(this), 16));
    QSqlDatabase db = StoreConnection::open(m_config, m_connectionName, error);
    if (!db.isValid()) {
        m_connectionName.clear();
        return false;
    }
    bool held = false;
    {
        QSqlQuery q(db);
        if (q.exec(u"SELECT pg_try_advisory_lock(1819632002, hashtext(current_schema()))"_s)
            && q.next()) {
            held = q.value(0).toBool();
        } else if (error) {
            *error = tr("The sync lock cannot be requested from the shared database: %1")
                         .arg(q.lastError().text());
        }
    }
    if (held) {
        m_held = true;
        return true;
    }
    db = QSqlDatabase();
    StoreConnection::close(m_connectionName);
    m_connectionName.clear();
    return false;
}

void SyncLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_lockFile) {
        m_lockFile->unlock();
        m_lockFile.reset();
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        QSqlQuery q(db);
        if (!q.exec(u"SELECT pg_advisory_unlock(1819632002, hashtext(current_schema()))"_s))
            qCWarning(lcStore) << "Releasing the sync lock failed; closing its connection frees it";
    }
    // Closing the session frees the lock in any case.
    StoreConnection::close(m_connectionName);
    m_connectionName.clear();
}

} // namespace lvdesk
