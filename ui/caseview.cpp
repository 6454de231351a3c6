// SPDX-License-Identifier: EUPL-1.2

#include "caseview.h"

#include "actionconfirmation.h"
#include "approvedialog.h"
#include "attachmentview.h"
#include "caseauditview.h"
#include "casedocumentactions.h"
#include "caseheader.h"
#include "casetransfersview.h"
#include "config/workspace.h"
#include "dialoghost.h"
#include "domain/actiontype.h"
#include "domain/exportstate.h"
#include "domain/outboxstate.h"
#include "eventtimeline.h"
#include "formview.h"
#include "lv/lvcodec.h"
#include "messagedialog.h"
#include "statusdialog.h"
#include "store/audittrail.h"
#include "store/deadlinestore.h"
#include "store/inboundfailurestore.h"
#include "store/outboxstore.h"
#include "store/registerstore.h"
#include "store/storeconnection.h"
#include "store/transferlogstore.h"
#include "supplementdialog.h"
#include "transfer/exportformat.h"
#include "transferelsewheredialog.h"
#include "uilog.h"
#include "uistyle.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

using Action = CaseTransitions::Action;

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    return label;
}

// Each open case view reads through a connection of its own, so two views never share one.
int nextViewSerial()
{
    static int serial = 0;
    return ++serial;
}

// The transfers of the case in one line: what still waits, what failed, and the export.
QString transferSummary(const CaseStore::Case &c, const QList<OutboxStore::Message> &outbound)
{
    int waiting = 0;
    int failed = 0;
    int delivered = 0;
    for (const OutboxStore::Message &m : outbound) {
        if (m.state == OutboxState::Failed)
            ++failed;
        else if (m.state == OutboxState::Delivered)
            ++delivered;
        else
            ++waiting;
    }
    QStringList parts;
    if (outbound.isEmpty())
        parts.append(CaseView::tr("nothing sent"));
    if (delivered > 0)
        parts.append(CaseView::tr("%n delivered", nullptr, delivered));
    if (waiting > 0)
        parts.append(CaseView::tr("%n waiting to be sent", nullptr, waiting));
    if (failed > 0)
        parts.append(CaseView::tr("%n failed", nullptr, failed));
    if (const auto state = exportStateFromString(c.exportState))
        parts.append(CaseView::tr("export: %1").arg(displayName(*state)));
    return parts.join(u", "_s);
}

QString iconFor(const QString &actionName)
{
    static const QHash<QString, QString> icons = {
        {u"takeAction"_s, u"case-take"_s},
        {u"releaseAction"_s, u"case-release"_s},
        {u"approveAction"_s, u"case-approve"_s},
        {u"supplementAction"_s, u"case-supplement"_s},
        {u"messageAction"_s, u"case-message"_s},
        {u"statusAction"_s, u"case-status"_s},
        {u"transferElsewhereAction"_s, u"case-transfer"_s},
        {u"decidedAction"_s, u"case-decided"_s},
        {u"closeCaseAction"_s, u"case-close"_s},
    };
    return icons.value(actionName);
}

} // namespace

