// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/transferlistquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace lvdesk {

// TransferListModel: inbound, export and outbound items with their state, attempts, last error
// and next retry, newest first, fetched a page at a time.
class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DirectionColumn,
        CaseColumn,
        ItemColumn,
        StateColumn,
        AttemptsColumn,
        ErrorColumn,
        NextRetryColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // TransferListQuery::Kind as int
        ItemIdRole, // event, case or outbox id
        CaseIdRole,
        ProblemRole, // bool
        RetryableRole, // bool: Retry now applies
        ExternalIdRole, // the action's externalId, for an action that was not received
        HandleableRole, // bool: Mark as handled outside lvdesk applies
    };

    explicit TransferListModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setFilter(const TransferListQuery::Filter &filter);
    TransferListQuery::Filter filter() const { return m_filter; }
    void refresh();
    qint64 totalCount() const { return m_total; }
    const TransferListQuery::Row *rowAt(int row) const;

    static QString directionName(TransferListQuery::Kind kind); // translated
    static QString stateName(const TransferListQuery::Row &row); // translated, with a mark
    static bool isRetryable(const TransferListQuery::Row &row);
    // The last error in words: for actions and attachments that were not received, the reason in
    // the UI language and its technical detail.
    static QString errorText(const TransferListQuery::Row &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalChanged(qint64 total);

private:
    void reload(int rows);

    QSqlDatabase m_db;
    TransferListQuery::Filter m_filter;
    QList<TransferListQuery::Row> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_changing = false;
};

} // namespace lvdesk
