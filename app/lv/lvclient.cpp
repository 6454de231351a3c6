// SPDX-License-Identifier: EUPL-1.2

#include "lvclient.h"

#include "lv/lvlog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
// §2.1: limit 1..500.
constexpr int minFeedLimit = 1;
constexpr int maxFeedLimit = LvCodec::kMaxFeedItems;
} // namespace

LvClient::LvClient(const ConnectionSettings &settings, const QSslConfiguration &tls,
                   QObject *parent)
    : QObject(parent)
    , m_factory(settings, tls)
    , m_settingsError(settings.validate())
    , m_network(new QNetworkAccessManager(this))
{
    // LvReply owns and deletes each QNetworkReply itself.
    m_network->setAutoDeleteReplies(false);
    if (m_settingsError)
        qCWarning(lcLv).noquote() << "connection settings unusable:" << m_settingsError->logText();
}

LvClient::~LvClient() = default;

std::optional<LvError> LvClient::checkId(const QString &id, const char *what)
{
    // The id goes into the path percent-encoded, so any character is safe on the wire, and an id
    // of any length is the service's to answer. Only an empty id or "."/".." would address
    // another resource for anything that normalises the URL: that one item is refused, the rest
    // of the sync goes on.
    if (id.isEmpty() || id == "."_L1 || id == ".."_L1)
        return LvError::badArgument(
            tr("lvdesk cannot ask for an item whose %1 is empty, \".\" or \"..\".").arg(tr(what)));
    return std::nullopt;
}

std::optional<LvError> LvClient::precheck(const std::optional<LvError> &argumentError) const
{
    if (m_settingsError)
        return m_settingsError;
    return argumentError;
}

void LvClient::send(LvReply *reply, Method method, const QUrl &url, const QByteArray &body)
{
    const QNetworkRequest request = m_factory.build(url, method != Method::Get);
    QNetworkReply *networkReply = nullptr;
    switch (method) {
    case Method::Get:
        networkReply = m_network->get(request);
        break;
    case Method::Post:
        networkReply = m_network->post(request, body);
        break;
    case Method::Put:
        networkReply = m_network->put(request, body);
        break;
    }
    reply->attach(networkReply, request.rawHeader("X-Road-Id"));
}

template<typename T>
LvValueReply<T> *LvClient::call(const QString &endpoint, Method method, const QUrl &url,
                                const QByteArray &body, qint64 limit, bool background,
                                typename LvValueReply<T>::Decoder decoder,
                                const std::optional<LvError> &argumentError)
{
    auto *reply = new LvValueReply<T>(endpoint, limit, background, std::move(decoder), this);
    if (const std::optional<LvError> error = precheck(argumentError)) {
        reply->failLater(*error);
        return reply;
    }
    send(reply, method, url, body);
    return reply;
}

LvClient::FeedReply *LvClient::fetchFeed(const QString &cursor, int limit)
{
    std::optional<LvError> argumentError;
    if (limit < minFeedLimit || limit > maxFeedLimit)
        argumentError = LvError::configuration(tr("The feed page size must be between %1 and %2.")
                                                   .arg(minFeedLimit)
                                                   .arg(maxFeedLimit));
    else if (cursor.size() > LvCodec::kMaxIdLength)
        argumentError = LvError::configuration(tr("The feed cursor is too long."));
    // §2.1 writes the query as since={cursor}&limit={n}; an empty since means the beginning.
    const QByteArray query = "since=" + RequestFactory::encodeQueryValue(cursor)
                             + "&limit=" + QByteArray::number(limit);
    const QUrl url = m_factory.serviceUrl({u"actions"_s}, query);
    return call<FeedPage>(u"feed"_s, Method::Get, url, {}, LvCodec::kMaxFeedBytes,
                          m_decodeInBackground, &LvCodec::decodeFeedPage, argumentError);
}

LvClient::ActionReply *LvClient::fetchAction(const QString &externalId)
{
    const QUrl url = m_factory.serviceUrl({u"commondata"_s, externalId});
    return call<ActionData>(u"action"_s, Method::Get, url, {}, LvCodec::kMaxActionBytes,
                            m_decodeInBackground, &LvCodec::decodeActionData,
                            checkId(externalId, QT_TR_NOOP("externalId")));
}

