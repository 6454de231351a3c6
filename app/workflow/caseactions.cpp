// SPDX-License-Identifier: EUPL-1.2

#include "workflow/caseactions.h"

#include "deadlines/casedeadlines.h"
#include "deadlines/deadlinecalculator.h"
#include "deadlines/isoduration.h"
#include "domain/actiontype.h"
#include "domain/outboxstate.h"
#include "lv/lvcodec.h"
#include "store/audittrail.h"
#include "store/deadlinestore.h"
#include "store/diarynumberstore.h"
#include "store/inboundfailurestore.h"
#include "store/outboxstore.h"
#include "store/registerstore.h"
#include "store/servicesettingsstore.h"
#include "store/storeconnection.h"
#include "store/storetransaction.h"
#include "store/workflowstore.h"
#include "workflow/diarypattern.h"
#include "workflow/statusupdates.h"
#include "workflow/workflowlog.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QVariantMap>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

using Action = CaseTransitions::Action;

// The background sync's actor name in the audit trail.
const QString systemActor = u"lvdesk"_s;

// The service's limits on what it accepts (the contract is silent; these are the limits lvsim
// enforces, the nearest faithful model). Checked in the preview, so that the officer hears of a
// problem before confirming rather than from a 422 later.
constexpr int MaxSubjectLength = 200;
constexpr int MaxBodyLength = 20000;
constexpr int MaxSupplementItems = 50;
constexpr int MaxAttachments = 10;
constexpr qsizetype MaxAttachmentBytes = 10 * 1024 * 1024;
constexpr int MaxStatusTextLength = 2000;
constexpr int MaxDiaryNumberLength = 100;
// How many taken numbers the approval skips before it gives up (numbers typed by hand that happen
// to match the pattern).
constexpr int MaxDiaryNumberSkips = 1000;

