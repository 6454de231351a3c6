// SPDX-License-Identifier: EUPL-1.2

#include "deadlines/casedeadlines.h"

#include "deadlines/deadlinecalculator.h"
#include "deadlines/deadlineslog.h"
#include "deadlines/finnishholidays.h"
#include "deadlines/isoduration.h"

#include <QTimeZone>

#include <algorithm>

namespace lvdesk {

namespace {

QString supportedYearsText()
{
    return QString::number(FinnishHolidays::FirstSupportedYear) + QChar(u'-')
           + QString::number(FinnishHolidays::LastSupportedYear);
}

} // namespace

CaseDeadlineSummary CaseDeadlines::derive(const CaseDeadlineInput &input, QDate today)
{
    CaseDeadlineSummary summary;

    if (!input.statutoryProcessingTime.trimmed().isEmpty()) {
        QString parseError;
        const IsoDuration period
            = IsoDuration::fromString(input.statutoryProcessingTime, &parseError);
        if (!period.isValid()) {
            // The service code and the setting are configuration, not customer data.
            qCWarning(lcDeadlines)
                << "unusable statutory processing time for service" << input.serviceCode;
            summary.problems.append(
                tr("The statutory processing time of service %1 cannot be used: %2")
                    .arg(input.serviceCode, parseError));
        } else if (!input.submissionDate.isValid()) {
            summary.problems.append(tr("The case has no submission date, so its statutory "
                                       "processing time cannot be counted."));
        } else {
            const TimeLimit limit = DeadlineCalculator::after(input.submissionDate, period);
            if (!limit.isValid()) {
                summary.problems.append(
                    tr("The statutory processing time cannot be counted: %1").arg(limit.error));
            } else {
                CaseDeadline deadline;
                deadline.kind = CaseDeadline::Kind::StatutoryProcessingTime;
                deadline.source = input.serviceCode;
                deadline.baseDate = input.submissionDate;
                deadline.period = period.toString();
                deadline.dueDate = limit.end;
                deadline.moved = limit.isMoved();
                deadline.open = !input.resolved;
                summary.deadlines.append(deadline);
            }
        }
    }

    for (const CaseDeadlineInput::SupplementRequest &request : input.supplementRequests) {
        // Section 5 of the Act covers a fixed due date as well as a period's last day, so a due
        // date the officer set moves off a non-working day like any other.
        const TimeLimit limit = DeadlineCalculator::endingOn(request.dueDate);
        if (!limit.isValid()) {
            summary.problems.append(tr("The due date of supplement request %1 cannot be used: %2")
                                        .arg(request.messageId, limit.error));
            continue;
        }
        CaseDeadline deadline;
        deadline.kind = CaseDeadline::Kind::SupplementDue;
        deadline.source = request.messageId;
        deadline.baseDate = request.dueDate;
        deadline.dueDate = limit.end;
        deadline.moved = limit.isMoved();
        deadline.open = !request.answered && !input.resolved;
        summary.deadlines.append(deadline);
    }

    for (const CaseDeadlineInput::CustomerDate &given : input.customerDates) {
        if (!FinnishHolidays::isSupportedDate(given.date)) {
            summary.problems.append(tr("The date in form field %1 is missing or outside the years "
                                       "%2 that lvdesk can count.")
                                        .arg(given.fieldId, supportedYearsText()));
            continue;
        }
        const bool isEvent = given.role == CaseDeadlineInput::CustomerDate::Role::EventDate;
        // An event date must be decided before it, so the last day is the day before. A customer's
        // date is not a time limit the Act extends: moving it forward could pass the event, so a
        // last day that is not a working day moves back to the working day before it.
        const QDate lastDay = isEvent ? given.date.addDays(-1) : given.date;
        const QDate due = DeadlineCalculator::previousWorkingDay(lastDay);
        if (!due.isValid()) {
            summary.problems.append(tr("The date in form field %1 is missing or outside the years "
                                       "%2 that lvdesk can count.")
                                        .arg(given.fieldId, supportedYearsText()));
            continue;
        }
        CaseDeadline deadline;
        deadline.kind = isEvent ? CaseDeadline::Kind::EventDate : CaseDeadline::Kind::RequestedDate;
        deadline.source = given.fieldId;
        deadline.baseDate = given.date;
        deadline.dueDate = due;
        deadline.moved = due != lastDay;
        deadline.open = !input.resolved;
        summary.deadlines.append(deadline);
    }

    // By due date; on the same day the order of the kinds above, then by source, so that the
    // result does not depend on the order of the input.
    std::stable_sort(summary.deadlines.begin(), summary.deadlines.end(),
                     [](const CaseDeadline &a, const CaseDeadline &b) {
                         if (a.dueDate != b.dueDate)
                             return a.dueDate < b.dueDate;
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return a.source < b.source;
                     });

    for (const CaseDeadline &deadline : std::as_const(summary.deadlines)) {
        if (deadline.open) {
            summary.caseDeadline = deadline;
            summary.status = statusOf(deadline.dueDate, today);
            break;
        }
    }
    return summary;
}

DeadlineStatus CaseDeadlines::statusOf(QDate dueDate, QDate today)
{
    DeadlineStatus status;
    if (!dueDate.isValid() || !today.isValid())
        return status;
    const std::optional<int> workingDays = DeadlineCalculator::workingDaysBetween(today, dueDate);
    if (!workingDays)
        return status;
    status.valid = true;
    status.calendarDaysLeft = int(today.daysTo(dueDate));
    status.workingDaysLeft = *workingDays;
    if (status.calendarDaysLeft < 0)
        status.urgency = DeadlineStatus::Urgency::Overdue;
    else if (status.calendarDaysLeft <= DeadlineStatus::DueSoonDays)
        status.urgency = DeadlineStatus::Urgency::DueSoon;
    else
        status.urgency = DeadlineStatus::Urgency::Later;
    return status;
}

QDate CaseDeadlines::submissionDay(const QDateTime &submittedAt)
{
    if (!submittedAt.isValid())
        return {};
    const QTimeZone finland(QByteArrayLiteral("Europe/Helsinki"));
    if (!finland.isValid()) {
        // Without time zone data the workstation's own zone is the best remaining guess.
        qCWarning(lcDeadlines) << "time zone Europe/Helsinki unavailable; using local time";
        return submittedAt.toLocalTime().date();
    }
    return submittedAt.toTimeZone(finland).date();
}

QString CaseDeadlines::kindName(CaseDeadline::Kind kind)
{
    switch (kind) {
    case CaseDeadline::Kind::StatutoryProcessingTime:
        return tr("Statutory processing time");
    case CaseDeadline::Kind::SupplementDue:
        return tr("Supplement due");
    case CaseDeadline::Kind::EventDate:
        return tr("Event date");
    case CaseDeadline::Kind::RequestedDate:
        return tr("Requested decision date");
    }
    return {};
}

QString CaseDeadlines::urgencyName(DeadlineStatus::Urgency urgency)
{
    switch (urgency) {
    case DeadlineStatus::Urgency::Overdue:
        return tr("Overdue");
    case DeadlineStatus::Urgency::DueSoon:
        return tr("Due within 7 days");
    case DeadlineStatus::Urgency::Later:
        return tr("Later");
    }
    return {};
}

} // namespace lvdesk
