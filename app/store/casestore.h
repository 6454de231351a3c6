// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/actiondata.h"
#include "domain/attachmentproblem.h"
#include "domain/casestate.h"
#include "domain/exportstate.h"
#include "domain/feeditem.h"
#include "domain/inboundstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace lvdesk {

class BlobStore;

// CaseStore: the cases and their events. Ingest stores each (externalId, version) once, keeps the
// officers' review work across newer versions, and is one transaction with its attachments'
// metadata, transfer log and audit entries. Claims let exactly one officer take a case, even when
// several workstations try at the same moment on a shared database. Writes belong on the writer
// thread (StoreWriter::submit), so that no window waits for a lock; reads work on any connection.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    enum class IngestOutcome {
        Inserted, // a new action
        Updated, // a higher version replaced the stored one
        Ignored, // the same or a lower version was already stored
        Failed,
    };

    struct IngestResult
    {
        IngestOutcome outcome = IngestOutcome::Failed;
        qint64 caseId = 0;
        qint64 eventId = 0;
        int storedVersion = 0; // the version stored afterwards
        QString error;
    };

    struct Case
    {
        qint64 id = 0;
        QString projectPartId;
        QString projectId;
        QString serviceCode;
        QString openingExternalId; // empty until the opening action arrives
        CaseState state = CaseState::New;
        QString handler;
        QDateTime handlerSince;
        QString diaryNumber;
        QDateTime receivedAt;
        QDateTime updatedAt;
        QString exportState; // ExportState storage name, empty before export is due
        int exportAttempts = 0;
        QString exportError;
    };

    struct Event
    {
        qint64 id = 0;
        qint64 caseId = 0;
        QString externalId;
        int version = 0;
        QString actionType; // the wire name, unknown types included
        QDateTime submittedAt;
        QByteArray rawJson; // byte for byte as received
        QJsonObject commondata;
        QJsonObject formdata;
        InboundState inboundState = InboundState::Received;
    };

    struct Attachment
    {
        qint64 id = 0;
        qint64 eventId = 0;
        int position = 0; // its place in the event's formdata list (ids may repeat)
        QString attachmentId; // the service's id; may be empty
        QString fileName; // as the customer's device named it: any string, shown as plain text
        QString contentType; // as the customer's browser said: data, not a trusted type
        qint64 size = 0; // -1: the service gave no size
        QString sha256; // empty: the service gave no valid digest
        QString description;
        bool stored = false; // its bytes are in the BlobStore
        AttachmentProblem problem = AttachmentProblem::None; // why it is not received
        QString problemDetail; // technical detail for the problem (status, sizes); no data
        // The safe local name (SafeFileNames), unique within the case; filled by
        // caseAttachments() only.
        QString localName;
    };

    // An attachment to fetch again: what the download needs.
    struct PendingAttachment
    {
        qint64 attachmentRowId = 0;
        QString externalId; // of its action
        AttachmentInfo info;
    };

    // What became of one attachment when its action was received (index = formdata position).
    struct AttachmentOutcome
    {
        AttachmentProblem problem = AttachmentProblem::None;
        QString detail;
    };

    enum class ReviewStatus {
        Ok,
        NeedsClarification
    };

    struct ReviewNote
    {
        QString sectionId;
        ReviewStatus status = ReviewStatus::Ok;
        QString note;
        QString author;
        QDateTime updatedAt;
    };

    struct ClaimResult
    {
        enum Outcome {
            Won,
            AlreadyYours,
            Taken,
            NotFound,
            Failed
        };
        Outcome outcome = Failed;
        QString
            handler; // who has the case (Won/AlreadyYours: the caller; Taken: the other officer)
        QDateTime since;
        QString error;

        bool won() const { return outcome == Won || outcome == AlreadyYours; }
        // Translated explanation for the officer when the case is taken.
        QString message() const;
    };

    // blobs, when given, tells ingest which attachments' bytes are already stored.
    explicit CaseStore(QSqlDatabase db, const BlobStore *blobs = nullptr);

    // Stores the action (or a newer version of it) with its attachments' metadata; outcomes, when
    // given, say for each attachment (by formdata position) why it was not received. Removes the
    // action's InboundFailureStore record in the same transaction. An action of a type lvdesk
    // does not know opens its case when the case has no opening action yet (contract §2.5: the
    // opening action is the first of its project part).
    IngestResult ingest(const FeedItem &item, const ActionData &data, const QString &actor,
                        const QList<AttachmentOutcome> &outcomes = {});
    // Marks actions as acknowledged to the service (after POST /actions/ack succeeded).
    bool markAcknowledged(const QStringList &externalIds, const QString &actor,
                          QString *error = nullptr);

    ClaimResult claim(qint64 caseId, const QString &officer);
    bool release(qint64 caseId, const QString &officer, QString *error = nullptr);

    bool setReviewNote(qint64 caseId, const QString &sectionId, ReviewStatus status,
                       const QString &note, const QString &author, QString *error = nullptr);
    QList<ReviewNote> reviewNotes(qint64 caseId) const;

    bool setState(qint64 caseId, CaseState state, const QString &actor, QString *error = nullptr);
    bool setDiaryNumber(qint64 caseId, const QString &diaryNumber, const QString &actor,
                        QString *error = nullptr);
    bool setExportState(qint64 caseId, ExportState state, const QString &detail,
                        const QString &actor, QString *error = nullptr);

    std::optional<Case> caseById(qint64 caseId) const;
    std::optional<Case> caseByProjectPart(const QString &projectPartId) const;
    // Cases for the lists, newest first; empty filters match everything.
    QList<Case> cases(const QString &state = QString(), const QString &handler = QString(),
                      int limit = 1000) const;
    qint64 caseCount() const;

    QList<Event> events(qint64 caseId) const;
    std::optional<Event> eventByExternalId(const QString &externalId) const;
    qint64 eventCount() const;
    QList<Attachment> attachments(qint64 eventId) const;
    // Every attachment of the case in the case's order (events as received, attachments as
    // listed), each with its localName: the one list that the case view, opening, saving and the
    // export name files by.
    QList<Attachment> caseAttachments(qint64 caseId) const;
    // Retry download: the officer asks for an attachment that was not received; the next sync
    // fetches it (attachmentsToFetch()). Audited. False for one that cannot be fetched at all (no
    // id or no checksum).
    bool requestAttachmentDownload(qint64 attachmentRowId, const QString &actor,
                                   QString *error = nullptr);
    // Attachments of stored actions that are neither received nor failed: asked for again.
    QList<PendingAttachment> attachmentsToFetch(int limit) const;
    // The outcome of a later download of an attachment (Retry download, or the sync's repair).
    bool setAttachmentReceived(qint64 attachmentRowId, const QString &actor,
                               QString *error = nullptr);
    bool setAttachmentProblem(qint64 attachmentRowId, AttachmentProblem problem,
                              const QString &detail, const QString &actor,
                              QString *error = nullptr);

    static QString reviewStatusName(ReviewStatus status);

private:
    bool updateCase(qint64 caseId, const QString &assignments, const QVariantList &values,
                    QString *error);

    QSqlDatabase m_db;
    const BlobStore *m_blobs = nullptr;
};

} // namespace lvdesk
