// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringList>

namespace lvdesk {

// Migration: one numbered step of the store's schema, applied in one transaction. Statements are
// portable SQL; {PK} and {BLOB} are replaced by the driver's auto-increment key and byte types.
// What cannot be portable (triggers) is written twice, each statement starting with {SQLITE} or
// {POSTGRESQL}: it runs on that driver only.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace lvdesk