CaseView::CaseView(Workspace *workspace, qint64 caseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_caseId(caseId)
{
    setObjectName(u"caseView"_s);
    m_connectionName
        = StoreConnection::nameForThisThread(u"caseview"_s + QString::number(nextViewSerial()));
    auto *layout = new QVBoxLayout(this);
    m_header = new CaseHeader(this);
    layout->addWidget(m_header);

    m_toolBar = new QToolBar(tr("Case actions"), this);
    m_toolBar->setObjectName(u"caseActions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_take = addCaseAction(tr("&Take"), u"takeAction"_s, QKeySequence(u"Ctrl+T"_s),
                           &CaseView::takeCase);
    m_release = addCaseAction(tr("&Release"), u"releaseAction"_s, QKeySequence(u"Ctrl+Shift+T"_s),
                              &CaseView::releaseCase);
    m_toolBar->addSeparator();
    m_approve = addCaseAction(tr("&Approve transfer…"), u"approveAction"_s,
                              QKeySequence(u"Ctrl+Shift+A"_s), &CaseView::approveTransfer);
    m_supplement = addCaseAction(tr("Request &supplement…"), u"supplementAction"_s,
                                 QKeySequence(u"Ctrl+Shift+S"_s), &CaseView::requestSupplement);
    m_message = addCaseAction(tr("Send &message…"), u"messageAction"_s,
                              QKeySequence(u"Ctrl+Shift+M"_s), &CaseView::sendMessage);
    m_status = addCaseAction(tr("Set stat&us…"), u"statusAction"_s, QKeySequence(u"Ctrl+Shift+U"_s),
                             &CaseView::setStatus);
    m_transferElsewhere
        = addCaseAction(tr("Transfer to another a&uthority…"), u"transferElsewhereAction"_s,
                        QKeySequence(u"Ctrl+Shift+E"_s), &CaseView::transferElsewhere);
    m_toolBar->addSeparator();
    m_decided = addCaseAction(tr("Mark &decided…"), u"decidedAction"_s,
                              QKeySequence(u"Ctrl+Shift+D"_s), &CaseView::markDecided);
    m_close = addCaseAction(tr("C&lose case…"), u"closeCaseAction"_s,
                            QKeySequence(u"Ctrl+Shift+L"_s), &CaseView::closeCase);
    // The document of the action shown in the form tab (its own files, since the case view
    // changes for other reasons).
    m_documents = new CaseDocumentActions(
        workspace, caseId, [this] { return m_formEvent->currentData().toLongLong(); }, this);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_documents->button());
    connect(m_documents, &CaseDocumentActions::finished, this,
            [this](bool ok, const QString &message) {
                if (!message.isEmpty())
                    finish(ok, message);
            });
    m_closeView = new QAction(tr("Close view"), this);
    m_closeView->setObjectName(u"closeViewAction"_s);
    m_closeView->setShortcut(QKeySequence(QKeySequence::Close));
    m_closeView->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_closeView, &QAction::triggered, this, &CaseView::closed);
    addAction(m_closeView);
    layout->addWidget(m_toolBar);

    m_heldLabel = plainLabel(this, u"heldLabel"_s);
    m_heldLabel->setVisible(false);
    layout->addWidget(m_heldLabel);
    m_resultLabel = plainLabel(this, u"resultLabel"_s);
    m_resultLabel->setVisible(false);
    layout->addWidget(m_resultLabel);
    // Actions of this case the service listed but lvdesk could not store: said here, not only in
    // Transfers, with a way out.
    m_inboundBanner = new QWidget(this);
    m_inboundBanner->setObjectName(u"inboundBanner"_s);
    auto *banner = new QHBoxLayout(m_inboundBanner);
    banner->setContentsMargins(0, 0, 0, 0);
    m_inboundText = plainLabel(m_inboundBanner, u"inboundText"_s);
    m_inboundRetry = new QPushButton(tr("Retry now"), m_inboundBanner);
    m_inboundRetry->setObjectName(u"inboundRetry"_s);
    m_inboundRetry->setToolTip(tr("Fetch the actions of this case that were not received again at "
                                  "the next sync"));
    banner->addWidget(m_inboundText, 1);
    banner->addWidget(m_inboundRetry);
    m_inboundBanner->setVisible(false);
    layout->addWidget(m_inboundBanner);
    connect(m_inboundRetry, &QPushButton::clicked, this, [this]() {
        CaseActions *actions = m_workspace->actions();
        if (!actions)
            return;
        m_inboundRetry->setEnabled(false);
        for (const InboundFailure &f : std::as_const(m_inboundFailures)) {
            if (f.state == InboundFailure::State::Failed)
                actions->retryInbound(f.item.externalId, this,
                                      resultHandler(tr("The actions are fetched again at the next "
                                                       "sync.")));
        }
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"caseTabs"_s);
    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_formEventRow = new QWidget(formPage);
    auto *eventRow = new QHBoxLayout(m_formEventRow);
    eventRow->setContentsMargins(0, 0, 0, 0);
    auto *eventCaption = new QLabel(tr("Form of:"), m_formEventRow);
    m_formEvent = new QComboBox(m_formEventRow);
    m_formEvent->setObjectName(u"formEventCombo"_s);
    eventCaption->setBuddy(m_formEvent);
    eventRow->addWidget(eventCaption);
    eventRow->addWidget(m_formEvent);
    eventRow->addStretch(1);
    formLayout->addWidget(m_formEventRow);
    m_form = new FormView(formPage);
    formLayout->addWidget(m_form, 1);
    m_attachmentView = new AttachmentView(this);
    m_timeline = new EventTimeline(this);
    m_transfers = new CaseTransfersView(this);
    m_audit = new CaseAuditView(this);
    m_tabs->addTab(formPage, tr("&Form"));
    m_tabs->addTab(m_attachmentView, tr("Attach&ments"));
    m_tabs->addTab(m_timeline, tr("&Events and messages"));
    m_tabs->addTab(m_transfers, tr("Tra&nsfers"));
    m_tabs->addTab(m_audit, tr("Aud&it"));
    layout->addWidget(m_tabs, 1);

    connect(m_formEvent, &QComboBox::currentIndexChanged, this, &CaseView::showForm);
    connect(m_form, &FormView::reviewRequested, this, &CaseView::saveReview);
    connect(m_form, &FormView::attachmentRequested, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_attachmentView);
        m_attachmentView->openAttachment(id);
    });
    connect(m_attachmentView, &AttachmentView::retryRequested, this, [this](qint64 id) {
        if (CaseActions *actions = m_workspace->actions())
            actions->retryAttachment(
                id, this, resultHandler(tr("The attachment is asked for again at the next sync.")));
    });
    connect(m_transfers, &CaseTransfersView::retryOutboxRequested, this, [this](qint64 id) {
        if (CaseActions *actions = m_workspace->actions())
            actions->retryOutbox(id, this, resultHandler(tr("The write is queued again.")));
    });
    connect(m_transfers, &CaseTransfersView::retryExportRequested, this, [this](qint64 id) {
        if (CaseActions *actions = m_workspace->actions())
            actions->retryExport(id, this, resultHandler(tr("The export is queued again.")));
    });
    connect(m_transfers, &CaseTransfersView::exportAsPackageRequested, this, [this](qint64 id) {
        if (CaseActions *actions = m_workspace->actions())
            actions->retryExportAs(
                id, ExportFormat::name(ExportFormat::Kind::Package), this,
                resultHandler(tr("The case is exported as an lvdesk package from now on.")));
    });
    connect(workspace, &Workspace::casesChanged, this, &CaseView::reload);
    connect(workspace, &Workspace::ready, this, &CaseView::reload);

    reload();
}

