// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "deadlines/casedeadline.h"
#include "deadlines/casedeadlineinput.h"
#include "deadlines/casedeadlinesummary.h"
#include "deadlines/deadlinestatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace lvdesk {

// Derives a case's deadlines from its submission, its service's statutory processing time, its
// supplement requests and the dates its customer gave, and picks the one that governs the case.
// "Today" is always a parameter, so the result is a pure function of the input.
class CaseDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlines)

public:
    static CaseDeadlineSummary derive(const CaseDeadlineInput &input, QDate today);

    // Days left and urgency of a due date seen from today.
    static DeadlineStatus statusOf(QDate dueDate, QDate today);

    // The day a time limit starts from: the submission instant's date in Finnish time, which is
    // what the Act counts in, whatever the workstation's own time zone.
    static QDate submissionDay(const QDateTime &submittedAt);

    // Names for the interface.
    static QString kindName(CaseDeadline::Kind kind);
    static QString urgencyName(DeadlineStatus::Urgency urgency);
};

} // namespace lvdesk
