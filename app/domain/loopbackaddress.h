// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QUrl>

namespace lvdesk {

// LoopbackAddress: whether traffic to a host stays on this computer, judged by IP literal only:
// 127.0.0.0/8 and ::1. A name such as "localhost" does not count: a resolver, a hosts file or a
// search domain decides where it goes. Plain HTTP (the Security Server, the export endpoint) and a
// database without verified TLS are allowed only to such hosts (tst_connectionsettings,
// tst_profile).
class LoopbackAddress
{
public:
    // host as written in a profile: "127.0.0.1", "::1", "[::1]"; other spellings of the same
    // address that QUrl reads (e.g. "127.1") count too.
    static bool isLoopbackLiteral(const QString &host);
    // An http:// or https:// URL to a loopback literal.
    static bool isLoopbackUrl(const QUrl &url);
    // https:// anywhere, or http:// to a loopback literal: where a request may go.
    static bool allowsRequestTo(const QUrl &url);
};

} // namespace lvdesk
