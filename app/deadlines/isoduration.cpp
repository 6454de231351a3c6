// SPDX-License-Identifier: EUPL-1.2

#include "deadlines/isoduration.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

IsoDuration::IsoDuration(int years, int months, int weeks, int days)
    : m_years(years)
    , m_months(months)
    , m_weeks(weeks)
    , m_days(days)
    , m_valid(years >= 0 && months >= 0 && weeks >= 0 && days >= 0 && years <= MaxPart
              && months <= MaxPart && weeks <= MaxPart && days <= MaxPart
              && (years + months + weeks + days) > 0)
{ }

IsoDuration IsoDuration::fromString(QStringView text, QString *errorMessage)
{
    const auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = why;
        return IsoDuration();
    };
    const QString original = text.trimmed().toString();
    const QString upper = original.toUpper();
    if (upper.isEmpty())
        return fail(tr("The duration is empty. Write it in ISO 8601 form, for example P4M (four "
                       "months) or P30D (thirty days)."));
    if (!upper.startsWith(u'P'))
        return fail(tr("\"%1\" is not an ISO 8601 duration: it must begin with P, for example P4M "
                       "or P30D.")
                        .arg(original));
    if (upper.contains(u'T'))
        return fail(tr("\"%1\" contains hours, minutes or seconds. Statutory time limits are "
                       "counted in whole days: use years (Y), months (M), weeks (W) or days (D).")
                        .arg(original));

    // Units in the order ISO 8601 requires; each may appear once.
    static const char16_t units[] = {u'Y', u'M', u'W', u'D'};
    int values[4] = {0, 0, 0, 0};
    int nextUnit = 0;
    qsizetype pos = 1;
    if (pos == upper.size())
        return fail(tr("\"%1\" has no length: add a number and a unit, for example P4M or P30D.")
                        .arg(original));
    while (pos < upper.size()) {
        const qsizetype numberStart = pos;
        while (pos < upper.size() && upper.at(pos) >= u'0' && upper.at(pos) <= u'9')
            ++pos;
        if (pos == numberStart || pos == upper.size())
            return fail(tr("\"%1\" is not an ISO 8601 duration: each part must be a whole number "
                           "followed by Y, M, W or D, for example P1Y2M.")
                            .arg(original));
        const QStringView digits = QStringView(upper).mid(numberStart, pos - numberStart);
        const QChar unit = upper.at(pos);
        ++pos;
        if (unit == u'.' || unit == u',')
            return fail(tr("\"%1\" has a fraction. Each part must be a whole number followed by "
                           "Y, M, W or D, for example P1Y2M.")
                            .arg(original));
        int index = -1;
        for (int i = 0; i < 4; ++i) {
            if (unit == QChar(units[i]))
                index = i;
        }
        if (index < 0)
            return fail(tr("\"%1\" uses the unit \"%2\". Only years (Y), months (M), weeks (W) and "
                           "days (D) are allowed.")
                            .arg(original, QString(unit)));
        if (index < nextUnit)
            return fail(
                tr("\"%1\" is not an ISO 8601 duration: the parts must appear once each, in "
                   "the order Y, M, W, D.")
                    .arg(original));
        nextUnit = index + 1;
        bool ok = false;
        const int value = digits.size() <= 9 ? digits.toInt(&ok) : 0;
        if (!ok || value > MaxPart)
            return fail(tr("\"%1\" is too long a duration: each part may be at most %2.")
                            .arg(original)
                            .arg(MaxPart));
        values[index] = value;
    }
    IsoDuration result(values[0], values[1], values[2], values[3]);
    if (!result.isValid())
        return fail(tr("\"%1\" is a duration of zero. A time limit must be at least one day.")
                        .arg(original));
    if (errorMessage)
        errorMessage->clear();
    return result;
}

QString IsoDuration::toString() const
{
    if (!m_valid)
        return {};
    QString text = u"P"_s;
    if (m_years)
        text += QString::number(m_years) + u'Y';
    if (m_months)
        text += QString::number(m_months) + u'M';
    if (m_weeks)
        text += QString::number(m_weeks) + u'W';
    if (m_days)
        text += QString::number(m_days) + u'D';
    return text;
}

} // namespace lvdesk
