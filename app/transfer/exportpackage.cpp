// SPDX-License-Identifier: EUPL-1.2

#include "exportpackage.h"

#include "casedocument.h"
#include "casesnapshot.h"
#include "domain/attachmentproblem.h"
#include "domain/safefilenames.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/deadlinestore.h"
#include "store/storeclock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(StoreClock::toText(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool ExportPackage::verifyBlob(const QString &path, qint64 size, const QString &sha256)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != size)
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

QString ExportPackage::packageNameFor(const QString &diaryNumber, qint64 caseId)
{
    const QString byId = u"case-"_s + QString::number(caseId);
    if (diaryNumber.trimmed().isEmpty())
        return byId;
    return SafeFileNames::sanitize(diaryNumber, byId);
}

std::optional<ExportPackage> ExportPackage::build(const QSqlDatabase &db, const BlobStore &blobs,
                                                  qint64 caseId, QString *error,
                                                  const RecordsMetadata &records)
{
    const std::optional<CaseSnapshot> snapshot = CaseSnapshot::read(db, caseId, error);
    if (!snapshot)
        return std::nullopt;
    return build(*snapshot, blobs, records, error);
}

std::optional<ExportPackage> ExportPackage::build(const CaseSnapshot &snapshot,
                                                  const BlobStore &blobs,
                                                  const RecordsMetadata &records, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const CaseStore::Case &c = snapshot.caseInfo;
    ExportPackage package;
    package.caseId = c.id;
    package.projectPartId = c.projectPartId;
    package.diaryNumber = c.diaryNumber;
    package.name = packageNameFor(c.diaryNumber, c.id);

    // Attachments go under the one name lvdesk derives for each in the case (SafeFileNames, via
    // CaseStore::caseAttachments()); the documents have a folder and names of their own.
    SafeFileNames names;
    QList<File> documentFiles;
    QList<File> attachmentFiles;
    QJsonArray eventArray;
    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    for (const CaseSnapshot::EventData &data : snapshot.events) {
        const CaseStore::Event &event = data.event;
        QJsonArray attachmentArray;
        for (const CaseStore::Attachment &a : data.attachments) {
            if (a.problem != AttachmentProblem::None) {
                // Not received, for good or until the officer asks again: the register learns
                // of it and why, and the package goes without the file.
                attachmentArray.append(QJsonObject{
                    {u"id"_s, a.attachmentId},
                    {u"fileName"_s, a.fileName},
                    {u"path"_s, QJsonValue::Null},
                    {u"contentType"_s, a.contentType},
                    {u"size"_s, double(a.size)},
                    {u"sha256"_s, a.sha256},
                    {u"description"_s, a.description},
                    {u"received"_s, false},
                    {u"problem"_s, toString(a.problem)},
                });
                continue;
            }
            if (!a.stored || !blobs.contains(a.sha256))
                return fail(tr("An attachment of the case has not been downloaded yet."));
            File file;
            file.path = u"attachments/"_s + a.localName;
            file.sourcePath = blobs.pathOf(a.sha256);
            file.contentType = a.contentType;
            file.size = a.size;
            file.sha256 = a.sha256;
            if (!verifyBlob(file.sourcePath, file.size, file.sha256))
                return fail(tr("A stored attachment of the case is damaged (its checksum no longer "
                               "matches). Synchronise again to download it anew."));
            attachmentFiles << file;
            attachmentArray.append(QJsonObject{
                {u"id"_s, a.attachmentId},
                {u"fileName"_s, a.fileName},
                {u"path"_s, file.path},
                {u"contentType"_s, a.contentType},
                {u"size"_s, double(a.size)},
                {u"sha256"_s, a.sha256},
                {u"description"_s, a.description},
                {u"received"_s, true},
                {u"problem"_s, QJsonValue::Null},
            });
        }

        // The action as the register files it: a PDF/A document, in the customer's language.
        CaseDocument::Options options;
        options.copy = CaseDocument::Copy::Register;
        options.eventId = event.id;
        options.createdAt = createdAt;
        const CaseDocument document(snapshot, options);
        QString renderError;
        File pdf;
        pdf.bytes = document.toPdf(&renderError);
        if (pdf.bytes.isEmpty())
            return fail(renderError);
        pdf.path = u"documents/"_s + names.unique(CaseDocument::fileNameFor(snapshot, event.id));
        pdf.contentType = u"application/pdf"_s;
        pdf.size = pdf.bytes.size();
        pdf.sha256 = BlobStore::sha256Of(pdf.bytes);
        documentFiles << pdf;

        eventArray.append(QJsonObject{
            {u"externalId"_s, event.externalId},
            {u"version"_s, event.version},
            {u"actionType"_s, event.actionType},
            {u"submittedAt"_s, timeOrNull(event.submittedAt)},
            {u"inboundState"_s, toString(event.inboundState)},
            // A string, so that the service's bytes survive any JSON reader unchanged.
            {u"rawJson"_s, QString::fromUtf8(event.rawJson)},
            {u"rawJsonSha256"_s, BlobStore::sha256Of(event.rawJson)},
            {u"attachments"_s, attachmentArray},
            {u"document"_s,
             QJsonObject{{u"path"_s, pdf.path},
                         {u"title"_s, document.title()},
                         {u"language"_s, document.language()},
                         {u"recordsManagement"_s,
                          records.toJson(records.documentTypeOf(event.actionType))}}},
        });
    }

    QJsonArray notes;
    for (const CaseStore::ReviewNote &n : snapshot.reviewNotes) {
        notes.append(QJsonObject{
            {u"sectionId"_s, n.sectionId},
            {u"status"_s, CaseStore::reviewStatusName(n.status)},
            {u"note"_s, n.note},
            {u"author"_s, n.author},
            {u"updatedAt"_s, timeOrNull(n.updatedAt)},
        });
    }
    QJsonArray deadlines;
    for (const DeadlineStore::Deadline &d : snapshot.deadlines) {
        deadlines.append(QJsonObject{
            {u"kind"_s, d.kind},
            {u"dueDate"_s, d.dueDate.toString(Qt::ISODate)},
            {u"source"_s, d.source},
            {u"done"_s, d.done},
        });
    }

    const CaseStore::Event &opening = snapshot.opening().event;
    const QJsonObject caseJson{
        {u"formatVersion"_s, formatVersion},
        {u"caseId"_s, double(c.id)},
        {u"projectId"_s, c.projectId},
        {u"projectPartId"_s, c.projectPartId},
        {u"serviceCode"_s, c.serviceCode},
        {u"openingExternalId"_s, textOrNull(c.openingExternalId)},
        {u"state"_s, toString(c.state)},
        {u"diaryNumber"_s, textOrNull(c.diaryNumber)},
        {u"handler"_s, textOrNull(c.handler)},
        {u"handlerSince"_s, timeOrNull(c.handlerSince)},
        {u"receivedAt"_s, timeOrNull(c.receivedAt)},
        {u"commondata"_s, opening.commondata},
        {u"formdata"_s, opening.formdata},
        {u"events"_s, eventArray},
        {u"reviewNotes"_s, notes},
        {u"deadlines"_s, deadlines},
        {u"recordsManagement"_s, records.toJson()},
    };
    File caseFile;
    caseFile.path = u"case.json"_s;
    caseFile.bytes = QJsonDocument(caseJson).toJson(QJsonDocument::Indented);
    caseFile.contentType = u"application/json"_s;
    caseFile.size = caseFile.bytes.size();
    caseFile.sha256 = BlobStore::sha256Of(caseFile.bytes);
    package.files << caseFile << documentFiles << attachmentFiles;
    return package;
}

QByteArray ExportPackage::manifest(const QDateTime &createdAt) const
{
    QJsonArray fileArray;
    for (const File &f : files) {
        fileArray.append(QJsonObject{
            {u"path"_s, f.path},
            {u"size"_s, double(f.size)},
            {u"sha256"_s, f.sha256},
            {u"contentType"_s, f.contentType},
        });
    }
    const QJsonObject manifest{
        {u"formatVersion"_s, formatVersion},
        {u"caseId"_s, double(caseId)},
        {u"projectPartId"_s, projectPartId},
        {u"diaryNumber"_s, textOrNull(diaryNumber)},
        {u"createdAt"_s, StoreClock::toText(createdAt)},
        {u"generator"_s, QString(u"lvdesk "_s + QStringLiteral(LVDESK_VERSION))},
        {u"files"_s, fileArray},
        {u"auditHead"_s, QJsonObject{{u"seq"_s, double(auditHead.seq)}, {u"mac"_s, auditHead.mac}}},
    };
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

} // namespace lvdesk
