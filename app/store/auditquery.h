// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// AuditQuery: the audit trail for reading in the window, newest first, a page at a time, optionally
// narrowed to entries whose action, subject or actor contain a text.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    struct Row
    {
        qint64 seq = 0;
        QString at; // UTC text as stored
        QString actor;
        QString action;
        QString subject;
        QString details; // canonical JSON as stored
    };

    explicit AuditQuery(QSqlDatabase db);

    qint64 count(const QString &contains, QString *error = nullptr) const;
    QList<Row> page(const QString &contains, qint64 offset, int limit,
                    QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
