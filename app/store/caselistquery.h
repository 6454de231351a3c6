// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <utility>

namespace lvdesk {

// CaseListQuery: the read side of the case lists. Filtering, searching and sorting happen in SQL
// and rows come a page at a time, so a list over 100,000 cases never holds them all in memory.
class CaseListQuery
{
    Q_DECLARE_TR_FUNCTIONS(CaseListQuery)

public:
    enum class Scope {
        All,
        ToReview, // new or in review
        Mine, // the officer's open cases
        OpenDeadlines, // open cases with a deadline
    };
    enum class DeadlineWindow {
        Any,
        Overdue,
        Within7Days, // today up to 7 days ahead
        Later, // more than 7 days ahead
        NoDeadline,
    };
    enum class Column {
        Service,
        Customer,
        Municipality,
        Received,
        Deadline,
        State,
        Handler,
        Transfer,
    };

    struct Filter
    {
        Scope scope = Scope::All;
        QString officer; // for Scope::Mine
        QString search; // matched against search_text, case-insensitively
        QString serviceCode;
        QString state; // CaseState storage name
        QString handler;
        DeadlineWindow deadline = DeadlineWindow::Any;
        QDate today; // invalid: the current date
    };

    struct Sort
    {
        Column column = Column::Received;
        Qt::SortOrder order = Qt::DescendingOrder;
        QString language = QStringLiteral("en"); // which service name column sorts Service
    };

    struct Row
    {
        qint64 id = 0;
        QString projectPartId;
        QString serviceCode;
        QString serviceNameFi, serviceNameSv, serviceNameEn;
        QString customerName;
        QString customerKind;
        QString customerIdMasked;
        QString municipalityCode;
        QDateTime receivedAt;
        QDate deadlineDate; // invalid: no open deadline
        QString deadlineKind;
        QString deadlineSource;
        QString state; // CaseState storage name
        QString handler;
        QString diaryNumber;
        QString exportState; // ExportState storage name or empty
        int exportAttempts = 0;
        QString exportError;
        int outboxPending = 0; // queued, sending or retrying writes
        int outboxFailed = 0;

        QString serviceName(const QString &language) const;
    };

    explicit CaseListQuery(QSqlDatabase db);

    // Number of cases the filter matches; -1 on error.
    qint64 count(const Filter &filter, QString *error = nullptr) const;
    QList<Row> page(const Filter &filter, const Sort &sort, qint64 offset, int limit,
                    QString *error = nullptr) const;

    // The choices of the filter bar: service codes with their name in language.
    QList<std::pair<QString, QString>> services(const QString &language) const;
    QStringList handlers() const;

    // The search text as the store keeps it (lower case, single spaces).
    static QString normalizedSearch(const QString &text);

private:
    enum class ColumnUse {
        Count,
        Page
    };
    QString whereClause(const Filter &filter, QVariantList *values, ColumnUse use) const;

    QSqlDatabase m_db;
};

} // namespace lvdesk
