// SPDX-License-Identifier: EUPL-1.2

#include "workflow/registerreplies.h"

#include "deadlines/casedeadlines.h"
#include "domain/casestate.h"
#include "store/audittrail.h"
#include "store/casestore.h"
#include "store/changenotifier.h"
#include "store/registerstore.h"
#include "store/storetransaction.h"
#include "store/transferlogstore.h"
#include "store/workflowstore.h"
#include "workflow/caseactions.h"
#include "workflow/casetransitions.h"
#include "workflow/statusupdates.h"
#include "workflow/workflowlog.h"

#include <QUuid>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QString caseSubject(qint64 caseId)
{
    return u"case:"_s + QString::number(caseId);
}

StoreWriter::Result outcome(bool applied, bool repeated, qint64 caseId, const QString &detail)
{
    StoreWriter::Result r;
    r.ok = true;
    r.value = QVariantMap{{u"applied"_s, applied},
                          {u"repeated"_s, repeated},
                          {u"caseId"_s, caseId},
                          {u"detail"_s, detail}};
    return r;
}

StoreWriter::Result storeFailure(const QString &error)
{
    StoreWriter::Result r;
    r.error = error;
    return r;
}

} // namespace

StoreWriter::Job RegisterReplies::applyJob(const Input &input, const Settings &settings)
{
    return [input, settings](QSqlDatabase &db) -> StoreWriter::Result {
        StoreTransaction tx(db);
        if (!tx.isActive())
            return storeFailure(tx.error());
        RegisterStore registry(db);
        QString error;

        // The same reply again: what happened the first time stands, nothing changes.
        if (const std::optional<RegisterStore::Reply> seen = registry.reply(input.replyKey)) {
            return outcome(seen->state == u"applied"_s, true, seen->caseId, seen->detail);
        }

        RegisterStore::Reply record;
        record.replyKey = input.replyKey;
        record.fileName = input.fileName;
        auto finish = [&](bool applied, const QString &detail) -> StoreWriter::Result {
            record.state = applied ? u"applied"_s : u"rejected"_s;
            record.detail = detail;
            if (!registry.recordReply(record, &error)
                || !TransferLogStore(db).record(
                    TransferLogStore::Direction::Export, u"reply"_s, input.replyKey.left(16),
                    record.state, record.root.isEmpty() ? detail : record.root + u": "_s + detail,
                    settings.actor, &error)
                || !ChangeNotifier::announce(db, u"cases"_s) || !tx.commit())
                return storeFailure(error.isEmpty() ? tx.error() : error);
            qCInfo(lcWorkflow) << "register reply" << record.state << "for case" << record.caseId;
            return outcome(applied, false, record.caseId, detail);
        };

        if (!input.reply)
            return finish(false, input.problem);
        const RegisterReply &reply = *input.reply;
        record.root = reply.rootName();
        record.messageId = reply.messageId;
        record.registerCaseId = reply.registerCaseId;

        // Which case: the message it answers, or (a decision may name none) its HakemusTunnus.
        CaseStore cases(db);
        std::optional<CaseStore::Case> c;
        if (!reply.messageId.isEmpty()) {
            const std::optional<RegisterStore::Item> item = registry.item(reply.messageId);
            if (!item)
                return finish(false, tr("The reply answers message %1, which lvdesk did not send.")
                                         .arg(reply.messageId));
            c = cases.caseById(item->caseId);
        } else {
            c = cases.caseByProjectPart(reply.applicationId);
            if (c && registry.items(c->id).isEmpty())
                c.reset();
            if (!c)
                return finish(false, tr("The reply names a case (HakemusTunnus %1) that lvdesk did "
                                        "not send to the register.")
                                         .arg(reply.applicationId));
        }
        if (!c)
            return finish(false, tr("The case of the reply is no longer in the store."));
        record.caseId = c->id;
        if (c->projectPartId != reply.applicationId)
            return finish(false, tr("The reply's HakemusTunnus %1 is not the case the message was "
                                    "about (%2).")
                                     .arg(reply.applicationId, c->projectPartId));

        const QDate today = CaseDeadlines::submissionDay(QDateTime::currentDateTimeUtc());
        auto statusUpdate = [&](ServiceState state, const QDate &date) {
            StatusUpdate u;
            u.messageId = QUuid::createUuid();
            u.state = state;
            u.statusText = StatusUpdates::standardText(state);
            u.statusDate = date;
            u.diaryNumber = c->diaryNumber;
            u.handler = c->handler;
            u.processingStartDate = StatusUpdates::processingStartDate(db, c->id);
            return u;
        };

        if (reply.kind == RegisterReply::Kind::DiaryNumber) {
            if (c->diaryNumber == reply.registerCaseId)
                return finish(true, tr("The case already had the register's diary number."));
            if (WorkflowStore::caseWithDiaryNumber(db, reply.registerCaseId, c->id, &error))
                return finish(false, tr("Diary number %1 already belongs to another case.")
                                         .arg(reply.registerCaseId));
            if (!error.isEmpty())
                return storeFailure(error);
            const QString previous = c->diaryNumber;
            if (!cases.setDiaryNumber(c->id, reply.registerCaseId, settings.actor, &error)
                || !AuditTrail(db).append(
                    settings.actor, u"case.registerDiaryNumber"_s, caseSubject(c->id),
                    {{u"messageId"_s, reply.messageId},
                     {u"diaryNumber"_s, reply.registerCaseId},
                     {u"previousDiaryNumber"_s, previous},
                     {u"receivedOn"_s, reply.receivedOn.toString(Qt::ISODate)}},
                    &error))
                return storeFailure(error);
            c->diaryNumber = reply.registerCaseId;
            QString detail = tr("Diary number %1 from the register.").arg(reply.registerCaseId);
            const std::optional<ServiceState> state = settings.statusOnDiaryNumber.value(
                c->serviceCode, settings.defaultStatusOnDiaryNumber);
            const bool resolved = c->state == CaseState::Decided || c->state == CaseState::Closed
                                  || c->state == CaseState::Withdrawn
                                  || c->state == CaseState::TransferredElsewhere;
            if (state && !resolved && !c->openingExternalId.isEmpty()) {
                const StatusUpdate u = statusUpdate(*state, today);
                if (!StatusUpdates::queue(db, c->id, c->openingExternalId, u, settings.actor,
                                          &error))
                    return storeFailure(error);
                detail += u' '
                          + tr("The service is told \"%1\" with it.")
                                .arg(StatusUpdates::standardText(*state).fi);
            }
            return finish(true, detail);
        }

        // A decision.
        if (c->state == CaseState::Decided || c->state == CaseState::Closed)
            return finish(true, tr("The case was decided already."));
        if (!CaseTransitions::allows(CaseTransitions::Action::SetDecided, c->state))
            return finish(false,
                          CaseTransitions::refusal(CaseTransitions::Action::SetDecided, c->state));
        if (!cases.setState(c->id, CaseState::Decided, settings.actor, &error)
            || !AuditTrail(db).append(
                settings.actor, u"case.decidedByRegister"_s, caseSubject(c->id),
                {{u"messageId"_s, reply.messageId},
                 {u"registerCaseId"_s, reply.registerCaseId},
                 {u"decisionId"_s, reply.decisionId},
                 {u"decisionDate"_s, reply.decisionDate.toString(Qt::ISODate)},
                 {u"decisionCode"_s, reply.decisionCode},
                 {u"section"_s, reply.section}},
                &error))
            return storeFailure(error);
        if (!c->openingExternalId.isEmpty()) {
            const StatusUpdate u = statusUpdate(ServiceState::Decided, reply.decisionDate);
            if (!StatusUpdates::queue(db, c->id, c->openingExternalId, u, settings.actor, &error))
                return storeFailure(error);
        }
        const StoreWriter::Result deadlines = CaseActions::refreshDeadlines(db, c->id, today);
        if (!deadlines.ok)
            return deadlines;
        return finish(true, tr("Decided on %1 (decision %2).")
                                .arg(reply.decisionDate.toString(Qt::ISODate), reply.decisionId));
    };
}

} // namespace lvdesk
