// SPDX-License-Identifier: EUPL-1.2

#include "lverror.h"

#include "lv/lvcodec.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
// §4: a body that is not the error JSON is shown with its first 200 characters.
constexpr qsizetype plainTextLimit = 200;
} // namespace

LvError LvError::network(NetworkProblem problem, const QString &detail)
{
    LvError e;
    e.m_kind = Kind::Network;
    e.m_networkProblem = problem;
    e.m_detail = detail;
    return e;
}

LvError LvError::tls(TlsProblem problem, const QString &detail)
{
    LvError e;
    e.m_kind = Kind::Tls;
    e.m_tlsProblem = problem;
    e.m_detail = detail;
    return e;
}

LvError LvError::xroad(int httpStatus, const QString &type, const QString &message,
                       const QString &detail)
{
    LvError e;
    e.m_kind = type.startsWith("Client."_L1) || type == "Client"_L1 ? Kind::XRoadClient
                                                                    : Kind::XRoadServer;
    e.m_httpStatus = httpStatus;
    e.m_code = type;
    e.m_message = message;
    e.m_detail = detail;
    return e;
}

LvError LvError::service(int httpStatus, const QString &code, const QString &message,
                         const QString &field)
{
    LvError e;
    e.m_kind = Kind::Service;
    e.m_httpStatus = httpStatus;
    e.m_code = code;
    e.m_message = message;
    e.m_field = field;
    return e;
}

LvError LvError::servicePlainText(int httpStatus, const QByteArray &body)
{
    LvError e;
    e.m_kind = Kind::Service;
    e.m_httpStatus = httpStatus;
    e.m_message = LvCodec::plainTextExcerpt(body, plainTextLimit);
    return e;
}

LvError LvError::malformed(int httpStatus, const QString &decodePath, const QString &message,
                           const QString &decodeKind)
{
    LvError e;
    e.m_kind = Kind::Malformed;
    e.m_code = decodeKind;
    e.m_httpStatus = httpStatus;
    e.m_field = decodePath;
    e.m_message = message;
    return e;
}

LvError LvError::redirect(int httpStatus, const QUrl &location)
{
    LvError e;
    e.m_kind = Kind::Redirect;
    e.m_httpStatus = httpStatus;
    e.m_location = location;
    return e;
}

LvError LvError::checksumMismatch(const QString &expected, const QString &actual)
{
    LvError e;
    e.m_kind = Kind::ChecksumMismatch;
    e.m_message = tr("expected SHA-256 %1, received %2").arg(expected, actual);
    return e;
}

LvError LvError::sizeMismatch(qint64 expected, qint64 actual)
{
    LvError e;
    e.m_kind = Kind::SizeMismatch;
    e.m_message = tr("expected %1 bytes, received %2").arg(expected).arg(actual);
    return e;
}

LvError LvError::tooLarge(qint64 limit)
{
    LvError e;
    e.m_kind = Kind::TooLarge;
    e.m_message = tr("the answer exceeded %1 bytes").arg(limit);
    return e;
}

LvError LvError::configuration(const QString &message)
{
    LvError e;
    e.m_kind = Kind::Configuration;
    e.m_message = message;
    return e;
}

LvError LvError::badArgument(const QString &message)
{
    LvError e;
    e.m_kind = Kind::BadArgument;
    e.m_message = message;
    return e;
}

LvError LvError::canceled()
{
    LvError e;
    e.m_kind = Kind::Canceled;
    return e;
}

