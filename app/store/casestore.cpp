// SPDX-License-Identifier: EUPL-1.2

#include "casestore.h"

#include "audittrail.h"
#include "blobstore.h"
#include "changenotifier.h"
#include "inboundfailurestore.h"
#include "registerstore.h"
#include "storeclock.h"
#include "storeconnection.h"
#include "storelog.h"
#include "storetransaction.h"
#include "transferlogstore.h"

#include "domain/safefilenames.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

const QString caseColumns
    = u"SELECT id, project_part_id, project_id, service_code, opening_external_id, state, handler, "
      "handler_since, diary_number, received_at, updated_at, export_state, export_attempts, "
      "export_error FROM cases "_s;

const QString eventColumns
    = u"SELECT id, case_id, external_id, version, action_type, submitted_at, raw_json, commondata, "
      "formdata, inbound_state FROM events "_s;

CaseStore::Case caseFrom(const QSqlQuery &q)
{
    CaseStore::Case c;
    c.id = q.value(0).toLongLong();
    c.projectPartId = q.value(1).toString();
    c.projectId = q.value(2).toString();
    c.serviceCode = q.value(3).toString();
    c.openingExternalId = q.value(4).toString();
    c.state = caseStateFromString(q.value(5).toString()).value_or(CaseState::New);
    c.handler = q.value(6).toString();
    c.handlerSince = StoreClock::fromText(q.value(7).toString());
    c.diaryNumber = q.value(8).toString();
    c.receivedAt = StoreClock::fromText(q.value(9).toString());
    c.updatedAt = StoreClock::fromText(q.value(10).toString());
    c.exportState = q.value(11).toString();
    c.exportAttempts = q.value(12).toInt();
    c.exportError = q.value(13).toString();
    return c;
}

CaseStore::Event eventFrom(const QSqlQuery &q)
{
    CaseStore::Event e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.externalId = q.value(2).toString();
    e.version = q.value(3).toInt();
    e.actionType = q.value(4).toString();
    e.submittedAt = StoreClock::fromText(q.value(5).toString());
    e.rawJson = q.value(6).toByteArray();
    e.commondata = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    e.formdata = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    e.inboundState = inboundStateFromString(q.value(9).toString()).value_or(InboundState::Received);
    return e;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString caseSubject(qint64 caseId)
{
    return u"case:"_s + QString::number(caseId);
}

} // namespace

CaseStore::CaseStore(QSqlDatabase db, const BlobStore *blobs)
    : m_db(std::move(db))
    , m_blobs(blobs)
{ }

QString CaseStore::reviewStatusName(ReviewStatus status)
{
    return status == ReviewStatus::Ok ? u"ok"_s : u"needsClarification"_s;
}

