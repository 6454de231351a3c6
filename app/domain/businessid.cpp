// SPDX-License-Identifier: EUPL-1.2

#include "domain/businessid.h"

namespace lvdesk {

int BusinessId::checkDigit(QStringView sevenDigits)
{
    static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2};
    if (sevenDigits.size() != 7)
        return -1;
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        const QChar c = sevenDigits.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c.unicode() - u'0') * kWeights[i];
    }
    const int remainder = sum % 11;
    if (remainder == 0)
        return 0;
    if (remainder == 1) // no id is issued with this remainder
        return -1;
    return 11 - remainder;
}

BusinessId BusinessId::fromString(QStringView id)
{
    BusinessId result;
    if (id.size() != 9 || id.at(7) != u'-')
        return result;
    const int check = checkDigit(id.left(7));
    const QChar last = id.at(8);
    if (check < 0 || last < u'0' || last > u'9' || last.unicode() - u'0' != check)
        return result;
    result.m_id = id.toString();
    return result;
}

} // namespace lvdesk