QString caseSubject(qint64 caseId)
{
    return u"case:"_s + QString::number(caseId);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Today where the Act counts days: in Finland, whatever the workstation's own zone.
QDate finnishToday()
{
    return CaseDeadlines::submissionDay(QDateTime::currentDateTimeUtc());
}

StoreWriter::Result failure(const QString &error)
{
    StoreWriter::Result r;
    r.error = error;
    return r;
}

StoreWriter::Result success(const QVariantMap &value)
{
    StoreWriter::Result r;
    r.ok = true;
    r.value = value;
    return r;
}

bool isResolved(CaseState state)
{
    return state == CaseState::Decided || state == CaseState::Closed
           || state == CaseState::Withdrawn || state == CaseState::TransferredElsewhere;
}

bool writesToService(Action action)
{
    return action != Action::Take && action != Action::Release && action != Action::Review;
}

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Whether the action may be done to the case by this officer now; the same check in the preview
// (reader connection) and in the writer job (inside the transaction, where it is final).
struct Check
{
    QString error;
    QString heldBy;
    QDateTime heldSince;
    bool ok() const { return error.isEmpty(); }
};

Check checkAllowed(const std::optional<CaseStore::Case> &c, Action action, const QString &officer)
{
    Check check;
    if (!c) {
        check.error = CaseActions::tr("The case no longer exists.");
        return check;
    }
    if (!CaseTransitions::allows(action, c->state)) {
        check.error = CaseTransitions::refusal(action, c->state);
        return check;
    }
    if (CaseTransitions::needsHandler(action)) {
        if (c->handler.isEmpty()) {
            check.error = CaseActions::tr("Take the case first: only its handler can do this.");
            return check;
        }
        if (c->handler != officer) {
            check.heldBy = c->handler;
            check.heldSince = c->handlerSince;
            check.error
                = CaseActions::tr("%1 has been handling this case since %2; only they can do this.")
                      .arg(c->handler,
                           c->handlerSince.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            return check;
        }
    }
    if (writesToService(action) && c->openingExternalId.isEmpty()) {
        check.error = CaseActions::tr("The case's opening action has not arrived yet, so nothing "
                                      "can be sent to the service about it.");
    }
    return check;
}

StoreWriter::Result refused(const Check &check)
{
    StoreWriter::Result r = failure(check.error);
    if (!check.heldBy.isEmpty())
        r.value = QVariantMap{{u"heldBy"_s, check.heldBy}, {u"heldSince"_s, check.heldSince}};
    return r;
}

CaseActions::OutgoingWrite statusWrite(const QString &target, const StatusUpdate &update)
{
    CaseActions::OutgoingWrite w;
    w.kind = u"status"_s;
    w.targetExternalId = target;
    w.body = LvCodec::encodeStatusUpdate(update);
    w.messageId = update.messageId;
    w.status = update;
    return w;
}

CaseActions::OutgoingWrite messageWrite(const QString &target, const OutgoingMessage &message)
{
    CaseActions::OutgoingWrite w;
    w.kind = u"message"_s;
    w.targetExternalId = target;
    w.body = LvCodec::encodeMessage(message);
    w.messageId = message.messageId;
    return w;
}

QString validateText(const QString &what, const QString &text, int maxLength, bool required,
                     bool allowLineBreaks)
{
    if (required && text.trimmed().isEmpty())
        return CaseActions::tr("%1 is empty.").arg(what);
    if (text.size() > maxLength)
        return CaseActions::tr("%1 is too long: at most %2 characters.").arg(what).arg(maxLength);
    if (hasControlCharacters(text, allowLineBreaks))
        return CaseActions::tr("%1 contains control characters.").arg(what);
    return {};
}

QString validateMessage(const QString &subject, const QString &body)
{
    QString error
        = validateText(CaseActions::tr("The subject"), subject, MaxSubjectLength, true, false);
    if (error.isEmpty())
        error = validateText(CaseActions::tr("The message"), body, MaxBodyLength, true, true);
    return error;
}

// --- the approval, shared by the officer's action and the automatic registration -------------

struct ApproveRequest
{
    QString actor;
    bool officerAction = true; // check the officer holds the case
    QString givenNumber; // typed by the officer (or the case's own); empty = from the pattern
    QString pattern;
    bool exportConfigured = false;
    QString targetExternalId; // what the preview addressed; empty = the case's opening action
    StatusUpdate status; // as previewed; its diary number is the one the preview showed
};

StoreWriter::Result approveInWriter(QSqlDatabase &db, qint64 caseId, const ApproveRequest &r)
{
    CaseStore cases(db);
    const std::optional<CaseStore::Case> c = cases.caseById(caseId);
    if (r.officerAction) {
        const Check check = checkAllowed(c, Action::Approve, r.actor);
        if (!check.ok())
            return refused(check);
    } else if (!c) {
        return failure(CaseActions::tr("The case no longer exists."));
    }
    if (!r.targetExternalId.isEmpty() && r.targetExternalId != c->openingExternalId)
        return failure(CaseActions::tr("The case changed since the confirmation was shown; "
                                       "please check it and approve again."));

    QString error;
    QString number = r.givenNumber;
    const bool generated = number.isEmpty();
    if (!generated) {
        const std::optional<qint64> other
            = WorkflowStore::caseWithDiaryNumber(db, number, caseId, &error);
        if (!error.isEmpty())
            return failure(error);
        if (other)
            return failure(
                CaseActions::tr("Diary number %1 already belongs to another case.").arg(number));
    } else {
        const DiaryPattern pattern(r.pattern);
        if (!pattern.isValid())
            return failure(
                CaseActions::tr("No diary number can be generated: %1").arg(pattern.error()));
        const int year = r.status.statusDate.year();
        for (int skipped = 0;; ++skipped) {
            // Inside the writer's transaction: two officers (or workstations) never get the same
            // number, and a number not used because the job fails is not lost either.
            const qint64 sequence
                = DiaryNumberStore::next(db, pattern.pattern(), pattern.sequenceYear(year), &error);
            if (sequence <= 0)
                return failure(error);
            number = pattern.format(year, sequence);
            const std::optional<qint64> other
                = WorkflowStore::caseWithDiaryNumber(db, number, caseId, &error);
            if (!error.isEmpty())
                return failure(error);
            if (!other)
                break;
            if (skipped >= MaxDiaryNumberSkips)
                return failure(CaseActions::tr("No free diary number was found: the numbers the "
                                               "pattern gives are already in use."));
        }
    }

    StatusUpdate status = r.status;
    status.diaryNumber = number;
    const QByteArray body = LvCodec::encodeStatusUpdate(status);

    // approved, then registered in the same step: the diary number is known now, and the export
    // to the case register (when configured) follows as its own transfer item.
    if (c->state != CaseState::Approved
        && !cases.setState(caseId, CaseState::Approved, r.actor, &error))
        return failure(error);
    if (!cases.setDiaryNumber(caseId, number, r.actor, &error)
        || !cases.setState(caseId, CaseState::Registered, r.actor, &error))
        return failure(error);
    if (OutboxStore(db).enqueue(uuidText(status.messageId), caseId, c->openingExternalId,
                                u"status"_s, body, r.actor, &error)
        == 0)
        return failure(error);
    if (r.exportConfigured
        && (!cases.setExportState(caseId, ExportState::Pending, QString(), r.actor, &error)
            || !WorkflowStore::clearExportNextAttempt(db, caseId, &error)))
        return failure(error);
    if (!AuditTrail(db).append(
            r.actor, u"case.approved"_s, caseSubject(caseId),
            {{u"diaryNumber"_s, number},
             {u"generated"_s, generated},
             {u"processingStartDate"_s, status.processingStartDate.toString(Qt::ISODate)},
             {u"messageId"_s, uuidText(status.messageId)},
             {u"exportPending"_s, r.exportConfigured}},
            &error))
        return failure(error);
    const StoreWriter::Result deadlines
        = CaseActions::refreshDeadlines(db, caseId, status.statusDate);
    if (!deadlines.ok)
        return deadlines;
    qCInfo(lcWorkflow) << "case" << caseId << "registered by"
                       << (r.officerAction ? "an officer" : "the automatic registration");
    return success({{u"caseId"_s, caseId}, {u"diaryNumber"_s, number}});
}

// The common end of every action that queues one write and moves the case: checks, the write,
// the state, the audit entry and the deadlines, in the job's transaction.
struct WriteRequest
{
    Action action = Action::Take;
    QString officer;
    CaseActions::OutgoingWrite write;
    QString auditAction;
    QJsonObject auditDetails;
    QDate today;
    // Supplement request: the deadline row it sets.
    QDate supplementDueDate;
};

StoreWriter::Result writeInWriter(QSqlDatabase &db, qint64 caseId, const WriteRequest &r)
{
    CaseStore cases(db);
    const std::optional<CaseStore::Case> c = cases.caseById(caseId);
    const Check check = checkAllowed(c, r.action, r.officer);
    if (!check.ok())
        return refused(check);
    if (r.write.targetExternalId != c->openingExternalId)
        return failure(CaseActions::tr("The case changed since the confirmation was shown; "
                                       "please check it and confirm again."));
    QString error;
    const QString messageId = uuidText(r.write.messageId);
    if (OutboxStore(db).enqueue(messageId, caseId, r.write.targetExternalId, r.write.kind,
                                r.write.body, r.officer, &error)
        == 0)
        return failure(error);
    const std::optional<CaseState> target = CaseTransitions::target(r.action, c->state);
    if (target && *target != c->state && !cases.setState(caseId, *target, r.officer, &error))
        return failure(error);
    if (r.supplementDueDate.isValid()
        && !DeadlineStore(db).set(caseId, u"supplement"_s, r.supplementDueDate, messageId,
                                  r.officer, &error))
        return failure(error);
    QJsonObject details = r.auditDetails;
    details.insert(u"messageId"_s, messageId);
    if (!AuditTrail(db).append(r.officer, r.auditAction, caseSubject(caseId), details, &error))
        return failure(error);
    const StoreWriter::Result deadlines = CaseActions::refreshDeadlines(db, caseId, r.today);
    if (!deadlines.ok)
        return deadlines;
    qCInfo(lcWorkflow) << "case" << caseId << r.auditAction << "queued";
    return success({{u"caseId"_s, caseId}});
}

QString deadlineKindName(CaseDeadline::Kind kind)
{
    switch (kind) {
    case CaseDeadline::Kind::StatutoryProcessingTime:
        return u"statutory"_s;
    case CaseDeadline::Kind::SupplementDue:
        return u"supplement"_s;
    case CaseDeadline::Kind::EventDate:
        return u"eventDate"_s;
    case CaseDeadline::Kind::RequestedDate:
        return u"requestedBy"_s;
    }
    return {};
}

CaseActions::Outcome outcomeOf(const StoreWriter::Result &r)
{
    CaseActions::Outcome o;
    o.ok = r.ok;
    o.error = r.error;
    const QVariantMap map = r.value.toMap();
    o.heldBy = map.value(u"heldBy"_s).toString();
    o.heldSince = map.value(u"heldSince"_s).toDateTime();
    o.diaryNumber = map.value(u"diaryNumber"_s).toString();
    return o;
}

} // namespace

// --- the object ----------------------------------------------------------------------------

CaseActions::CaseActions(const StoreConfig &readerConfig, StoreWriter *writer,
                         const QString &officer, const QString &diaryPattern, bool exportConfigured,
                         QObject *parent)
    : QObject(parent)
    , m_readerConfig(readerConfig)
    , m_writer(writer)
    , m_officer(officer)
    , m_diaryPattern(diaryPattern)
    , m_exportConfigured(exportConfigured)
{ }

CaseActions::~CaseActions()
{
    if (!m_readerName.isEmpty())
        StoreConnection::close(m_readerName);
}

QString CaseActions::officer() const
{
    return m_officer;
}

QSqlDatabase CaseActions::reader() const
{
    if (!m_readerName.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_readerName, false);
        if (db.isValid() && db.isOpen())
            return db;
        db = QSqlDatabase();
        StoreConnection::close(m_readerName);
        m_readerName.clear();
    }
    // One connection per object and thread: Qt Sql connections are never shared between threads.
    const QString name = StoreConnection::nameForThisThread(u"workflow"_s) + u'-'
                         + QString::number(reinterpret_cast<quintptr>(this), 16);
    QString error;
    QSqlDatabase db = StoreConnection::open(m_readerConfig, name, &error);
    if (db.isValid())
        m_readerName = name;
    else
        qCWarning(lcWorkflow) << "the store could not be opened for reading";
    return db;
}

