// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// A postal address of a customer or representative.
struct Address
{
    QString street;
    QString postalCode;
    QString postOffice;

    bool isEmpty() const
    {
        return street.isEmpty() && postalCode.isEmpty() && postOffice.isEmpty();
    }
};

inline bool operator==(const Address &a, const Address &b)
{
    return a.street == b.street && a.postalCode == b.postalCode && a.postOffice == b.postOffice;
}
inline bool operator!=(const Address &a, const Address &b)
{
    return !(a == b);
}

} // namespace lvdesk
