// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace lvdesk {

// A Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ: checks the date, the century sign
// (+ 1800s; - Y X W V U 1900s; A B C D E F 2000s, the extra signs in use since 2023), the
// individual number and the check character. Personal data: show and log only masked().
class PersonalIdentityCode
{
public:
    PersonalIdentityCode() = default;
    // Parses `code` exactly as written (upper-case letters, no spaces); invalid if anything is
    // wrong.
    static PersonalIdentityCode fromString(QStringView code);
    static bool isValidCode(QStringView code) { return fromString(code).isValid(); }
    // "120464-****" for any 11-character string, "****" for anything else (never reveals more).
    static QString mask(QStringView code);

    bool isValid() const { return !m_code.isEmpty(); }
    QString toString() const { return m_code; }
    QString masked() const { return mask(m_code); }
    QDate birthDate() const { return m_birthDate; }

    friend bool operator==(const PersonalIdentityCode &a, const PersonalIdentityCode &b)
    {
        return a.m_code == b.m_code;
    }
    friend bool operator!=(const PersonalIdentityCode &a, const PersonalIdentityCode &b)
    {
        return !(a == b);
    }

private:
    QString m_code;
    QDate m_birthDate;
};

} // namespace lvdesk
