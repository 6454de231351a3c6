// SPDX-License-Identifier: EUPL-1.2

#include "attachmentmodel.h"

#include "domain/visibletext.h"
#include "uistyle.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lvdesk {

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AttachmentModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AttachmentModel::setCheck(const QString &sha256, Check check)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.attachment.sha256 != sha256 || r.check == check || r.check == Check::NotReceived
            || r.check == Check::Missing)
            continue;
        r.check = check;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int AttachmentModel::indexOf(const QString &attachmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attachment.attachmentId == attachmentId)
            return i;
    }
    return -1;
}

int AttachmentModel::indexOfRow(qint64 attachmentRowId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attachment.id == attachmentRowId)
            return i;
    }
    return -1;
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttachmentModel::checkText(Check check)
{
    switch (check) {
    case Check::Unchecked:
        return tr("Checking…");
    case Check::Verified:
        return tr("✓ Verified");
    case Check::Mismatch:
        return tr("✗ Does not match");
    case Check::Missing:
        return tr("Not downloaded yet");
    case Check::NotReceived:
        return tr("⚠ Not received");
    }
    return {};
}

QString AttachmentModel::displayName(const CaseStore::Attachment &attachment)
{
    return attachment.fileName.isEmpty() ? tr("(no name)") : VisibleText::of(attachment.fileName);
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const CaseStore::Attachment &a = r.attachment;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return displayName(a);
        case TypeColumn:
            return VisibleText::of(a.contentType);
        case SizeColumn:
            return a.size < 0 ? tr("unknown") : QLocale().formattedDataSize(a.size);
        case DescriptionColumn:
            return VisibleText::of(a.description);
        case ChecksumColumn:
            return checkText(r.check);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // Tooltips interpret rich text: everything is escaped.
        switch (index.column()) {
        case NameColumn:
            return tr("%1\nSaved and opened as: %2")
                .arg(displayName(a), a.localName)
                .toHtmlEscaped();
        case ChecksumColumn:
            if (r.check == Check::NotReceived) {
                const QString text = a.problemDetail.isEmpty()
                                         ? describe(a.problem)
                                         : tr("%1 (%2)").arg(describe(a.problem), a.problemDetail);
                return text.toHtmlEscaped();
            }
            return tr("SHA-256 %1").arg(a.sha256); // hex digits only, never customer text
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ChecksumColumn
        && (r.check == Check::Mismatch || r.check == Check::NotReceived))
        return UiStyle::problemColor();
    if (role == Qt::UserRole)
        return a.attachmentId;
    return {};
}
QVariant AttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DescriptionColumn:
        return tr("Description");
    case ChecksumColumn:
        return tr("Checksum");
    default:
        return {};
    }
}

} // namespace lvdesk
