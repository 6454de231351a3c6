// SPDX-License-Identifier: EUPL-1.2

#include "errorclassifier.h"

#include "lv/lvcodec.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

bool isTlsAlertAboutOurCertificate(const QString &text)
{
    // OpenSSL reports the server's alert in its error text, e.g. "tlsv13 alert certificate
    // required", "sslv3 alert bad certificate", "tlsv1 alert unknown ca".
    const QString t = text.toLower();
    return t.contains("alert"_L1)
           && (t.contains("certificate"_L1) || t.contains("unknown ca"_L1)
               || t.contains("access denied"_L1));
}

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError
           || error == QNetworkReply::UnknownNetworkError;
}

} // namespace

LvError::TlsProblem ErrorClassifier::tlsProblemOf(const QList<QSslError> &errors)
{
    // The most telling problem first: an expired certificate is also "untrusted" in a sense, but
    // "expired" is what the administrator has to act on.
    bool untrusted = false, hostMismatch = false, notYetValid = false, expired = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            notYetValid = true;
            break;
        case QSslError::HostNameMismatch:
            hostMismatch = true;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateSignatureFailed:
            untrusted = true;
            break;
        default:
            break;
        }
    }
    if (expired)
        return LvError::TlsProblem::Expired;
    if (notYetValid)
        return LvError::TlsProblem::NotYetValid;
    if (untrusted)
        return LvError::TlsProblem::Untrusted;
    if (hostMismatch)
        return LvError::TlsProblem::HostNameMismatch;
    return LvError::TlsProblem::Other;
}

QDateTime ErrorClassifier::parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    // RFC 850 (obsolete, still accepted by RFC 9110 §5.6.7) has a two-digit year, which QLocale
    // would put in the 1900s and then reject for its day name: rewrite it as an IMF-fixdate.
    static const QRegularExpression rfc850(
        u"^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}:\\d{2}:\\d{2}) GMT$"_s);
    const QRegularExpressionMatch m = rfc850.match(text);
    if (m.hasMatch()) {
        const int yy = m.captured(3).toInt();
        const int year = yy < 70 ? 2000 + yy : 1900 + yy;
        const QDateTime dt = c.toDateTime(m.captured(1) + u' ' + m.captured(2) + u' '
                                              + QString::number(year) + u' ' + m.captured(4),
                                          u"dd MMM yyyy HH:mm:ss"_s);
        return dt.isValid() ? QDateTime(dt.date(), dt.time(), QTimeZone::utc()) : QDateTime();
    }
    // IMF-fixdate and asctime.
    static const char *const formats[] = {
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd MMM d HH:mm:ss yyyy",
    };
    for (const char *format : formats) {
        const QDateTime dt = c.toDateTime(text, QLatin1StringView(format));
        if (dt.isValid())
            return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    }
    return {};
}

std::optional<std::chrono::seconds> ErrorClassifier::parseRetryAfter(const QByteArray &value,
                                                                     const QDateTime &serverNow)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (const char ch : trimmed)
        allDigits = allDigits && ch >= '0' && ch <= '9';
    if (allDigits) {
        bool ok = false;
        const qlonglong seconds = trimmed.toLongLong(&ok);
        if (!ok) // more digits than fit: no sensible delay
            return std::nullopt;
        return std::chrono::seconds(seconds);
    }
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    const QDateTime now = serverNow.isValid() ? serverNow : QDateTime::currentDateTimeUtc();
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

ErrorClassifier::Facts ErrorClassifier::factsFrom(const QNetworkReply *reply)
{
    Facts f;
    f.networkError = reply->error();
    f.errorString = reply->errorString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    f.httpStatus = status.isValid() ? status.toInt() : 0;
    f.xroadError = reply->rawHeader("X-Road-Error");
    f.retryAfter = reply->rawHeader("Retry-After");
    f.date = reply->rawHeader("Date");
    f.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    f.https = reply->url().scheme() == "https"_L1;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    f.contentLength = length.isValid() ? length.toLongLong() : -1;
    f.receivedAt = QDateTime::currentDateTimeUtc();
    return f;
}

