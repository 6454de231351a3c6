// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/datanote.h"
#include "domain/feeditem.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lvdesk {

// One page of the feed of new actions, with the cursor to ask for the next page.
struct FeedPage
{
    QList<FeedItem> items;
    QString nextCursor;
    bool hasMore = false;
    // Entries of the page that name no action lvdesk could fetch (no externalId), each as its
    // compact JSON text: they cannot be read or acknowledged, only reported. Each is also
    // described in notes.
    QList<QByteArray> unusableItems;
    DataNotes notes; // what the decoder repaired; not part of the value (not compared)
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