void CaseActions::refuse(const QString &error, QObject *context, Callback done)
{
    // Answered later, like every other outcome, so that callers see one order of events.
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [ctx, hasContext, error, done = std::move(done)] {
            if ((hasContext && !ctx) || !done)
                return;
            Outcome o;
            o.error = error;
            done(o);
        },
        Qt::QueuedConnection);
}

void CaseActions::submitAction(qint64 caseId, StoreWriter::Job job, QObject *context, Callback done,
                               std::function<Outcome(const StoreWriter::Result &)> map)
{
    QPointer<CaseActions> self(this);
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    m_writer->submit(std::move(job), this,
                     [self, ctx, hasContext, caseId, done = std::move(done),
                      map = std::move(map)](const StoreWriter::Result &r) {
                         const Outcome o = map ? map(r) : outcomeOf(r);
                         const qint64 changed
                             = caseId ? caseId : r.value.toMap().value(u"caseId"_s).toLongLong();
                         if (r.ok && self && changed)
                             Q_EMIT self->caseChanged(changed);
                         if ((hasContext && !ctx) || !done)
                             return;
                         done(o);
                     });
}

// --- take, release, review -----------------------------------------------------------------

void CaseActions::take(qint64 caseId, QObject *context, Callback done)
{
    const QString officer = m_officer;
    submitAction(
        caseId,
        [caseId, officer](QSqlDatabase &db) {
            CaseStore cases(db);
            const Check check = checkAllowed(cases.caseById(caseId), Action::Take, officer);
            if (!check.ok())
                return refused(check);
            const CaseStore::ClaimResult claim = cases.claim(caseId, officer);
            if (claim.outcome == CaseStore::ClaimResult::Taken) {
                StoreWriter::Result r = failure(claim.message());
                r.value = QVariantMap{{u"heldBy"_s, claim.handler}, {u"heldSince"_s, claim.since}};
                return r;
            }
            if (!claim.won())
                return failure(claim.message());
            return success({{u"caseId"_s, caseId}});
        },
        context, std::move(done));
}

