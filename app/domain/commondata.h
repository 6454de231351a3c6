// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/customer.h"
#include "domain/datanote.h"
#include "domain/location.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace lvdesk {

// The data a customer enters once per project and shares across its parts (§2.2 commondata).
struct Commondata
{
    QString projectId;
    QString projectPartId;
    QString projectName;
    Customer customer;
    std::optional<Customer> representative; // someone acting for the customer, if any
    std::optional<Location> location; // absent for matters without a place
    QDateTime submittedAt; // UTC
    DataNotes notes; // what the decoder repaired; not part of the value (not compared)
};

inline bool operator==(const Commondata &a, const Commondata &b)
{
    return a.projectId == b.projectId && a.projectPartId == b.projectPartId
           && a.projectName == b.projectName && a.customer == b.customer
           && a.representative == b.representative && a.location == b.location
           && a.submittedAt == b.submittedAt;
}
inline bool operator!=(const Commondata &a, const Commondata &b)
{
    return !(a == b);
}

} // namespace lvdesk
