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
        // U+FEFF as an escape: Qt's JSON parser drops it raw at the start of a string (Qt 6.4),
        // and a client should see every character a value has (a leading U+FEFF in a file name:
        // tst_lvsimhostile, everyKindOccursWhereListedAndAttachmentsMatch). JSON's own syntax is
        // ASCII, so the three bytes can only occur inside strings.
        r.body.replace("\xef\xbb\xbf", "\\ufeff");
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
