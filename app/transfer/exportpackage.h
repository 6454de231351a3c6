// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/audittrail.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include "transfer/recordsmetadata.h"

namespace lvdesk {

class BlobStore;
class CaseSnapshot;

// ExportPackage: one case as the case register receives it (docs/export-format.md): case.json
// with everything the register needs, each action as a PDF/A document, the attachments under safe
// unique names, and the manifest that lists each file with its size and SHA-256. Built from the
// store on a reader connection, off the main thread; the targets (drop folder, HTTP) only carry it.
class ExportPackage
{
    Q_DECLARE_TR_FUNCTIONS(ExportPackage)

public:
    static constexpr int formatVersion = 2;

    struct File
    {
        QString path; // inside the package: "case.json", "documents/…", "attachments/<safe name>"
        QByteArray bytes; // the content, unless sourcePath names the file holding it
        QString sourcePath; // attachments: the blob in the BlobStore
        QString contentType;
        qint64 size = 0;
        QString sha256; // lower-case hex
    };

    qint64 caseId = 0;
    QString projectPartId;
    QString diaryNumber;
    QString
        name; // the package's folder name without revision: diary number made safe, or case-<id>
    // case.json first, then the documents, then the attachments (manifest.json is not among them)
    QList<File> files;
    // The head of the audit trail verified just before the export (AuditGuard): the manifest
    // carries it, so removing the newest entries later shows against every package sent.
    AuditTrail::Head auditHead;

    // Reads the case, its events (raw JSON verbatim), attachments, review notes and deadlines,
    // checks that every attachment's blob is present and still matches its SHA-256, and renders
    // each action's document (the register's copy: the henkilötunnus in full). records: the
    // service's records-management metadata.
    static std::optional<ExportPackage> build(const QSqlDatabase &db, const BlobStore &blobs,
                                              qint64 caseId, QString *error,
                                              const RecordsMetadata &records = {});
    static std::optional<ExportPackage> build(const CaseSnapshot &snapshot, const BlobStore &blobs,
                                              const RecordsMetadata &records, QString *error);

    // Streams a stored attachment through SHA-256 and checks it against what the service
    // promised, so that a damaged blob never leaves lvdesk as good.
    static bool verifyBlob(const QString &path, qint64 size, const QString &sha256);

    // manifest.json: the format version, the case, and every file with size and SHA-256.
    QByteArray manifest(const QDateTime &createdAt) const;

    static QString packageNameFor(const QString &diaryNumber, qint64 caseId);
};

} // namespace lvdesk
