// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace lvdesk {

// SyncLock: only one workstation at a time runs the background sync. PostgreSQL: a session
// advisory lock (pg_try_advisory_lock) held on a dedicated connection while syncing; the server
// frees it if the workstation dies. SQLite: a lock file beside the database (stale locks of dead
// processes are taken over).
class SyncLock
{
    Q_DECLARE_TR_FUNCTIONS(SyncLock)

public:
    explicit SyncLock(const StoreConfig &config);
    ~SyncLock();

    SyncLock(const SyncLock &) = delete;
    SyncLock &operator=(const SyncLock &) = delete;

    // True when this object now holds the lock. False with an empty error when another
    // workstation (or process) holds it; false with error set when the lock cannot be asked for.
    bool tryAcquire(QString *error = nullptr);
    void release();
    bool isHeld() const { return m_held; }

private:
    StoreConfig m_config;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lockFile;
    bool m_held = false;
};

} // namespace lvdesk
