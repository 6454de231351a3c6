// SPDX-License-Identifier: EUPL-1.2

#include "attachmentview.h"

#include "attachmentpreview.h"
#include "dialoghost.h"
#include "store/blobstore.h"
#include "uilog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The largest image side shown; bigger images are scaled down on the worker.
constexpr int kMaxImageSide = 4096;

bool canRetry(const CaseStore::Attachment &a)
{
    return !a.stored && !a.attachmentId.isEmpty() && BlobStore::isValidName(a.sha256)
           && a.problem != AttachmentProblem::None;
}

} // namespace

AttachmentView::AttachmentView(QWidget *parent)
    : QWidget(parent)
    , m_model(new AttachmentModel(this))
    , m_alive(std::make_shared<bool>(true))
{
    setObjectName(u"attachmentView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"attachmentSplitter"_s);
    splitter->setChildrenCollapsible(false);

    auto *listPage = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(listPage);
    m_table->setObjectName(u"attachmentTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(AttachmentModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AttachmentModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Attachments"));
    listLayout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), listPage);
    m_open->setObjectName(u"openAttachmentButton"_s);
    m_open->setToolTip(tr("Show the selected attachment (PDF files and images are shown below)"));
    m_save = new QPushButton(tr("Save &as…"), listPage);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_retry = new QPushButton(tr("&Retry download"), listPage);
    m_retry->setObjectName(u"retryAttachmentButton"_s);
    m_retry->setToolTip(tr("Ask the service for the selected attachment again at the next sync"));
    m_status = new QLabel(listPage);
    m_status->setObjectName(u"attachmentStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_status, 1);
    listLayout->addLayout(buttons);

    m_preview = new AttachmentPreview(splitter);
    splitter->addWidget(listPage);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_open, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveRow(currentRow()); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && canRetry(m_model->row(row).attachment)) {
            m_retry->setEnabled(false);
            Q_EMIT retryRequested(m_model->row(row).attachment.id);
        }
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttachmentView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttachmentView::updateButtons);
    updateButtons();
}

AttachmentView::~AttachmentView()
{
    *m_alive = false;
}

void AttachmentView::setAttachments(const QList<CaseStore::Attachment> &attachments,
                                    const QString &blobDirectory)
{
    m_blobDirectory = blobDirectory;
    QList<AttachmentModel::Row> rows;
    rows.reserve(attachments.size());
    for (const CaseStore::Attachment &a : attachments) {
        AttachmentModel::Row row;
        row.attachment = a;
        if (a.problem != AttachmentProblem::None)
            row.check = AttachmentModel::Check::NotReceived;
        else if (!a.stored)
            row.check = AttachmentModel::Check::Missing;
        else
            // Checked once per view and remembered: a reload after every sync should not read
            // every file again. Opening and saving check the bytes afresh anyway.
            row.check = m_checked.value(a.sha256, AttachmentModel::Check::Unchecked);
        rows.append(row);
    }
    const qint64 selected
        = currentRow() >= 0 ? m_model->row(currentRow()).attachment.id : qint64(0);
    m_model->setRows(rows);
    const int again = m_model->indexOfRow(selected);
    if (again >= 0)
        m_table->selectRow(again);
    m_table->resizeColumnToContents(AttachmentModel::TypeColumn);
    m_table->resizeColumnToContents(AttachmentModel::SizeColumn);
    m_table->resizeColumnToContents(AttachmentModel::ChecksumColumn);
    verifyInBackground();
}

void AttachmentView::verifyInBackground()
{
    QList<CaseStore::Attachment> toCheck;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const AttachmentModel::Row &r = m_model->row(i);
        if (r.check == AttachmentModel::Check::Unchecked
            && !m_checking.contains(r.attachment.sha256)) {
            m_checking.insert(r.attachment.sha256);
            toCheck.append(r.attachment);
        }
    }
    if (toCheck.isEmpty())
        return;
    QPointer<AttachmentView> self(this);
    const std::shared_ptr<bool> alive = m_alive;
    const QString blobs = m_blobDirectory;
    QThreadPool::globalInstance()->start([self, alive, blobs, toCheck]() {
        for (const CaseStore::Attachment &a : toCheck) {
            if (!*alive)
                return;
            const bool ok = BlobStore(blobs).verify(a.sha256, a.size);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, sha = a.sha256, ok]() {
                    if (!self)
                        return;
                    const auto check
                        = ok ? AttachmentModel::Check::Verified : AttachmentModel::Check::Mismatch;
                    self->m_checking.remove(sha);
                    self->m_checked.insert(sha, check);
                    self->m_model->setCheck(sha, check);
                    if (!ok)
                        qCWarning(lcUi) << "a stored attachment failed its checksum check";
                },
                Qt::QueuedConnection);
        }
    });
}

