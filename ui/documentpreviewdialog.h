// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QBuffer;
class QPdfDocument;
class QPdfView;

namespace lvdesk {

// DocumentPreviewDialog: a case's document exactly as the PDF/A that was made, page by page, with
// Print and Save beside Close. Shows what it is given; making the document is not its job.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPreviewDialog(const QByteArray &pdf, const QString &title, QWidget *parent = nullptr);
    ~DocumentPreviewDialog() override;

    int pageCount() const;

Q_SIGNALS:
    void printRequested();
    void saveRequested();

private:
    QByteArray m_pdf;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
};

} // namespace lvdesk
