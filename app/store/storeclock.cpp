// SPDX-License-Identifier: EUPL-1.2

#include "storeclock.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lvdesk {

QString StoreClock::now()
{
    return toText(QDateTime::currentDateTimeUtc());
}

QString StoreClock::toText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime StoreClock::fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace lvdesk
