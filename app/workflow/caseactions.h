// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/outgoingmessage.h"
#include "domain/servicestate.h"
#include "domain/statusupdate.h"
#include "store/casestore.h"
#include "store/storewriter.h"
#include "workflow/casetransitions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <initializer_list>

namespace lvdesk {

class StoreWriter;

// CaseActions: what an officer does to a case, each as one durable step: the case's new state,
// the writes to the service queued in the outbox (with a messageId made once), the export to the
// case register marked pending, and the audit entries, all in one StoreWriter transaction. The sync
// engine delivers the outbox afterwards; nothing here touches the network.
//
// Every action has a preview that shows exactly what will be sent, for the confirmation dialog; the
// action then sends exactly that preview (same messageId, same body), so what the officer confirmed
// is what goes out, once.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        QString error; // translated; set when !ok
        // For a lost claim race: who holds the case and since when.
        QString heldBy;
        QDateTime heldSince;
        // Approve: the diary number the case got. When another officer took the previewed number
        // meanwhile, the next one is used and notice (translated) says so.
        QString diaryNumber;
        QString notice;
    };
    using Callback = std::function<void(const Outcome &)>;

    // One write to the service as it will go on the wire.
    struct OutgoingWrite
    {
        QString kind; // "status" or "message"
        QString targetExternalId; // the case's opening action
        QByteArray body; // the exact JSON body (messageId included)
        QUuid messageId; // the same as in body; kept across every retry
        // kind "status": the same write as a value (the approve job re-encodes it only when the
        // diary number it takes differs from the previewed one).
        StatusUpdate status;
    };

    // What an action will do, for the confirmation dialog.
    struct Preview
    {
        bool ok = false;
        QString error; // translated, when the action is not allowed now (and why)
        CaseState newState = CaseState::New;
        QString diaryNumber; // approve: the number that will be used
        bool exportsToRegister = false;
        QList<OutgoingWrite> writes;
        QString summary; // translated, one or two sentences in plain words

        // What the action checks before it does anything: the same case and kind of action. The
        // job then checks again, in its transaction, that the action is still allowed (state,
        // handler); fromState is the state the preview saw, for the dialog.
        qint64 caseId = 0;
        CaseState fromState = CaseState::New;
        CaseTransitions::Action action = CaseTransitions::Action::Take;
        bool diaryNumberGiven = false; // approve: typed by the officer, not from the pattern
        QDate dueDate; // supplement request: the due date asked for
    };

    // officer: the login of the workstation user (handler, audit actor, X-Road-UserId).
    CaseActions(const StoreConfig &readerConfig, StoreWriter *writer, const QString &officer,
                const QString &diaryPattern, bool exportConfigured, QObject *parent = nullptr);
    ~CaseActions() override;

    QString officer() const;

    // Take the case (become its handler) / release it. A lost race answers with heldBy.
    void take(qint64 caseId, QObject *context, Callback done);
    void release(qint64 caseId, QObject *context, Callback done);

    // Review mark of one form section.
    void setSectionReview(qint64 caseId, const QString &sectionId, CaseStore::ReviewStatus status,
                          const QString &note, QObject *context, Callback done);

    // Approve the transfer: diary number given (or empty: next from the pattern), state registered,
    // export pending when a target is configured, and a status update inProcessing with diary
    // number, handler and processing start date queued.
    Preview previewApprove(qint64 caseId, const QString &diaryNumber) const;
    void approve(const Preview &preview, qint64 caseId, QObject *context, Callback done);

    // Ask the customer for a supplement with a due date; the case waits in supplementRequested.
    Preview previewSupplementRequest(qint64 caseId, const QString &subject, const QString &body,
                                     const QStringList &items, const QDate &dueDate) const;
    void requestSupplement(const Preview &preview, qint64 caseId, QObject *context, Callback done);
    // The due date the deadline calculator proposes for a supplement request made today.
    QDate proposedSupplementDueDate(const QDate &today) const;

    // A free message to the customer (attachments optional).
    Preview previewMessage(qint64 caseId, const QString &subject, const QString &body,
                           const QList<OutgoingAttachment> &attachments) const;
    void sendMessage(const Preview &preview, qint64 caseId, QObject *context, Callback done);

    // Set the status at the service (decided, closed, inProcessing …) with a status text.
    Preview previewStatus(qint64 caseId, ServiceState state, const LocalizedText &statusText) const;
    void setStatus(const Preview &preview, qint64 caseId, QObject *context, Callback done);

    // Send the case on to the competent authority (status transferredElsewhere with the reason).
    Preview previewTransferElsewhere(qint64 caseId, const QString &authority,
                                     const QString &reason) const;
    void transferElsewhere(const Preview &preview, qint64 caseId, QObject *context, Callback done);

    // Put a failed outbox write or export back in line now (the officer's "Retry now").
    void retryOutbox(qint64 outboxId, QObject *context, Callback done);
    void retryExport(qint64 caseId, QObject *context, Callback done);
    // An action of the service that could not be stored (InboundFailureStore): fetch it again at
    // the next sync, or leave it to be handled outside lvdesk (audited; not acknowledged, see
    // InboundFailureStore::markHandled). Both ask for a sync (inboundChanged).
    void retryInbound(const QString &externalId, QObject *context, Callback done);
    void markInboundHandled(const QString &externalId, QObject *context, Callback done);
    // An attachment that was not received: download it again at the next sync.
    void retryAttachment(qint64 attachmentRowId, QObject *context, Callback done);
    // A failed export again now, in another format for this case from now on (the officer's
    // "Export as lvdesk package" when asianhallinta 1.3 cannot carry the case). format: an
    // ExportFormat name.
    void retryExportAs(qint64 caseId, const QString &format, QObject *context, Callback done);

    // For the sync engine: the writer job that registers a case of a service without review right
    // after its ingest (diary number from the pattern, state registered, export pending when
    // configured, status inProcessing with diary number, handler and processing start date queued).
    static StoreWriter::Job autoRegistrationJob(qint64 caseId, const QString &diaryPattern,
                                                bool exportConfigured, const QString &actor);
    // Its result: ok; value = the diary number it gave (a QString), or no value when it left the
    // case alone (already registered, taken by an officer, or its opening action has not arrived).
    // The caller decides which services skip review; the job does not consult the settings. The
    // service's handler field is sent empty (no officer handles the case yet).

    // For the sync engine and the actions: recomputes a case's deadlines (statutory processing time
    // of its service, open supplement requests, event dates of its form) into the deadlines table
    // and the case's deadline columns. Runs in the writer thread, inside the caller's transaction.
    // Resolved cases (decided, closed, withdrawn, transferred elsewhere) keep their deadline rows,
    // marked done, and have no case deadline. value = the case's deadline date (QDate) or none.
    static StoreWriter::Result refreshDeadlines(QSqlDatabase &db, qint64 caseId,
                                                const QDate &today);

