// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/actiontype.h"

#include <QDateTime>
#include <QString>

namespace lvdesk {

// One entry of the feed of new actions (GET /actions): which action exists, of what kind and
// version. The action's content is read separately (ActionData).
struct FeedItem
{
    QString externalId; // GUID of the project part action
    QString projectId;
    QString projectPartId;
    ActionType actionType;
    QString serviceCode;
    QDateTime submittedAt; // UTC
    int version = 0; // >= 1 once decoded
};

inline bool operator==(const FeedItem &a, const FeedItem &b)
{
    return a.externalId == b.externalId && a.projectId == b.projectId
           && a.projectPartId == b.projectPartId && a.actionType == b.actionType
           && a.serviceCode == b.serviceCode && a.submittedAt == b.submittedAt
           && a.version == b.version;
}
inline bool operator!=(const FeedItem &a, const FeedItem &b)
{
    return !(a == b);
}

} // namespace lvdesk