bool CaseView::ensureConnection()
{
    if (m_db.isValid())
        return true;
    // A shared store's password is known only once the workspace is ready.
    if (!m_workspace->isReady())
        return false;
    QString error;
    m_db = StoreConnection::open(m_workspace->storeConfig(), m_connectionName, &error);
    if (!m_db.isValid()) {
        // Only the reason, no customer data: the store's own message names the file or server.
        qCWarning(lcUi) << "case view could not open its store connection";
        finish(false, error);
        return false;
    }
    return true;
}

CaseView::~CaseView()
{
    const bool opened = m_db.isValid();
    m_db = QSqlDatabase();
    if (opened)
        StoreConnection::close(m_connectionName);
}

QAction *CaseView::addCaseAction(const QString &text, const QString &objectName,
                                 const QKeySequence &shortcut, void (CaseView::*slot)())
{
    auto *action = new QAction(UiStyle::icon(iconFor(objectName)), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Active while the focus is anywhere in this view, so several open cases do not compete.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_toolBar->addAction(action);
    return action;
}

QString CaseView::lastResult() const
{
    return m_resultLabel->isVisible() ? m_resultLabel->text() : QString();
}

void CaseView::reload()
{
    if (!ensureConnection())
        return;
    const CaseStore cases(m_db);
    m_case = cases.caseById(m_caseId);
    if (!m_case) {
        m_header->setEnabled(false);
        m_tabs->setEnabled(false);
        finish(false, tr("This case is no longer in the store."));
        updateActions();
        return;
    }
    m_events = cases.events(m_caseId);
    m_attachments = cases.caseAttachments(m_caseId);
    m_notes = cases.reviewNotes(m_caseId);
    m_inboundFailures = InboundFailureStore(m_db).openForProjectPart(m_case->projectPartId);
    if (m_inboundFailures.isEmpty()) {
        m_inboundBanner->setVisible(false);
    } else {
        const InboundFailure &first = m_inboundFailures.first();
        m_inboundText->setText(tr("%n action(s) of this case could not be received: %1 (%2)",
                                  nullptr, int(m_inboundFailures.size()))
                                   .arg(describe(first.reason), displayName(first.state)));
        const bool retryable = std::any_of(
            m_inboundFailures.cbegin(), m_inboundFailures.cend(), [](const InboundFailure &f) {
                return f.state == InboundFailure::State::Failed
                       && f.reason != InboundFailure::Reason::Unidentified;
            });
        m_inboundRetry->setVisible(retryable);
        m_inboundRetry->setEnabled(retryable && m_workspace->actions());
        m_inboundBanner->setVisible(true);
    }

    // The customer and the place as the latest action gives them (commondata is per project).
    std::optional<Commondata> commondata;
    LocalizedText serviceName;
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (!commondata && !it->commondata.isEmpty()) {
            auto decoded = LvCodec::decodeCommondata(
                QJsonDocument(it->commondata).toJson(QJsonDocument::Compact));
            if (decoded)
                commondata = decoded.value();
        }
        if (serviceName.isEmpty()) {
            const QJsonObject name = it->formdata.value("serviceName"_L1).toObject();
            serviceName = {name.value("fi"_L1).toString(), name.value("sv"_L1).toString(),
                           name.value("en"_L1).toString()};
        }
    }
    const QDate today = QDate::currentDate();
    m_header->setData(*m_case, commondata, serviceName, DeadlineStore(m_db).forCase(m_caseId),
                      today);

    // The form selector: every action that carries a form, the opening one first chosen.
    const qint64 shownEvent = m_formEvent->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_formEvent);
        m_formEvent->clear();
        int select = -1;
        for (const CaseStore::Event &e : std::as_const(m_events)) {
            if (e.formdata.isEmpty())
                continue;
            m_formEvent->addItem(
                tr("%1, %2").arg(
                    ActionType::fromString(e.actionType).displayName(),
                    QLocale().toString(e.submittedAt.toLocalTime(), QLocale::ShortFormat)),
                e.id);
            if (e.id == shownEvent
                || (shownEvent == 0 && e.externalId == m_case->openingExternalId))
                select = m_formEvent->count() - 1;
        }
        m_formEvent->setCurrentIndex(select >= 0 ? select : 0);
        // The choice matters only once a supplement or another action brought a form of its own.
        m_formEventRow->setVisible(m_formEvent->count() > 1);
    }
    showForm();

    m_attachmentView->setAttachments(m_attachments, m_workspace->storeConfig().blobDirectory());

    const QList<AuditTrail::Entry> audit
        = AuditTrail(m_db).entriesFor(u"case:"_s + QString::number(m_caseId));
    const QList<OutboxStore::Message> outbound = OutboxStore(m_db).forCase(m_caseId);
    const TransferLogStore log(m_db);
    CaseTransfersView::Data transfers;
    for (const OutboxStore::Message &message : outbound)
        transfers.history.insert(u"outbox:"_s + message.messageId,
                                 log.entriesFor(u"outbox"_s, message.messageId));
    for (const CaseStore::Event &e : std::as_const(m_events))
        transfers.history.insert(u"event:"_s + e.externalId,
                                 log.entriesFor(u"event"_s, e.externalId));
    transfers.history.insert(u"case:"_s + QString::number(m_caseId),
                             log.entriesFor(u"case"_s, QString::number(m_caseId)));
    transfers.caseInfo = *m_case;
    transfers.events = m_events;
    transfers.outbound = outbound;
    transfers.replies = RegisterStore(m_db).replies(m_caseId);
    m_header->setTransferSummary(transferSummary(*m_case, outbound));
    m_timeline->setData(m_events, outbound, audit);
    m_transfers->setData(transfers);
    m_audit->setEntries(audit);
    updateActions();
}