void CaseActions::release(qint64 caseId, QObject *context, Callback done)
{
    const QString officer = m_officer;
    submitAction(
        caseId,
        [caseId, officer](QSqlDatabase &db) {
            CaseStore cases(db);
            const Check check = checkAllowed(cases.caseById(caseId), Action::Release, officer);
            if (!check.ok())
                return refused(check);
            QString error;
            if (!cases.release(caseId, officer, &error))
                return failure(error);
            return success({{u"caseId"_s, caseId}});
        },
        context, std::move(done));
}

void CaseActions::setSectionReview(qint64 caseId, const QString &sectionId,
                                   CaseStore::ReviewStatus status, const QString &note,
                                   QObject *context, Callback done)
{
    if (sectionId.isEmpty()) {
        refuse(tr("No form section was named."), context, std::move(done));
        return;
    }
    const QString officer = m_officer;
    submitAction(
        caseId,
        [caseId, officer, sectionId, status, note](QSqlDatabase &db) {
            CaseStore cases(db);
            const Check check = checkAllowed(cases.caseById(caseId), Action::Review, officer);
            if (!check.ok())
                return refused(check);
            QString error;
            if (!cases.setReviewNote(caseId, sectionId, status, note, officer, &error))
                return failure(error);
            return success({{u"caseId"_s, caseId}});
        },
        context, std::move(done));
}

// --- approve -------------------------------------------------------------------------------

CaseActions::Preview CaseActions::previewApprove(qint64 caseId, const QString &diaryNumber) const
{
    Preview p;
    p.caseId = caseId;
    p.action = Action::Approve;
    p.newState = CaseState::Registered;
    QSqlDatabase db = reader();
    if (!db.isValid()) {
        p.error = tr("The store cannot be read.");
        return p;
    }
    const std::optional<CaseStore::Case> c = CaseStore(db).caseById(caseId);
    const Check check = checkAllowed(c, Action::Approve, m_officer);
    if (!check.ok()) {
        p.error = check.error;
        return p;
    }
    p.fromState = c->state;
    const QDate today = finnishToday();
    QString number = diaryNumber.trimmed();
    if (number.isEmpty() && !c->diaryNumber.isEmpty())
        number = c->diaryNumber; // numbered already: keep it
    QString error;
    if (!number.isEmpty()) {
        error = validateText(tr("The diary number"), number, MaxDiaryNumberLength, true, false);
        if (!error.isEmpty()) {
            p.error = error;
            return p;
        }
        if (WorkflowStore::caseWithDiaryNumber(db, number, caseId, &error)) {
            p.error = tr("Diary number %1 already belongs to another case.").arg(number);
            return p;
        }
        p.diaryNumberGiven = true;
    } else {
        const DiaryPattern pattern(m_diaryPattern);
        if (!pattern.isValid()) {
            p.error = tr("No diary number can be generated: %1").arg(pattern.error());
            return p;
        }
        // The number the approval would take now; the job takes the real one, and says so when
        // another officer got this one first.
        qint64 sequence
            = DiaryNumberStore::peek(db, pattern.pattern(), pattern.sequenceYear(today.year()));
        number = pattern.format(today.year(), sequence);
        for (int skipped = 0; skipped < MaxDiaryNumberSkips
                              && WorkflowStore::caseWithDiaryNumber(db, number, caseId, &error);
             ++skipped)
            number = pattern.format(today.year(), ++sequence);
    }
    p.diaryNumber = number;
    p.exportsToRegister = m_exportConfigured;

    StatusUpdate update;
    update.messageId = QUuid::createUuid();
    update.state = ServiceState::InProcessing;
    update.statusText = StatusUpdates::standardText(ServiceState::InProcessing);
    update.statusDate = today;
    update.diaryNumber = number;
    update.handler = m_officer;
    update.processingStartDate = today;
    p.writes = {statusWrite(c->openingExternalId, update)};
    p.summary = tr("The case is registered with diary number %1. The service is told that it is "
                   "in processing, with you as its handler, from %2.")
                    .arg(number, today.toString(Qt::ISODate));
    if (m_exportConfigured)
        p.summary += u' ' + tr("The case is then exported to the case register.");
    p.ok = true;
    return p;
}

void CaseActions::approve(const Preview &preview, qint64 caseId, QObject *context, Callback done)
{
    if (!preview.ok || preview.caseId != caseId || preview.action != Action::Approve
        || preview.writes.size() != 1 || preview.writes.constFirst().kind != u"status"_s) {
        refuse(preview.ok ? tr("This confirmation belongs to another case or action.")
                          : preview.error,
               context, std::move(done));
        return;
    }
    ApproveRequest r;
    r.actor = m_officer;
    r.officerAction = true;
    r.givenNumber = preview.diaryNumberGiven ? preview.diaryNumber : QString();
    r.pattern = m_diaryPattern;
    r.exportConfigured = m_exportConfigured;
    r.targetExternalId = preview.writes.constFirst().targetExternalId;
    r.status = preview.writes.constFirst().status;
    const QString previewed = preview.diaryNumber;
    submitAction(
        caseId, [caseId, r](QSqlDatabase &db) { return approveInWriter(db, caseId, r); }, context,
        std::move(done),
        [previewed](const StoreWriter::Result &result) {
            Outcome o = outcomeOf(result);
            if (o.ok && o.diaryNumber != previewed)
                o.notice = tr("Diary number %1 was taken by someone else meanwhile; the case got "
                              "%2 instead, and the service is told %2.")
                               .arg(previewed, o.diaryNumber);
            return o;
        });
}

