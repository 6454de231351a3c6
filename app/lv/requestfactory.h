// SPDX-License-Identifier: EUPL-1.2

#pragma once

// RequestFactory: the one place that builds every request to the Security Server: the X-Road URL
// form, every header of §1 (a fresh X-Road-Id per attempt), no redirects, the transfer timeout and
// the TLS configuration. Nothing else in lvdesk creates a QNetworkRequest for the service.

#include "lv/connectionsettings.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QStringList>

namespace lvdesk {

class RequestFactory
{
public:
    RequestFactory() = default;
    RequestFactory(const ConnectionSettings &settings, const QSslConfiguration &tls);

    const ConnectionSettings &settings() const { return m_settings; }
    QSslConfiguration sslConfiguration() const { return m_tls; }

    // {ssBase}/r1/{service id}/{segments...}[?query]: each segment is percent-encoded on its own;
    // encodedQuery must already be encoded (see encodeQueryValue()).
    QUrl serviceUrl(const QStringList &segments, const QByteArray &encodedQuery = {}) const;
    // {ssBase}/r1/{service subsystem}/listMethods
    QUrl listMethodsUrl() const;

    // A request for one HTTP attempt. Every call makes a new X-Road-Id: build again to retry.
    QNetworkRequest build(const QUrl &url, bool hasBody = false) const;

    static QByteArray userAgent();
    static QByteArray encodeQueryValue(const QString &value);

private:
    QUrl urlFromEncodedPath(const QByteArray &path, const QByteArray &encodedQuery) const;

    ConnectionSettings m_settings;
    QSslConfiguration m_tls;
};

} // namespace lvdesk
