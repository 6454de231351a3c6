// SPDX-License-Identifier: EUPL-1.2

#include "casedocumentactions.h"

#include "config/workspace.h"
#include "dialoghost.h"
#include "documentpreviewdialog.h"
#include "transfer/casedocument.h"
#include "uistyle.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lvdesk {

CaseDocumentActions::CaseDocumentActions(Workspace *workspace, qint64 caseId,
                                         std::function<qint64()> currentEvent, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_workspace(workspace)
    , m_caseId(caseId)
    , m_currentEvent(std::move(currentEvent))
{
    m_menu = new QMenu(parent);
    QAction *preview = m_menu->addAction(tr("&Preview…"), this, &CaseDocumentActions::preview);
    preview->setObjectName(u"documentPreview"_s);
    QAction *print = m_menu->addAction(tr("P&rint…"), this, &CaseDocumentActions::print);
    print->setObjectName(u"documentPrint"_s);
    QAction *save = m_menu->addAction(tr("&Save as PDF…"), this, &CaseDocumentActions::save);
    save->setObjectName(u"documentSave"_s);
    m_button = new QToolButton(parent);
    m_button->setObjectName(u"documentButton"_s);
    m_button->setText(tr("D&ocument"));
    m_button->setToolTip(tr("The document of the action shown in the form tab, as the case "
                            "register receives it (henkilötunnus masked)"));
    m_button->setIcon(UiStyle::icon(u"case-message"_s));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
}

void CaseDocumentActions::render(const QString &savePath,
                                 std::function<void(const CaseDocumentRenderer::Result &)> then)
{
    if (!m_workspace->isReady()) {
        Q_EMIT finished(false, tr("The store is not open yet."));
        return;
    }
    if (!m_renderer)
        m_renderer = new CaseDocumentRenderer(m_workspace->storeConfig(), this);
    m_button->setEnabled(false);
    m_renderer->render(m_caseId, m_currentEvent ? m_currentEvent() : 0, savePath, this,
                       [this, then = std::move(then)](const CaseDocumentRenderer::Result &r) {
                           m_button->setEnabled(true);
                           if (!r.ok) {
                               DialogHost::show(m_parent, DialogHost::Kind::Warning, tr("Document"),
                                                r.error);
                               Q_EMIT finished(false, r.error);
                               return;
                           }
                           then(r);
                       });
}

void CaseDocumentActions::preview()
{
    render(QString(), [this](const CaseDocumentRenderer::Result &r) {
        if (m_preview)
            m_preview->close();
        auto *dialog = new DocumentPreviewDialog(r.pdf, r.title, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString fileName = r.fileName;
        connect(dialog, &DocumentPreviewDialog::printRequested, this,
                [this, r] { printResult(r); });
        connect(dialog, &DocumentPreviewDialog::saveRequested, this,
                [this, fileName] { askAndSave(fileName); });
        m_preview = dialog;
        dialog->show();
        Q_EMIT previewShown(dialog);
        Q_EMIT finished(true, QString());
    });
}

void CaseDocumentActions::print()
{
    render(QString(), [this](const CaseDocumentRenderer::Result &r) { printResult(r); });
}

void CaseDocumentActions::printResult(const CaseDocumentRenderer::Result &result)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(result.title);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print the document"));
    if (dialog.exec() != QDialog::Accepted) {
        Q_EMIT finished(true, QString());
        return;
    }
    CaseDocument::printHtml(result.html, result.title, &printer);
    Q_EMIT finished(true, tr("The document was sent to the printer."));
}

void CaseDocumentActions::save()
{
    render(QString(), [this](const CaseDocumentRenderer::Result &r) { askAndSave(r.fileName); });
}

void CaseDocumentActions::askAndSave(const QString &suggestedName)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save the document"), start,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        Q_EMIT finished(true, QString());
        return;
    }
    saveTo(path);
}

void CaseDocumentActions::saveTo(const QString &path)
{
    render(path, [this](const CaseDocumentRenderer::Result &r) {
        Q_EMIT finished(
            true, tr("The document is saved as %1.").arg(QDir::toNativeSeparators(r.savedTo)));
    });
}

} // namespace lvdesk
