// SPDX-License-Identifier: EUPL-1.2

#include "attachmentmodel.h"
#include "attachmentpreview.h"
#include "attachmentview.h"
#include "dialoghost.h"
#include "domain/safefilenames.h"
#include "store/blobstore.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lvdesk;
using namespace Qt::StringLiterals;

// The attachments of a case as the officer handles them: checked off the GUI thread, PDF and
// images shown inside lvdesk, programs only saved, names shown with hidden characters marked, and
// attachments that were not received offered for download again.
class tst_AttachmentView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checksAreMadeInTheBackground();
    void pdfAndImagesAreShownInside();
    void programsAreOnlySavedWithAWarning();
    void namesShowHiddenCharactersAndSaveUnderTheSafeName();
    void attachmentNotReceivedCanBeAskedForAgain();

private:
    CaseStore::Attachment add(const QString &fileName, const QByteArray &bytes, bool stored = true);
    void show();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AttachmentView> m_view;
    QList<CaseStore::Attachment> m_attachments;
    QStringList m_dialogs;
};

namespace {

QByteArray pdfBytes(const QString &text = u"Asemapiirros"_s)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(100, 100, text);
    }
    return bytes;
}

QByteArray pngBytes()
{
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray exeBytes = "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"_ba
                            + QByteArray(48, '\0') + "This program cannot be run in DOS mode"_ba;

} // namespace

void tst_AttachmentView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_attachments.clear();
    m_dialogs.clear();
    DialogHost::setAnswerer([this](DialogHost::Kind, const QString &title, const QString &text) {
        m_dialogs << title + u": "_s + text;
        return true;
    });
    m_view = std::make_unique<AttachmentView>();
}

void tst_AttachmentView::cleanup()
{
    m_view.reset();
    DialogHost::setAnswerer({});
}

CaseStore::Attachment tst_AttachmentView::add(const QString &fileName, const QByteArray &bytes,
                                              bool stored)
{
    BlobStore blobs(m_dir->filePath(u"blobs"_s));
    CaseStore::Attachment a;
    a.id = m_attachments.size() + 1;
    a.eventId = 1;
    a.position = int(m_attachments.size());
    a.attachmentId = u"a%1"_s.arg(a.id);
    a.fileName = fileName;
    a.contentType = u"application/pdf"_s; // what a browser said: not trusted
    a.size = bytes.size();
    a.sha256 = BlobStore::sha256Of(bytes);
    a.stored = stored;
    if (stored)
        blobs.put(bytes);
    m_attachments << a;
    return a;
}

void tst_AttachmentView::show()
{
    QStringList names;
    for (const CaseStore::Attachment &a : std::as_const(m_attachments))
        names << a.fileName;
    const QStringList local = SafeFileNames::uniqueNames(names);
    for (int i = 0; i < m_attachments.size(); ++i)
        m_attachments[i].localName = local.at(i);
    m_view->setAttachments(m_attachments, m_dir->filePath(u"blobs"_s));
}

void tst_AttachmentView::checksAreMadeInTheBackground()
{
    // A large file: setAttachments() returns before anything is read, the check comes later.
    add(u"iso.pdf"_s, QByteArray(48 * 1024 * 1024, 'x'));
    add(u"pieni.pdf"_s, pdfBytes());
    const CaseStore::Attachment damaged = add(u"vaurio.pdf"_s, pdfBytes(u"Vaurio"_s));
    QFile file(BlobStore(m_dir->filePath(u"blobs"_s)).pathOf(damaged.sha256));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write("X");
    file.close();
    show();
    AttachmentModel *model = m_view->model();
    QVERIFY(model->row(0).check == AttachmentModel::Check::Unchecked);
    QTRY_VERIFY(model->row(0).check == AttachmentModel::Check::Verified);
    QTRY_VERIFY(model->row(1).check == AttachmentModel::Check::Verified);
    QTRY_VERIFY(model->row(2).check == AttachmentModel::Check::Mismatch);
    // Known results are not read again on a reload.
    show();
    QVERIFY(model->row(0).check == AttachmentModel::Check::Verified);
}

void tst_AttachmentView::pdfAndImagesAreShownInside()
{
    add(u"asemapiirros.pdf"_s, pdfBytes());
    add(u"kuva.png"_s, pngBytes());
    show();
    QSignalSpy opened(m_view.get(), &AttachmentView::attachmentOpened);
    m_view->openRow(0);
    QTRY_COMPARE(m_view->preview()->shownKind(), u"pdf"_s);
    QTRY_COMPARE(m_view->preview()->pdfPageCount(), 1);
    QCOMPARE(opened.size(), 1);
    // The viewer reads a private, read-only copy under the safe name.
    const QString copy = opened.first().first().toString();
    QVERIFY(copy.endsWith(u"/asemapiirros.pdf"_s));
    QCOMPARE(QFile::permissions(copy)
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOwner),
             QFileDevice::Permissions());
    m_view->openRow(1);
    QTRY_COMPARE(m_view->preview()->shownKind(), u"image"_s);
    QVERIFY(m_dialogs.isEmpty());
}

