// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QString>

namespace lvdesk {

// One deadline of a case, with where it came from and whether it is still open.
struct CaseDeadline
{
    enum class Kind {
        StatutoryProcessingTime, // the service's processing time counted from submission
        SupplementDue, // the due date of a supplement request
        EventDate, // the day before a date the customer gave (deadlineRole eventDate)
        RequestedDate, // a date by which the customer asked for a decision (deadlineRole
                       // requestedBy)
    };

    Kind kind = Kind::StatutoryProcessingTime;
    // Where it came from: the service code, the supplement request's message id or the form
    // field id. An identifier, never customer text.
    QString source;
    QDate baseDate; // submission day, the due date as set, or the customer's date
    QString period; // the counted duration ("P4M") for the statutory processing time, else empty
    QDate dueDate; // the last day to act, after any move
    bool moved = false; // dueDate differs from the day counting alone gives
    bool open = true; // still to be met

    friend bool operator==(const CaseDeadline &a, const CaseDeadline &b)
    {
        return a.kind == b.kind && a.source == b.source && a.baseDate == b.baseDate
               && a.period == b.period && a.dueDate == b.dueDate && a.moved == b.moved
               && a.open == b.open;
    }
    friend bool operator!=(const CaseDeadline &a, const CaseDeadline &b) { return !(a == b); }
};

} // namespace lvdesk