int AttachmentView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AttachmentView::updateButtons()
{
    const int row = currentRow();
    const AttachmentModel::Check check
        = row >= 0 ? m_model->row(row).check : AttachmentModel::Check::Missing;
    const bool usable
        = check == AttachmentModel::Check::Verified || check == AttachmentModel::Check::Unchecked;
    m_open->setEnabled(usable);
    m_save->setEnabled(usable);
    m_retry->setVisible(row >= 0 && check == AttachmentModel::Check::NotReceived);
    m_retry->setEnabled(row >= 0 && canRetry(m_model->row(row).attachment));
    if (row >= 0 && check == AttachmentModel::Check::NotReceived) {
        const CaseStore::Attachment &a = m_model->row(row).attachment;
        m_retry->setToolTip(canRetry(a) ? tr("Ask the service for the selected attachment again "
                                             "at the next sync")
                                        : describe(a.problem));
    }
}

bool AttachmentView::copyOut(const QString &blobDirectory, const CaseStore::Attachment &attachment,
                             const QString &destination, bool privateCopy, QByteArray *head,
                             QString *error)
{
    if (!attachment.stored || attachment.problem != AttachmentProblem::None) {
        *error = attachment.problem != AttachmentProblem::None
                     ? describe(attachment.problem)
                     : tr("The file has not been downloaded yet. It is fetched at the next sync.");
        return false;
    }
    QString why;
    if (!BlobStore(blobDirectory)
             .copyVerified(attachment.sha256, attachment.size, destination, privateCopy, head,
                           &why)) {
        *error = tr("The stored file could not be handed out: %1 It is not opened. Ask IT "
                    "support to check the workstation's data folder (checksum).")
                     .arg(why);
        return false;
    }
    return true;
}

AttachmentView::Opened AttachmentView::open(const QString &blobDirectory,
                                            const CaseStore::Attachment &attachment,
                                            const QString &folder)
{
    Opened opened;
    if (!QDir().mkpath(folder)) {
        opened.error = tr("No temporary folder is available for opening the file.");
        return opened;
    }
    const QString path = QDir(folder).filePath(attachment.localName);
    QByteArray head;
    if (!copyOut(blobDirectory, attachment, path, true, &head, &opened.error))
        return opened;
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    opened.path = path;
    opened.decision = AttachmentType::decide(attachment.localName, head);
    if (opened.decision.handling == AttachmentType::Handling::PreviewPdf) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            opened.pdf = file.readAll();
    }
    if (opened.decision.handling == AttachmentType::Handling::PreviewImage) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > kMaxImageSide || size.height() > kMaxImageSide))
            reader.setScaledSize(size.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio));
        opened.image = reader.read();
        if (opened.image.isNull()) {
            opened.decision.handling = AttachmentType::Handling::SaveOnly;
            opened.decision.reason = tr("The image could not be shown (%1). Save it and open it "
                                        "with another program.")
                                         .arg(reader.errorString());
        }
    }
    return opened;
}

QString AttachmentView::tempFolderFor(const CaseStore::Attachment &attachment)
{
    if (!m_tempDir || !m_tempDir->isValid())
        m_tempDir = std::make_unique<QTemporaryDir>(); // mode 0700, removed with the view
    if (!m_tempDir->isValid())
        return {};
    // A folder per attachment: the viewer shows the file's own name, and no copy replaces another.
    return m_tempDir->filePath(QString::number(attachment.id));
}

QString AttachmentView::verifiedCopy(int row, QString *error)
{
    if (row < 0 || row >= m_model->rowCount()) {
        *error = tr("No attachment is selected.");
        return {};
    }
    const CaseStore::Attachment &a = m_model->row(row).attachment;
    const QString folder = tempFolderFor(a);
    if (folder.isEmpty()) {
        *error = tr("No temporary folder is available for opening the file.");
        return {};
    }
    const Opened opened = open(m_blobDirectory, a, folder);
    *error = opened.error;
    return opened.error.isEmpty() ? opened.path : QString();
}

