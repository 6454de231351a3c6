// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/inboundfailure.h"
#include "store/casestore.h"
#include "workflow/caseactions.h"

#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolBar;

namespace lvdesk {

class AttachmentView;
class CaseAuditView;
class CaseDocumentActions;
class CaseHeader;
class CaseTransfersView;
class EventTimeline;
class FormView;
class Workspace;

// CaseView: one case as the officer works on it: the header with the facts and the deadline, the
// form with a review mark per section, the attachments, the timeline, the transfers and the audit
// trail, and the officer's actions. Every action that sends something shows exactly what will be
// sent and runs only after the officer confirmed it. Reads through its own store connection; all
// writes go through CaseActions.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    CaseView(Workspace *workspace, qint64 caseId, QWidget *parent = nullptr);
    ~CaseView() override;

    qint64 caseId() const { return m_caseId; }
    // The last action's result as shown to the officer (empty before any).
    QString lastResult() const;

public Q_SLOTS:
    // Reads the case again (after casesChanged); keeps the tab and scroll positions.
    void reload();

    void takeCase();
    void releaseCase();
    void approveTransfer();
    void requestSupplement();
    void sendMessage();
    void setStatus();
    void markDecided();
    void closeCase();
    void transferElsewhere();

Q_SIGNALS:
    // The officer closed the view (Ctrl+W or the close button).
    void closed();
    // An action ended (committed, refused or failed); for the window's status bar and tests.
    void actionFinished(bool ok, const QString &message);

private:
    QAction *addCaseAction(const QString &text, const QString &objectName,
                           const QKeySequence &shortcut, void (CaseView::*slot)());
    bool ensureConnection();
    void updateActions();
    void showForm();
    void askStatus(const QList<ServiceState> &states, ServiceState initial);
    // Shows the preview, and when the officer confirms, runs `run` with it.
    void confirmAndRun(const CaseActions::Preview &preview,
                       const std::function<void(const CaseActions::Preview &)> &run);
    CaseActions::Callback resultHandler(const QString &done);
    void finish(bool ok, const QString &message);
    void saveReview(const QString &sectionId, CaseStore::ReviewStatus status, const QString &note);

    Workspace *m_workspace = nullptr;
    qint64 m_caseId = 0;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::optional<CaseStore::Case> m_case;
    QList<CaseStore::Event> m_events;
    QList<CaseStore::Attachment> m_attachments;
    QList<CaseStore::ReviewNote> m_notes;
    QList<InboundFailure> m_inboundFailures;

    CaseHeader *m_header = nullptr;
    QLabel *m_heldLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QWidget *m_inboundBanner = nullptr;
    QLabel *m_inboundText = nullptr;
    QPushButton *m_inboundRetry = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_formEventRow = nullptr;
    QComboBox *m_formEvent = nullptr;
    FormView *m_form = nullptr;
    AttachmentView *m_attachmentView = nullptr;
    EventTimeline *m_timeline = nullptr;
    CaseTransfersView *m_transfers = nullptr;
    CaseAuditView *m_audit = nullptr;
    CaseDocumentActions *m_documents = nullptr;

    QAction *m_take = nullptr;
    QAction *m_release = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_supplement = nullptr;
    QAction *m_message = nullptr;
    QAction *m_status = nullptr;
    QAction *m_transferElsewhere = nullptr;
    QAction *m_decided = nullptr;
    QAction *m_close = nullptr;
    QAction *m_closeView = nullptr;
    bool m_busy = false;
};

} // namespace lvdesk
