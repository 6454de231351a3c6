// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace lvdesk {

// What CaseDeadlines needs to know about one case, in this module's own terms so that the module
// depends on nothing but QtCore. The caller fills it from the case, its events and the per-service
// settings.
struct CaseDeadlineInput
{
    // A supplement request the authority sent, with the due date it gave the customer.
    struct SupplementRequest
    {
        QString messageId; // identifies the request; shown as the deadline's source
        QDate dueDate;
        bool answered = false; // the customer's supplement has arrived
    };

    // A date the customer gave in the form, marked with a deadline role.
    struct CustomerDate
    {
        enum class Role {
            EventDate, // the matter must be decided before this day
            RequestedBy, // the customer asks for a decision by this day
        };
        QString fieldId; // the form field it came from; shown as the deadline's source
        QDate date;
        Role role = Role::EventDate;
    };

    QDate submissionDate; // the day (Finnish time) the case was submitted; see
                          // CaseDeadlines::submissionDay
    QString serviceCode; // shown as the source of the statutory processing time
    QString statutoryProcessingTime; // ISO 8601 duration from the service's settings; empty = none
    QList<SupplementRequest> supplementRequests;
    QList<CustomerDate> customerDates;
    // The case is decided, closed, withdrawn or transferred elsewhere: none of its deadlines is
    // open any more, an unanswered supplement request included. They are still listed.
    bool resolved = false;
};

} // namespace lvdesk
