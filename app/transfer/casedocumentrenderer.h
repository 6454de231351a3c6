// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace lvdesk {

// CaseDocumentRenderer: the officer's copy of a case's document (CaseDocument: the henkilötunnus
// masked), made off the main thread for the case view's preview, print and save: the case is read
// on a connection of the worker's own, the PDF/A rendered there, and the result handed back.
class CaseDocumentRenderer : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString error; // translated
        QByteArray pdf;
        QString html; // for printing (CaseDocument::printHtml)
        QString title;
        QString fileName; // a suggested name, e.g. "application.pdf"
        QString savedTo; // the path written, when one was asked for
    };
    using Callback = std::function<void(const Result &)>;

    explicit CaseDocumentRenderer(const StoreConfig &config, QObject *parent = nullptr);
    ~CaseDocumentRenderer() override;

    // Renders the document of eventId (0: the application) of caseId; with savePath, also writes
    // the PDF there (readable by this user only). done runs later on this object's thread, unless
    // context is gone by then.
    void render(qint64 caseId, qint64 eventId, const QString &savePath, QObject *context,
                Callback done);

private:
    StoreConfig m_config;
    QThreadPool m_pool;
};

} // namespace lvdesk
