// SPDX-License-Identifier: EUPL-1.2

#pragma once

// ErrorClassifier: turns what a finished HTTP exchange left behind (Qt's network error, the TLS
// errors, status, X-Road-Error, Retry-After, body) into an LvError, following §1, §3 and §4.
// Works on plain facts so that every rule can be tested without a network.

#include "lv/lverror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace lvdesk {

class ErrorClassifier
{
public:
    struct Facts
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString; // Qt's technical text (host names, TLS alerts; no customer data)
        int httpStatus = 0; // 0 when no HTTP status line arrived
        QByteArray xroadError; // X-Road-Error header
        QByteArray retryAfter; // Retry-After header
        QByteArray date; // Date header, the server's "now" for an HTTP-date Retry-After
        QUrl location; // Location header of a 3xx
        QByteArray body; // the (bounded) body; only read for errors
        QList<QSslError> sslErrors; // from QNetworkReply::sslErrors
        bool https = false;
        bool canceled = false; // canceled by lvdesk itself
        qint64 contentLength = -1; // announced, -1 when absent
        qint64 bytesReceived = 0;
        QDateTime receivedAt; // when the answer arrived (defaults to now)
    };

    // None for a complete 2xx answer; the failure otherwise.
    static LvError classify(const Facts &facts);

    // Collects the facts of a finished reply (everything except sslErrors, canceled and the
    // bounded body, which the caller has tracked while the reply ran).
    static Facts factsFrom(const QNetworkReply *reply);

    // Retry-After: delta-seconds, or an HTTP-date (IMF-fixdate, RFC 850, asctime) taken relative to
    // serverNow (the response's Date, else the local clock). A date in the past gives 0 s.
    // nullopt when the value is absent or unreadable.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value,
                                                               const QDateTime &serverNow);
    static QDateTime parseHttpDate(const QByteArray &value);

    static LvError::TlsProblem tlsProblemOf(const QList<QSslError> &errors);
};

} // namespace lvdesk
