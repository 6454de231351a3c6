// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/migration.h"

#include <QList>

namespace lvdesk {

// Migrations: the store's schema history, migration 1, 2, … in order. A step, once released, is
// never edited: a change is always a new step (tests keep a database of every earlier version).
class Migrations
{
public:
    static QList<Migration> all();
    static int latestVersion();
};

} // namespace lvdesk