StoreWriter::Job CaseActions::autoRegistrationJob(qint64 caseId, const QString &diaryPattern,
                                                  bool exportConfigured, const QString &actor)
{
    return [caseId, diaryPattern, exportConfigured, actor](QSqlDatabase &db) {
        const std::optional<CaseStore::Case> c = CaseStore(db).caseById(caseId);
        if (!c)
            return failure(tr("The case no longer exists."));
        // Idempotent: a re-delivered ingest finds the case registered (or in an officer's hands)
        // and leaves it, so nothing is numbered or queued twice.
        if (c->state != CaseState::New || !c->diaryNumber.isEmpty() || !c->handler.isEmpty()
            || c->openingExternalId.isEmpty()) {
            StoreWriter::Result r;
            r.ok = true;
            return r;
        }
        const QDate today = finnishToday();
        ApproveRequest r;
        r.actor = actor.isEmpty() ? systemActor : actor;
        r.officerAction = false;
        r.pattern = diaryPattern;
        r.exportConfigured = exportConfigured;
        r.status.messageId = QUuid::createUuid();
        r.status.state = ServiceState::InProcessing;
        r.status.statusText = StatusUpdates::standardText(ServiceState::InProcessing);
        r.status.statusDate = today;
        r.status.processingStartDate = today;
        StoreWriter::Result result = approveInWriter(db, caseId, r);
        if (result.ok)
            result.value = result.value.toMap().value(u"diaryNumber"_s);
        return result;
    };
}

// --- supplement request, message -----------------------------------------------------------

QDate CaseActions::proposedSupplementDueDate(const QDate &today) const
{
    // Fourteen days as the Act counts them (the start day not counted), moved off a non-working
    // day, so that the date the officer sees is the day the customer really has.
    return DeadlineCalculator::afterDays(today, 14).end;
}

CaseActions::Preview CaseActions::previewSupplementRequest(qint64 caseId, const QString &subject,
                                                           const QString &body,
                                                           const QStringList &items,
                                                           const QDate &dueDate) const
{
    Preview p;
    p.caseId = caseId;
    p.action = Action::RequestSupplement;
    p.newState = CaseState::SupplementRequested;
    p.dueDate = dueDate;
    QSqlDatabase db = reader();
    if (!db.isValid()) {
        p.error = tr("The store cannot be read.");
        return p;
    }
    const std::optional<CaseStore::Case> c = CaseStore(db).caseById(caseId);
    const Check check = checkAllowed(c, Action::RequestSupplement, m_officer);
    if (!check.ok()) {
        p.error = check.error;
        return p;
    }
    p.fromState = c->state;
    QString error = validateMessage(subject, body);
    const QDate today = finnishToday();
    if (error.isEmpty() && (items.isEmpty() || items.size() > MaxSupplementItems))
        error = tr("A supplement request names from 1 to %1 items.").arg(MaxSupplementItems);
    for (const QString &item : items) {
        if (!error.isEmpty())
            break;
        error = validateText(tr("An item"), item, MaxStatusTextLength, true, false);
    }
    if (error.isEmpty() && (!dueDate.isValid() || dueDate <= today))
        error = tr("The due date must be a day after today.");
    if (error.isEmpty() && !DeadlineCalculator::endingOn(dueDate).isValid())
        error = DeadlineCalculator::endingOn(dueDate).error;
    if (!error.isEmpty()) {
        p.error = error;
        return p;
    }
    OutgoingMessage message;
    message.messageId = QUuid::createUuid();
    message.subject = subject;
    message.body = body;
    message.supplementRequest = SupplementRequest{dueDate, items};
    p.writes = {messageWrite(c->openingExternalId, message)};
    p.diaryNumber = c->diaryNumber;
    const QDate lastDay = DeadlineCalculator::endingOn(dueDate).end;
    p.summary = tr("The customer is asked for %n item(s) by %1, and the case waits for the "
                   "supplement.",
                   nullptr, int(items.size()))
                    .arg(dueDate.toString(Qt::ISODate));
    if (lastDay != dueDate)
        p.summary += u' '
                     + tr("That day is not a working day, so the customer has until %1.")
                           .arg(lastDay.toString(Qt::ISODate));
    p.ok = true;
    return p;
}

void CaseActions::requestSupplement(const Preview &preview, qint64 caseId, QObject *context,
                                    Callback done)
{
    queuePreviewedWrite(preview, caseId, {Action::RequestSupplement}, u"case.supplementRequested"_s,
                        {{u"dueDate"_s, preview.dueDate.toString(Qt::ISODate)}}, context,
                        std::move(done));
}

CaseActions::Preview CaseActions::previewMessage(qint64 caseId, const QString &subject,
                                                 const QString &body,
                                                 const QList<OutgoingAttachment> &attachments) const
{
    Preview p;
    p.caseId = caseId;
    p.action = Action::SendMessage;
    QSqlDatabase db = reader();
    if (!db.isValid()) {
        p.error = tr("The store cannot be read.");
        return p;
    }
    const std::optional<CaseStore::Case> c = CaseStore(db).caseById(caseId);
    const Check check = checkAllowed(c, Action::SendMessage, m_officer);
    if (!check.ok()) {
        p.error = check.error;
        return p;
    }
    p.fromState = c->state;
    p.newState = c->state;
    QString error = validateMessage(subject, body);
    if (error.isEmpty() && attachments.size() > MaxAttachments)
        error = tr("A message carries at most %1 attachments.").arg(MaxAttachments);
    for (const OutgoingAttachment &a : attachments) {
        if (!error.isEmpty())
            break;
        if (a.fileName.trimmed().isEmpty() || a.fileName.contains(u'/')
            || a.fileName.contains(u'\\') || hasControlCharacters(a.fileName, false))
            error = tr("An attachment needs a plain file name.");
        else if (a.data.size() > MaxAttachmentBytes)
            error = tr("Attachment %1 is larger than 10 MB.").arg(a.fileName);
        else if (a.data.isEmpty())
            error = tr("Attachment %1 is empty.").arg(a.fileName);
    }
    if (!error.isEmpty()) {
        p.error = error;
        return p;
    }
    OutgoingMessage message;
    message.messageId = QUuid::createUuid();
    message.subject = subject;
    message.body = body;
    message.attachments = attachments;
    for (OutgoingAttachment &a : message.attachments) {
        if (a.contentType.isEmpty())
            a.contentType = u"application/octet-stream"_s;
    }
    p.writes = {messageWrite(c->openingExternalId, message)};
    p.diaryNumber = c->diaryNumber;
    p.summary = tr("The message is sent to the customer with %n attachment(s).", nullptr,
                   int(attachments.size()));
    p.ok = true;
    return p;
}

