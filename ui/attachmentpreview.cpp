// SPDX-License-Identifier: EUPL-1.2

#include "attachmentpreview.h"

#include <QBuffer>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

AttachmentPreview::AttachmentPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"attachmentPreview"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"previewTitle"_s);
    m_title->setTextFormat(Qt::PlainText); // the customer's file name
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(tr("Choose an attachment and press Open to see it here."), m_stack);
    m_message->setObjectName(u"previewMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(16);
    m_stack->addWidget(m_message);

    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(m_stack);
    m_pdfView->setObjectName(u"previewPdf"_s);
    m_pdfView->setAccessibleName(tr("PDF preview"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    // A device is read as the document loads: a file QtPdf cannot read says so when it is known.
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Error && m_stack->currentWidget() == m_pdfView)
            showMessage(tr("The PDF file could not be shown: it is damaged or protected. Save it "
                           "and open it with another program."));
    });
    m_stack->addWidget(m_pdfView);

    m_imageArea = new QScrollArea(m_stack);
    m_imageArea->setObjectName(u"previewImageArea"_s);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_image = new QLabel;
    m_image->setObjectName(u"previewImage"_s);
    m_image->setAccessibleName(tr("Image preview"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(false);
    m_stack->addWidget(m_imageArea);
    layout->addWidget(m_stack, 1);
    clear();
}

AttachmentPreview::~AttachmentPreview() = default;

bool AttachmentPreview::showPdf(const QByteArray &bytes, const QString &title)
{
    m_pdf->close();
    delete m_pdfBuffer;
    m_pdfBuffer = new QBuffer(this);
    m_pdfBuffer->setData(bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdf->load(m_pdfBuffer);
    if (m_pdf->status() == QPdfDocument::Status::Error) {
        showMessage(tr("The PDF file could not be shown: it is damaged or protected. Save it and "
                       "open it with another program."));
        return false;
    }
    m_title->setText(title);
    m_title->show();
    m_stack->setCurrentWidget(m_pdfView);
    return true;
}

void AttachmentPreview::showImage(const QImage &image, const QString &title)
{
    m_pdf->close();
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->adjustSize();
    m_title->setText(title);
    m_title->show();
    m_stack->setCurrentWidget(m_imageArea);
}

void AttachmentPreview::showMessage(const QString &text)
{
    m_pdf->close();
    m_image->clear();
    m_title->hide();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void AttachmentPreview::clear()
{
    showMessage(tr("Choose an attachment and press Open to see it here."));
}

QString AttachmentPreview::shownKind() const
{
    if (m_stack->currentWidget() == m_pdfView)
        return u"pdf"_s;
    if (m_stack->currentWidget() == m_imageArea)
        return u"image"_s;
    return u"message"_s;
}

int AttachmentPreview::pdfPageCount() const
{
    return m_pdf->pageCount();
}

} // namespace lvdesk
