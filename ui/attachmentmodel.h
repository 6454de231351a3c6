// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/casestore.h"

#include <QAbstractTableModel>

namespace lvdesk {

// AttachmentModel: the attachments of a case (every event's), with whether each file's bytes are
// here and still match the checksum the service gave.
class AttachmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        DescriptionColumn,
        ChecksumColumn,
        ColumnCount
    };
    enum class Check {
        Verified, // stored and its SHA-256 matches
        Mismatch, // stored but the bytes no longer match
        Missing, // not downloaded (yet)
    };
    struct Row
    {
        CaseStore::Attachment attachment;
        Check check = Check::Missing;
    };

    explicit AttachmentModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const Row &row(int index) const { return m_rows.at(index); }
    int indexOf(const QString &attachmentId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString checkText(Check check);

private:
    QList<Row> m_rows;
};

} // namespace lvdesk
