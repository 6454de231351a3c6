// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "attachmentmodel.h"
#include "domain/attachmenttype.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace lvdesk {

class AttachmentPreview;

// AttachmentView: the case's attachments with their checksum state, or why one was not received.
// Opening shows PDF files and images in the preview pane below the list; other files open in the
// workstation's program only when AttachmentType allows it, programs and scripts are only saved.
// Every file handed out is a freshly verified copy under its safe local name (SafeFileNames), and
// reading, hashing and copying run on a worker thread, never on the GUI thread.
class AttachmentView : public QWidget
{
    Q_OBJECT

public:
    // What opening a file found: its verified private copy and what may be done with it.
    struct Opened
    {
        QString error; // translated; empty when the copy is good
        QString path;
        AttachmentType::Decision decision;
        QImage image; // for PreviewImage, decoded off the GUI thread
        QByteArray pdf; // for PreviewPdf, read off the GUI thread
    };

    explicit AttachmentView(QWidget *parent = nullptr);
    ~AttachmentView() override;

    // attachments: CaseStore::caseAttachments() (with their local names); blobDirectory: where the
    // store keeps the bytes. Files not checked yet are checked in the background.
    void setAttachments(const QList<CaseStore::Attachment> &attachments,
                        const QString &blobDirectory);
    AttachmentModel *model() const { return m_model; }
    AttachmentPreview *preview() const { return m_preview; }

    // The work itself, as the worker runs it (callable from any thread): copy the verified bytes
    // of an attachment to destination (privateCopy: mode 0600); false with error set when they are
    // missing or do not match.
    static bool copyOut(const QString &blobDirectory, const CaseStore::Attachment &attachment,
                        const QString &destination, bool privateCopy, QByteArray *head,
                        QString *error);
    // A verified private copy in folder under the attachment's local name, and what may be done
    // with it.
    static Opened open(const QString &blobDirectory, const CaseStore::Attachment &attachment,
                       const QString &folder);

    // For tests: the same work as Open and Save as, waited for on the calling thread.
    QString verifiedCopy(int row, QString *error);
    bool saveTo(int row, const QString &path, QString *error) const;
    // The last result shown under the list (translated), e.g. "Saved as …".
    QString statusText() const;

public Q_SLOTS:
    void openAttachment(const QString &attachmentId);
    void openRow(int row);
    void saveRow(int row);

Q_SIGNALS:
    void attachmentOpened(const QString &path); // a verified copy was shown or handed to a viewer
    void retryRequested(qint64 attachmentRowId); // Retry download of a row that was not received

private:
    int currentRow() const;
    void updateButtons();
    void verifyInBackground();
    void showOpened(qint64 attachmentRowId, const Opened &opened);
    void setStatus(const QString &text);
    QString tempFolderFor(const CaseStore::Attachment &attachment);

    AttachmentModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    AttachmentPreview *m_preview = nullptr;
    QString m_blobDirectory;
    QHash<QString, AttachmentModel::Check> m_checked; // by SHA-256, once per view
    QSet<QString> m_checking; // SHA-256s a worker is checking now
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::shared_ptr<bool> m_alive; // workers answer only while the view exists
};

} // namespace lvdesk
