// SPDX-License-Identifier: EUPL-1.2

#include "casesnapshot.h"

#include "lv/lvcodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lvdesk {

std::optional<CaseSnapshot> CaseSnapshot::read(const QSqlDatabase &db, qint64 caseId,
                                               QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const CaseStore store(db);
    const std::optional<CaseStore::Case> c = store.caseById(caseId);
    if (!c)
        return fail(tr("The case no longer exists."));
    const QList<CaseStore::Event> events = store.events(caseId);
    if (events.isEmpty())
        return fail(tr("The case has no actions to export."));

    CaseSnapshot snapshot;
    snapshot.caseInfo = *c;
    // Every attachment with its safe local name, unique within the case (SafeFileNames): the
    // names every package and the case view use.
    QHash<qint64, QList<CaseStore::Attachment>> attachmentsOf;
    const QList<CaseStore::Attachment> attachments = store.caseAttachments(caseId);
    for (const CaseStore::Attachment &a : attachments)
        attachmentsOf[a.eventId].append(a);
    for (const CaseStore::Event &event : events) {
        EventData data;
        data.event = event;
        data.attachments = attachmentsOf.value(event.id);
        if (!event.commondata.isEmpty()) {
            const auto decoded = LvCodec::decodeCommondata(
                QJsonDocument(event.commondata).toJson(QJsonDocument::Compact));
            if (decoded)
                data.commondata = decoded.value();
        }
        if (!event.formdata.isEmpty()) {
            const auto decoded = LvCodec::decodeFormdata(
                QJsonDocument(event.formdata).toJson(QJsonDocument::Compact));
            if (decoded)
                data.formdata = decoded.value();
        }
        if (event.externalId == c->openingExternalId)
            snapshot.openingIndex = int(snapshot.events.size());
        snapshot.events.append(data);
    }
    snapshot.reviewNotes = store.reviewNotes(caseId);
    snapshot.deadlines = DeadlineStore(db).forCase(caseId);
    return snapshot;
}

const CaseSnapshot::EventData *CaseSnapshot::eventById(qint64 eventId) const
{
    for (const EventData &e : events) {
        if (e.event.id == eventId)
            return &e;
    }
    return nullptr;
}

std::optional<Commondata> CaseSnapshot::commondata() const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->commondata)
            return it->commondata;
    }
    return std::nullopt;
}

LocalizedText CaseSnapshot::serviceName() const
{
    if (opening().formdata && !opening().formdata->serviceName.isEmpty())
        return opening().formdata->serviceName;
    for (const EventData &e : events) {
        if (e.formdata && !e.formdata->serviceName.isEmpty())
            return e.formdata->serviceName;
    }
    return {};
}

QString CaseSnapshot::documentLanguage() const
{
    const std::optional<Commondata> data = commondata();
    const QString language = data ? data->customer.language.trimmed().toLower() : QString();
    return language == u"sv"_s ? u"sv"_s : u"fi"_s;
}

} // namespace lvdesk
