// SPDX-License-Identifier: EUPL-1.2

#pragma once

// LvError: one failure of a call to the electronic interface, classified so that the sync engine
// knows whether to retry and the officer is told in plain words what to do (contract §1, §3, §4).

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace lvdesk {

class LvError
{
    Q_DECLARE_TR_FUNCTIONS(LvError)

public:
    enum class Kind {
        None,
        Network, // no usable HTTP answer: see networkProblem()
        Tls, // the TLS connection could not be made: see tlsProblem()
        XRoadClient, // X-Road-Error "Client.*": our request is wrong
        XRoadServer, // X-Road-Error "Server.*": our Security Server or the provider's side
        Service, // a non-2xx from the service itself (§4)
        Malformed, // a 2xx whose body does not decode (see decodePath())
        Redirect, // a 3xx: the Security Server never redirects
        ChecksumMismatch, // attachment bytes differ from the announced SHA-256 or Digest
        SizeMismatch, // attachment length differs from the announced size or Content-Length
        TooLarge, // the response exceeded the limit for its resource and was aborted
        Configuration, // the settings do not allow the call (plain HTTP to a remote host, bad
                       // certificate file)
        BadArgument, // this one item cannot be asked for (an id that addresses nothing); the
                     // rest of the sync goes on
        Canceled, // canceled by lvdesk itself
    };

    enum class NetworkProblem {
        None,
        HostNotFound,
        ConnectionRefused,
        ConnectionReset,
        Timeout,
        Truncated, // the connection closed before the announced body was complete
        Other,
    };

    enum class TlsProblem {
        None,
        Expired,
        NotYetValid,
        Untrusted, // self-signed or issued by a CA that is neither in the system store nor the CA
                   // file
        HostNameMismatch,
        ClientCertificateRejected, // the Security Server refused our client certificate (or wanted
                                   // one)
        Other,
    };

    LvError() = default;

    static LvError network(NetworkProblem problem, const QString &detail = {});
    static LvError tls(TlsProblem problem, const QString &detail = {});
    // Client.* types give XRoadClient, everything else XRoadServer (an unknown prefix from X-Road
    // is still X-Road's own failure, not the service's).
    static LvError xroad(int httpStatus, const QString &type, const QString &message,
                         const QString &detail = {});
    static LvError service(int httpStatus, const QString &code, const QString &message,
                           const QString &field = {});
    // A service error whose body is not the §4 JSON: its first 200 characters as plain text.
    static LvError servicePlainText(int httpStatus, const QByteArray &body);
    // decodeKind is the decoder's name for the problem ("Missing", "NotJson", …), kept as code().
    static LvError malformed(int httpStatus, const QString &decodePath, const QString &message,
                             const QString &decodeKind = {});
    static LvError redirect(int httpStatus, const QUrl &location);
    static LvError checksumMismatch(const QString &expected, const QString &actual);
    static LvError sizeMismatch(qint64 expected, qint64 actual);
    static LvError tooLarge(qint64 limit);
    static LvError configuration(const QString &message);
    static LvError badArgument(const QString &message);
    static LvError canceled();

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    NetworkProblem networkProblem() const { return m_networkProblem; }
    TlsProblem tlsProblem() const { return m_tlsProblem; }
    int httpStatus() const { return m_httpStatus; }
    // Service error code (`error`), X-Road error type (`type`) or, for Malformed, the decoder's
    // kind of problem.
    QString code() const { return m_code; }
    // The server's own message, X-Road detail or transport detail; may be empty.
    QString message() const { return m_message; }
    // 422 `field`, or the X-Road `detail` id.
    QString field() const { return m_field; }
    QString detail() const { return m_detail; }
    QString decodePath() const { return m_field; }
    QUrl redirectLocation() const { return m_location; }

    // Whether the same request may be sent again later (contract §3). Decisions the contract leaves
    // open: a service 500 is retried (it is transient far more often than not, and every write
    // carries a messageId, so a retry cannot apply it twice); a 404 is not (the Security Server
    // path or the service id is wrong, which a retry cannot fix); a malformed body, a truncated
    // body and a checksum or size mismatch are retried (a broken transfer); TLS problems and
    // configuration errors are not (someone has to change a certificate or a setting).
    bool retryable() const;

    // Retry-After of a 429 or 503 (or of any answer that carried it), as a delay from the moment
    // the answer arrived.
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    void setRetryAfter(std::optional<std::chrono::seconds> delay) { m_retryAfter = delay; }

    // For the officer or IT support: what went wrong and what to do, in the UI language.
    QString userMessage() const;
    // One line for the log: kind, status, codes, problem. No customer data, no server message text
    // (a service message may quote what the customer entered).
    QString logText() const;

    static QString kindName(Kind kind);
    static QString networkProblemName(NetworkProblem problem);
    static QString tlsProblemName(TlsProblem problem);

private:
    Kind m_kind = Kind::None;
    NetworkProblem m_networkProblem = NetworkProblem::None;
    TlsProblem m_tlsProblem = TlsProblem::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_field;
    QString m_detail;
    QUrl m_location;
    std::optional<std::chrono::seconds> m_retryAfter;
};

} // namespace lvdesk
