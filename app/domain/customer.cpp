// SPDX-License-Identifier: EUPL-1.2

#include "domain/customer.h"

#include "domain/personalidentitycode.h"

namespace lvdesk {

QString Customer::maskedPersonalIdentityCode() const
{
    if (personalIdentityCode.isEmpty())
        return {};
    return PersonalIdentityCode::mask(personalIdentityCode);
}

} // namespace lvdesk
