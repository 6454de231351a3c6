// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/auditquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace lvdesk {

// AuditModel: the audit trail, newest first, a page at a time, narrowed by a search text.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setSearch(const QString &text);
    void refresh();
    qint64 totalCount() const { return m_total; }

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
    QString m_search;
    QList<AuditQuery::Row> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 200;
    bool m_changing = false;
};

} // namespace lvdesk
