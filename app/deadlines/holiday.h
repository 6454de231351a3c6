// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>

namespace lvdesk {

// One Finnish holiday of one year: which holiday it is and the day it falls on.
// Holidays are identified by Id so that callers never compare names, which depend on the language.
struct Holiday
{
    enum class Id {
        NewYearsDay,
        Epiphany,
        GoodFriday,
        EasterSunday,
        EasterMonday,
        MayDay,
        AscensionDay,
        WhitSunday,
        MidsummerEve,
        MidsummerDay,
        AllSaintsDay,
        IndependenceDay,
        ChristmasEve,
        ChristmasDay,
        BoxingDay,
    };

    QDate date;
    Id id = Id::NewYearsDay;

    friend bool operator==(const Holiday &a, const Holiday &b)
    {
        return a.date == b.date && a.id == b.id;
    }
    friend bool operator!=(const Holiday &a, const Holiday &b) { return !(a == b); }
};

} // namespace lvdesk