void CaseView::showForm()
{
    const qint64 eventId = m_formEvent->currentData().toLongLong();
    QJsonObject formdata;
    QList<CaseStore::Attachment> attachments;
    for (const CaseStore::Event &e : std::as_const(m_events)) {
        if (e.id == eventId)
            formdata = e.formdata;
    }
    for (const CaseStore::Attachment &a : std::as_const(m_attachments)) {
        if (a.eventId == eventId)
            attachments.append(a);
    }
    const bool mine = m_case && m_workspace->actions() && m_case->handler == m_workspace->officer()
                      && CaseTransitions::allows(Action::Review, m_case->state);
    m_form->setForm(formdata, attachments, m_notes, mine && !m_busy);
}

void CaseView::updateActions()
{
    const CaseActions *actions = m_workspace->actions();
    const bool known = m_case.has_value() && actions && !m_busy;
    const QString officer = m_workspace->officer();
    const bool free = known && m_case->handler.isEmpty();
    const bool mine = known && !m_case->handler.isEmpty() && m_case->handler == officer;
    auto allowed = [&](Action action) {
        return mine && CaseTransitions::allows(action, m_case->state);
    };

    m_take->setEnabled(free && CaseTransitions::allows(Action::Take, m_case->state));
    m_take->setVisible(!mine);
    m_release->setEnabled(allowed(Action::Release));
    m_release->setVisible(mine);
    m_approve->setEnabled(allowed(Action::Approve));
    m_supplement->setEnabled(allowed(Action::RequestSupplement));
    m_message->setEnabled(allowed(Action::SendMessage));
    m_status->setEnabled(allowed(Action::SetReceived) || allowed(Action::SetInProcessing)
                         || allowed(Action::SetDecided) || allowed(Action::SetClosed));
    m_transferElsewhere->setEnabled(allowed(Action::TransferElsewhere));
    m_decided->setEnabled(allowed(Action::SetDecided));
    m_close->setEnabled(allowed(Action::SetClosed));

    const bool heldByOther = m_case && !m_case->handler.isEmpty() && m_case->handler != officer;
    m_heldLabel->setVisible(heldByOther);
    if (heldByOther)
        m_heldLabel->setText(
            tr("%1 has taken this case (since %2). Only they can act on it now.")
                .arg(m_case->handler,
                     QLocale().toString(m_case->handlerSince.toLocalTime(), QLocale::ShortFormat)));
}

