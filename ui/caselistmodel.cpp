// SPDX-License-Identifier: EUPL-1.2

#include "caselistmodel.h"

#include "domain/visibletext.h"

#include "config/language.h"
#include "domain/casestate.h"
#include "domain/exportstate.h"
#include "uilog.h"
#include "uistyle.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace lvdesk {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CaseListModel::~CaseListModel() = default;

void CaseListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload(m_pageSize);
}

void CaseListModel::setSource(const QSqlDatabase &db, const CaseListQuery::Filter &filter)
{
    m_db = db;
    m_filter = filter;
    reload(m_pageSize);
}

void CaseListModel::setFilter(const CaseListQuery::Filter &filter)
{
    m_filter = filter;
    reload(m_pageSize);
}

void CaseListModel::setToday(const QDate &today)
{
    m_today = today;
    m_filter.today = today;
    reload(qMax(m_pageSize, int(m_rows.size())));
}

QDate CaseListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString CaseListModel::language() const
{
    return Language::current();
}

void CaseListModel::refresh()
{
    reload(qMax(m_pageSize, int(m_rows.size())));
}

void CaseListModel::reload(int rows)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_db.isValid() && m_db.isOpen()) {
        const CaseListQuery query(m_db);
        m_sort.language = language();
        QString error;
        // The page first: when it is not full it is all there is, and the count (another pass
        // over every matching row) is not needed. A rare search costs one scan, not two.
        m_rows = query.page(m_filter, m_sort, 0, rows, &error);
        if (!error.isEmpty()) {
            m_rows.clear();
            m_error = error;
        } else if (m_rows.size() < rows) {
            m_total = m_rows.size();
        } else {
            m_total = query.count(m_filter, &error);
            if (m_total < 0) {
                m_total = 0;
                m_rows.clear();
                m_error = error;
            }
        }
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
    if (!m_error.isEmpty())
        Q_EMIT loadFailed(m_error);
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == caseId)
            return i;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QString error;
    const QList<CaseListQuery::Row> more
        = CaseListQuery(m_db).page(m_filter, m_sort, m_rows.size(), m_pageSize, &error);
    if (more.isEmpty()) {
        // The store shrank under us (or failed): stop offering more rather than loop.
        m_total = m_rows.size();
        if (!error.isEmpty()) {
            m_error = error;
            Q_EMIT loadFailed(error);
        }
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static const CaseListQuery::Column map[ColumnCount] = {
        CaseListQuery::Column::Service,      CaseListQuery::Column::Customer,
        CaseListQuery::Column::Municipality, CaseListQuery::Column::Received,
        CaseListQuery::Column::Deadline,     CaseListQuery::Column::State,
        CaseListQuery::Column::Handler,      CaseListQuery::Column::Transfer,
        CaseListQuery::Column::Deadline,
    };
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort.column = map[column];
    m_sort.order = order;
    reload(m_pageSize);
}

CaseListModel::DeadlineClass CaseListModel::deadlineClass(const QDate &deadline, const QDate &today)
{
    if (!deadline.isValid())
        return DeadlineClass::None;
    const qint64 days = today.daysTo(deadline);
    if (days < 0)
        return DeadlineClass::Overdue;
    if (days <= 7)
        return DeadlineClass::DueSoon;
    return DeadlineClass::Later;
}

QString CaseListModel::deadlineText(const QDate &deadline, const QDate &today)
{
    if (!deadline.isValid())
        return {};
    const int days = int(today.daysTo(deadline));
    switch (deadlineClass(deadline, today)) {
    case DeadlineClass::None:
        return {};
    case DeadlineClass::Overdue:
        return tr("⚠ %n day(s) overdue", nullptr, -days);
    case DeadlineClass::DueSoon:
        if (days == 0)
            return tr("◷ due today");
        return tr("◷ %n day(s) left", nullptr, days);
    case DeadlineClass::Later:
        return tr("in %n day(s)", nullptr, days);
    }
    return {};
}

QString CaseListModel::deadlineKindName(const QString &kind)
{
    if (kind == u"statutory"_s)
        return tr("Statutory processing time");
    if (kind == u"supplement"_s)
        return tr("Supplement due");
    if (kind == u"eventDate"_s)
        return tr("Before the customer's event date");
    if (kind == u"requestedBy"_s)
        return tr("Decision requested by the customer");
    return kind;
}

