// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "deadlines/casedeadline.h"
#include "deadlines/deadlinestatus.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace lvdesk {

// Every deadline of one case, the one that governs it (the earliest open), and how far that is from
// the given "today".
struct CaseDeadlineSummary
{
    QList<CaseDeadline> deadlines; // all of them, open and met, by due date
    std::optional<CaseDeadline> caseDeadline; // the earliest open one, if any
    DeadlineStatus status; // of caseDeadline; not valid when there is none
    // Sources that could not be counted (a malformed duration in the settings, a date outside the
    // supported years), in words for officers and IT support.
    QStringList problems;
};

} // namespace lvdesk
