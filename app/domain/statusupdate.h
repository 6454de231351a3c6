// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/localizedtext.h"
#include "domain/servicestate.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace lvdesk {

// The body of PUT /commondata/{externalId}/status (§2.5): the case's state in the service's common
// view. messageId is made once per logical write and reused on every retry of it.
struct StatusUpdate
{
    QUuid messageId;
    ServiceState state = ServiceState::Received;
    LocalizedText statusText; // fi and sv are sent always, en only when not empty
    QDate statusDate; // sent as YYYY-MM-DD
    QString diaryNumber; // sent as null when empty
    QString handler; // sent as null when empty
    QDate processingStartDate; // sent as null when invalid
};

inline bool operator==(const StatusUpdate &a, const StatusUpdate &b)
{
    return a.messageId == b.messageId && a.state == b.state && a.statusText == b.statusText
           && a.statusDate == b.statusDate && a.diaryNumber == b.diaryNumber
           && a.handler == b.handler && a.processingStartDate == b.processingStartDate;
}
inline bool operator!=(const StatusUpdate &a, const StatusUpdate &b)
{
    return !(a == b);
}

} // namespace lvdesk
