// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/casedocumentrenderer.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QToolButton;
class QWidget;

namespace lvdesk {

class DocumentPreviewDialog;
class Workspace;

// CaseDocumentActions: the case view's Document menu: preview, print and save the document of the
// action the officer is looking at (the application, or a later action), as the officer's copy (the
// henkilötunnus masked) in the customer's language. The document is made off the main thread; the
// window only shows, prints and asks where to save.
class CaseDocumentActions : public QObject
{
    Q_OBJECT

public:
    // currentEvent answers the event the officer looks at (0: the application).
    CaseDocumentActions(Workspace *workspace, qint64 caseId, std::function<qint64()> currentEvent,
                        QWidget *parent);

    // The tool button with the menu, for the case view's tool bar.
    QToolButton *button() const { return m_button; }

public Q_SLOTS:
    void preview();
    void print();
    void save();
    // Saves without asking where (tests and scripted use).
    void saveTo(const QString &path);

Q_SIGNALS:
    // A document action ended; message is for the officer (empty after a cancelled dialog).
    void finished(bool ok, const QString &message);
    void previewShown(DocumentPreviewDialog *dialog);

private:
    void render(const QString &savePath,
                std::function<void(const CaseDocumentRenderer::Result &)> then);
    void printResult(const CaseDocumentRenderer::Result &result);
    void askAndSave(const QString &suggestedName);

    QWidget *m_parent;
    Workspace *m_workspace;
    qint64 m_caseId;
    std::function<qint64()> m_currentEvent;
    CaseDocumentRenderer *m_renderer = nullptr;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QPointer<DocumentPreviewDialog> m_preview;
};

} // namespace lvdesk
