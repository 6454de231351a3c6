// SPDX-License-Identifier: EUPL-1.2

#include "domain/personalidentitycode.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

constexpr char kCheckCharacters[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";

int digitsValue(QStringView text)
{
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The century a sign stands for, or -1. The 2023 reform added Y X W V U (1900s) and B–F (2000s)
// beside the old "-" and "A".
int centuryOf(QChar sign)
{
    switch (sign.unicode()) {
    case u'+':
        return 1800;
    case u'-':
    case u'Y':
    case u'X':
    case u'W':
    case u'V':
    case u'U':
        return 1900;
    case u'A':
    case u'B':
    case u'C':
    case u'D':
    case u'E':
    case u'F':
        return 2000;
    default:
        return -1;
    }
}

} // namespace

PersonalIdentityCode PersonalIdentityCode::fromString(QStringView code)
{
    PersonalIdentityCode result;
    if (code.size() != 11)
        return result;
    const int day = digitsValue(code.mid(0, 2));
    const int month = digitsValue(code.mid(2, 2));
    const int year = digitsValue(code.mid(4, 2));
    const int century = centuryOf(code.at(6));
    const int individual = digitsValue(code.mid(7, 3));
    if (day < 0 || month < 0 || year < 0 || century < 0 || individual < 0)
        return result;
    // 000 and 001 are never issued; 900–999 are temporary codes, still valid.
    if (individual < 2)
        return result;
    const QDate birthDate(century + year, month, day);
    if (!birthDate.isValid())
        return result;
    const qint64 number
        = qint64(day) * 10000000 + qint64(month) * 100000 + qint64(year) * 1000 + individual;
    if (code.at(10) != QLatin1Char(kCheckCharacters[number % 31]))
        return result;
    result.m_code = code.toString();
    result.m_birthDate = birthDate;
    return result;
}

QString PersonalIdentityCode::mask(QStringView code)
{
    if (code.size() != 11)
        return u"****"_s;
    return code.left(7).toString() + "****"_L1;
}

} // namespace lvdesk
