// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace lvdesk {

// Decides which injected fault, if any, an X-Road request gets. The choice depends only on the
// seed, the request target and how many times that target has been asked for, so concurrent
// clients see the same faults in any order of arrival.
class FaultPlan
{
public:
    enum class Kind {
        None,
        TooManyRequests, // 429 with Retry-After
        InternalError, // 500
        BadGateway, // 502 (an HTML page from a proxy)
        Unavailable, // 503 with Retry-After
        XRoad, // Server.* error from the Security Server
        Reset, // connection reset after part of the status line
        Stall, // headers and half the body, then a pause of stallMs
        Truncate, // body cut short of its Content-Length, then close
        Malformed, // 200 with a body that is not JSON
        Checksum // attachment bytes that do not match size/SHA-256 of formdata
    };

    // Parses "500=0.1,reset=0.05" or "mixed=0.2". Returns false with a message on a bad spec.
    bool parse(const QString &spec, QString *error);
    void setSeed(quint64 seed) { m_seed = seed; }
    bool isActive() const;
    QString spec() const { return m_spec; }

    // Which fault the nth request for target gets; isAttachment allows Checksum, isJson Malformed.
    // variant picks between the two forms some kinds have (Retry-After form, X-Road error type).
    Kind decide(const QString &target, bool isJson, bool isAttachment, bool *variant);
    void resetCounters() { m_attempts.clear(); }

    static QString name(Kind kind);
    static QStringList kindNames();

private:
    quint64 m_seed = 0;
    QString m_spec;
    double m_rates[11] = {};
    QHash<QString, quint32> m_attempts;
};

} // namespace lvdesk