void tst_AttachmentView::programsAreOnlySavedWithAWarning()
{
    // Called .pdf by a customer's browser and its own name, a program by its bytes.
    add(u"lasku.pdf"_s, exeBytes);
    add(u"ohje.sh"_s, "#!/bin/sh\necho hi\n"_ba);
    show();
    QSignalSpy opened(m_view.get(), &AttachmentView::attachmentOpened);
    m_view->openRow(0);
    QTRY_COMPARE(m_dialogs.size(), 1);
    QVERIFY2(m_dialogs.first().contains(u"program"_s), qPrintable(m_dialogs.first()));
    QCOMPARE(m_view->preview()->shownKind(), u"message"_s);
    m_view->openRow(1);
    QTRY_COMPARE(m_dialogs.size(), 2);
    QCOMPARE(opened.size(), 0); // nothing was handed to a viewer
    // Saving is still possible, and the bytes are the customer's.
    QString error;
    const QString target = m_dir->filePath(u"saved.bin"_s);
    QVERIFY2(m_view->saveTo(0, target, &error), qPrintable(error));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), exeBytes);
}

void tst_AttachmentView::namesShowHiddenCharactersAndSaveUnderTheSafeName()
{
    add(u"kuva\u202Egnp.exe"_s, pngBytes());
    add(u"<b>lihava</b>.pdf"_s, pdfBytes());
    add(QString(), pdfBytes(u"Nimetön"_s));
    show();
    AttachmentModel *model = m_view->model();
    QCOMPARE(model->index(0, AttachmentModel::NameColumn).data().toString(),
             u"kuva\u27E8U+202E\u27E9gnp.exe"_s);
    QCOMPARE(model->index(1, AttachmentModel::NameColumn).data().toString(),
             u"<b>lihava</b>.pdf"_s);
    QVERIFY(!model->index(2, AttachmentModel::NameColumn).data().toString().isEmpty());
    // The tooltip (rich text) is escaped and names the local file.
    const QString tip
        = model->index(1, AttachmentModel::NameColumn, {}).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(u"&lt;b&gt;"_s));
    QVERIFY(tip.contains(u"_b_lihava__b_.pdf"_s));
    // An .exe stays an .exe under its safe name, however it looks: it is not opened.
    QCOMPARE(m_attachments.at(0).localName, u"kuvagnp.exe"_s);
    m_view->openRow(0);
    QTRY_COMPARE(m_dialogs.size(), 1);
    QString error;
    const QString copy = m_view->verifiedCopy(1, &error);
    QVERIFY2(copy.endsWith(u"/_b_lihava__b_.pdf"_s), qPrintable(copy + error));
}

void tst_AttachmentView::attachmentNotReceivedCanBeAskedForAgain()
{
    CaseStore::Attachment over = add(u"iso.pdf"_s, pdfBytes(), false);
    m_attachments.last().problem = AttachmentProblem::OverLimit;
    add(u"nimeton.pdf"_s, pdfBytes(), false);
    m_attachments.last().problem = AttachmentProblem::NoChecksum;
    m_attachments.last().sha256.clear();
    show();
    AttachmentModel *model = m_view->model();
    QVERIFY(model->row(0).check == AttachmentModel::Check::NotReceived);
    QVERIFY(model->index(0, AttachmentModel::ChecksumColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(describe(AttachmentProblem::OverLimit).left(20).toHtmlEscaped()));
    auto *table = m_view->findChild<QAbstractItemView *>(u"attachmentTable"_s);
    auto *retry = m_view->findChild<QPushButton *>(u"retryAttachmentButton"_s);
    QSignalSpy asked(m_view.get(), &AttachmentView::retryRequested);
    table->selectionModel()->select(model->index(1, 0), QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    QVERIFY(!retry->isEnabled()); // no checksum: asking again cannot help
    table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
    QVERIFY(retry->isEnabled());
    retry->click();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), over.id);
    m_view->openRow(0);
    QCOMPARE(m_view->preview()->shownKind(), u"message"_s);
}

QTEST_MAIN(tst_AttachmentView)
#include "tst_attachmentview.moc"
