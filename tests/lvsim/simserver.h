// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "faultplan.h"
#include "simreply.h"
#include "simservice.h"
#include "xroadidentifier.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QSet>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QTcpSocket;
QT_END_NAMESPACE

namespace lvdesk {

// The transport side of lvsim: a strict X-Road Security Server in front of SimService (path and
// header checks, X-Road-Id and request hash), fault injection down to the socket, request
// statistics, and the loopback-only admin endpoint.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        XRoadIdentifier client;
        XRoadIdentifier service;
        int stallMs = 30000;
        bool verbose = false;
    };

    SimServer(SimService *service, const Options &options, QObject *parent = nullptr);

    FaultPlan &faults() { return m_faults; }
    void setAdminPort(quint16 port) { m_adminPort = port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Delivery {
        Normal,
        Reset,
        Stall,
        Truncate
    };

    void handleXRoad(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleAdmin(const QHttpServerRequest &request, QTcpSocket *socket);
    SimReply route(const QString &method, const QStringList &path,
                   const QHttpServerRequest &request, QString *endpoint, bool corruptAttachment);
    static SimReply xroadError(int status, const QString &type, const QString &message);
    void send(QTcpSocket *socket, const QHttpServerRequest &request, const SimReply &reply,
              const QByteArray &xroadId, const QByteArray &requestHash, Delivery delivery);
    void count(const QString &endpoint, int status);
    QJsonObject stats() const;
    void resetStats();
    static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
    static QString methodName(const QHttpServerRequest &request);

    SimService *m_service;
    Options m_options;
    FaultPlan m_faults;
    quint16 m_adminPort = 0;
    QHash<QString, int> m_byEndpoint;
    QHash<QString, int> m_byStatus;
    QHash<QString, int> m_faultCounts;
    QSet<QByteArray> m_seenXRoadIds;
    int m_requests = 0;
    int m_missingXRoadId = 0;
    int m_reusedXRoadId = 0;
    int m_missingUserId = 0;
    int m_rejectedByXRoad = 0;
};

} // namespace lvdesk
