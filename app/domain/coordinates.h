// SPDX-License-Identifier: EUPL-1.2

#pragma once

namespace lvdesk {

// A point in a projected coordinate system named by its EPSG code (3067 = ETRS-TM35FIN).
struct Coordinates
{
    int epsg = 0;
    double x = 0;
    double y = 0;
};

inline bool operator==(const Coordinates &a, const Coordinates &b)
{
    return a.epsg == b.epsg && a.x == b.x && a.y == b.y;
}
inline bool operator!=(const Coordinates &a, const Coordinates &b)
{
    return !(a == b);
}

} // namespace lvdesk