LvClient::CommondataReply *LvClient::fetchCommondata(const QString &externalId)
{
    const QUrl url = m_factory.serviceUrl({u"commondata"_s, externalId, u"commondata"_s});
    return call<Commondata>(u"commondata"_s, Method::Get, url, {}, LvCodec::kMaxActionBytes,
                            m_decodeInBackground, &LvCodec::decodeCommondata,
                            checkId(externalId, QT_TR_NOOP("externalId")));
}

LvClient::FormdataReply *LvClient::fetchFormdata(const QString &externalId)
{
    const QUrl url = m_factory.serviceUrl({u"commondata"_s, externalId, u"formdata"_s});
    return call<Formdata>(u"formdata"_s, Method::Get, url, {}, LvCodec::kMaxActionBytes,
                          m_decodeInBackground, &LvCodec::decodeFormdata,
                          checkId(externalId, QT_TR_NOOP("externalId")));
}

LvClient::AckReply *LvClient::acknowledge(const QUuid &messageId, const QStringList &externalIds)
{
    std::optional<LvError> argumentError;
    if (messageId.isNull())
        argumentError = LvError::configuration(tr("An acknowledgement needs a messageId."));
    else if (externalIds.isEmpty())
        argumentError = LvError::configuration(tr("An acknowledgement needs at least one action."));
    for (const QString &id : externalIds) {
        if (argumentError)
            break;
        argumentError = checkId(id, QT_TR_NOOP("externalId"));
    }
    const QUrl url = m_factory.serviceUrl({u"actions"_s, u"ack"_s});
    return call<int>(u"ack"_s, Method::Post, url, LvCodec::encodeAck(messageId, externalIds),
                     LvCodec::kMaxSmallBodyBytes, false, &LvCodec::decodeAckResponse,
                     argumentError);
}

LvClient::StatusReply *LvClient::putStatus(const QString &externalId, const StatusUpdate &update)
{
    std::optional<LvError> argumentError = checkId(externalId, QT_TR_NOOP("externalId"));
    if (!argumentError && update.messageId.isNull())
        argumentError = LvError::configuration(tr("A status update needs a messageId."));
    const QUrl url = m_factory.serviceUrl({u"commondata"_s, externalId, u"status"_s});
    return call<bool>(u"status"_s, Method::Put, url, LvCodec::encodeStatusUpdate(update),
                      LvCodec::kMaxSmallBodyBytes, false, &LvCodec::decodeStatusResponse,
                      argumentError);
}

LvClient::MessageReply *LvClient::postMessage(const QString &externalId,
                                              const OutgoingMessage &message)
{
    std::optional<LvError> argumentError = checkId(externalId, QT_TR_NOOP("externalId"));
    if (!argumentError && message.messageId.isNull())
        argumentError = LvError::configuration(tr("A message needs a messageId."));
    const QUrl url = m_factory.serviceUrl({u"commondata"_s, externalId, u"messages"_s});
    return call<QString>(u"message"_s, Method::Post, url, LvCodec::encodeMessage(message),
                         LvCodec::kMaxSmallBodyBytes, false, &LvCodec::decodeMessageResponse,
                         argumentError);
}

LvClient::ListMethodsReply *LvClient::listMethods()
{
    return call<QList<LvCodec::ServiceDescription>>(
        u"listMethods"_s, Method::Get, m_factory.listMethodsUrl(), {},
        LvCodec::kMaxListMethodsBytes, false, &LvCodec::decodeListMethods);
}

AttachmentDownload *LvClient::downloadAttachment(const QString &externalId,
                                                 const AttachmentInfo &info,
                                                 const QString &targetDir, qint64 maxBytes)
{
    auto *reply = new AttachmentDownload(info, targetDir, maxBytes, this);
    std::optional<LvError> error = precheck(checkId(externalId, QT_TR_NOOP("externalId")));
    if (!error)
        error = checkId(info.id, QT_TR_NOOP("attachment id"));
    if (!error && !info.isDownloadable())
        error = LvError::badArgument(
            tr("The attachment has no valid SHA-256, so it cannot be verified."));
    if (!error)
        error = reply->open();
    if (error) {
        reply->failLater(*error);
        return reply;
    }
    const QUrl url = m_factory.serviceUrl({u"commondata"_s, externalId, u"attachments"_s, info.id});
    send(reply, Method::Get, url, {});
    return reply;
}

} // namespace lvdesk
