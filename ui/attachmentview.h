// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "attachmentmodel.h"

#include <QHash>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTableView;

namespace lvdesk {

// AttachmentView: the case's attachments with their checksum state; opens a file with the
// system's viewer from a freshly verified temporary copy, or saves it where the officer chooses.
// Bytes whose SHA-256 does not match are never handed out.
class AttachmentView : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentView(QWidget *parent = nullptr);

    // blobDirectory: where the store keeps attachment bytes.
    void setAttachments(const QList<CaseStore::Attachment> &attachments,
                        const QString &blobDirectory);
    AttachmentModel *model() const { return m_model; }

    // The bytes of a row after checking them against the checksum; empty with error set if they
    // are missing or do not match.
    std::optional<QByteArray> verifiedBytes(int row, QString *error) const;
    // Writes a verified copy into a temporary folder that lives as long as this view; the path,
    // or empty with error set.
    QString verifiedCopy(int row, QString *error);
    bool saveTo(int row, const QString &path, QString *error) const;

public Q_SLOTS:
    void openAttachment(const QString &attachmentId);

Q_SIGNALS:
    void attachmentOpened(const QString &path); // after a verified copy was handed to the viewer

private:
    int currentRow() const;
    void openRow(int row);
    void saveRow(int row);
    void updateButtons();

    AttachmentModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QString m_blobDirectory;
    QHash<QString, AttachmentModel::Check> m_checked; // by SHA-256
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace lvdesk
