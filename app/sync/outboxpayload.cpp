// SPDX-License-Identifier: EUPL-1.2

#include "outboxpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QUuid> messageIdOf(const QJsonObject &object)
{
    const QUuid id = QUuid::fromString(object.value(u"messageId"_s).toString());
    if (id.isNull())
        return std::nullopt;
    return id;
}

QDate dateOf(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

} // namespace

std::optional<StatusUpdate> OutboxPayload::statusUpdate(const QByteArray &payload, QString *error)
{
    auto fail = [error](const QString &what) -> std::optional<StatusUpdate> {
        if (error)
            *error = tr("The queued status update cannot be sent: %1").arg(what);
        return std::nullopt;
    };
    const std::optional<QJsonObject> object = parseObject(payload);
    if (!object)
        return fail(tr("it is not valid JSON"));
    StatusUpdate update;
    const std::optional<QUuid> id = messageIdOf(*object);
    if (!id)
        return fail(tr("it has no message id"));
    update.messageId = *id;
    const std::optional<ServiceState> state
        = serviceStateFromString(object->value(u"state"_s).toString());
    if (!state)
        return fail(tr("its state is unknown"));
    update.state = *state;
    const QJsonObject text = object->value(u"statusText"_s).toObject();
    update.statusText.fi = text.value(u"fi"_s).toString();
    update.statusText.sv = text.value(u"sv"_s).toString();
    update.statusText.en = text.value(u"en"_s).toString();
    update.statusDate = dateOf(object->value(u"statusDate"_s));
    if (!update.statusDate.isValid())
        return fail(tr("its status date is missing"));
    update.diaryNumber = object->value(u"diaryNumber"_s).toString();
    update.handler = object->value(u"handler"_s).toString();
    update.processingStartDate = dateOf(object->value(u"processingStartDate"_s));
    return update;
}

std::optional<OutgoingMessage> OutboxPayload::message(const QByteArray &payload, QString *error)
{
    auto fail = [error](const QString &what) -> std::optional<OutgoingMessage> {
        if (error)
            *error = tr("The queued message cannot be sent: %1").arg(what);
        return std::nullopt;
    };
    const std::optional<QJsonObject> object = parseObject(payload);
    if (!object)
        return fail(tr("it is not valid JSON"));
    OutgoingMessage message;
    const std::optional<QUuid> id = messageIdOf(*object);
    if (!id)
        return fail(tr("it has no message id"));
    message.messageId = *id;
    message.subject = object->value(u"subject"_s).toString();
    message.body = object->value(u"body"_s).toString();
    const QJsonValue supplement = object->value(u"supplementRequest"_s);
    if (supplement.isObject()) {
        SupplementRequest request;
        request.dueDate = dateOf(supplement.toObject().value(u"dueDate"_s));
        const QJsonArray items = supplement.toObject().value(u"items"_s).toArray();
        for (const QJsonValue &item : items)
            request.items << item.toString();
        if (!request.dueDate.isValid())
            return fail(tr("its supplement request has no due date"));
        message.supplementRequest = request;
    } else if (!supplement.isNull() && !supplement.isUndefined()) {
        return fail(tr("its supplement request is not an object"));
    }
    const QJsonArray attachments = object->value(u"attachments"_s).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject a = value.toObject();
        OutgoingAttachment attachment;
        attachment.fileName = a.value(u"fileName"_s).toString();
        attachment.contentType = a.value(u"contentType"_s).toString();
        const auto decoded
            = QByteArray::fromBase64Encoding(a.value(u"dataBase64"_s).toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("an attachment is not valid base64"));
        attachment.data = *decoded;
        message.attachments << attachment;
    }
    return message;
}

} // namespace lvdesk
