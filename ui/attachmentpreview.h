// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;

namespace lvdesk {

// AttachmentPreview: shows an attachment inside lvdesk: a PDF in QtPdf's view, an image scaled to
// fit, or a plain-text message (why a file is not shown). No external program is involved, and
// nothing here reads or hashes a file on the GUI thread except QtPdf loading a verified copy.
class AttachmentPreview : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPreview(QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    // bytes: a verified file, read off the GUI thread. False when QtPdf cannot read it (the message
    // says why).
    bool showPdf(const QByteArray &bytes, const QString &title);
    void showImage(const QImage &image, const QString &title);
    void showMessage(const QString &text);
    void clear();

    // What is shown, for tests: "pdf", "image", "message" or "" (nothing).
    QString shownKind() const;
    int pdfPageCount() const;

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_pdfBuffer = nullptr; // the bytes the document reads from, in memory
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace lvdesk