QString CaseStore::ClaimResult::message() const
{
    switch (outcome) {
    case Won:
    case AlreadyYours:
        return {};
    case Taken:
        return tr("%1 has been handling this case since %2.")
            .arg(handler, since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    case NotFound:
        return tr("The case no longer exists.");
    case Failed:
        return error;
    }
    return {};
}

namespace {

// The columns the case lists show and search, from the opening action. The henkilötunnus is
// stored only masked here, and never enters the search text.
struct CaseSummary
{
    QString customerName;
    QString customerKind;
    QString customerIdMasked;
    QString municipalityCode;
    QString serviceNameFi;
    QString serviceNameSv;
    QString serviceNameEn;
    QString searchText;
};

CaseSummary summarize(const FeedItem &item, const ActionData &data)
{
    const Customer &customer = data.commondata.customer;
    CaseSummary s;
    s.customerName = customer.name;
    s.customerKind = customer.kind.toString();
    s.customerIdMasked = customer.businessId.isEmpty() ? customer.maskedPersonalIdentityCode()
                                                       : customer.businessId;
    if (data.commondata.location)
        s.municipalityCode = data.commondata.location->municipalityCode;
    s.serviceNameFi = data.formdata.serviceName.fi;
    s.serviceNameSv = data.formdata.serviceName.sv;
    s.serviceNameEn = data.formdata.serviceName.en;
    const QStringList words
        = {s.customerName,     customer.businessId,        s.municipalityCode, item.projectId,
           item.projectPartId, item.serviceCode,           s.serviceNameFi,    s.serviceNameSv,
           s.serviceNameEn,    data.commondata.projectName};
    s.searchText = words.join(u' ').toLower();
    return s;
}

} // namespace

CaseStore::IngestResult CaseStore::ingest(const FeedItem &item, const ActionData &data,
                                          const QString &actor,
                                          const QList<AttachmentOutcome> &outcomes)
{
    IngestResult result;
    auto fail = [&](const QString &what) {
        result.outcome = IngestOutcome::Failed;
        result.error = tr("The action could not be stored: %1").arg(what);
        qCWarning(lcStore) << "Ingest failed";
        return result;
    };
    const int version = data.version > 0 ? data.version : item.version;
    if (item.externalId.isEmpty() || item.projectPartId.isEmpty() || version < 1)
        return fail(tr("the action has no id, project part or version"));

    StoreTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.error());
    const QString now = StoreClock::now();
    QSqlQuery q(m_db);

    // 1. Stored already at this or a higher version: nothing to do.
    qint64 eventId = 0;
    int storedVersion = 0;
    q.prepare(u"SELECT id, version, case_id FROM events WHERE external_id = ?"_s);
    q.addBindValue(item.externalId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.next()) {
        eventId = q.value(0).toLongLong();
        storedVersion = q.value(1).toInt();
        result.caseId = q.value(2).toLongLong();
    }
    q.finish();
    if (eventId && storedVersion >= version) {
        result.outcome = IngestOutcome::Ignored;
        result.eventId = eventId;
        result.storedVersion = storedVersion;
        tx.commit();
        return result;
    }

    // 2. The case: one per project part, created by its first action.
    bool opening = item.actionType.isOpening();
    q.prepare(u"INSERT INTO cases (project_part_id, project_id, service_code, opening_external_id, "
              "state, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (project_part_id) DO NOTHING"_s);
    q.addBindValue(item.projectPartId);
    q.addBindValue(item.projectId);
    q.addBindValue(item.serviceCode);
    q.addBindValue(opening ? item.externalId : QString());
    q.addBindValue(toString(CaseState::New));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return fail(q.lastError().text());
    const bool caseCreated = q.numRowsAffected() > 0;
    q.prepare(u"SELECT id, opening_external_id FROM cases WHERE project_part_id = ?"_s);
    q.addBindValue(item.projectPartId);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text());
    const qint64 caseId = q.value(0).toLongLong();
    const bool needsOpening = q.value(1).isNull() || q.value(1).toString().isEmpty();
    q.finish();
    result.caseId = caseId;
    // An action of a type lvdesk does not know is the first of its project part as far as lvdesk
    // can tell: it opens the case, so that the case has a target for writes and list columns.
    if (item.actionType.isUnknown() && needsOpening)
        opening = true;

    // 3. The event itself, with the body verbatim and its two parts for queries.
    const QJsonObject body = QJsonDocument::fromJson(data.rawJson).object();
    const QString commondata = compact(body.value(u"commondata"_s).toObject());
    const QString formdata = compact(body.value(u"formdata"_s).toObject());
    const QString submittedAt = StoreClock::toText(item.submittedAt);
    if (eventId) {
        q.prepare(
            u"UPDATE events SET version = ?, action_type = ?, submitted_at = ?, raw_json = ?, "
            "commondata = ?, formdata = ?, inbound_state = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(version);
        q.addBindValue(item.actionType.toString());
        q.addBindValue(submittedAt);
        q.addBindValue(data.rawJson);
        q.addBindValue(commondata);
        q.addBindValue(formdata);
        q.addBindValue(toString(InboundState::Received));
        q.addBindValue(now);
        q.addBindValue(eventId);
        if (!q.exec())
            return fail(q.lastError().text());
        q.prepare(u"DELETE FROM attachments WHERE event_id = ?"_s);
        q.addBindValue(eventId);
        if (!q.exec())
            return fail(q.lastError().text());
    } else {
        q.prepare(u"INSERT INTO events (case_id, external_id, version, action_type, submitted_at, "
                  "raw_json, commondata, formdata, inbound_state, received_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(caseId);
        q.addBindValue(item.externalId);
        q.addBindValue(version);
        q.addBindValue(item.actionType.toString());
        q.addBindValue(submittedAt);
        q.addBindValue(data.rawJson);
        q.addBindValue(commondata);
        q.addBindValue(formdata);
        q.addBindValue(toString(InboundState::Received));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec() || !q.next())
            return fail(q.lastError().text());
        eventId = q.value(0).toLongLong();
        q.finish();
    }
    result.eventId = eventId;

    // 4. Attachment metadata (the bytes are in the BlobStore, written before this transaction),
    //    each with why it was not received, if it was not.
    if (!data.formdata.attachments.isEmpty()) {
        q.prepare(u"INSERT INTO attachments (event_id, position, attachment_id, file_name, "
                  "content_type, size, sha256, description, stored, problem, problem_detail) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        TransferLogStore log(m_db);
        for (int i = 0; i < data.formdata.attachments.size(); ++i) {
            const AttachmentInfo &a = data.formdata.attachments.at(i);
            const AttachmentOutcome outcome = outcomes.value(i);
            const QString sha = a.sha256Hex.toLower();
            const bool stored = outcome.problem == AttachmentProblem::None && m_blobs
                                && BlobStore::isValidName(sha) && m_blobs->contains(sha);
            q.addBindValue(eventId);
            q.addBindValue(i);
            q.addBindValue(StoreConnection::notNull(a.id));
            q.addBindValue(StoreConnection::notNull(a.fileName));
            q.addBindValue(StoreConnection::notNull(a.contentType));
            q.addBindValue(a.size);
            q.addBindValue(StoreConnection::notNull(sha));
            q.addBindValue(StoreConnection::notNull(a.description));
            q.addBindValue(stored ? 1 : 0);
            q.addBindValue(StoreConnection::notNull(toString(outcome.problem)));
            q.addBindValue(StoreConnection::notNull(outcome.detail));
            if (!q.exec())
                return fail(q.lastError().text());
            if (outcome.problem != AttachmentProblem::None) {
                QString logError;
                if (!log.record(
                        TransferLogStore::Direction::Inbound, u"attachment"_s,
                        item.externalId + u'#' + QString::number(i + 1), u"failed"_s,
                        toString(outcome.problem)
                            + (outcome.detail.isEmpty() ? QString() : u": "_s + outcome.detail),
                        actor, &logError))
                    return fail(logError);
            }
        }
    }

    // 5. The case follows its actions; review notes, handler and claims are left as they are.
    QString assignments = u"updated_at = ?"_s;
    QVariantList values{now};
    if (opening && needsOpening) {
        assignments += u", opening_external_id = ?"_s;
        values << item.externalId;
    }
    if (opening) {
        // The lists' columns follow the opening action (a newer version may correct them).
        assignments += u", customer_name = ?, customer_kind = ?, customer_id_masked = ?, "
                       "municipality_code = ?, service_name_fi = ?, service_name_sv = ?, "
                       "service_name_en = ?, search_text = ?"_s;
        const CaseSummary summary = summarize(item, data);
        for (const QString &text :
             {summary.customerName, summary.customerKind, summary.customerIdMasked,
              summary.municipalityCode, summary.serviceNameFi, summary.serviceNameSv,
              summary.serviceNameEn, summary.searchText})
            values << StoreConnection::notNull(text);
    }
    if (item.actionType.kind() == ActionType::Withdrawal) {
        assignments += u", state = ?"_s;
        values << toString(CaseState::Withdrawn);
    }
    if (!updateCase(caseId, assignments, values, &result.error))
        return fail(result.error);

    // A case already delivered to the case register: the new or corrected action goes there too,
    // as the case's next transfer item.
    if (storedVersion && !RegisterStore(m_db).releaseEvent(eventId, &result.error))
        return fail(result.error);
    q.prepare(u"SELECT export_state FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text());
    const bool delivered = q.value(0).toString() == toString(ExportState::Exported);
    q.finish();
    if (delivered && RegisterStore(m_db).uncarriedEvents(caseId) > 0
        && !setExportState(caseId, ExportState::Pending, u"new action"_s, actor, &result.error))
        return fail(result.error);

    // 6. Traceability: the inbound transfer and who created what.
    AuditTrail audit(m_db);
    QString error;
    if (caseCreated
        && !audit.append(
            actor, u"case.created"_s, caseSubject(caseId),
            {{u"projectPartId"_s, item.projectPartId}, {u"serviceCode"_s, item.serviceCode}},
            &error))
        return fail(error);
    const QString detail = storedVersion
                               ? u"version %1 (replaces %2)"_s.arg(version).arg(storedVersion)
                               : u"version %1"_s.arg(version);
    if (!TransferLogStore(m_db).record(TransferLogStore::Direction::Inbound, u"event"_s,
                                       item.externalId, toString(InboundState::Received), detail,
                                       actor, &error))
        return fail(error);
    // The action is stored: whatever kept it out before is over.
    if (!InboundFailureStore(m_db).remove(item.externalId, &error))
        return fail(error);
    if (!ChangeNotifier::announce(m_db, u"cases"_s))
        return fail(tr("the change notification could not be queued"));
    if (!tx.commit())
        return fail(tx.error());

    result.outcome = storedVersion ? IngestOutcome::Updated : IngestOutcome::Inserted;
    result.storedVersion = version;
    return result;
}

bool CaseStore::markAcknowledged(const QStringList &externalIds, const QString &actor,
                                 QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE events SET inbound_state = ?, updated_at = ? WHERE external_id = ? "
              "AND inbound_state <> ?"_s);
    TransferLogStore log(m_db);
    const QString now = StoreClock::now();
    const QString acknowledged = toString(InboundState::Acknowledged);
    for (const QString &id : externalIds) {
        q.addBindValue(acknowledged);
        q.addBindValue(now);
        q.addBindValue(id);
        q.addBindValue(acknowledged);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (q.numRowsAffected() > 0
            && !log.record(TransferLogStore::Direction::Inbound, u"event"_s, id, acknowledged,
                           QString(), actor, error))
            return false;
    }
    if (!ChangeNotifier::announce(m_db, u"cases"_s) || !tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

CaseStore::ClaimResult CaseStore::claim(qint64 caseId, const QString &officer)
{
    ClaimResult result;
    StoreTransaction tx(m_db);
    if (!tx.isActive()) {
        result.error = tx.error();
        return result;
    }
    const QString now = StoreClock::now();
    QSqlQuery q(m_db);
    // The condition "handler IS NULL" is evaluated against the latest committed row, after any
    // concurrent claim has finished: of two officers, exactly one updates a row.
    q.prepare(u"UPDATE cases SET handler = ?, handler_since = ?, updated_at = ?, "
              "state = CASE WHEN state = 'new' THEN 'inReview' ELSE state END "
              "WHERE id = ? AND handler IS NULL"_s);
    q.addBindValue(officer);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(caseId);
    if (!q.exec()) {
        result.error = tr("The case could not be taken: %1").arg(q.lastError().text());
        return result;
    }
    if (q.numRowsAffected() == 1) {
        QString error;
        if (!AuditTrail(m_db).append(officer, u"case.claimed"_s, caseSubject(caseId), {}, &error)
            || !ChangeNotifier::announce(m_db, u"cases"_s) || !tx.commit()) {
            result.error = error.isEmpty() ? tx.error() : error;
            return result;
        }
        result.outcome = ClaimResult::Won;
        result.handler = officer;
        result.since = StoreClock::fromText(now);
        return result;
    }
    q.prepare(u"SELECT handler, handler_since FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec()) {
        result.error = tr("The case could not be taken: %1").arg(q.lastError().text());
        return result;
    }
    if (!q.next()) {
        result.outcome = ClaimResult::NotFound;
        return result;
    }
    result.handler = q.value(0).toString();
    result.since = StoreClock::fromText(q.value(1).toString());
    result.outcome = result.handler == officer ? ClaimResult::AlreadyYours : ClaimResult::Taken;
    q.finish();
    tx.commit();
    return result;
}

bool CaseStore::release(qint64 caseId, const QString &officer, QString *error)
{
    StoreTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE cases SET handler = NULL, handler_since = NULL, updated_at = ? "
              "WHERE id = ? AND handler = ?"_s);
    q.addBindValue(StoreClock::now());
    q.addBindValue(caseId);
    q.addBindValue(officer);
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The case is not yours to release.");
        return false;
    }
    if (!AuditTrail(m_db).append(officer, u"case.released"_s, caseSubject(caseId), {}, error)
        || !ChangeNotifier::announce(m_db, u"cases"_s))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool CaseStore::setReviewNote(qint64 caseId, const QString &sectionId, ReviewStatus status,
                              const QString &note, const QString &author, QString *error)
{
    StoreTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO review_notes (case_id, section_id, status, note, author, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, section_id) DO UPDATE SET "
              "status = excluded.status, note = excluded.note, author = excluded.author, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(caseId);
    q.addBindValue(sectionId);
    q.addBindValue(reviewStatusName(status));
    q.addBindValue(StoreConnection::notNull(note));
    q.addBindValue(author);
    q.addBindValue(StoreClock::now());
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = tr("The review note could not be saved: %1")
                         .arg(tx.isActive() ? q.lastError().text() : tx.error());
        return false;
    }
    // The note's text is the officer's and may quote the customer: the audit names only the
    // section and the verdict.
    if (!AuditTrail(m_db).append(
            author, u"case.reviewed"_s, caseSubject(caseId),
            {{u"section"_s, sectionId}, {u"status"_s, reviewStatusName(status)}}, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QList<CaseStore::ReviewNote> CaseStore::reviewNotes(qint64 caseId) const
{
    QList<ReviewNote> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT section_id, status, note, author, updated_at FROM review_notes "
              "WHERE case_id = ? ORDER BY section_id"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return list;
    while (q.next()) {
        ReviewNote n;
        n.sectionId = q.value(0).toString();
        n.status = q.value(1).toString() == u"ok"_s ? ReviewStatus::Ok
                                                    : ReviewStatus::NeedsClarification;
        n.note = q.value(2).toString();
        n.author = q.value(3).toString();
        n.updatedAt = StoreClock::fromText(q.value(4).toString());
        list << n;
    }
    return list;
}

bool CaseStore::updateCase(qint64 caseId, const QString &assignments, const QVariantList &values,
                           QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE cases SET "_s + assignments + u" WHERE id = ?"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(caseId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The case no longer exists.");
        return false;
    }
    return true;
}

bool CaseStore::setState(qint64 caseId, CaseState state, const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive()
        || !updateCase(caseId, u"state = ?, updated_at = ?"_s, {toString(state), StoreClock::now()},
                       error)
        || !AuditTrail(m_db).append(actor, u"case.state"_s, caseSubject(caseId),
                                    {{u"state"_s, toString(state)}}, error)
        || !ChangeNotifier::announce(m_db, u"cases"_s))
        return false;
    return tx.commit();
}

bool CaseStore::setDiaryNumber(qint64 caseId, const QString &diaryNumber, const QString &actor,
                               QString *error)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive()
        || !updateCase(caseId, u"diary_number = ?, updated_at = ?"_s,
                       {diaryNumber, StoreClock::now()}, error)
        || !AuditTrail(m_db).append(actor, u"case.diaryNumber"_s, caseSubject(caseId),
                                    {{u"diaryNumber"_s, diaryNumber}}, error)
        || !ChangeNotifier::announce(m_db, u"cases"_s))
        return false;
    return tx.commit();
}