bool LvError::retryable() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Tls:
    case Kind::XRoadClient:
    case Kind::Redirect:
    case Kind::TooLarge:
    case Kind::Configuration:
    case Kind::BadArgument:
    case Kind::Canceled:
        return false;
    case Kind::Network:
    case Kind::XRoadServer:
    case Kind::Malformed:
    case Kind::ChecksumMismatch:
    case Kind::SizeMismatch:
        return true;
    case Kind::Service:
        switch (m_httpStatus) {
        case 429:
        case 500:
        case 502:
        case 503:
        case 504:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString LvError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        switch (m_networkProblem) {
        case NetworkProblem::HostNotFound:
            return tr(
                "The Security Server's host name could not be found. Check the Security Server "
                "address in the settings and the workstation's network connection.");
        case NetworkProblem::ConnectionRefused:
            return tr(
                "The Security Server refused the connection. Check the address and port in the "
                "settings; if they are right, the Security Server may be down. lvdesk will try "
                "again.");
        case NetworkProblem::ConnectionReset:
            return tr("The connection to the Security Server was cut off. lvdesk will try again.");
        case NetworkProblem::Timeout:
            return tr("The Security Server did not answer in time. lvdesk will try again.");
        case NetworkProblem::Truncated:
            return tr(
                "The answer from the Security Server was cut off before it was complete. lvdesk "
                "will try again.");
        case NetworkProblem::None:
        case NetworkProblem::Other:
            break;
        }
        return tr("The network connection to the Security Server failed (%1). lvdesk will try "
                  "again.")
            .arg(m_detail);
    case Kind::Tls:
        switch (m_tlsProblem) {
        case TlsProblem::Expired:
            return tr(
                "The Security Server's certificate has expired. The connection was not made. Ask "
                "the administrator of the Security Server to renew its certificate.");
        case TlsProblem::NotYetValid:
            return tr(
                "The Security Server's certificate is not valid yet. Check the workstation's date "
                "and time; if they are right, ask the administrator of the Security Server.");
        case TlsProblem::Untrusted:
            return tr(
                "The Security Server's certificate is not trusted: it is self-signed or issued by "
                "an unknown certificate authority. Ask IT support for the right CA file and set it "
                "in the settings.");
        case TlsProblem::HostNameMismatch:
            return tr(
                "The Security Server's certificate was issued for another host name. Check the "
                "Security Server address in the settings.");
        case TlsProblem::ClientCertificateRejected:
            return tr(
                "The Security Server did not accept this workstation's client certificate. Check "
                "the client certificate in the settings, or ask IT support to register it on the "
                "Security Server.");
        case TlsProblem::None:
        case TlsProblem::Other:
            break;
        }
        return tr("A secure connection to the Security Server could not be made (%1). Ask IT "
                  "support.")
            .arg(m_detail);
    case Kind::XRoadClient:
        return tr("The Security Server rejected the request (%1). Check the X-Road client and "
                  "service "
                  "identifiers in the settings, or ask IT support.")
            .arg(m_code);
    case Kind::XRoadServer:
        return tr("The X-Road connection to the service failed (%1). lvdesk will try again later.")
            .arg(m_code);
    case Kind::Service: {
        const QString what = m_message.isEmpty() ? m_code : m_message;
        switch (m_httpStatus) {
        case 400:
            return tr("The service did not find or did not accept the request: %1").arg(what);
        case 401:
        case 403:
            return tr("The service does not allow this authority to do this: %1. Ask the service's "
                      "support to check the authority's rights.")
                .arg(what);
        case 404:
            return tr("The service answered that the address does not exist: %1. Check the service "
                      "identifier in the settings.")
                .arg(what);
        case 409:
            return tr("The service did not allow this change in the case's current state: %1. "
                      "Reload "
                      "the case and check its state.")
                .arg(what);
        case 422:
            if (!m_field.isEmpty())
                return tr("The service rejected the content of field \"%1\": %2. Correct it and "
                          "send "
                          "again.")
                    .arg(m_field, what);
            return tr("The service rejected the content: %1. Correct it and send again.").arg(what);
        case 429:
            return tr("The service is receiving too many requests. lvdesk will try again later.");
        default:
            if (retryable())
                return tr("The service is temporarily unavailable (HTTP %1): %2. lvdesk will try "
                          "again later.")
                    .arg(m_httpStatus)
                    .arg(what);
            return tr("The service answered with an error (HTTP %1): %2")
                .arg(m_httpStatus)
                .arg(what);
        }
    }
    case Kind::Malformed:
        return tr("The service's answer could not be read (%1). lvdesk will try again; if this "
                  "persists, report it to the service's support.")
            .arg(m_message);
    case Kind::Redirect:
        return tr("The Security Server answered with a redirect, which it never should. Check the "
                  "Security Server address in the settings.");
    case Kind::ChecksumMismatch:
        return tr("An attachment arrived damaged (its checksum does not match) and was not stored. "
                  "lvdesk will download it again.");
    case Kind::SizeMismatch:
        return tr("An attachment arrived incomplete (its size does not match) and was not stored. "
                  "lvdesk will download it again.");
    case Kind::TooLarge:
        return tr("The service's answer was larger than lvdesk accepts and was not read (%1).")
            .arg(m_message);
    case Kind::Configuration:
    case Kind::BadArgument:
        return m_message;
    case Kind::Canceled:
        return tr("The request was canceled.");
    }
    return {};
}

