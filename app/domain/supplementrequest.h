// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QStringList>

namespace lvdesk {

// What an officer asks the customer to add, and by when (the supplementRequest of a message, §2.5).
struct SupplementRequest
{
    QDate dueDate;
    QStringList items;
};

inline bool operator==(const SupplementRequest &a, const SupplementRequest &b)
{
    return a.dueDate == b.dueDate && a.items == b.items;
}
inline bool operator!=(const SupplementRequest &a, const SupplementRequest &b)
{
    return !(a == b);
}

} // namespace lvdesk
