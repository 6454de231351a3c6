// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/address.h"
#include "domain/customerkind.h"

#include <QString>

namespace lvdesk {

// The customer (or a representative) of a project, from commondata. personalIdentityCode is a
// henkilötunnus: personal data, to be shown and logged only masked (maskedPersonalIdentityCode()).
struct Customer
{
    CustomerKind kind;
    QString name;
    QString businessId; // Y-tunnus of an organisation, empty for a person
    QString personalIdentityCode; // henkilötunnus of a person, empty for an organisation
    QString email;
    QString phone;
    Address address; // empty when the service gave none
    QString
        language; // the customer's language as the service gave it ("fi", "sv", …), may be empty

    // The henkilötunnus masked for lists, logs and exports ("120464-****"); empty if there is none.
    QString maskedPersonalIdentityCode() const;
};

inline bool operator==(const Customer &a, const Customer &b)
{
    return a.kind == b.kind && a.name == b.name && a.businessId == b.businessId
           && a.personalIdentityCode == b.personalIdentityCode && a.email == b.email
           && a.phone == b.phone && a.address == b.address && a.language == b.language;
}
inline bool operator!=(const Customer &a, const Customer &b)
{
    return !(a == b);
}

} // namespace lvdesk