void CaseView::finish(bool ok, const QString &message)
{
    m_busy = false;
    m_resultLabel->setText(ok ? message : tr("Not done: %1").arg(message));
    m_resultLabel->setVisible(!message.isEmpty());
    // The words say whether it worked; the colour only repeats it, readable in either palette.
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, UiStyle::problemColor());
    m_resultLabel->setPalette(palette);
    Q_EMIT actionFinished(ok, message);
}

CaseActions::Callback CaseView::resultHandler(const QString &done)
{
    m_busy = true;
    updateActions();
    return [this, done](const CaseActions::Outcome &outcome) {
        if (!outcome.ok) {
            QString message = outcome.error;
            if (!outcome.heldBy.isEmpty())
                message
                    = tr("%1 took this case first (%2).")
                          .arg(outcome.heldBy, QLocale().toString(outcome.heldSince.toLocalTime(),
                                                                  QLocale::ShortFormat));
            finish(false, message);
            DialogHost::show(this, DialogHost::Kind::Warning, tr("Not done"), message);
        } else {
            QString message = done;
            if (!outcome.diaryNumber.isEmpty())
                message += u' ' + tr("Diary number: %1.").arg(outcome.diaryNumber);
            if (!outcome.notice.isEmpty())
                message += u' ' + outcome.notice;
            finish(true, message);
        }
        reload();
    };
}

void CaseView::confirmAndRun(const CaseActions::Preview &preview,
                             const std::function<void(const CaseActions::Preview &)> &run)
{
    if (!preview.ok) {
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Not possible now"), preview.error);
        return;
    }
    ActionConfirmation confirmation(preview, this);
    if (confirmation.exec() != QDialog::Accepted)
        return;
    run(preview);
}

