// SPDX-License-Identifier: EUPL-1.2

#include "deadlinestore.h"

#include "audittrail.h"
#include "storeclock.h"
#include "storeconnection.h"
#include "storetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

const QString columns = u"SELECT id, case_id, kind, due_date, source, done FROM deadlines "_s;

DeadlineStore::Deadline deadlineFrom(const QSqlQuery &q)
{
    DeadlineStore::Deadline d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.kind = q.value(2).toString();
    d.dueDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.source = q.value(4).toString();
    d.done = q.value(5).toInt() != 0;
    return d;
}

} // namespace

DeadlineStore::DeadlineStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool DeadlineStore::set(qint64 caseId, const QString &kind, const QDate &dueDate,
                        const QString &source, const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO deadlines (case_id, kind, due_date, source, done, created_at) "
              "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (case_id, kind, source) DO UPDATE SET "
              "due_date = excluded.due_date, done = 0"_s);
    q.addBindValue(caseId);
    q.addBindValue(kind);
    q.addBindValue(dueDate.toString(Qt::ISODate));
    q.addBindValue(StoreConnection::notNull(source));
    q.addBindValue(StoreClock::now());
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (!AuditTrail(m_db).append(actor, u"deadline.set"_s, u"case:"_s + QString::number(caseId),
                                 {{u"kind"_s, kind}, {u"dueDate"_s, dueDate.toString(Qt::ISODate)}},
                                 error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool DeadlineStore::markDone(qint64 deadlineId, const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE deadlines SET done = 1 WHERE id = ?"_s);
    q.addBindValue(deadlineId);
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (!AuditTrail(m_db).append(actor, u"deadline.done"_s,
                                 u"deadline:"_s + QString::number(deadlineId), {}, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QList<DeadlineStore::Deadline> DeadlineStore::forCase(qint64 caseId) const
{
    QList<Deadline> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(columns + u"WHERE case_id = ? ORDER BY due_date, id"_s);
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            list << deadlineFrom(q);
    }
    return list;
}

QList<DeadlineStore::Deadline> DeadlineStore::dueBy(const QDate &date, int limit) const
{
    QList<Deadline> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(columns + u"WHERE done = 0 AND due_date <= ? ORDER BY due_date, id LIMIT ?"_s);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list << deadlineFrom(q);
    }
    return list;
}

} // namespace lvdesk