bool CaseStore::setExportState(qint64 caseId, ExportState state, const QString &detail,
                               const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    const bool failed = state == ExportState::Failed;
    const QString assignments
        = failed ? u"export_state = ?, export_error = ?, export_attempts = export_attempts + 1, "
                   "updated_at = ?"_s
                 : u"export_state = ?, export_error = ?, updated_at = ?"_s;
    // Pending starts a transfer item unless one is open already (a retry keeps its messageId).
    if (!tx.isActive()
        || (state == ExportState::Pending && RegisterStore(m_db).openItem(caseId, error).isEmpty())
        || !updateCase(caseId, assignments,
                       {toString(state), StoreConnection::notNull(failed ? detail : QString()),
                        StoreClock::now()},
                       error)
        || !TransferLogStore(m_db).record(TransferLogStore::Direction::Export, u"case"_s,
                                          QString::number(caseId), toString(state), detail, actor,
                                          error)
        || !ChangeNotifier::announce(m_db, u"cases"_s))
        return false;
    return tx.commit();
}

std::optional<CaseStore::Case> CaseStore::caseById(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(caseColumns + u"WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (q.exec() && q.next())
        return caseFrom(q);
    return std::nullopt;
}

std::optional<CaseStore::Case> CaseStore::caseByProjectPart(const QString &projectPartId) const
{
    QSqlQuery q(m_db);
    q.prepare(caseColumns + u"WHERE project_part_id = ?"_s);
    q.addBindValue(projectPartId);
    if (q.exec() && q.next())
        return caseFrom(q);
    return std::nullopt;
}

QList<CaseStore::Case> CaseStore::cases(const QString &state, const QString &handler,
                                        int limit) const
{
    QList<Case> list;
    QString sql = caseColumns + u"WHERE 1 = 1"_s;
    if (!state.isEmpty())
        sql += u" AND state = ?"_s;
    if (!handler.isEmpty())
        sql += u" AND handler = ?"_s;
    sql += u" ORDER BY received_at DESC, id DESC LIMIT ?"_s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!state.isEmpty())
        q.addBindValue(state);
    if (!handler.isEmpty())
        q.addBindValue(handler);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list << caseFrom(q);
    }
    return list;
}

