// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/caselistquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace lvdesk {

// CaseListModel: the case table over the store. It counts the matching cases once and fetches
// rows a page at a time as the view scrolls (canFetchMore/fetchMore); sorting and filtering are
// SQL, so 100,000 cases cost one page of memory, not one row object each.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ServiceColumn,
        CustomerColumn,
        MunicipalityColumn,
        ReceivedColumn,
        DeadlineColumn,
        StateColumn,
        HandlerColumn,
        TransferColumn,
        DeadlineSourceColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        DeadlineClassRole, // DeadlineClass as int
        DaysLeftRole, // int, or invalid without a deadline
        CustomerNameRole, // the customer's name alone, as stored
    };
    enum class DeadlineClass {
        None,
        Overdue,
        DueSoon, // today up to 7 days ahead
        Later,
    };

    explicit CaseListModel(QObject *parent = nullptr);
    ~CaseListModel() override;

    // The connection the model reads through (opened on this thread, kept by the caller).
    void setDatabase(const QSqlDatabase &db);
    void setFilter(const CaseListQuery::Filter &filter);
    // Both at once: one read instead of two.
    void setSource(const QSqlDatabase &db, const CaseListQuery::Filter &filter);
    CaseListQuery::Filter filter() const { return m_filter; }
    // "Today" for the days-left texts and the deadline windows (tests pin it).
    void setToday(const QDate &today);
    QDate today() const;
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    qint64 totalCount() const { return m_total; }
    qint64 caseIdAt(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 when not loaded
    QString lastError() const { return m_error; }

    // Reads again after the store changed, keeping as many rows loaded as before.
    void refresh();

    static DeadlineClass deadlineClass(const QDate &deadline, const QDate &today);
    // "⚠ 3 days overdue", "◷ 2 days left", "in 40 days": the class is readable without colour.
    static QString deadlineText(const QDate &deadline, const QDate &today);
    static QString deadlineKindName(const QString &kind); // translated
    static QString transferText(const CaseListQuery::Row &row); // translated
    static QString customerText(const CaseListQuery::Row &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After every reset (filter, sort, refresh): the number of matching cases.
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void reload(int rows);
    QString language() const;

    QSqlDatabase m_db;
    CaseListQuery::Filter m_filter;
    CaseListQuery::Sort m_sort;
    QList<CaseListQuery::Row> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    QDate m_today;
    QString m_error;
    // Guards against fetchMore from inside our own change signals (views and the model tester
    // ask for more rows while they handle a reset or an insertion).
    bool m_changing = false;
};

} // namespace lvdesk