void CaseActions::sendMessage(const Preview &preview, qint64 caseId, QObject *context,
                              Callback done)
{
    // The audit names the write only: subject and text are the officer's words to the customer.
    queuePreviewedWrite(preview, caseId, {Action::SendMessage}, u"case.messageQueued"_s, {},
                        context, std::move(done));
}

// --- status, transfer elsewhere ------------------------------------------------------------

CaseActions::Preview CaseActions::statusPreview(qint64 caseId, CaseTransitions::Action action,
                                                ServiceState state, const LocalizedText &statusText,
                                                const QString &summary) const
{
    Preview p;
    p.caseId = caseId;
    p.action = action;
    QSqlDatabase db = reader();
    if (!db.isValid()) {
        p.error = tr("The store cannot be read.");
        return p;
    }
    const std::optional<CaseStore::Case> c = CaseStore(db).caseById(caseId);
    const Check check = checkAllowed(c, action, m_officer);
    if (!check.ok()) {
        p.error = check.error;
        return p;
    }
    p.fromState = c->state;
    p.newState = CaseTransitions::target(action, c->state).value_or(c->state);
    // Fill in what the officer left empty, in each official language on its own.
    LocalizedText text = statusText;
    const LocalizedText standard = StatusUpdates::standardText(state);
    if (text.fi.trimmed().isEmpty())
        text.fi = standard.fi;
    if (text.sv.trimmed().isEmpty())
        text.sv = standard.sv;
    for (const QString &t : {text.fi, text.sv, text.en}) {
        const QString error
            = validateText(tr("The status text"), t, MaxStatusTextLength, false, true);
        if (!error.isEmpty()) {
            p.error = error;
            return p;
        }
    }
    const QDate today = finnishToday();
    StatusUpdate update;
    update.messageId = QUuid::createUuid();
    update.state = state;
    update.statusText = text;
    update.statusDate = today;
    // The common view's other fields are repeated as they are, so a status change never clears
    // the diary number, the handler or the processing start date at the service.
    update.diaryNumber = c->diaryNumber;
    update.handler = m_officer;
    update.processingStartDate = StatusUpdates::processingStartDate(db, caseId);
    p.writes = {statusWrite(c->openingExternalId, update)};
    p.diaryNumber = c->diaryNumber;
    p.summary = summary;
    p.ok = true;
    return p;
}

CaseActions::Preview CaseActions::previewStatus(qint64 caseId, ServiceState state,
                                                const LocalizedText &statusText) const
{
    switch (state) {
    case ServiceState::Received:
        return statusPreview(caseId, Action::SetReceived, state, statusText,
                             tr("The service is told that the case has been received."));
    case ServiceState::InProcessing:
        return statusPreview(caseId, Action::SetInProcessing, state, statusText,
                             tr("The service is told that the case is in processing."));
    case ServiceState::Decided:
        return statusPreview(caseId, Action::SetDecided, state, statusText,
                             tr("The service is told that the case has been decided."));
    case ServiceState::Closed:
        return statusPreview(caseId, Action::SetClosed, state, statusText,
                             tr("The case is closed, and the service is told so. Nothing more "
                                "can be done to it afterwards."));
    case ServiceState::SupplementRequested:
    case ServiceState::TransferredElsewhere:
        break;
    }
    Preview p;
    p.caseId = caseId;
    p.error = state == ServiceState::SupplementRequested
                  ? tr("A supplement is requested with a supplement request, which tells the "
                       "customer what to add and by when.")
                  : tr("A case is transferred to another authority with its own action, which "
                       "names the authority and the reason.");
    return p;
}

void CaseActions::setStatus(const Preview &preview, qint64 caseId, QObject *context, Callback done)
{
    const QString state
        = preview.writes.isEmpty() ? QString() : toString(preview.writes.constFirst().status.state);
    queuePreviewedWrite(
        preview, caseId,
        {Action::SetReceived, Action::SetInProcessing, Action::SetDecided, Action::SetClosed},
        u"case.statusQueued"_s, {{u"state"_s, state}}, context, std::move(done));
}

CaseActions::Preview CaseActions::previewTransferElsewhere(qint64 caseId, const QString &authority,
                                                           const QString &reason) const
{
    QString error = validateText(tr("The authority"), authority, MaxSubjectLength, true, false);
    if (error.isEmpty())
        error = validateText(tr("The reason"), reason, MaxStatusTextLength / 2, true, true);
    if (!error.isEmpty()) {
        Preview p;
        p.caseId = caseId;
        p.action = Action::TransferElsewhere;
        p.error = error;
        return p;
    }
    // The customer reads where the case went and why, in both official languages; the reason is
    // the officer's own words and goes into both as written.
    const LocalizedText standard = StatusUpdates::standardText(ServiceState::TransferredElsewhere);
    const LocalizedText text{
        standard.fi + u": "_s + authority.trimmed() + u". "_s + reason.trimmed(),
        standard.sv + u": "_s + authority.trimmed() + u". "_s + reason.trimmed(),
        {}};
    return statusPreview(caseId, Action::TransferElsewhere, ServiceState::TransferredElsewhere,
                         text,
                         tr("The case is transferred to %1, and the service is told so with the "
                            "reason. Afterwards the case can only be closed.")
                             .arg(authority.trimmed()));
}

