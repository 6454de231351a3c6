// SPDX-License-Identifier: EUPL-1.2

#include "simserver.h"

#include "lvsimlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray type = value.split(';').first().trimmed().toLower();
    return type == "application/json";
}

} // namespace

SimServer::SimServer(SimService *service, const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_options(options)
{ }

QByteArray SimServer::header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QString SimServer::methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

void SimServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest answers everything; this only guards against a silent hang.
    socket->disconnectFromHost();
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if ((m_adminPort && socket->localPort() == m_adminPort) || path.startsWith(u"/admin/"_s))
        handleAdmin(request, socket);
    else
        handleXRoad(request, socket);
    return true;
}

SimReply SimServer::xroadError(int status, const QString &type, const QString &message)
{
    SimReply r = SimReply::json(
        status, QJsonObject{{u"type"_s, type},
                            {u"message"_s, message},
                            {u"detail"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    r.headers.append({"X-Road-Error", type.toUtf8()});
    return r;
}

void SimServer::handleXRoad(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    const QString method = methodName(request);
    QByteArray xroadId = header(request, "X-Road-Id");
    if (xroadId.isEmpty()) {
        ++m_missingXRoadId;
        xroadId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    } else if (m_seenXRoadIds.contains(xroadId)) {
        // Each HTTP attempt must carry a fresh X-Road-Id; tests look at this count.
        ++m_reusedXRoadId;
    } else if (m_seenXRoadIds.size() < 2000000) {
        m_seenXRoadIds.insert(xroadId);
    }
    if (header(request, "X-Road-UserId").isEmpty())
        ++m_missingUserId;
    const QByteArray target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray requestHash
        = QCryptographicHash::hash(
              QByteArray(method.toLatin1() + ' ' + target + '\n' + request.body()),
              QCryptographicHash::Sha512)
              .toBase64();

    auto reject = [&](int status, const QString &type, const QString &message) {
        ++m_rejectedByXRoad;
        count(u"rejected by X-Road"_s, status);
        send(socket, request, xroadError(status, type, message), xroadId, requestHash,
             Delivery::Normal);
    };

    // Split the still-encoded path so that each identifier part is decoded on its own.
    const QStringList raw = request.url().path(QUrl::FullyEncoded).split(u'/');
    QStringList parts;
    for (const QString &p : raw)
        parts << QUrl::fromPercentEncoding(p.toUtf8());
    if (parts.size() < 7 || !parts.at(0).isEmpty() || parts.at(1) != u"r1"_s) {
        reject(400, u"Client.BadRequest"_s,
               u"The request path is not /r1/{instance}/{class}/{member}/{subsystem}/{service}"_s);
        return;
    }
    const QByteArray clientHeader = header(request, "X-Road-Client");
    XRoadIdentifier client;
    if (clientHeader.isEmpty()) {
        reject(400, u"Client.BadRequest"_s, u"The X-Road-Client header is missing"_s);
        return;
    }
    if (!XRoadIdentifier::parse(QString::fromUtf8(clientHeader), &client)) {
        reject(400, u"Client.InvalidClientIdentifier"_s,
               u"X-Road-Client must be INSTANCE/CLASS/MEMBER/SUBSYSTEM"_s);
        return;
    }
    if (client.toString() != m_options.client.toString()) {
        reject(400, u"Client.AccessDenied"_s,
               u"The client subsystem is not registered at this Security Server"_s);
        return;
    }
    XRoadIdentifier service;
    const bool isListMethods = parts.size() == 7 && parts.at(6) == u"listMethods"_s;
    if (!XRoadIdentifier::fromParts(parts.mid(2, isListMethods ? 4 : 5), &service)
        || !service.sameSubsystem(m_options.service)
        || (!isListMethods && service.service != m_options.service.service)) {
        reject(400, u"Client.UnknownService"_s, u"No such service at this Security Server"_s);
        return;
    }

    if (isListMethods) {
        SimReply r = method == u"GET"_s ? SimReply::json(
                         200,
                         QJsonObject{
                             {u"service"_s,
                              QJsonArray{QJsonObject{{u"object_type"_s, u"SERVICE"_s},
                                                     {u"xroad_instance"_s, service.instance},
                                                     {u"member_class"_s, service.memberClass},
                                                     {u"member_code"_s, service.memberCode},
                                                     {u"subsystem_code"_s, service.subsystem},
                                                     {u"service_code"_s, m_options.service.service},
                                                     {u"service_type"_s, u"REST"_s}}}}})
                                        : xroadError(400, u"Client.BadRequest"_s,
                                                     u"listMethods is read with GET"_s);
        count(u"GET listMethods"_s, r.status);
        send(socket, request, r, xroadId, requestHash, Delivery::Normal);
        return;
    }

    const QStringList servicePath = parts.mid(7);
    const bool isAttachment = servicePath.size() == 4 && servicePath.at(0) == u"commondata"_s
                              && servicePath.at(2) == u"attachments"_s;
    const bool isWrite = method == u"PUT"_s || method == u"POST"_s;
    bool variant = false;
    const FaultPlan::Kind fault = m_faults.decide(method + u' ' + QString::fromUtf8(target),
                                                  !isAttachment, isAttachment, &variant);
    if (fault != FaultPlan::Kind::None)
        ++m_faultCounts[FaultPlan::name(fault)];

    // Faults the service or Security Server answers before doing anything.
    SimReply early;
    bool answered = true;
    switch (fault) {
    case FaultPlan::Kind::TooManyRequests:
        early = SimReply::error(429, u"TooManyRequests"_s, u"Too many requests; try again later"_s);
        early.headers.append(qMakePair(
            QByteArray("Retry-After"),
            variant ? httpDate(QDateTime::currentDateTimeUtc().addSecs(2)) : QByteArray("1")));
        break;
    case FaultPlan::Kind::InternalError:
        early = SimReply::error(500, u"InternalError"_s, u"Unexpected error in the service"_s);
        break;
    case FaultPlan::Kind::Unavailable:
        early
            = SimReply::error(503, u"ServiceUnavailable"_s, u"The service is under maintenance"_s);
        early.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        break;
    case FaultPlan::Kind::XRoad:
        early = variant ? xroadError(500, u"Server.ClientProxy.NetworkError"_s,
                                     u"Cannot connect to the provider's Security Server"_s)
                        : xroadError(500, u"Server.ServerProxy.ServiceFailed"_s,
                                     u"The service did not answer"_s);
        break;
    case FaultPlan::Kind::BadGateway:
        // A proxy's page, not JSON: and for writes only after the service has done the work.
        if (isWrite) {
            answered = false;
            break;
        }
        early.status = 502;
        early.contentType = "text/html; charset=utf-8";
        early.body
            = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
              "<p>The upstream server did not answer.</p></body></html>";
        break;
    default:
        answered = false;
        break;
    }
    QString endpoint;
    if (answered) {
        route(QString(), {}, request, &endpoint, false); // only names the endpoint
        count(endpoint, early.status);
        send(socket, request, early, xroadId, requestHash, Delivery::Normal);
        return;
    }

    SimReply reply
        = route(method, servicePath, request, &endpoint, fault == FaultPlan::Kind::Checksum);
    Delivery delivery = Delivery::Normal;
    switch (fault) {
    case FaultPlan::Kind::BadGateway:
        reply = SimReply();
        reply.status = 502;
        reply.contentType = "text/html; charset=utf-8";
        reply.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        break;
    case FaultPlan::Kind::Reset:
        delivery = Delivery::Reset;
        break;
    case FaultPlan::Kind::Stall:
        delivery = Delivery::Stall;
        break;
    case FaultPlan::Kind::Truncate:
        delivery = Delivery::Truncate;
        break;
    case FaultPlan::Kind::Malformed:
        if (reply.contentType.startsWith("application/json")) {
            reply.body.chop(1);
            reply.body += ",\"items\": [{\"externalId\": ";
        }
        break;
    default:
        break;
    }
    count(endpoint, reply.status);
    send(socket, request, reply, xroadId, requestHash, delivery);
}

SimReply SimServer::route(const QString &method, const QStringList &path,
                          const QHttpServerRequest &request, QString *endpoint,
                          bool corruptAttachment)
{
    if (method.isEmpty()) {
        // Name the endpoint of a request answered by a fault.
        const QStringList raw = request.url().path().split(u'/').mid(7);
        const QString m = methodName(request);
        if (raw.size() == 1 && raw.at(0) == u"actions"_s)
            *endpoint = m + u" /actions"_s;
        else if (raw.size() == 2 && raw.at(0) == u"actions"_s)
            *endpoint = m + u" /actions/ack"_s;
        else if (raw.size() == 2)
            *endpoint = m + u" /commondata/{id}"_s;
        else if (raw.size() == 3)
            *endpoint = m + u" /commondata/{id}/"_s + raw.at(2);
        else if (raw.size() == 4)
            *endpoint = m + u" /commondata/{id}/attachments/{attachmentId}"_s;
        else
            *endpoint = u"other"_s;
        return SimReply();
    }
    const bool hasBody = method == u"PUT"_s || method == u"POST"_s;
    if (hasBody && !isJsonContentType(header(request, "Content-Type"))) {
        *endpoint = method + u" (not JSON)"_s;
        return SimReply::error(400, u"BadRequest"_s, u"The body must be application/json"_s);
    }
    if (path.size() == 1 && path.at(0) == u"actions"_s && method == u"GET"_s) {
        *endpoint = u"GET /actions"_s;
        return m_service->listActions(request.query());
    }
    if (path.size() == 2 && path.at(0) == u"actions"_s && path.at(1) == u"ack"_s
        && method == u"POST"_s) {
        *endpoint = u"POST /actions/ack"_s;
        return m_service->acknowledge(request.body());
    }
    if (path.size() >= 2 && path.at(0) == u"commondata"_s && !path.at(1).isEmpty()) {
        const QString id = path.at(1);
        if (path.size() == 2 && method == u"GET"_s) {
            *endpoint = u"GET /commondata/{id}"_s;
            return m_service->readAction(id, QString());
        }
        if (path.size() == 3 && method == u"GET"_s
            && (path.at(2) == u"commondata"_s || path.at(2) == u"formdata"_s)) {
            *endpoint = u"GET /commondata/{id}/"_s + path.at(2);
            return m_service->readAction(id, path.at(2));
        }
        if (path.size() == 4 && method == u"GET"_s && path.at(2) == u"attachments"_s) {
            *endpoint = u"GET /commondata/{id}/attachments/{attachmentId}"_s;
            return m_service->attachment(id, path.at(3), corruptAttachment);
        }
        if (path.size() == 3 && method == u"PUT"_s && path.at(2) == u"status"_s) {
            *endpoint = u"PUT /commondata/{id}/status"_s;
            return m_service->putStatus(id, request.body());
        }
        if (path.size() == 3 && method == u"POST"_s && path.at(2) == u"messages"_s) {
            *endpoint = u"POST /commondata/{id}/messages"_s;
            return m_service->postMessage(id, request.body());
        }
    }
    *endpoint = u"other"_s;
    return SimReply::error(404, u"NotFound"_s, u"No such resource"_s);
}

void SimServer::send(QTcpSocket *socket, const QHttpServerRequest &request, const SimReply &reply,
                     const QByteArray &xroadId, const QByteArray &requestHash, Delivery delivery)
{
    const bool close = header(request, "Connection").compare("close", Qt::CaseInsensitive) == 0;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                      + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "X-Road-Id: " + xroadId + "\r\n";
    if (!requestHash.isEmpty())
        head += "X-Road-Request-Hash: " + requestHash + "\r\n";
    for (const auto &h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";

    if (m_options.verbose) {
        qCInfo(lcLvSim, "%s %s -> %d%s", qPrintable(methodName(request)),
               qPrintable(request.url().path()), reply.status,
               delivery == Delivery::Normal ? "" : " (fault)");
    }

    QPointer<QTcpSocket> guard(socket);
    switch (delivery) {
    case Delivery::Normal:
        socket->write(head + reply.body);
        if (close)
            socket->disconnectFromHost();
        return;
    case Delivery::Reset:
        // An abortive close (RST) instead of any answer, as when a connection breaks. Qt's HTTP
        // stack resends such a request up to twice by itself (with the same X-Road-Id); each resend
        // is another attempt, so the client sees the reset only when those fail too.
#ifdef Q_OS_UNIX
        if (socket->socketDescriptor() >= 0) {
            struct linger lingerOption = {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption,
                         sizeof(lingerOption));
        }
#endif
        socket->abort();
        return;
    case Delivery::Stall: {
        const qsizetype half = reply.body.size() / 2;
        socket->write(head + reply.body.left(half));
        const QByteArray rest = reply.body.mid(half);
        QTimer::singleShot(m_options.stallMs, socket, [guard, rest, close] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return;
            guard->write(rest);
            if (close)
                guard->disconnectFromHost();
        });
        return;
    }
    case Delivery::Truncate:
        socket->write(head + reply.body.left(reply.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
}

void SimServer::count(const QString &endpoint, int status)
{
    ++m_byEndpoint[endpoint];
    ++m_byStatus[QString::number(status)];
}

QJsonObject SimServer::stats() const
{
    auto toObject = [](const QHash<QString, int> &h) {
        QJsonObject o;
        for (auto it = h.constBegin(); it != h.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonObject faults;
    for (const QString &kind : FaultPlan::kindNames())
        faults.insert(kind, m_faultCounts.value(kind));
    return QJsonObject{{u"requests"_s, m_requests},
                       {u"byEndpoint"_s, toObject(m_byEndpoint)},
                       {u"byStatus"_s, toObject(m_byStatus)},
                       {u"faults"_s, faults},
                       {u"faultSpec"_s, m_faults.spec()},
                       {u"xroad"_s, QJsonObject{{u"missingXRoadId"_s, m_missingXRoadId},
                                                {u"reusedXRoadId"_s, m_reusedXRoadId},
                                                {u"missingUserId"_s, m_missingUserId},
                                                {u"rejected"_s, m_rejectedByXRoad}}},
                       {u"service"_s, m_service->summary()}};
}

void SimServer::resetStats()
{
    m_byEndpoint.clear();
    m_byStatus.clear();
    m_faultCounts.clear();
    m_requests = 0;
    m_missingXRoadId = 0;
    m_reusedXRoadId = 0;
    m_missingUserId = 0;
    m_rejectedByXRoad = 0;
    m_faults.resetCounters();
}

void SimServer::handleAdmin(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString method = methodName(request);
    const QString path = request.url().path();
    SimReply reply;
    if (!request.remoteAddress().isLoopback()) {
        reply = SimReply::error(403, u"Forbidden"_s,
                                u"The admin endpoint answers loopback clients only"_s);
    } else if (method == u"GET"_s && path == u"/admin/stats"_s) {
        reply = SimReply::json(200, stats());
    } else if (method == u"GET"_s && path == u"/admin/received"_s) {
        reply = SimReply::json(
            200, m_service->received(request.query().queryItemValue(u"externalId"_s)));
    } else if (method == u"GET"_s && path == u"/admin/hostile"_s) {
        reply = SimReply::json(200,
                               m_service->hostile(request.query().queryItemValue(u"externalId"_s)));
    } else if (method == u"POST"_s && path == u"/admin/reset-stats"_s) {
        resetStats();
        reply = SimReply::json(200, QJsonObject{{u"reset"_s, true}});
    } else if (method == u"POST"_s && (path == u"/admin/submit"_s || path == u"/admin/faults"_s)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (!doc.isObject()) {
            reply = SimReply::error(400, u"BadRequest"_s, u"The body must be a JSON object"_s);
        } else if (path == u"/admin/submit"_s) {
            reply = m_service->submit(doc.object());
        } else {
            QString problem;
            if (m_faults.parse(doc.object().value(u"spec"_s).toString(), &problem))
                reply = SimReply::json(200, QJsonObject{{u"spec"_s, m_faults.spec()}});
            else
                reply = SimReply::error(400, u"BadRequest"_s, problem);
        }
    } else {
        reply = SimReply::error(
            404, u"NotFound"_s,
            u"Admin endpoints: GET /admin/stats, GET /admin/received, GET /admin/hostile, "
            "POST /admin/submit, POST /admin/reset-stats, POST /admin/faults"_s);
    }
    send(socket, request, reply, QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
         QByteArray(), Delivery::Normal);
}

} // namespace lvdesk
