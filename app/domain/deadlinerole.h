// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// What a date field means for the case's deadlines (§2.2 `deadlineRole`). None when the field has
// no role; an unknown role is kept as Unknown with its raw wire string.
class DeadlineRole
{
public:
    enum Kind {
        None,
        Unknown,
        EventDate, // the matter must be decided before this date
        RequestedBy, // the customer asks for a decision by this date
    };

    DeadlineRole() = default;
    explicit DeadlineRole(Kind kind); // kind must not be Unknown (use fromString for that)

    // "" gives None, "eventDate"/"requestedBy" their kinds, anything else Unknown keeping `name`.
    static DeadlineRole fromString(const QString &name);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == None; }
    bool isUnknown() const { return m_kind == Unknown; }
    QString toString() const { return m_name; } // wire/storage name ("" for None)

    friend bool operator==(const DeadlineRole &a, const DeadlineRole &b)
    {
        return a.m_kind == b.m_kind && a.m_name == b.m_name;
    }
    friend bool operator!=(const DeadlineRole &a, const DeadlineRole &b) { return !(a == b); }

private:
    Kind m_kind = None;
    QString m_name;
};

} // namespace lvdesk