void CaseActions::transferElsewhere(const Preview &preview, qint64 caseId, QObject *context,
                                    Callback done)
{
    queuePreviewedWrite(preview, caseId, {Action::TransferElsewhere},
                        u"case.transferredElsewhere"_s, {}, context, std::move(done));
}

void CaseActions::queuePreviewedWrite(const Preview &preview, qint64 caseId,
                                      std::initializer_list<Action> allowed,
                                      const QString &auditAction, const QJsonObject &auditDetails,
                                      QObject *context, Callback done)
{
    const bool expected
        = std::find(allowed.begin(), allowed.end(), preview.action) != allowed.end();
    if (!preview.ok || preview.caseId != caseId || !expected || preview.writes.size() != 1) {
        refuse(preview.ok ? tr("This confirmation belongs to another case or action.")
                          : preview.error,
               context, std::move(done));
        return;
    }
    WriteRequest r;
    r.action = preview.action;
    r.officer = m_officer;
    r.write = preview.writes.constFirst();
    r.auditAction = auditAction;
    r.auditDetails = auditDetails;
    r.today = finnishToday();
    if (preview.action == Action::RequestSupplement)
        r.supplementDueDate = preview.dueDate;
    submitAction(
        caseId, [caseId, r](QSqlDatabase &db) { return writeInWriter(db, caseId, r); }, context,
        std::move(done));
}

// --- retries -------------------------------------------------------------------------------

void CaseActions::retryOutbox(qint64 outboxId, QObject *context, Callback done)
{
    const QString officer = m_officer;
    // Any officer may put a failed transfer back in line: the write itself stays as confirmed.
    submitAction(
        0,
        [outboxId, officer](QSqlDatabase &db) {
            const std::optional<WorkflowStore::OutboxRow> row
                = WorkflowStore::outboxRow(db, outboxId);
            if (!row)
                return failure(tr("The message is no longer in the outbox."));
            if (row->state != toString(OutboxState::Failed))
                return failure(
                    tr("Only a failed message can be retried; this one is %1.")
                        .arg(displayName(
                            outboxStateFromString(row->state).value_or(OutboxState::Queued))));
            QString error;
            if (!WorkflowStore::requeueOutbox(db, outboxId, officer, &error))
                return failure(error);
            return success({{u"caseId"_s, row->caseId}});
        },
        context, std::move(done));
}

void CaseActions::retryExport(qint64 caseId, QObject *context, Callback done)
{
    retryExportAs(caseId, QString(), context, std::move(done));
}

void CaseActions::retryExportAs(qint64 caseId, const QString &format, QObject *context,
                                Callback done)
{
    const QString officer = m_officer;
    submitAction(
        caseId,
        [caseId, format, officer](QSqlDatabase &db) {
            CaseStore cases(db);
            const std::optional<CaseStore::Case> c = cases.caseById(caseId);
            if (!c)
                return failure(tr("The case no longer exists."));
            if (c->exportState != toString(ExportState::Failed))
                return failure(tr("Only a failed export can be retried."));
            QString error;
            if (!format.isEmpty()
                && (!RegisterStore(db).setExportFormat(caseId, format, &error)
                    || !AuditTrail(db).append(officer, u"case.exportFormat"_s, caseSubject(caseId),
                                              {{u"format"_s, format}}, &error)))
                return failure(error);
            if (!cases.setExportState(caseId, ExportState::Pending, u"retry requested"_s, officer,
                                      &error)
                || !WorkflowStore::clearExportNextAttempt(db, caseId, &error))
                return failure(error);
            return success({{u"caseId"_s, caseId}});
        },
        context, std::move(done));
}

void CaseActions::retryInbound(const QString &externalId, QObject *context, Callback done)
{
    submitInboundChange(
        [externalId](QSqlDatabase &db, const QString &officer, QString *error) {
            return InboundFailureStore(db).requestRetry(externalId, officer, error);
        },
        context, std::move(done));
}

void CaseActions::markInboundHandled(const QString &externalId, QObject *context, Callback done)
{
    submitInboundChange(
        [externalId](QSqlDatabase &db, const QString &officer, QString *error) {
            return InboundFailureStore(db).markHandled(externalId, officer, error);
        },
        context, std::move(done));
}

void CaseActions::retryAttachment(qint64 attachmentRowId, QObject *context, Callback done)
{
    submitInboundChange(
        [attachmentRowId](QSqlDatabase &db, const QString &officer, QString *error) {
            return CaseStore(db).requestAttachmentDownload(attachmentRowId, officer, error);
        },
        context, std::move(done));
}

void CaseActions::submitInboundChange(
    std::function<bool(QSqlDatabase &, const QString &officer, QString *error)> change,
    QObject *context, Callback done)
{
    const QString officer = m_officer;
    QPointer<CaseActions> self(this);
    submitAction(
        0,
        [change = std::move(change), officer](QSqlDatabase &db) {
            QString error;
            return change(db, officer, &error) ? success({}) : failure(error);
        },
        context,
        [self, done = std::move(done)](const Outcome &o) {
            if (o.ok && self)
                Q_EMIT self->inboundChanged();
            if (done)
                done(o);
        });
}

