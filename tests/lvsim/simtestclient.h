// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace lvdesk {

// A deliberately plain, synchronous HTTP client for lvsim's own tests: it sends exactly the
// headers it is told to, so the tests can also send what a correct client never would.
class SimTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        bool timedOut = false;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit SimTestClient(const QUrl &base)
        : m_base(base)
    { }

    void setClient(const QByteArray &client) { m_client = client; }
    void setServicePath(const QString &path) { m_servicePath = path; }
    void setSslConfiguration(const QSslConfiguration &conf) { m_ssl = conf; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // path is the service-relative path with query, e.g. "/actions?limit=5".
    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = QByteArray(),
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        return raw(verb, m_servicePath + path, body, extraHeaders);
    }

    Reply raw(const QByteArray &verb, const QString &fullPath,
              const QByteArray &body = QByteArray(),
              const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QUrl url = m_base;
        const qsizetype q = fullPath.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? fullPath : fullPath.left(q), QUrl::TolerantMode);
        if (q >= 0)
            url.setQuery(fullPath.mid(q + 1));
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!m_client.isEmpty())
            request.setRawHeader("X-Road-Client", m_client);
        request.setRawHeader("X-Road-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setRawHeader("X-Road-UserId", "tester");
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json; charset=utf-8");
        for (const auto &h : extraHeaders)
            request.setRawHeader(h.first, h.second);
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(m_timeoutMs);
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        if (!reply->isFinished()) {
            r.timedOut = true;
            reply->abort();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        r.errorString = reply->errorString();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &p : pairs)
            r.headers.insert(p.first.toLower(), p.second);
        delete reply;
        return r;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_client = "FI-TEST/MUN/0135202-4/lvdesk";
    QString m_servicePath = QStringLiteral("/r1/FI-TEST/GOV/0245437-2/LV/lvService");
    QSslConfiguration m_ssl;
    int m_timeoutMs = 20000;
};

} // namespace lvdesk
