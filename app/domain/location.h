// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/coordinates.h"

#include <QString>
#include <optional>

namespace lvdesk {

// Where a project takes place: municipality, property and address, optionally a map point.
struct Location
{
    QString municipalityCode; // three digits, e.g. "837" (Tampere)
    QString propertyId; // kiinteistötunnus, may be empty
    QString address; // free-form, may be empty
    std::optional<Coordinates> coordinates;
};

inline bool operator==(const Location &a, const Location &b)
{
    return a.municipalityCode == b.municipalityCode && a.propertyId == b.propertyId
           && a.address == b.address && a.coordinates == b.coordinates;
}
inline bool operator!=(const Location &a, const Location &b)
{
    return !(a == b);
}

} // namespace lvdesk
