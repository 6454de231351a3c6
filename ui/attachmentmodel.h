// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/casestore.h"

#include <QAbstractTableModel>

namespace lvdesk {

// AttachmentModel: the attachments of a case (every event's), with whether each file's bytes are
// here and still match the checksum the service gave, or why the file was not received. Names,
// types and descriptions are the customer's text: shown as plain text with hidden characters
// marked (VisibleText).
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
        Unchecked, // stored; its bytes are being checked (off the GUI thread)
        Verified, // stored and its SHA-256 matches
        Mismatch, // stored but the bytes no longer match
        Missing, // not downloaded yet (asked for again: the next sync fetches it)
        NotReceived, // not received, with a problem (CaseStore::Attachment::problem)
    };
    struct Row
    {
        CaseStore::Attachment attachment;
        Check check = Check::Missing;
    };

    explicit AttachmentModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    // The result of a check of the bytes with this SHA-256 (every row that has them).
    void setCheck(const QString &sha256, Check check);
    const Row &row(int index) const { return m_rows.at(index); }
    // The first row with this service id (attachment references name ids), or -1.
    int indexOf(const QString &attachmentId) const;
    // The row of this stored attachment (CaseStore::Attachment::id), or -1.
    int indexOfRow(qint64 attachmentRowId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString checkText(Check check);
    // The customer's file name as shown: plain text, hidden characters marked, never empty.
    static QString displayName(const CaseStore::Attachment &attachment);

private:
    QList<Row> m_rows;
};

} // namespace lvdesk