QString LvError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::XRoadClient:
        return u"xroadClient"_s;
    case Kind::XRoadServer:
        return u"xroadServer"_s;
    case Kind::Service:
        return u"service"_s;
    case Kind::Malformed:
        return u"malformed"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::ChecksumMismatch:
        return u"checksumMismatch"_s;
    case Kind::SizeMismatch:
        return u"sizeMismatch"_s;
    case Kind::TooLarge:
        return u"tooLarge"_s;
    case Kind::Configuration:
        return u"configuration"_s;
    case Kind::BadArgument:
        return u"badArgument"_s;
    case Kind::Canceled:
        return u"canceled"_s;
    }
    return {};
}

QString LvError::networkProblemName(NetworkProblem problem)
{
    switch (problem) {
    case NetworkProblem::None:
        return u"none"_s;
    case NetworkProblem::HostNotFound:
        return u"hostNotFound"_s;
    case NetworkProblem::ConnectionRefused:
        return u"connectionRefused"_s;
    case NetworkProblem::ConnectionReset:
        return u"connectionReset"_s;
    case NetworkProblem::Timeout:
        return u"timeout"_s;
    case NetworkProblem::Truncated:
        return u"truncated"_s;
    case NetworkProblem::Other:
        return u"other"_s;
    }
    return {};
}

QString LvError::tlsProblemName(TlsProblem problem)
{
    switch (problem) {
    case TlsProblem::None:
        return u"none"_s;
    case TlsProblem::Expired:
        return u"expired"_s;
    case TlsProblem::NotYetValid:
        return u"notYetValid"_s;
    case TlsProblem::Untrusted:
        return u"untrusted"_s;
    case TlsProblem::HostNameMismatch:
        return u"hostNameMismatch"_s;
    case TlsProblem::ClientCertificateRejected:
        return u"clientCertificateRejected"_s;
    case TlsProblem::Other:
        return u"other"_s;
    }
    return {};
}

QString LvError::logText() const
{
    QString text = kindName(m_kind);
    if (m_httpStatus != 0)
        text += u" http="_s + QString::number(m_httpStatus);
    if (m_kind == Kind::Network)
        text += u" problem="_s + networkProblemName(m_networkProblem);
    if (m_kind == Kind::Tls)
        text += u" problem="_s + tlsProblemName(m_tlsProblem);
    if (!m_code.isEmpty())
        text += u" code="_s + m_code;
    // The decode path names a field, never its value; the X-Road detail is a correlation id.
    if (m_kind == Kind::Malformed && !m_field.isEmpty())
        text += u" path="_s + m_field;
    if ((m_kind == Kind::XRoadClient || m_kind == Kind::XRoadServer) && !m_detail.isEmpty())
        text += u" detail="_s + m_detail;
    if (m_retryAfter)
        text += u" retryAfter="_s + QString::number(m_retryAfter->count()) + u"s"_s;
    text += retryable() ? u" retryable"_s : u" final"_s;
    return text;
}

} // namespace lvdesk
