// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDateTime>
#include <QString>

namespace lvdesk {

// StoreClock: how the store writes points in time. Always UTC text with milliseconds
// ("2026-11-26T08:15:00.000Z"), so that both drivers sort and compare them the same way and the
// audit trail hashes exactly what is stored.
class StoreClock
{
public:
    static QString now();
    static QString toText(const QDateTime &time);
    static QDateTime fromText(const QString &text); // invalid for empty or malformed text
};

} // namespace lvdesk
