// SPDX-License-Identifier: EUPL-1.2

#pragma once

namespace lvdesk {

// How far a deadline is from "today": days left in calendar and working days, and the urgency the
// interface shows (overdue, due within a week, later).
struct DeadlineStatus
{
    enum class Urgency {
        Overdue, // the last day has passed
        DueSoon, // the last day is today or within the next DueSoonDays days
        Later,
    };
    static constexpr int DueSoonDays = 7;

    bool valid = false;
    // Calendar days from today to the due date: 0 = due today, negative = overdue by that many.
    int calendarDaysLeft = 0;
    // Working days after today up to and including the due date; when overdue, minus the working
    // days after the due date up to and including today.
    int workingDaysLeft = 0;
    Urgency urgency = Urgency::Later;
};

} // namespace lvdesk
