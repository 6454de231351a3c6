// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/feeditem.h"

#include <QList>
#include <QString>

namespace lvdesk {

// One page of the feed of new actions, with the cursor to ask for the next page.
struct FeedPage
{
    QList<FeedItem> items;
    QString nextCursor;
    bool hasMore = false;
};

inline bool operator==(const FeedPage &a, const FeedPage &b)
{
    return a.items == b.items && a.nextCursor == b.nextCursor && a.hasMore == b.hasMore;
}
inline bool operator!=(const FeedPage &a, const FeedPage &b)
{
    return !(a == b);
}

} // namespace lvdesk