qint64 CaseStore::caseCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM cases"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<CaseStore::Event> CaseStore::events(qint64 caseId) const
{
    QList<Event> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(eventColumns + u"WHERE case_id = ? ORDER BY submitted_at, id"_s);
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            list << eventFrom(q);
    }
    return list;
}

std::optional<CaseStore::Event> CaseStore::eventByExternalId(const QString &externalId) const
{
    QSqlQuery q(m_db);
    q.prepare(eventColumns + u"WHERE external_id = ?"_s);
    q.addBindValue(externalId);
    if (q.exec() && q.next())
        return eventFrom(q);
    return std::nullopt;
}

qint64 CaseStore::eventCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM events"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

namespace {

const QString attachmentColumns
    = u"SELECT a.id, a.event_id, a.position, a.attachment_id, a.file_name, a.content_type, a.size, "
      "a.sha256, a.description, a.stored, a.problem, a.problem_detail FROM attachments a "_s;

QList<CaseStore::Attachment> attachmentsFrom(QSqlQuery &q)
{
    QList<CaseStore::Attachment> list;
    while (q.next()) {
        CaseStore::Attachment a;
        a.id = q.value(0).toLongLong();
        a.eventId = q.value(1).toLongLong();
        a.position = q.value(2).toInt();
        a.attachmentId = q.value(3).toString();
        a.fileName = q.value(4).toString();
        a.contentType = q.value(5).toString();
        a.size = q.value(6).toLongLong();
        a.sha256 = q.value(7).toString();
        a.description = q.value(8).toString();
        a.stored = q.value(9).toInt() != 0;
        a.problem
            = attachmentProblemFromString(q.value(10).toString()).value_or(AttachmentProblem::None);
        a.problemDetail = q.value(11).toString();
        list << a;
    }
    return list;
}

} // namespace