QString CaseListModel::transferText(const CaseListQuery::Row &row)
{
    if (row.outboxFailed > 0)
        return tr("⚠ Sending failed");
    if (row.exportState == u"failed"_s)
        return tr("⚠ Export failed");
    if (row.outboxPending > 0)
        return tr("Sending (%n)", nullptr, row.outboxPending);
    if (const auto state = exportStateFromString(row.exportState))
        return displayName(*state);
    return tr("Received");
}

QString CaseListModel::customerText(const CaseListQuery::Row &row)
{
    // The customer's text as sent, with hidden characters marked (VisibleText).
    const QString name = VisibleText::of(row.customerName);
    if (row.customerIdMasked.isEmpty())
        return name;
    return tr("%1 (%2)").arg(name, VisibleText::of(row.customerIdMasked));
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const CaseListQuery::Row &row = m_rows.at(index.row());
    const QDate now = today();
    switch (role) {
    case CaseIdRole:
        return row.id;
    case DeadlineClassRole:
        return int(deadlineClass(row.deadlineDate, now));
    case DaysLeftRole:
        return row.deadlineDate.isValid() ? QVariant(int(now.daysTo(row.deadlineDate)))
                                          : QVariant();
    case CustomerNameRole:
        return row.customerName;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case ServiceColumn:
            return VisibleText::of(row.serviceName(language()));
        case CustomerColumn:
            // Shown as plain text by the item views; tooltips escape it below.
            return customerText(row);
        case MunicipalityColumn:
            return row.municipalityCode;
        case ReceivedColumn:
            return QLocale().toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat);
        case DeadlineColumn:
            return deadlineText(row.deadlineDate, now);
        case StateColumn:
            if (const auto state = caseStateFromString(row.state))
                return displayName(*state);
            return row.state;
        case HandlerColumn:
            return row.handler;
        case TransferColumn:
            return transferText(row);
        case DeadlineSourceColumn:
            if (!row.deadlineDate.isValid())
                return QString();
            return deadlineKindName(row.deadlineKind);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // Tooltips interpret rich text: customer text is escaped before it goes into one.
        switch (Column(index.column())) {
        case CustomerColumn:
            return customerText(row).toHtmlEscaped();
        case DeadlineColumn:
        case DeadlineSourceColumn:
            if (!row.deadlineDate.isValid())
                return tr("No open deadline");
            return tr("%1, %2 (source: %3)")
                .arg(deadlineKindName(row.deadlineKind),
                     QLocale().toString(row.deadlineDate, QLocale::ShortFormat),
                     row.deadlineSource.isEmpty() ? tr("not recorded") : row.deadlineSource)
                .toHtmlEscaped();
        case TransferColumn:
            if (!row.exportError.isEmpty())
                return row.exportError.toHtmlEscaped();
            return transferText(row).toHtmlEscaped();
        case ServiceColumn:
            return tr("%1 (%2)").arg(row.serviceName(language()), row.serviceCode).toHtmlEscaped();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn || index.column() == TransferColumn) {
            const bool problem
                = index.column() == DeadlineColumn
                      ? deadlineClass(row.deadlineDate, now) == DeadlineClass::Overdue
                      : (row.outboxFailed > 0 || row.exportState == u"failed"_s);
            if (problem)
                return UiStyle::problemColor();
            if (index.column() == DeadlineColumn
                && deadlineClass(row.deadlineDate, now) == DeadlineClass::DueSoon)
                return UiStyle::warningColor();
        }
        return {};
    case Qt::FontRole:
        if (index.column() == DeadlineColumn
            && deadlineClass(row.deadlineDate, now) == DeadlineClass::Overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ServiceColumn:
        return tr("Service");
    case CustomerColumn:
        return tr("Customer");
    case MunicipalityColumn:
        return tr("Municipality");
    case ReceivedColumn:
        return tr("Received");
    case DeadlineColumn:
        return tr("Deadline");
    case StateColumn:
        return tr("State");
    case HandlerColumn:
        return tr("Handler");
    case TransferColumn:
        return tr("Transfer status");
    case DeadlineSourceColumn:
        return tr("Deadline source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lvdesk