// --- deadlines -----------------------------------------------------------------------------

StoreWriter::Result CaseActions::refreshDeadlines(QSqlDatabase &db, qint64 caseId,
                                                  const QDate &today)
{
    StoreTransaction tx(db);
    if (!tx.isActive())
        return failure(tx.error());
    CaseStore cases(db);
    const std::optional<CaseStore::Case> c = cases.caseById(caseId);
    if (!c)
        return failure(tr("The case no longer exists."));

    CaseDeadlineInput input;
    input.serviceCode = c->serviceCode;
    input.resolved = isResolved(c->state);

    const QList<CaseStore::Event> events = cases.events(caseId);
    for (const CaseStore::Event &e : events) {
        if (c->openingExternalId.isEmpty() || e.externalId != c->openingExternalId)
            continue;
        input.submissionDate = CaseDeadlines::submissionDay(e.submittedAt);
        const QByteArray formdata = QJsonDocument(e.formdata).toJson(QJsonDocument::Compact);
        const DecodeResult<Formdata> form = LvCodec::decodeFormdata(formdata);
        if (!form) {
            // The path names a form field, never its content.
            qCWarning(lcWorkflow) << "case" << caseId << "form unreadable for deadlines at"
                                  << form.error().path;
            break;
        }
        for (const FormField &field : form.value().allFields()) {
            const DeadlineRole::Kind role = field.deadlineRole.kind();
            if (role != DeadlineRole::EventDate && role != DeadlineRole::RequestedBy)
                continue;
            const QDate date = field.dateValue();
            if (!date.isValid())
                continue; // left empty by the customer
            CaseDeadlineInput::CustomerDate given;
            given.fieldId = field.id;
            given.date = date;
            given.role = role == DeadlineRole::EventDate
                             ? CaseDeadlineInput::CustomerDate::Role::EventDate
                             : CaseDeadlineInput::CustomerDate::Role::RequestedBy;
            input.customerDates.append(given);
        }
        break;
    }

    const ServiceSettingsStore::Settings settings
        = ServiceSettingsStore(db).settings(c->serviceCode);
    if (settings.processingMonths > 0 || settings.processingDays > 0)
        input.statutoryProcessingTime = IsoDuration(0, qMax(0, settings.processingMonths), 0,
                                                    qMax(0, settings.processingDays))
                                            .toString();

    // Supplement requests: the rows the requests wrote, answered once a supplement arrived after
    // the request was made (the service's submission time against the time it was queued).
    DeadlineStore deadlines(db);
    OutboxStore outbox(db);
    const QList<DeadlineStore::Deadline> before = deadlines.forCase(caseId);
    for (const DeadlineStore::Deadline &row : before) {
        if (row.kind != u"supplement"_s)
            continue;
        CaseDeadlineInput::SupplementRequest request;
        request.messageId = row.source;
        request.dueDate = row.dueDate;
        const std::optional<OutboxStore::Message> sent = outbox.byMessageId(row.source);
        if (sent && sent->createdAt.isValid()) {
            for (const CaseStore::Event &e : events) {
                if (ActionType::fromString(e.actionType).kind() == ActionType::Supplement
                    && e.submittedAt > sent->createdAt) {
                    request.answered = true;
                    break;
                }
            }
        }
        input.supplementRequests.append(request);
    }

    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, today);
    if (!summary.problems.isEmpty())
        qCWarning(lcWorkflow) << "case" << caseId << summary.problems.size()
                              << "deadline sources could not be counted";

    // The table: a row per deadline, written only when it changes, so that the audit trail shows
    // real changes and not every refresh.
    QString error;
    QSet<QString> open;
    auto keyOf = [](const QString &kind, const QString &source) -> QString {
        return kind + QChar(u'\x1f') + source;
    };
    for (const CaseDeadline &d : summary.deadlines) {
        const QString kind = deadlineKindName(d.kind);
        if (d.open)
            open.insert(keyOf(kind, d.source));
        const DeadlineStore::Deadline *existing = nullptr;
        for (const DeadlineStore::Deadline &row : before) {
            if (row.kind == kind && row.source == d.source)
                existing = &row;
        }
        // set() reopens a row; a row that is to be closed is marked done below.
        if (existing && existing->dueDate == d.dueDate && !(existing->done && d.open))
            continue;
        if (!deadlines.set(caseId, kind, d.dueDate, d.source, systemActor, &error))
            return failure(error);
    }
    // Met, resolved, or no longer derived (a setting removed, a date taken out of the form).
    for (const DeadlineStore::Deadline &row : deadlines.forCase(caseId)) {
        if (!row.done && !open.contains(keyOf(row.kind, row.source))
            && !deadlines.markDone(row.id, systemActor, &error))
            return failure(error);
    }

    WorkflowStore::CaseDeadlineColumns columns;
    if (summary.caseDeadline) {
        columns.date = summary.caseDeadline->dueDate;
        columns.kind = deadlineKindName(summary.caseDeadline->kind);
        columns.source = summary.caseDeadline->source;
    }
    const std::optional<WorkflowStore::CaseDeadlineColumns> current
        = WorkflowStore::caseDeadline(db, caseId);
    if (!current || current->date != columns.date || current->kind != columns.kind
        || current->source != columns.source) {
        if (!WorkflowStore::setCaseDeadline(db, caseId, columns, &error))
            return failure(error);
    }
    if (!tx.commit())
        return failure(tx.error());
    StoreWriter::Result result;
    result.ok = true;
    if (columns.date.isValid())
        result.value = columns.date;
    return result;
}

} // namespace lvdesk
