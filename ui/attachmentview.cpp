// SPDX-License-Identifier: EUPL-1.2

#include "attachmentview.h"

#include "dialoghost.h"
#include "store/blobstore.h"
#include "uilog.h"

#include <QColor>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

AttachmentView::AttachmentView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AttachmentModel(this))
{
    setObjectName(u"attachmentView"_s);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"attachmentTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(AttachmentModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AttachmentModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Attachments"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(u"openAttachmentButton"_s);
    m_save = new QPushButton(tr("Save &as…"), this);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveRow(currentRow()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentView::updateButtons);
    updateButtons();
}

void AttachmentView::setAttachments(const QList<CaseStore::Attachment> &attachments,
                                    const QString &blobDirectory)
{
    m_blobDirectory = blobDirectory;
    const BlobStore blobs(blobDirectory);
    QList<AttachmentModel::Row> rows;
    for (const CaseStore::Attachment &a : attachments) {
        AttachmentModel::Row row;
        row.attachment = a;
        if (!a.stored || !blobs.contains(a.sha256)) {
            row.check = AttachmentModel::Check::Missing;
        } else if (const auto known = m_checked.constFind(a.sha256);
                   known != m_checked.constEnd()) {
            // Checked once per view: a reload after every sync should not read every file again.
            // Opening and saving check the bytes afresh anyway.
            row.check = *known;
        } else {
            QString error;
            const QByteArray bytes = blobs.read(a.sha256, &error);
            const bool ok = error.isEmpty() && bytes.size() == a.size
                            && BlobStore::sha256Of(bytes) == a.sha256;
            row.check = ok ? AttachmentModel::Check::Verified : AttachmentModel::Check::Mismatch;
            m_checked.insert(a.sha256, row.check);
        }
        rows.append(row);
    }
    const QString selected
        = currentRow() >= 0 ? m_model->row(currentRow()).attachment.attachmentId : QString();
    m_model->setRows(rows);
    const int again = m_model->indexOf(selected);
    if (again >= 0)
        m_table->selectRow(again);
    m_table->resizeColumnToContents(AttachmentModel::TypeColumn);
    m_table->resizeColumnToContents(AttachmentModel::SizeColumn);
    m_table->resizeColumnToContents(AttachmentModel::ChecksumColumn);
}

int AttachmentView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AttachmentView::updateButtons()
{
    const int row = currentRow();
    const bool usable = row >= 0 && m_model->row(row).check == AttachmentModel::Check::Verified;
    m_open->setEnabled(usable);
    m_save->setEnabled(usable);
}

std::optional<QByteArray> AttachmentView::verifiedBytes(int row, QString *error) const
{
    if (row < 0 || row >= m_model->rowCount()) {
        *error = tr("No attachment is selected.");
        return std::nullopt;
    }
    const CaseStore::Attachment &a = m_model->row(row).attachment;
    if (!a.stored) {
        *error = tr("The file has not been downloaded yet. It is fetched at the next sync.");
        return std::nullopt;
    }
    QString readError;
    const QByteArray bytes = BlobStore(m_blobDirectory).read(a.sha256, &readError);
    // Checked again now, not only when the list was filled: the file is about to be handed out.
    if (!readError.isEmpty() || bytes.size() != a.size || BlobStore::sha256Of(bytes) != a.sha256) {
        *error = tr("The stored file does not match the checksum the service gave, so it is not "
                    "opened. Ask IT support to check the workstation's data folder.");
        qCWarning(lcUi) << "attachment" << a.id << "failed its checksum check";
        return std::nullopt;
    }
    return bytes;
}

QString AttachmentView::verifiedCopy(int row, QString *error)
{
    if (!verifiedBytes(row, error))
        return {};
    if (!m_tempDir || !m_tempDir->isValid())
        m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        *error = tr("No temporary folder is available for opening the file.");
        return {};
    }
    const CaseStore::Attachment &a = m_model->row(row).attachment;
    // A folder per attachment keeps the original file name (the viewer shows it) without clashes.
    const QString folder = m_tempDir->filePath(QString::number(a.id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(a.fileName).fileName());
    if (!saveTo(row, path, error))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    return path;
}

bool AttachmentView::saveTo(int row, const QString &path, QString *error) const
{
    const std::optional<QByteArray> verified = verifiedBytes(row, error);
    if (!verified)
        return false;
    const QByteArray &bytes = *verified;
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("The file could not be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AttachmentView::openAttachment(const QString &attachmentId)
{
    const int row = m_model->indexOf(attachmentId);
    if (row >= 0)
        m_table->selectRow(row);
    openRow(row);
}

void AttachmentView::openRow(int row)
{
    QString error;
    const QString path = verifiedCopy(row, &error);
    if (path.isEmpty()) {
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Open attachment"), error);
        return;
    }
    Q_EMIT attachmentOpened(path);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Open attachment"),
                         tr("No program on this workstation opens this type of file. Use "
                            "\"Save as…\" and open it from there."));
}

void AttachmentView::saveRow(int row)
{
    if (row < 0)
        return;
    const CaseStore::Attachment &a = m_model->row(row).attachment;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QFileInfo(a.fileName).fileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), start);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(row, path, &error))
        DialogHost::show(this, DialogHost::Kind::Error, tr("Save attachment"), error);
}

} // namespace lvdesk
