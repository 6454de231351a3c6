// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// StoreTransaction: one atomic unit of work on a connection. The outermost one is a real
// transaction (BEGIN IMMEDIATE on SQLite, so that a writer never fails half-way on a lock upgrade);
// nested ones are savepoints, so that the writer can batch many jobs in one transaction and still
// undo exactly the job that failed. On PostgreSQL the outermost one also takes the store's write
// lock, so writers of several workstations queue instead of deadlocking. Rolls back on destruction
// unless committed.
class StoreTransaction
{
    Q_DECLARE_TR_FUNCTIONS(StoreTransaction)

public:
    explicit StoreTransaction(QSqlDatabase db);
    ~StoreTransaction();

    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool isOutermost() const { return m_depth == 1; }
    QString error() const { return m_error; }

    bool commit();
    void rollback();

    // True while a StoreTransaction is open on this connection in this thread.
    static bool inTransaction(const QSqlDatabase &db);

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    int m_depth = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace lvdesk
