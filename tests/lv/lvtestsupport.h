// SPDX-License-Identifier: EUPL-1.2

#pragma once

// LvTestSupport: small shared steps of the client library's integration tests: settings pointing
// at a running lvsim, and waiting for a reply without blocking the event loop.

#include "lv/connectionsettings.h"
#include "lv/lvreply.h"

#include <QTest>

namespace lvdesk {

class LvTestSupport
{
public:
    // lvsim's defaults: client FI-TEST/MUN/0135202-4/lvdesk, service
    // FI-TEST/GOV/0245437-2/LV/lvService.
    static ConnectionSettings settingsFor(const QUrl &securityServer)
    {
        ConnectionSettings s;
        s.securityServer = securityServer;
        s.client = *XRoadId::parse(QStringLiteral("FI-TEST/MUN/0135202-4/lvdesk"),
                                   XRoadId::Type::Subsystem);
        s.service = *XRoadId::parse(QStringLiteral("FI-TEST/GOV/0245437-2/LV/lvService"),
                                    XRoadId::Type::Service);
        s.userId = QStringLiteral("test.officer");
        s.transferTimeout = std::chrono::seconds(20);
        return s;
    }

    // Spins the event loop until reply has finished (at most timeoutMs); true if it did.
    static bool waitFor(const LvReply *reply, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([reply]() { return reply->isFinished(); }, timeoutMs);
    }

    // "kind/problem http=… code=…" for failure messages in tests.
    static QByteArray describe(const LvReply *reply)
    {
        return reply->error().logText().toUtf8() + " | " + reply->error().userMessage().toUtf8();
    }
};

} // namespace lvdesk
