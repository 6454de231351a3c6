// SPDX-License-Identifier: EUPL-1.2

#include "fakeservice.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

const QString kServicePrefix = u"/r1/FI-TEST/GOV/0245437-2/LV/lvService"_s;

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeService::FakeService(QObject *parent)
    : QObject(parent)
{
    m_writeAnswer.body = R"({"accepted": true})";
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
                buffer->append(socket->readAll());
                const qsizetype headersEnd = buffer->indexOf("\r\n\r\n");
                if (headersEnd < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : buffer->left(headersEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headersEnd + 4 + length)
                    return;
                const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
                const QList<QByteArray> parts = requestLine.split(' ');
                const QByteArray body = buffer->mid(headersEnd + 4, length);
                buffer->clear();
                const QString target = QString::fromUtf8(parts.value(1));
                m_paths << target;
                const Answer a = answer(parts.value(0), target, body);
                QByteArray response = "HTTP/1.1 " + QByteArray::number(a.status) + ' '
                                      + reasonOf(a.status) + "\r\nContent-Type: " + a.contentType
                                      + "\r\nContent-Length: " + QByteArray::number(a.body.size())
                                      + "\r\nConnection: close\r\n" + a.extraHeaders;
                if (a.contentType == "application/octet-stream")
                    response
                        += "Digest: sha-256="
                           + QCryptographicHash::hash(a.body, QCryptographicHash::Sha256).toBase64()
                           + "\r\n";
                socket->write(response + "\r\n" + a.body);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer]() {
                delete buffer;
                socket->deleteLater();
            });
        }
    });
}

bool FakeService::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeService::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FakeService::appendFeedEntry(const QJsonValue &entry)
{
    m_feed << entry;
}

void FakeService::setAction(const QString &externalId, const Answer &answer)
{
    m_actions.insert(externalId, answer);
}

void FakeService::setAttachment(const QString &externalId, const QString &attachmentId,
                                const QByteArray &bytes)
{
    setAttachmentAnswer(externalId, attachmentId, {200, bytes, "application/octet-stream"});
}

void FakeService::setAttachmentAnswer(const QString &externalId, const QString &attachmentId,
                                      const Answer &answer)
{
    m_attachments.insert(externalId + u'/' + attachmentId, answer);
}

int FakeService::requests(const QString &pathPart) const
{
    int n = 0;
    for (const QString &path : m_paths)
        n += QUrl::fromPercentEncoding(path.toUtf8()).contains(pathPart) ? 1 : 0;
    return n;
}

FakeService::Answer FakeService::answer(const QByteArray &method, const QString &target,
                                        const QByteArray &body)
{
    const QUrl url(target);
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(kServicePrefix))
        return {404, R"({"error":"NotFound","message":"no such service"})"};
    path = path.mid(kServicePrefix.size());
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    auto decoded = [&](int i) {
        return QUrl::fromPercentEncoding(segments.value(i).toUtf8());
    };
    if (method == "GET" && path == u"/actions"_s) {
        const QString since = QUrlQuery(url).queryItemValue(u"since"_s);
        const int from = since.isEmpty() ? 0 : since.mid(1).toInt();
        QJsonArray items;
        for (int i = from; i < m_feed.size(); ++i) {
            const QJsonValue entry = m_feed.at(i);
            const QString id = entry.toObject().value(u"externalId"_s).toString();
            if (!id.isEmpty() && m_acknowledged.contains(id))
                continue;
            items.append(entry);
        }
        const QJsonObject page{{u"items"_s, items},
                               {u"nextCursor"_s, u"c%1"_s.arg(m_feed.size())},
                               {u"hasMore"_s, false}};
        return {200, QJsonDocument(page).toJson(QJsonDocument::Compact)};
    }
    if (method == "POST" && path == u"/actions/ack"_s) {
        const QJsonArray ids
            = QJsonDocument::fromJson(body).object().value(u"externalIds"_s).toArray();
        for (const QJsonValue &id : ids) {
            if (!m_acknowledged.contains(id.toString()))
                m_acknowledged << id.toString();
        }
        return {200, QByteArray(R"({"acknowledged": )") + QByteArray::number(ids.size()) + '}'};
    }
    if (segments.value(0) == u"commondata"_s && method == "GET" && segments.size() == 2)
        return m_actions.value(decoded(1), {404, R"({"error":"NotFound","message":"x"})"});
    if (segments.value(0) == u"commondata"_s && method == "GET" && segments.size() == 4
        && segments.value(2) == u"attachments"_s)
        return m_attachments.value(decoded(1) + u'/' + decoded(3),
                                   {404, R"({"error":"NotFound","message":"x"})"});
    if (segments.value(0) == u"commondata"_s && (method == "PUT" || method == "POST")) {
        ++m_writes;
        return m_writeAnswer;
    }
    return {400, R"({"error":"BadRequest","message":"unexpected request"})"};
}

} // namespace lvdesk
