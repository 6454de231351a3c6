// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/casesnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTranslator>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace lvdesk {

// CaseDocument: one action of a case as a readable document: the application (the opening action
// with the customer, the place, every form section and field, its attachments with sizes and
// SHA-256, the officers' review marks and the events so far) or a later action (a supplement, a
// message …) with its own form and attachments. Written in the customer's language (fi or sv,
// otherwise fi), whatever the officer's; rendered as PDF/A-1b with its fonts embedded, or printed.
// Customer text is always plain text. Works in any thread (no widgets).
class CaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocument)

public:
    enum class Copy {
        Officer, // for the officer's screen and printer: the henkilötunnus masked
        Register, // for the case register: the henkilötunnus in full
    };

    struct Options
    {
        QString language; // "fi" or "sv"; empty = the customer's (CaseSnapshot::documentLanguage)
        Copy copy = Copy::Officer;
        qint64 eventId = 0; // the action; 0 = the case's opening action (the application)
        QDateTime createdAt; // shown as the document's date; invalid = now
    };

    CaseDocument(const CaseSnapshot &snapshot, const Options &options);
    ~CaseDocument();
    CaseDocument(const CaseDocument &) = delete;
    CaseDocument &operator=(const CaseDocument &) = delete;

    // Whether the options name an action of the case.
    bool isValid() const;
    QString language() const { return m_language; }
    // The document's title in its language, e.g. "Hakemus – Uusi maa-aineksen ottoalue".
    QString title() const;
    // The document's kind in its language ("Hakemus", "Täydennys" …), for descriptions.
    QString kindName() const;
    // The whole document as the HTML a QTextDocument lays out (customer text escaped).
    QString html() const;

    // The document as PDF/A-1b (fonts embedded). Empty with error set on failure.
    QByteArray toPdf(QString *error = nullptr) const;
    // Lays the document out on a printer or another paged device, page numbers at the bottom.
    void print(QPagedPaintDevice *device) const;

    // Lays out html (as html() made it) with the document's font and styles on a printer or
    // another paged device (the case view prints what the renderer made off the main thread).
    static void printHtml(const QString &html, const QString &title, QPagedPaintDevice *device);

    // A file name for the document of eventId (0 = the application), not yet made safe:
    // "application.pdf", "supplement-2.pdf" … (the action's position in the case).
    static QString fileNameFor(const CaseSnapshot &snapshot, qint64 eventId);

private:
    QString text(const char *source) const;
    static std::unique_ptr<QTextDocument> layout(const QString &html, const QString &title);

    const CaseSnapshot &m_snapshot;
    Options m_options;
    QString m_language;
    const CaseSnapshot::EventData *m_event = nullptr;
    QTranslator m_translator;
};

} // namespace lvdesk
