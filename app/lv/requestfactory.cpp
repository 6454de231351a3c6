// SPDX-License-Identifier: EUPL-1.2

#include "requestfactory.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace lvdesk {

RequestFactory::RequestFactory(const ConnectionSettings &settings, const QSslConfiguration &tls)
    : m_settings(settings)
    // An empty configuration would trust nothing; the system store is the floor.
    , m_tls(tls.isNull() ? QSslConfiguration::defaultConfiguration() : tls)
{ }

QByteArray RequestFactory::userAgent()
{
    return QByteArrayLiteral("lvdesk/" LVDESK_VERSION);
}

QByteArray RequestFactory::encodeQueryValue(const QString &value)
{
    // Stricter than QUrlQuery, which leaves '+' and '&'-like sub-delimiters alone in some modes.
    return QUrl::toPercentEncoding(value);
}

QUrl RequestFactory::urlFromEncodedPath(const QByteArray &path,
                                        const QByteArray &encodedQuery) const
{
    QByteArray base = m_settings.securityServer.toEncoded(
        QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    // A Security Server behind a path prefix keeps it.
    QByteArray prefix = m_settings.securityServer.path(QUrl::FullyEncoded).toUtf8();
    while (prefix.endsWith('/'))
        prefix.chop(1);
    QByteArray full = base + prefix + path;
    if (!encodedQuery.isEmpty())
        full += '?' + encodedQuery;
    return QUrl::fromEncoded(full, QUrl::StrictMode);
}

QUrl RequestFactory::serviceUrl(const QStringList &segments, const QByteArray &encodedQuery) const
{
    QByteArray path = m_settings.service.encodedPath();
    for (const QString &segment : segments) {
        path += '/';
        path += XRoadId::encodePart(segment);
    }
    return urlFromEncodedPath(path, encodedQuery);
}

QUrl RequestFactory::listMethodsUrl() const
{
    return urlFromEncodedPath(m_settings.service.subsystem().encodedPath() + "/listMethods", {});
}

QNetworkRequest RequestFactory::build(const QUrl &url, bool hasBody) const
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Road-Client", m_settings.client.toString().toUtf8());
    request.setRawHeader("X-Road-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!m_settings.userId.isEmpty())
        request.setRawHeader("X-Road-UserId", m_settings.userId.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json; charset=utf-8"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Bytes on the wire are the bytes announced: Content-Length, Digest and the attachment's
    // SHA-256 are checked against exactly what arrives.
    request.setRawHeader("Accept-Encoding", "identity");

    // The Security Server never redirects: a 3xx is reported, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_settings.transferTimeout.count()));
    // Every answer is fresh data; nothing may come from or go to a cache or a cookie jar.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // X-Road's REST interface is HTTP/1.1; keeping to it makes resets and truncation look the same
    // on every Security Server.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == "https"_L1)
        request.setSslConfiguration(m_tls);
    return request;
}

} // namespace lvdesk
