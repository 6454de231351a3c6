// SPDX-License-Identifier: EUPL-1.2

#pragma once

// LvClient: lvdesk's only way to the service: one asynchronous call per resource of the contract,
// each returning a reply object that finishes with the decoded value or a classified LvError.
// Lives on the main thread; never blocks and never retries by itself (the sync engine decides,
// using LvError::retryable() and retryAfter()).

#include "domain/actiondata.h"
#include "domain/attachmentinfo.h"
#include "domain/commondata.h"
#include "domain/feedpage.h"
#include "domain/formdata.h"
#include "domain/outgoingmessage.h"
#include "domain/statusupdate.h"
#include "lv/attachmentdownload.h"
#include "lv/connectionsettings.h"
#include "lv/lvcodec.h"
#include "lv/lvvaluereply.h"
#include "lv/requestfactory.h"

#include <QCoreApplication>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUuid>

#include <limits>

class QNetworkAccessManager;

namespace lvdesk {

class LvClient : public QObject
{
    Q_OBJECT

public:
    using FeedReply = LvValueReply<FeedPage>;
    using ActionReply = LvValueReply<ActionData>;
    using CommondataReply = LvValueReply<Commondata>;
    using FormdataReply = LvValueReply<Formdata>;
    using AckReply = LvValueReply<int>;
    using StatusReply = LvValueReply<bool>;
    using MessageReply = LvValueReply<QString>;
    using ListMethodsReply = LvValueReply<QList<LvCodec::ServiceDescription>>;

    // tls comes from TlsConfigLoader (it is only used for https).
    LvClient(const ConnectionSettings &settings, const QSslConfiguration &tls,
             QObject *parent = nullptr);
    ~LvClient() override;

    const RequestFactory &requestFactory() const { return m_factory; }

    // Decode feed pages and actions on a QThreadPool worker instead of the main thread (on by
    // default). Small answers are always decoded in place.
    void setDecodeInBackground(bool enabled) { m_decodeInBackground = enabled; }
    bool decodeInBackground() const { return m_decodeInBackground; }

    // Every reply is a child of this client until the caller deletes it; delete it with
    // deleteLater() (also from a slot connected to finished()).

    // GET /actions?since={cursor}&limit={limit} (§2.1); limit 1..500.
    FeedReply *fetchFeed(const QString &cursor, int limit = 100);
    // GET /commondata/{externalId} (§2.2): everything, with the raw JSON kept verbatim.
    ActionReply *fetchAction(const QString &externalId);
    // GET /commondata/{externalId}/commondata
    CommondataReply *fetchCommondata(const QString &externalId);
    // GET /commondata/{externalId}/formdata
    FormdataReply *fetchFormdata(const QString &externalId);
    // POST /actions/ack (§2.3). Only after the actions and their attachments are durably stored.
    // Reuse messageId when retrying the same acknowledgement.
    AckReply *acknowledge(const QUuid &messageId, const QStringList &externalIds);
    // PUT /commondata/{externalId}/status (§2.5); externalId is the case's opening action.
    StatusReply *putStatus(const QString &externalId, const StatusUpdate &update);
    // POST /commondata/{externalId}/messages (§2.5); the value is the service's message id.
    MessageReply *postMessage(const QString &externalId, const OutgoingMessage &message);
    // GET {ssBase}/r1/{service subsystem}/listMethods (the connection test in the settings).
    ListMethodsReply *listMethods();
    // GET /commondata/{externalId}/attachments/{attachmentId} (§2.4) into targetDir. A body larger
    // than maxBytes (or than the announced size) is aborted: TooLarge when no size was announced.
    AttachmentDownload *downloadAttachment(const QString &externalId, const AttachmentInfo &info,
                                           const QString &targetDir,
                                           qint64 maxBytes = std::numeric_limits<qint64>::max());

private:
    enum class Method {
        Get,
        Post,
        Put,
    };

    template<typename T>
    LvValueReply<T> *call(const QString &endpoint, Method method, const QUrl &url,
                          const QByteArray &body, qint64 limit, bool background,
                          typename LvValueReply<T>::Decoder decoder,
                          const std::optional<LvError> &argumentError = std::nullopt);
    void send(LvReply *reply, Method method, const QUrl &url, const QByteArray &body);
    // Settings problems, then argument problems: a reply that fails without touching the network.
    std::optional<LvError> precheck(const std::optional<LvError> &argumentError) const;
    static std::optional<LvError> checkId(const QString &id, const char *what);

    RequestFactory m_factory;
    std::optional<LvError> m_settingsError;
    QNetworkAccessManager *m_network = nullptr;
    bool m_decodeInBackground = true;
};

} // namespace lvdesk