bool AttachmentView::saveTo(int row, const QString &path, QString *error) const
{
    if (row < 0 || row >= m_model->rowCount()) {
        *error = tr("No attachment is selected.");
        return false;
    }
    return copyOut(m_blobDirectory, m_model->row(row).attachment, path, false, nullptr, error);
}

QString AttachmentView::statusText() const
{
    return m_status->text();
}

void AttachmentView::setStatus(const QString &text)
{
    m_status->setText(text);
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
    if (row < 0 || row >= m_model->rowCount())
        return;
    const CaseStore::Attachment a = m_model->row(row).attachment;
    if (m_model->row(row).check == AttachmentModel::Check::NotReceived
        || m_model->row(row).check == AttachmentModel::Check::Missing) {
        m_preview->showMessage(m_model->row(row).check == AttachmentModel::Check::NotReceived
                                   ? describe(a.problem)
                                   : tr("The file has not been downloaded yet. It is fetched at "
                                        "the next sync."));
        return;
    }
    const QString folder = tempFolderFor(a);
    if (folder.isEmpty()) {
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Open attachment"),
                         tr("No temporary folder is available for opening the file."));
        return;
    }
    m_open->setEnabled(false);
    setStatus(tr("Opening %1…").arg(a.localName));
    QPointer<AttachmentView> self(this);
    const QString blobs = m_blobDirectory;
    QThreadPool::globalInstance()->start([self, blobs, a, folder]() {
        auto opened = std::make_shared<Opened>(open(blobs, a, folder));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id = a.id, opened]() {
                if (self)
                    self->showOpened(id, *opened);
            },
            Qt::QueuedConnection);
    });
}

void AttachmentView::showOpened(qint64 attachmentRowId, const Opened &opened)
{
    updateButtons();
    setStatus(QString());
    const int row = m_model->indexOfRow(attachmentRowId);
    if (row < 0)
        return;
    const CaseStore::Attachment &a = m_model->row(row).attachment;
    if (!opened.error.isEmpty()) {
        if (m_model->row(row).check != AttachmentModel::Check::Missing)
            m_model->setCheck(a.sha256, AttachmentModel::Check::Mismatch);
        m_preview->showMessage(opened.error);
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Open attachment"), opened.error);
        return;
    }
    m_checked.insert(a.sha256, AttachmentModel::Check::Verified);
    m_model->setCheck(a.sha256, AttachmentModel::Check::Verified);
    const QString title = AttachmentModel::displayName(a);
    switch (opened.decision.handling) {
    case AttachmentType::Handling::PreviewPdf:
        if (m_preview->showPdf(opened.pdf, title))
            Q_EMIT attachmentOpened(opened.path);
        return;
    case AttachmentType::Handling::PreviewImage:
        m_preview->showImage(opened.image, title);
        Q_EMIT attachmentOpened(opened.path);
        return;
    case AttachmentType::Handling::OpenExternally:
        m_preview->showMessage(tr("%1 is opened in the workstation's own program.").arg(title));
        Q_EMIT attachmentOpened(opened.path);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(opened.path)))
            DialogHost::show(this, DialogHost::Kind::Warning, tr("Open attachment"),
                             tr("No program on this workstation opens this type of file. Use "
                                "\"Save as…\" and open it from there."));
        return;
    case AttachmentType::Handling::SaveOnly:
        m_preview->showMessage(opened.decision.reason);
        return;
    case AttachmentType::Handling::SaveOnlyDangerous:
        m_preview->showMessage(opened.decision.reason);
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Open attachment"),
                         opened.decision.reason);
        return;
    }
}

void AttachmentView::saveRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const CaseStore::Attachment a = m_model->row(row).attachment;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(a.localName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save attachment"), start);
    if (path.isEmpty())
        return;
    m_save->setEnabled(false);
    setStatus(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    QPointer<AttachmentView> self(this);
    const QString blobs = m_blobDirectory;
    QThreadPool::globalInstance()->start([self, blobs, a, path]() {
        QString error;
        const bool ok = copyOut(blobs, a, path, false, nullptr, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error, path]() {
                if (!self)
                    return;
                self->updateButtons();
                if (!ok) {
                    self->setStatus(QString());
                    DialogHost::show(self, DialogHost::Kind::Error, tr("Save attachment"), error);
                    return;
                }
                self->setStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
            },
            Qt::QueuedConnection);
    });
}

} // namespace lvdesk
