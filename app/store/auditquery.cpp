// SPDX-License-Identifier: EUPL-1.2

#include "auditquery.h"

#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QString where(const QString &contains, QVariantList *values)
{
    const QString text = contains.trimmed().toLower();
    if (text.isEmpty())
        return {};
    QString pattern = text;
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    pattern = u'%' + pattern + u'%';
    for (int i = 0; i < 3; ++i)
        values->append(pattern);
    return u" WHERE LOWER(action) LIKE ? ESCAPE '\\' OR LOWER(subject) LIKE ? ESCAPE '\\'"
           " OR LOWER(actor) LIKE ? ESCAPE '\\'"_s;
}

} // namespace

AuditQuery::AuditQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 AuditQuery::count(const QString &contains, QString *error) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM audit_trail"_s + where(contains, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "audit count failed:" << q.lastError().text();
        if (error)
            *error = tr("The audit trail could not be read from the store.");
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<AuditQuery::Row> AuditQuery::page(const QString &contains, qint64 offset, int limit,
                                        QString *error) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, at, actor, action, subject, details FROM audit_trail"_s
              + where(contains, &values) + u" ORDER BY seq DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcStore) << "audit page failed:" << q.lastError().text();
        if (error)
            *error = tr("The audit trail could not be read from the store.");
        return rows;
    }
    while (q.next()) {
        rows.append(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return rows;
}

} // namespace lvdesk