LvError ErrorClassifier::classify(const Facts &f)
{
    using NP = LvError::NetworkProblem;
    if (f.canceled)
        return LvError::canceled();

    // Our verification of the server's certificate failed: QNetworkReply reports the handshake as
    // failed and sslErrors() says why.
    if (!f.sslErrors.isEmpty())
        return LvError::tls(tlsProblemOf(f.sslErrors), f.errorString);

    if (f.httpStatus == 0) {
        switch (f.networkError) {
        case QNetworkReply::NoError:
            return LvError::network(NP::Other, f.errorString);
        case QNetworkReply::HostNotFoundError:
            return LvError::network(NP::HostNotFound, f.errorString);
        case QNetworkReply::ConnectionRefusedError:
            return LvError::network(NP::ConnectionRefused, f.errorString);
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
            return LvError::network(NP::Timeout, f.errorString);
        default:
            break;
        }
        // The server refused our client certificate (or wanted one): it sends a TLS alert, which
        // arrives during the handshake (TLS 1.2) or on the first read (TLS 1.3).
        if (f.https && isTlsAlertAboutOurCertificate(f.errorString))
            return LvError::tls(LvError::TlsProblem::ClientCertificateRejected, f.errorString);
        if (f.https && isTlsFailure(f.networkError))
            return LvError::tls(LvError::TlsProblem::Other, f.errorString);
        if (f.networkError == QNetworkReply::RemoteHostClosedError)
            return LvError::network(NP::ConnectionReset, f.errorString);
        return LvError::network(NP::Other, f.errorString);
    }

    const std::optional<std::chrono::seconds> retryAfter
        = parseRetryAfter(f.retryAfter, f.date.isEmpty() ? f.receivedAt : parseHttpDate(f.date));

    // A status line arrived but the exchange did not complete: the body was cut off or stalled.
    if (f.networkError != QNetworkReply::NoError
        && f.networkError < QNetworkReply::ProxyConnectionRefusedError) {
        LvError e;
        if (f.networkError == QNetworkReply::TimeoutError
            || f.networkError == QNetworkReply::OperationCanceledError)
            e = LvError::network(NP::Timeout, f.errorString);
        else if (f.contentLength >= 0 && f.bytesReceived < f.contentLength)
            e = LvError::network(NP::Truncated, f.errorString);
        else
            e = LvError::network(NP::ConnectionReset, f.errorString);
        return e;
    }

    LvError e;
    if (f.httpStatus >= 300 && f.httpStatus < 400) {
        e = LvError::redirect(f.httpStatus, f.location);
    } else if (!f.xroadError.isEmpty()) {
        // X-Road's own failure: the header names the type; the body adds message and detail.
        const auto body = LvCodec::decodeXRoadError(f.body);
        QString type = QString::fromLatin1(f.xroadError).trimmed();
        QString message, detail;
        if (body.isOk()) {
            message = body.value().message;
            detail = body.value().detail;
        } else {
            message = LvCodec::plainTextExcerpt(f.body);
        }
        e = LvError::xroad(f.httpStatus, type, message, detail);
    } else if (f.httpStatus >= 200 && f.httpStatus < 300) {
        if (f.contentLength >= 0 && f.bytesReceived < f.contentLength)
            return LvError::network(NP::Truncated, {});
        return {};
    } else {
        const auto body = LvCodec::decodeServiceError(f.body);
        if (body.isOk())
            e = LvError::service(f.httpStatus, body.value().code, body.value().message,
                                 body.value().field);
        else
            e = LvError::servicePlainText(f.httpStatus, f.body);
    }
    e.setRetryAfter(retryAfter);
    return e;
}

} // namespace lvdesk
