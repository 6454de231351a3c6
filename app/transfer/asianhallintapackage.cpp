// SPDX-License-Identifier: EUPL-1.2

#include "asianhallintapackage.h"

#include "domain/attachmentproblem.h"

#include "asianhallintamapper.h"
#include "asianhallintawriter.h"
#include "casedocument.h"
#include "casesnapshot.h"
#include "domain/safefilenames.h"
#include "exportpackage.h"
#include "store/blobstore.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lvdesk {

std::optional<AsianhallintaPackage> AsianhallintaPackage::build(const CaseSnapshot &snapshot,
                                                                const RegisterStore::Item &item,
                                                                const BlobStore &blobs,
                                                                const Options &options,
                                                                QString *error, bool *permanent)
{
    auto fail = [error, permanent](const QString &message, bool forGood) {
        if (error)
            *error = message;
        if (permanent)
            *permanent = forGood;
        return std::nullopt;
    };
    std::optional<AsianhallintaMessage> message;
    if (item.isFirst()) {
        QString reason;
        message = AsianhallintaMapper::newCase(snapshot, &reason);
        if (!message)
            return fail(reason, true);
    } else {
        message = AsianhallintaMapper::supplement(snapshot, options.registerCaseId);
    }
    message->messageId = item.messageId;

    AsianhallintaPackage package;
    package.messageId = item.messageId;
    package.rootName = message->rootName();
    package.name
        = ExportPackage::packageNameFor(snapshot.caseInfo.diaryNumber, snapshot.caseInfo.id) + u'-'
          + QString::number(item.seq);

    const QTimeZone finland("Europe/Helsinki");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString folder = QString::fromLatin1(attachmentFolder);
    // The customer's files keep the one local name lvdesk gives each in the case (SafeFileNames,
    // via CaseStore::caseAttachments()); the documents beside them take other names.
    SafeFileNames names;
    for (const qint64 eventId : item.eventIds) {
        if (const CaseSnapshot::EventData *data = snapshot.eventById(eventId)) {
            for (const CaseStore::Attachment &a : data->attachments)
                names.reserve(a.localName);
        }
    }
    QList<ZipWriter::Entry> files;
    auto link = [&](const QString &zipName) {
        return options.linkPrefix + zipName;
    };
    for (const qint64 eventId : item.eventIds) {
        const CaseSnapshot::EventData *data = snapshot.eventById(eventId);
        if (!data)
            continue;
        // The action itself, as the register files it.
        CaseDocument::Options documentOptions;
        documentOptions.copy = CaseDocument::Copy::Register;
        documentOptions.eventId = eventId;
        documentOptions.createdAt = now;
        const CaseDocument document(snapshot, documentOptions);
        QString renderError;
        ZipWriter::Entry pdf;
        pdf.bytes = document.toPdf(&renderError);
        if (pdf.bytes.isEmpty())
            return fail(renderError, false);
        pdf.name = folder + names.unique(CaseDocument::fileNameFor(snapshot, eventId));
        pdf.size = pdf.bytes.size();
        pdf.sha256 = BlobStore::sha256Of(pdf.bytes);
        files << pdf;
        AsianhallintaMessage::Attachment pdfLiite;
        pdfLiite.description = document.title();
        pdfLiite.mimeType = u"application/pdf"_s;
        pdfLiite.link = link(pdf.name);
        pdfLiite.created = now.toTimeZone(finland).date();
        pdfLiite.metadata << QPair<QString, QString>(u"sha256"_s, pdf.sha256);
        pdfLiite.metadata << options.records.entries(
            options.records.documentTypeOf(data->event.actionType));
        pdfLiite.metadata << QPair<QString, QString>(u"kieli"_s, document.language());
        // The customer's files, byte for byte, under their safe names. One that lvdesk could not
        // receive has no file to link: the action's document names it and the reason.
        for (const CaseStore::Attachment &a : data->attachments) {
            if (a.problem != AttachmentProblem::None)
                pdfLiite.metadata << QPair<QString, QString>(
                    u"vastaanottamatonLiite"_s, a.fileName + u" ("_s + toString(a.problem) + u')');
        }
        message->attachments << pdfLiite;
        for (const CaseStore::Attachment &a : data->attachments) {
            if (a.problem != AttachmentProblem::None)
                continue;
            if (!a.stored || !blobs.contains(a.sha256))
                return fail(tr("An attachment of the case has not been downloaded yet."), false);
            ZipWriter::Entry file;
            file.name = folder + a.localName;
            file.sourcePath = blobs.pathOf(a.sha256);
            file.size = a.size;
            file.sha256 = a.sha256;
            files << file;
            AsianhallintaMessage::Attachment liite;
            liite.description = a.description.trimmed().isEmpty() ? a.fileName : a.description;
            liite.mimeType = AsianhallintaMapper::mimeType(a.contentType);
            liite.link = link(file.name);
            liite.created = data->event.submittedAt.toTimeZone(finland).date();
            liite.metadata << QPair<QString, QString>(u"sha256"_s, a.sha256)
                           << QPair<QString, QString>(u"tiedostonimi"_s, a.fileName)
                           << QPair<QString, QString>(u"koko"_s, QString::number(a.size));
            liite.metadata << options.records.entries(RecordsMetadata::attachmentDocumentType());
            message->attachments << liite;
        }
    }

    QString writeError;
    package.xml = AsianhallintaWriter::write(*message, &writeError);
    if (package.xml.isEmpty())
        return fail(writeError, true);
    ZipWriter::Entry xmlEntry;
    xmlEntry.name = package.rootName + u".xml"_s;
    xmlEntry.bytes = package.xml;
    xmlEntry.size = package.xml.size();
    package.entries << xmlEntry << files;
    return package;
}

} // namespace lvdesk
