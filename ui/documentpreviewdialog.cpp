// SPDX-License-Identifier: EUPL-1.2

#include "documentpreviewdialog.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

DocumentPreviewDialog::DocumentPreviewDialog(const QByteArray &pdf, const QString &title,
                                             QWidget *parent)
    : QDialog(parent)
    , m_pdf(pdf)
{
    setObjectName(u"documentPreview"_s);
    // The title is the customer's project name: plain text in the window title.
    setWindowTitle(tr("Document: %1").arg(title));
    resize(760, 900);
    auto *layout = new QVBoxLayout(this);
    m_buffer = new QBuffer(&m_pdf, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_document = new QPdfDocument(this);
    m_document->load(m_buffer);
    m_view = new QPdfView(this);
    m_view->setObjectName(u"documentView"_s);
    m_view->setAccessibleName(tr("Document preview"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(u"previewPrintButton"_s);
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"previewSaveButton"_s);
    connect(print, &QPushButton::clicked, this, &DocumentPreviewDialog::printRequested);
    connect(save, &QPushButton::clicked, this, &DocumentPreviewDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

DocumentPreviewDialog::~DocumentPreviewDialog()
{
    m_view->setDocument(nullptr);
    m_document->close();
}

int DocumentPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

} // namespace lvdesk
