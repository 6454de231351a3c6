// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lvdesk {

// Where a case is in the authority's own lifecycle (product brief: new → inReview → approved →
// registered → supplementRequested ⇄ inProcessing → decided → closed; side exits
// transferredElsewhere and withdrawn). The names are the storage names.
enum class CaseState {
    New, // "new"
    InReview, // "inReview"
    Approved, // "approved"
    Registered, // "registered"
    SupplementRequested, // "supplementRequested"
    InProcessing, // "inProcessing"
    Decided, // "decided"
    Closed, // "closed"
    TransferredElsewhere, // "transferredElsewhere"
    Withdrawn, // "withdrawn"
};

QString toString(CaseState state);
std::optional<CaseState> caseStateFromString(QStringView name);
QString displayName(CaseState state); // translated, for the officer

} // namespace lvdesk
