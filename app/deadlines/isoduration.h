// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace lvdesk {

// A period of whole years, months, weeks and days written as an ISO 8601 duration ("P4M", "P30D",
// "P2W", "P1Y2M"), as the per-service settings give statutory processing times.
// Hours, minutes and seconds are refused: statutory time limits are counted in whole days.
class IsoDuration
{
    Q_DECLARE_TR_FUNCTIONS(IsoDuration)

public:
    IsoDuration() = default;
    // Valid when no part is negative and at least one is above zero.
    IsoDuration(int years, int months, int weeks, int days);

    // Parses "P[nY][nM][nW][nD]" (parts in this order, each at most once, whole numbers up to
    // MaxPart). Letters may be lower case; surrounding white space is ignored. On failure returns
    // an invalid duration and, when errorMessage is given, says why in words for IT support.
    static IsoDuration fromString(QStringView text, QString *errorMessage = nullptr);

    static constexpr int MaxPart = 99999;

    bool isValid() const { return m_valid; }
    int years() const { return m_years; }
    int months() const { return m_months; }
    int weeks() const { return m_weeks; }
    int days() const { return m_days; }

    // The canonical text, e.g. "P1Y2M"; empty for an invalid duration.
    QString toString() const;

    friend bool operator==(const IsoDuration &a, const IsoDuration &b)
    {
        return a.m_valid == b.m_valid && a.m_years == b.m_years && a.m_months == b.m_months
               && a.m_weeks == b.m_weeks && a.m_days == b.m_days;
    }
    friend bool operator!=(const IsoDuration &a, const IsoDuration &b) { return !(a == b); }

private:
    int m_years = 0;
    int m_months = 0;
    int m_weeks = 0;
    int m_days = 0;
    bool m_valid = false;
};

} // namespace lvdesk
