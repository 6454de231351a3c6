// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// DeadlineStore: the dates a case must meet (statutory processing time, supplement due dates,
// event dates the customer gave), for the deadline list and the case view.
class DeadlineStore
{
public:
    struct Deadline
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QString kind; // "statutory", "supplement", "eventDate", "requestedBy"
        QDate dueDate;
        QString source; // what set it: a form field id, an outbox messageId …
        bool done = false;
    };

    explicit DeadlineStore(QSqlDatabase db);

    // Sets (or moves) the deadline of this kind and source for a case.
    bool set(qint64 caseId, const QString &kind, const QDate &dueDate, const QString &source,
             const QString &actor, QString *error = nullptr);
    bool markDone(qint64 deadlineId, const QString &actor, QString *error = nullptr);
    QList<Deadline> forCase(qint64 caseId) const;
    // Open deadlines due on or before the date, earliest first.
    QList<Deadline> dueBy(const QDate &date, int limit = 1000) const;

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