QList<CaseStore::Attachment> CaseStore::attachments(qint64 eventId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(attachmentColumns + u"WHERE a.event_id = ? ORDER BY a.position"_s);
    q.addBindValue(eventId);
    if (!q.exec())
        return {};
    return attachmentsFrom(q);
}

QList<CaseStore::Attachment> CaseStore::caseAttachments(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(attachmentColumns
              + u"JOIN events e ON e.id = a.event_id WHERE e.case_id = ? "
                "ORDER BY e.id, a.position"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return {};
    QList<Attachment> list = attachmentsFrom(q);
    QStringList originals;
    originals.reserve(list.size());
    for (const Attachment &a : std::as_const(list))
        originals << a.fileName;
    const QStringList names = SafeFileNames::uniqueNames(originals);
    for (int i = 0; i < list.size(); ++i)
        list[i].localName = names.at(i);
    return list;
}

bool CaseStore::requestAttachmentDownload(qint64 attachmentRowId, const QString &actor,
                                          QString *error)
{
    StoreTransaction tx(m_db);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(m_db);
    q.prepare(attachmentColumns + u"WHERE a.id = ?"_s);
    q.addBindValue(attachmentRowId);
    if (!q.exec())
        return fail(q.lastError().text());
    const QList<Attachment> found = attachmentsFrom(q);
    if (found.isEmpty())
        return fail(tr("The attachment no longer exists."));
    const Attachment &a = found.first();
    if (a.attachmentId.isEmpty() || !BlobStore::isValidName(a.sha256))
        return fail(describe(a.attachmentId.isEmpty() ? AttachmentProblem::NotDescribed
                                                      : AttachmentProblem::NoChecksum));
    q.prepare(u"UPDATE attachments SET stored = 0, problem = '', problem_detail = '' "
              "WHERE id = ?"_s);
    q.addBindValue(attachmentRowId);
    if (!q.exec())
        return fail(q.lastError().text());
    QString logError;
    if (!AuditTrail(m_db).append(actor, u"attachment.retry"_s,
                                 u"attachment:"_s + QString::number(attachmentRowId),
                                 {{u"problem"_s, toString(a.problem)}}, &logError))
        return fail(logError);
    if (!ChangeNotifier::announce(m_db, u"cases"_s))
        return fail(tr("the change notification could not be queued"));
    return tx.commit() || fail(tx.error());
}

QList<CaseStore::PendingAttachment> CaseStore::attachmentsToFetch(int limit) const
{
    QList<PendingAttachment> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, e.external_id, a.attachment_id, a.file_name, a.content_type, a.size, "
              "a.sha256, a.description FROM attachments a JOIN events e ON e.id = a.event_id "
              "WHERE a.stored = 0 AND a.problem = '' AND a.attachment_id <> '' "
              "ORDER BY a.id LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return list;
    while (q.next()) {
        PendingAttachment p;
        p.attachmentRowId = q.value(0).toLongLong();
        p.externalId = q.value(1).toString();
        p.info.id = q.value(2).toString();
        p.info.fileName = q.value(3).toString();
        p.info.contentType = q.value(4).toString();
        p.info.size = q.value(5).toLongLong();
        p.info.sha256Hex = q.value(6).toString();
        p.info.description = q.value(7).toString();
        if (BlobStore::isValidName(p.info.sha256Hex))
            list << p;
    }
    return list;
}

bool CaseStore::setAttachmentReceived(qint64 attachmentRowId, const QString &actor, QString *error)
{
    return setAttachmentProblem(attachmentRowId, AttachmentProblem::None, QString(), actor, error);
}

bool CaseStore::setAttachmentProblem(qint64 attachmentRowId, AttachmentProblem problem,
                                     const QString &detail, const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!tx.isActive())
        return fail(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"SELECT e.external_id, a.position FROM attachments a JOIN events e "
              "ON e.id = a.event_id WHERE a.id = ?"_s);
    q.addBindValue(attachmentRowId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return fail(tr("The attachment no longer exists."));
    const QString item = q.value(0).toString() + u'#' + QString::number(q.value(1).toInt() + 1);
    q.finish();
    const bool received = problem == AttachmentProblem::None;
    q.prepare(u"UPDATE attachments SET stored = ?, problem = ?, problem_detail = ? WHERE id = ?"_s);
    q.addBindValue(received ? 1 : 0);
    q.addBindValue(StoreConnection::notNull(toString(problem)));
    q.addBindValue(StoreConnection::notNull(detail));
    q.addBindValue(attachmentRowId);
    if (!q.exec())
        return fail(q.lastError().text());
    QString logError;
    if (!TransferLogStore(m_db).record(TransferLogStore::Direction::Inbound, u"attachment"_s, item,
                                       received ? u"received"_s : u"failed"_s,
                                       received ? QString() : toString(problem), actor, &logError))
        return fail(logError);
    if (!ChangeNotifier::announce(m_db, u"cases"_s))
        return fail(tr("the change notification could not be queued"));
    return tx.commit() || fail(tx.error());
}

} // namespace lvdesk
