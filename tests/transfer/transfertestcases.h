// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/actiondata.h"
#include "domain/feeditem.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/deadlinestore.h"
#include "store/store.h"
#include "store/storeconfig.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "testauditkey.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

namespace lvdesk {

// TransferTestCases: cases as the sync leaves them in the store (a person as customer, with a
// henkilötunnus, attachments in the blob store, review notes, deadlines), pending export, for the
// transfer tests and their helper process.
class TransferTestCases
{
public:
    // A valid henkilötunnus; the register needs it in case.json, but nothing else may show it.
    static QString personalIdentityCode() { return QStringLiteral("131052-308T"); }

    static QByteArray attachmentBytes(int n, int index, int size)
    {
        QByteArray seed = QStringLiteral("case %1 attachment %2 ").arg(n).arg(index).toUtf8();
        QByteArray bytes;
        bytes.reserve(size);
        while (bytes.size() < size)
            bytes += seed;
        bytes.truncate(size);
        return bytes;
    }

    static StoreConfig prepare(const QString &dataDirectory, QString *error)
    {
        StoreConfig config;
        config.dataDirectory = dataDirectory;
        config.auditKey = TestAuditKey::key();
        const Store::Status status = Store::prepare(config);
        if (!status.ok && error)
            *error = status.error;
        return config;
    }

    // Ingests case n (one application with the given attachment names, its bytes in the blob
    // store), gives it a diary number (none when empty), a review note and a deadline, and marks
    // its export pending. Answers the case id, 0 on failure.
    static qint64 add(const StoreConfig &config, int n, const QStringList &attachmentNames,
                      const QString &diaryNumber, int attachmentSize = 2000,
                      QByteArray *rawJsonOut = nullptr)
    {
        const QString name = QStringLiteral("transfer-test-%1").arg(n);
        qint64 caseId = 0;
        {
            QString error;
            QSqlDatabase db = StoreConnection::open(config, name, &error);
            if (!db.isValid())
                return 0;
            BlobStore blobs(config.blobDirectory());
            FeedItem item;
            item.externalId
                = QStringLiteral("3f0c6a52-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
            item.projectId = QStringLiteral("P-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
            item.projectPartId = QStringLiteral("PP-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
            item.actionType = ActionType::fromString(QStringLiteral("application"));
            item.serviceCode = QStringLiteral("ymparistolupa");
            item.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), QTimeZone::utc());
            item.version = 1;

            ActionData data;
            data.version = 1;
            QJsonArray attachments;
            for (int i = 0; i < attachmentNames.size(); ++i) {
                const QByteArray bytes = attachmentBytes(n, i, attachmentSize);
                AttachmentInfo a;
                a.id = QStringLiteral("a%1").arg(i + 1);
                a.fileName = attachmentNames.at(i);
                a.contentType = QStringLiteral("application/pdf");
                a.size = bytes.size();
                a.sha256Hex = blobs.put(bytes);
                if (a.sha256Hex.isEmpty())
                    return 0;
                a.description = QStringLiteral("Liite %1").arg(i + 1);
                data.formdata.attachments.append(a);
                attachments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                               {QStringLiteral("fileName"), a.fileName},
                                               {QStringLiteral("contentType"), a.contentType},
                                               {QStringLiteral("size"), double(a.size)},
                                               {QStringLiteral("sha256"), a.sha256Hex},
                                               {QStringLiteral("description"), a.description}});
            }
            const QJsonObject customer{
                {QStringLiteral("kind"), QStringLiteral("person")},
                {QStringLiteral("name"), QStringLiteral("Maija Meikäläinen")},
                {QStringLiteral("businessId"), QJsonValue()},
                {QStringLiteral("personalIdentityCode"), personalIdentityCode()},
                {QStringLiteral("email"), QStringLiteral("maija@example.fi")},
                {QStringLiteral("language"), QStringLiteral("fi")}};
            const QJsonObject commondata{
                {QStringLiteral("projectId"), item.projectId},
                {QStringLiteral("projectPartId"), item.projectPartId},
                {QStringLiteral("projectName"), QStringLiteral("Maa-aineksen otto %1").arg(n)},
                {QStringLiteral("customer"), customer},
                {QStringLiteral("representative"), QJsonValue()},
                {QStringLiteral("submittedAt"), QStringLiteral("2026-11-20T09:14:03Z")}};
            const QJsonObject formdata{{QStringLiteral("serviceCode"), item.serviceCode},
                                       {QStringLiteral("formVersion"), QStringLiteral("2026.1")},
                                       {QStringLiteral("sections"), QJsonArray()},
                                       {QStringLiteral("attachments"), attachments}};
            // The service's own spacing and key order, which the export must keep byte for byte.
            data.rawJson = "{ \"version\": 1,\n  \"commondata\": "
                           + QJsonDocument(commondata).toJson(QJsonDocument::Compact)
                           + ",\n  \"formdata\": "
                           + QJsonDocument(formdata).toJson(QJsonDocument::Compact) + " }\n";
            data.commondata.projectId = item.projectId;
            data.commondata.projectPartId = item.projectPartId;
            data.commondata.customer.kind = CustomerKind::fromString(QStringLiteral("person"));
            data.commondata.customer.name = QStringLiteral("Maija Meikäläinen");
            data.commondata.customer.personalIdentityCode = personalIdentityCode();
            data.formdata.serviceCode = item.serviceCode;
            if (rawJsonOut)
                *rawJsonOut = data.rawJson;

            CaseStore cases(db, &blobs);
            const CaseStore::IngestResult r = cases.ingest(item, data, QStringLiteral("lvdesk"));
            caseId = r.caseId;
            const bool ok
                = r.outcome == CaseStore::IngestOutcome::Inserted
                  && (diaryNumber.isEmpty()
                      || cases.setDiaryNumber(caseId, diaryNumber, QStringLiteral("officer")))
                  && cases.setReviewNote(caseId, QStringLiteral("toiminta"),
                                         CaseStore::ReviewStatus::Ok, QStringLiteral("Tarkistettu"),
                                         QStringLiteral("officer"))
                  && DeadlineStore(db).set(caseId, QStringLiteral("statutory"), QDate(2027, 3, 20),
                                           QStringLiteral("service"), QStringLiteral("lvdesk"))
                  && cases.setExportState(caseId, ExportState::Pending, QString(),
                                          QStringLiteral("officer"));
            if (!ok)
                caseId = 0;
        }
        StoreConnection::close(name);
        return caseId;
    }

    // Runs a writer job and waits for it (the event loop turns meanwhile); true when it committed.
    static bool runJob(StoreWriter &writer, StoreWriter::Job job)
    {
        bool ok = false;
        bool answered = false;
        QObject context;
        writer.submit(std::move(job), &context, [&](const StoreWriter::Result &r) {
            ok = r.ok;
            answered = true;
            if (!r.ok)
                qWarning() << r.error;
        });
        return QTest::qWaitFor([&] { return answered; }, 30000) && ok;
    }

    // Checks a package against docs/export-format.schema.json with the project's validator script
    // (python3 and its jsonschema module are required; their absence is a failure, not a skip).
    static bool validateAgainstSchema(const QString &packageFolder, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("python3"),
                {qEnvironmentVariable("LVDESK_VALIDATE_SCRIPT"),
                 qEnvironmentVariable("LVDESK_EXPORT_SCHEMA"), packageFolder});
        const bool finished = p.waitForFinished(60000);
        *output = QString::fromUtf8(p.readAll());
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
};

} // namespace lvdesk
