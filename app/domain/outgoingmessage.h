// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/outgoingattachment.h"
#include "domain/supplementrequest.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace lvdesk {

// The body of POST /commondata/{externalId}/messages (§2.5): a message to the customer, optionally
// a supplement request. messageId is made once per logical write and reused on every retry of it.
struct OutgoingMessage
{
    QUuid messageId;
    QString subject;
    QString body;
    std::optional<SupplementRequest> supplementRequest; // sent as null when absent
    QList<OutgoingAttachment> attachments;
};

inline bool operator==(const OutgoingMessage &a, const OutgoingMessage &b)
{
    return a.messageId == b.messageId && a.subject == b.subject && a.body == b.body
           && a.supplementRequest == b.supplementRequest && a.attachments == b.attachments;
}
inline bool operator!=(const OutgoingMessage &a, const OutgoingMessage &b)
{
    return !(a == b);
}

} // namespace lvdesk
