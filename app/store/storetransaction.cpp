// SPDX-License-Identifier: EUPL-1.2

#include "storetransaction.h"

#include "storeconnection.h"
#include "storelog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
// Nesting depth per connection. Connections are never shared between threads, so a per-thread
// table keyed by connection name is exact.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> table;
    return table;
}
} // namespace

StoreTransaction::StoreTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    const int next = depth + 1;
    const QString sql = next > 1 ? u"SAVEPOINT lvdesk_sp"_s + QString::number(next)
                        : StoreConnection::isPostgres(m_db) ? u"BEGIN"_s
                                                            : u"BEGIN IMMEDIATE"_s;
    bool ok = exec(sql);
    // Writers on several workstations take the same lock first, before any row lock: their
    // transactions queue up instead of deadlocking (and the audit chain needs the order anyway).
    if (ok && next == 1 && StoreConnection::isPostgres(m_db)
        && !exec(u"SELECT pg_advisory_xact_lock(1819632001, hashtext(current_schema()))"_s)) {
        exec(u"ROLLBACK"_s);
        ok = false;
    }
    if (ok) {
        depth = next;
        m_depth = next;
        m_active = true;
    }
}

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        rollback();
}

bool StoreTransaction::inTransaction(const QSqlDatabase &db)
{
    return depths().value(db.connectionName()) > 0;
}

bool StoreTransaction::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (m_error.isEmpty())
        m_error = tr("The database refused a transaction step: %1").arg(q.lastError().text());
    qCWarning(lcStore) << "Transaction step failed:" << sql << q.lastError().nativeErrorCode();
    return false;
}

bool StoreTransaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = m_depth > 1 ? exec(u"RELEASE SAVEPOINT lvdesk_sp"_s + QString::number(m_depth))
                                : exec(u"COMMIT"_s);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth - 1;
    return true;
}

void StoreTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth > 1) {
        const QString sp = u"lvdesk_sp"_s + QString::number(m_depth);
        if (exec(u"ROLLBACK TO SAVEPOINT "_s + sp))
            exec(u"RELEASE SAVEPOINT "_s + sp);
    } else {
        exec(u"ROLLBACK"_s);
    }
    m_active = false;
    depths()[m_db.connectionName()] = m_depth - 1;
}

} // namespace lvdesk
