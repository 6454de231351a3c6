// SPDX-License-Identifier: EUPL-1.2

#include "transferlistmodel.h"

#include "domain/attachmentproblem.h"
#include "domain/exportstate.h"
#include "domain/inboundfailure.h"
#include "domain/inboundstate.h"
#include "domain/outboxstate.h"
#include "domain/visibletext.h"
#include "uistyle.h"

#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace lvdesk {

TransferListModel::TransferListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TransferListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload(m_pageSize);
}

void TransferListModel::setFilter(const TransferListQuery::Filter &filter)
{
    m_filter = filter;
    reload(m_pageSize);
}

void TransferListModel::refresh()
{
    reload(qMax(m_pageSize, int(m_rows.size())));
}

void TransferListModel::reload(int rows)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_db.isValid() && m_db.isOpen()) {
        const TransferListQuery query(m_db);
        m_total = qMax<qint64>(0, query.count(m_filter));
        if (m_total > 0)
            m_rows = query.page(m_filter, 0, rows);
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

const TransferListQuery::Row *TransferListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TransferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TransferListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void TransferListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<TransferListQuery::Row> more
        = TransferListQuery(m_db).page(m_filter, m_rows.size(), m_pageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QString TransferListModel::directionName(TransferListQuery::Kind kind)
{
    switch (kind) {
    case TransferListQuery::Kind::Inbound:
        return tr("↓ From the service");
    case TransferListQuery::Kind::Export:
        return tr("→ To the case register");
    case TransferListQuery::Kind::Outbound:
        return tr("↑ To the service");
    case TransferListQuery::Kind::InboundFailure:
        return tr("↓ From the service: not received");
    case TransferListQuery::Kind::Attachment:
        return tr("↓ Attachment not received");
    case TransferListQuery::Kind::Reply:
        return tr("← From the case register");
    }
    return {};
}

QString TransferListModel::stateName(const TransferListQuery::Row &row)
{
    QString name = row.state;
    switch (row.kind) {
    case TransferListQuery::Kind::Inbound:
        if (const auto s = inboundStateFromString(row.state))
            name = displayName(*s);
        break;
    case TransferListQuery::Kind::Export:
        if (const auto s = exportStateFromString(row.state))
            name = displayName(*s);
        break;
    case TransferListQuery::Kind::Outbound:
        if (const auto s = outboxStateFromString(row.state))
            name = displayName(*s);
        break;
    case TransferListQuery::Kind::InboundFailure:
        if (const auto s = inboundFailureStateFromString(row.state))
            name = displayName(*s);
        break;
    case TransferListQuery::Kind::Attachment:
        name = row.state.isEmpty() ? tr("Asked for again") : tr("Not received");
        break;
    case TransferListQuery::Kind::Reply:
        name = row.state == u"applied"_s ? tr("Applied") : tr("Rejected");
        break;
    }
    return row.isProblem() ? u"⚠ "_s + name : name;
}

bool TransferListModel::isRetryable(const TransferListQuery::Row &row)
{
    switch (row.kind) {
    case TransferListQuery::Kind::Inbound:
    case TransferListQuery::Kind::Reply:
        return false;
    case TransferListQuery::Kind::Export:
        return row.state == u"failed"_s;
    case TransferListQuery::Kind::Outbound:
        return row.state == u"failed"_s || row.state == u"retrying"_s;
    case TransferListQuery::Kind::InboundFailure:
        return row.detail != toString(InboundFailure::Reason::Unidentified)
               && row.state != toString(InboundFailure::State::RetryRequested);
    case TransferListQuery::Kind::Attachment: {
        const auto problem = attachmentProblemFromString(row.state);
        return problem && *problem != AttachmentProblem::None
               && *problem != AttachmentProblem::NotDescribed
               && *problem != AttachmentProblem::NoChecksum;
    }
    }
    return false;
}

QString TransferListModel::errorText(const TransferListQuery::Row &row)
{
    switch (row.kind) {
    case TransferListQuery::Kind::InboundFailure:
        if (const auto reason = inboundFailureReasonFromString(row.detail))
            return row.lastError.isEmpty() ? describe(*reason)
                                           : tr("%1 (%2)").arg(describe(*reason), row.lastError);
        break;
    case TransferListQuery::Kind::Attachment:
        if (const auto problem = attachmentProblemFromString(row.state);
            problem && *problem != AttachmentProblem::None)
            return row.lastError.isEmpty() ? describe(*problem)
                                           : tr("%1 (%2)").arg(describe(*problem), row.lastError);
        return tr("It is downloaded at the next sync.");
    default:
        break;
    }
    return row.lastError;
}

QVariant TransferListModel::data(const QModelIndex &index, int role) const
{
    const TransferListQuery::Row *row = rowAt(index.row());
    if (!index.isValid() || !row)
        return {};
    switch (role) {
    case KindRole:
        return int(row->kind);
    case ItemIdRole:
        return row->id;
    case CaseIdRole:
        return row->caseId;
    case ProblemRole:
        return row->isProblem();
    case ExternalIdRole:
        return row->kind == TransferListQuery::Kind::InboundFailure ? row->item : QString();
    case HandleableRole:
        return row->kind == TransferListQuery::Kind::InboundFailure
               && row->state != toString(InboundFailure::State::Handled);
    case RetryableRole:
        return isRetryable(*row);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text;
        switch (Column(index.column())) {
        case DirectionColumn:
            text = directionName(row->kind);
            break;
        case CaseColumn:
            text = row->customerName.isEmpty()
                       ? row->projectPartId
                       : tr("%1 – %2").arg(row->projectPartId, VisibleText::of(row->customerName));
            break;
        case ItemColumn:
            if (row->kind == TransferListQuery::Kind::Attachment) {
                // The customer's file name, as sent: plain text, hidden characters marked.
                text = tr("%1 (%2)").arg(VisibleText::of(row->detail), row->item);
            } else if (row->kind == TransferListQuery::Kind::InboundFailure) {
                text = row->item;
            } else if (row->kind == TransferListQuery::Kind::Outbound) {
                // The kind of write in words; its message id (kept across retries) in the tooltip.
                const QString kind = row->detail == u"status"_s    ? tr("Status update")
                                     : row->detail == u"message"_s ? tr("Message")
                                                                   : row->detail;
                text
                    = role == Qt::ToolTipRole ? tr("%1, message id %2").arg(kind, row->item) : kind;
            } else {
                text
                    = row->detail.isEmpty() ? row->item : tr("%1 (%2)").arg(row->detail, row->item);
            }
            break;
        case StateColumn:
            text = stateName(*row);
            break;
        case AttemptsColumn:
            if (role == Qt::DisplayRole)
                return row->attempts;
            text = tr("%n attempt(s)", nullptr, row->attempts);
            break;
        case ErrorColumn:
            text = errorText(*row);
            break;
        case NextRetryColumn:
            if (row->kind == TransferListQuery::Kind::Inbound
                || row->kind == TransferListQuery::Kind::Reply || !row->isProblem())
                text = QString();
            else if (row->state == u"failed"_s
                     && (row->kind == TransferListQuery::Kind::Outbound
                         || row->kind == TransferListQuery::Kind::InboundFailure))
                text = tr("Waits for Retry now");
            else if (row->kind == TransferListQuery::Kind::Attachment && !row->state.isEmpty())
                text = tr("Waits for Retry download");
            else if (!row->nextAttemptAt.isValid())
                text = tr("At the next sync");
            else
                text = QLocale().toString(row->nextAttemptAt.toLocalTime(), QLocale::ShortFormat);
            break;
        case UpdatedColumn:
            text = QLocale().toString(row->updatedAt.toLocalTime(), QLocale::ShortFormat);
            break;
        case ColumnCount:
            break;
        }
        // Tooltips interpret rich text; customer text and error texts stay literal.
        return role == Qt::ToolTipRole ? QVariant(text.toHtmlEscaped()) : QVariant(text);
    }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && row->isProblem())
            return UiStyle::problemColor();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TransferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DirectionColumn:
        return tr("Direction");
    case CaseColumn:
        return tr("Case");
    case ItemColumn:
        return tr("Item");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    case NextRetryColumn:
        return tr("Next retry");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lvdesk
