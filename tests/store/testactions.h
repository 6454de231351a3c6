// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/actiondata.h"
#include "domain/feeditem.h"
#include "store/blobstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <utility>

namespace lvdesk {

// TestActions: actions as the interface delivers them, for the store tests and their helper
// process. Version v of an action carries v attachments, so a test can tell a whole ingest from a
// partial one by counting.
class TestActions
{
public:
    static QString externalId(int n)
    {
        return QStringLiteral("ext-%1").arg(n, 6, 10, QLatin1Char('0'));
    }
    static QString projectPartId(int n)
    {
        return QStringLiteral("PP-%1").arg(n, 6, 10, QLatin1Char('0'));
    }

    static QByteArray attachmentBytes(int n, int version, int index)
    {
        return QStringLiteral("attachment %1/%2/%3 ")
            .arg(n)
            .arg(version)
            .arg(index)
            .toUtf8()
            .repeated(8);
    }

    // The action number n at version, opening its own case unless partOf names another action.
    static std::pair<FeedItem, ActionData>
    make(int n, int version, const QString &actionType = QStringLiteral("application"),
         int partOf = -1)
    {
        FeedItem item;
        item.externalId = externalId(n);
        item.projectId = QStringLiteral("P-%1").arg(partOf >= 0 ? partOf : n);
        item.projectPartId = projectPartId(partOf >= 0 ? partOf : n);
        item.actionType = ActionType::fromString(actionType);
        item.serviceCode = QStringLiteral("ymparistolupa");
        item.submittedAt
            = QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), QTimeZone::utc()).addSecs(n);
        item.version = version;

        ActionData data;
        data.version = version;
        QJsonArray attachments;
        for (int i = 0; i < version; ++i) {
            AttachmentInfo a;
            a.id = QStringLiteral("a%1").arg(i + 1);
            a.fileName = QStringLiteral("liite-%1.pdf").arg(i + 1);
            a.contentType = QStringLiteral("application/pdf");
            const QByteArray bytes = attachmentBytes(n, version, i);
            a.size = bytes.size();
            a.sha256Hex = BlobStore::sha256Of(bytes);
            a.description = QStringLiteral("Liite %1").arg(i + 1);
            data.formdata.attachments.append(a);
            attachments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                           {QStringLiteral("fileName"), a.fileName},
                                           {QStringLiteral("contentType"), a.contentType},
                                           {QStringLiteral("size"), double(a.size)},
                                           {QStringLiteral("sha256"), a.sha256Hex},
                                           {QStringLiteral("description"), a.description}});
        }
        data.formdata.serviceCode = item.serviceCode;
        const QJsonObject commondata{
            {QStringLiteral("projectId"), item.projectId},
            {QStringLiteral("projectPartId"), item.projectPartId},
            {QStringLiteral("projectName"), QStringLiteral("Maa-aineksen otto %1").arg(n)}};
        const QJsonObject formdata{{QStringLiteral("serviceCode"), item.serviceCode},
                                   {QStringLiteral("formVersion"), QStringLiteral("2026.1")},
                                   {QStringLiteral("sections"), QJsonArray()},
                                   {QStringLiteral("attachments"), attachments}};
        // The body keeps the service's own spacing and key order: the store must keep it verbatim.
        data.rawJson = "{ \"version\": " + QByteArray::number(version) + ",\n  \"commondata\": "
                       + QJsonDocument(commondata).toJson(QJsonDocument::Compact)
                       + ",\n  \"formdata\": "
                       + QJsonDocument(formdata).toJson(QJsonDocument::Compact) + " }\n";
        data.commondata.projectId = item.projectId;
        data.commondata.projectPartId = item.projectPartId;
        return {item, data};
    }

    // Puts the action's attachment bytes into the blob store, as the sync does before ingest.
    static bool storeBlobs(BlobStore &blobs, int n, int version)
    {
        for (int i = 0; i < version; ++i) {
            if (blobs.put(attachmentBytes(n, version, i)).isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace lvdesk