Q_SIGNALS:
    // After any action committed: views refresh, the sync engine delivers the outbox.
    void caseChanged(qint64 caseId);
    // The officer changed what the sync fetches (an action or attachment to fetch again).
    void inboundChanged();

private:
    // The reader connection of this object's thread, opened on first use.
    QSqlDatabase reader() const;
    // Queues the job; afterwards emits caseChanged (on success) and answers done through map.
    void submitAction(qint64 caseId, StoreWriter::Job job, QObject *context, Callback done,
                      std::function<Outcome(const StoreWriter::Result &)> map = {});
    void refuse(const QString &error, QObject *context, Callback done);
    // Runs an officer's decision about what the sync fetches (a retry, a record handled), then
    // asks for a sync (inboundChanged).
    void submitInboundChange(
        std::function<bool(QSqlDatabase &, const QString &officer, QString *error)> change,
        QObject *context, Callback done);
    // Queues the one write of a confirmed preview (supplement request, message, status, transfer
    // elsewhere), refused unless the preview is for this case and one of the allowed actions.
    void queuePreviewedWrite(const Preview &preview, qint64 caseId,
                             std::initializer_list<CaseTransitions::Action> allowed,
                             const QString &auditAction, const QJsonObject &auditDetails,
                             QObject *context, Callback done);
    Preview statusPreview(qint64 caseId, CaseTransitions::Action action, ServiceState state,
                          const LocalizedText &statusText, const QString &summary) const;

    StoreConfig m_readerConfig;
    StoreWriter *m_writer = nullptr;
    QString m_officer;
    QString m_diaryPattern;
    bool m_exportConfigured = false;
    mutable QString m_readerName;
};

} // namespace lvdesk