void CaseView::takeCase()
{
    if (CaseActions *actions = m_workspace->actions())
        actions->take(m_caseId, this, resultHandler(tr("You have taken the case.")));
}

void CaseView::releaseCase()
{
    CaseActions *actions = m_workspace->actions();
    if (!actions)
        return;
    if (!DialogHost::show(this, DialogHost::Kind::Question, tr("Release the case"),
                          tr("Release the case so that another officer can take it?")))
        return;
    actions->release(m_caseId, this, resultHandler(tr("You have released the case.")));
}

void CaseView::saveReview(const QString &sectionId, CaseStore::ReviewStatus status,
                          const QString &note)
{
    if (CaseActions *actions = m_workspace->actions())
        actions->setSectionReview(m_caseId, sectionId, status, note, this,
                                  resultHandler(tr("The review mark is saved.")));
}

void CaseView::approveTransfer()
{
    CaseActions *actions = m_workspace->actions();
    if (!actions)
        return;
    ApproveDialog dialog(actions, m_caseId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmAndRun(actions->previewApprove(m_caseId, dialog.diaryNumber()),
                  [this, actions](const CaseActions::Preview &preview) {
                      actions->approve(preview, m_caseId, this,
                                       resultHandler(tr("The transfer is approved.")));
                  });
}

void CaseView::requestSupplement()
{
    CaseActions *actions = m_workspace->actions();
    if (!actions)
        return;
    SupplementDialog dialog(actions->proposedSupplementDueDate(QDate::currentDate()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmAndRun(actions->previewSupplementRequest(m_caseId, dialog.subject(), dialog.body(),
                                                    dialog.items(), dialog.dueDate()),
                  [this, actions](const CaseActions::Preview &preview) {
                      actions->requestSupplement(
                          preview, m_caseId, this,
                          resultHandler(tr("The supplement request is queued for sending.")));
                  });
}

void CaseView::sendMessage()
{
    CaseActions *actions = m_workspace->actions();
    if (!actions)
        return;
    MessageDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmAndRun(actions->previewMessage(m_caseId, dialog.subject(), dialog.body(), {}),
                  [this, actions](const CaseActions::Preview &preview) {
                      actions->sendMessage(preview, m_caseId, this,
                                           resultHandler(tr("The message is queued for sending.")));
                  });
}

void CaseView::askStatus(const QList<ServiceState> &states, ServiceState initial)
{
    CaseActions *actions = m_workspace->actions();
    if (!actions || states.isEmpty())
        return;
    StatusDialog dialog(states, initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmAndRun(actions->previewStatus(m_caseId, dialog.state(), dialog.statusText()),
                  [this, actions](const CaseActions::Preview &preview) {
                      actions->setStatus(
                          preview, m_caseId, this,
                          resultHandler(tr("The status update is queued for sending.")));
                  });
}

void CaseView::setStatus()
{
    if (!m_case)
        return;
    QList<ServiceState> states;
    const std::pair<Action, ServiceState> choices[] = {
        {Action::SetReceived, ServiceState::Received},
        {Action::SetInProcessing, ServiceState::InProcessing},
        {Action::SetDecided, ServiceState::Decided},
        {Action::SetClosed, ServiceState::Closed},
    };
    for (const auto &[action, state] : choices) {
        if (CaseTransitions::allows(action, m_case->state))
            states.append(state);
    }
    askStatus(states, states.value(0, ServiceState::InProcessing));
}

void CaseView::markDecided()
{
    askStatus({ServiceState::Decided}, ServiceState::Decided);
}

void CaseView::closeCase()
{
    askStatus({ServiceState::Closed}, ServiceState::Closed);
}

void CaseView::transferElsewhere()
{
    CaseActions *actions = m_workspace->actions();
    if (!actions)
        return;
    TransferElsewhereDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    confirmAndRun(actions->previewTransferElsewhere(m_caseId, dialog.authority(), dialog.reason()),
                  [this, actions](const CaseActions::Preview &preview) {
                      actions->transferElsewhere(
                          preview, m_caseId, this,
                          resultHandler(tr("The transfer to the other authority is queued.")));
                  });
}

} // namespace lvdesk
