// SPDX-License-Identifier: EUPL-1.2

#include "attachmentmodel.h"

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

int AttachmentModel::indexOf(const QString &attachmentId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attachment.attachmentId == attachmentId)
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
    case Check::Verified:
        return tr("✓ Verified");
    case Check::Mismatch:
        return tr("✗ Does not match");
    case Check::Missing:
        return tr("Not downloaded");
    }
    return {};
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
            return a.fileName;
        case TypeColumn:
            return a.contentType;
        case SizeColumn:
            return QLocale().formattedDataSize(a.size);
        case DescriptionColumn:
            return a.description;
        case ChecksumColumn:
            return checkText(r.check);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ChecksumColumn)
        return tr("SHA-256 %1").arg(a.sha256); // hex digits only, never customer text
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ChecksumColumn
        && r.check == Check::Mismatch)
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
