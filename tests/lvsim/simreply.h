// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace lvdesk {

// One HTTP answer of the simulated service before transport concerns (X-Road headers, faults).
struct SimReply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(int status, const QJsonObject &object)
    {
        SimReply r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    // The service's own error body (§4 of the contract), optionally naming the rejected field.
    static SimReply error(int status, const QString &code, const QString &message,
                          const QString &field = QString())
    {
        QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            o.insert(QStringLiteral("field"), field);
        return json(status, o);
    }
};

} // namespace lvdesk
