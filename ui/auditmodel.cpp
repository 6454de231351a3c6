// SPDX-License-Identifier: EUPL-1.2

#include "auditmodel.h"

#include "store/storeclock.h"

#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace lvdesk {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload(m_pageSize);
}

void AuditModel::setSearch(const QString &text)
{
    m_search = text;
    reload(m_pageSize);
}

void AuditModel::refresh()
{
    reload(qMax(m_pageSize, int(m_rows.size())));
}

void AuditModel::reload(int rows)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        const AuditQuery query(m_db);
        m_total = qMax<qint64>(0, query.count(m_search));
        if (m_total > 0)
            m_rows = query.page(m_search, 0, rows);
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditQuery::Row> more = AuditQuery(m_db).page(m_search, m_rows.size(), m_pageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditQuery::Row &row = m_rows.at(index.row());
    QString text;
    switch (Column(index.column())) {
    case SeqColumn:
        if (role == Qt::DisplayRole)
            return row.seq;
        text = QString::number(row.seq);
        break;
    case TimeColumn:
        text = QLocale().toString(StoreClock::fromText(row.at).toLocalTime(),
                                  u"d.M.yyyy HH:mm:ss"_s);
        break;
    case ActorColumn:
        text = row.actor;
        break;
    case ActionColumn:
        text = row.action;
        break;
    case SubjectColumn:
        text = row.subject;
        break;
    case DetailsColumn:
        text = row.details;
        break;
    case ColumnCount:
        break;
    }
    return role == Qt::ToolTipRole ? text.toHtmlEscaped() : text;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lvdesk
