// SPDX-License-Identifier: EUPL-1.2

#include "workflow/casetransitions.h"

namespace lvdesk {

namespace {

using Action = CaseTransitions::Action;

// Resolved cases (decided, closed, withdrawn, transferred elsewhere) take no new work; a closed
// case takes nothing at all.
bool isActive(CaseState s)
{
    return s == CaseState::InReview || s == CaseState::Approved || s == CaseState::Registered
           || s == CaseState::SupplementRequested || s == CaseState::InProcessing;
}

bool isRegistered(CaseState s)
{
    return s == CaseState::Registered || s == CaseState::SupplementRequested
           || s == CaseState::InProcessing;
}

} // namespace

QList<CaseTransitions::Action> CaseTransitions::allActions()
{
    return {Action::Take,        Action::Release,           Action::Review,
            Action::Approve,     Action::RequestSupplement, Action::SendMessage,
            Action::SetReceived, Action::SetInProcessing,   Action::SetDecided,
            Action::SetClosed,   Action::TransferElsewhere};
}

QList<CaseState> CaseTransitions::allStates()
{
    return {CaseState::New,
            CaseState::InReview,
            CaseState::Approved,
            CaseState::Registered,
            CaseState::SupplementRequested,
            CaseState::InProcessing,
            CaseState::Decided,
            CaseState::Closed,
            CaseState::TransferredElsewhere,
            CaseState::Withdrawn};
}

bool CaseTransitions::allows(Action action, CaseState s)
{
    switch (action) {
    case Action::Take:
        return s != CaseState::Closed;
    case Action::Release:
        return true;
    case Action::Review:
        return isActive(s);
    case Action::Approve:
        return s == CaseState::New || s == CaseState::InReview || s == CaseState::Approved;
    case Action::RequestSupplement:
        return isRegistered(s);
    case Action::SendMessage:
        return isActive(s) || s == CaseState::Decided;
    case Action::SetReceived:
        // Tells the customer the authority has the case before it is registered.
        return s == CaseState::InReview || s == CaseState::Approved;
    case Action::SetInProcessing:
        return s == CaseState::Registered || s == CaseState::SupplementRequested;
    case Action::SetDecided:
        return isRegistered(s);
    case Action::SetClosed:
        // A case may be closed without a decision (a notification needs none); after a withdrawal
        // or a transfer elsewhere, closing is the only step left (the service allows only it).
        return s == CaseState::Registered || s == CaseState::InProcessing || s == CaseState::Decided
               || s == CaseState::Withdrawn || s == CaseState::TransferredElsewhere;
    case Action::TransferElsewhere:
        return isActive(s);
    }
    return false;
}

std::optional<CaseState> CaseTransitions::target(Action action, CaseState s)
{
    if (!allows(action, s))
        return std::nullopt;
    switch (action) {
    case Action::Take:
        return s == CaseState::New ? CaseState::InReview : s;
    case Action::Release:
    case Action::Review:
    case Action::SendMessage:
    case Action::SetReceived:
        return s;
    case Action::Approve:
        return CaseState::Registered;
    case Action::RequestSupplement:
        return CaseState::SupplementRequested;
    case Action::SetInProcessing:
        return CaseState::InProcessing;
    case Action::SetDecided:
        return CaseState::Decided;
    case Action::SetClosed:
        return CaseState::Closed;
    case Action::TransferElsewhere:
        return CaseState::TransferredElsewhere;
    }
    return std::nullopt;
}

QString CaseTransitions::refusal(Action action, CaseState s)
{
    if (allows(action, s))
        return {};
    if (s == CaseState::Closed)
        return tr("The case is closed; nothing more can be done to it.");
    if (s == CaseState::Withdrawn)
        return tr("The customer has withdrawn the case; it can only be closed.");
    if (s == CaseState::TransferredElsewhere)
        return tr("The case was transferred to another authority; it can only be closed.");
    switch (action) {
    case Action::Approve:
        return tr("Only a new case or a case in review can be approved; this case is %1.")
            .arg(lvdesk::displayName(s));
    case Action::RequestSupplement:
    case Action::SetDecided:
        return tr("%1 needs a registered case; this case is %2.")
            .arg(displayName(action), lvdesk::displayName(s));
    default:
        return tr("%1 is not possible while the case is %2.")
            .arg(displayName(action), lvdesk::displayName(s));
    }
}

QString CaseTransitions::displayName(Action action)
{
    switch (action) {
    case Action::Take:
        return tr("Taking the case");
    case Action::Release:
        return tr("Releasing the case");
    case Action::Review:
        return tr("Reviewing a section");
    case Action::Approve:
        return tr("Approving the transfer");
    case Action::RequestSupplement:
        return tr("Requesting a supplement");
    case Action::SendMessage:
        return tr("Sending a message");
    case Action::SetReceived:
        return tr("Setting the status received");
    case Action::SetInProcessing:
        return tr("Setting the status in processing");
    case Action::SetDecided:
        return tr("Setting the status decided");
    case Action::SetClosed:
        return tr("Closing the case");
    case Action::TransferElsewhere:
        return tr("Transferring the case to another authority");
    }
    return {};
}

} // namespace lvdesk
