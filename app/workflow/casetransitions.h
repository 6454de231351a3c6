// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/casestate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lvdesk {

// CaseTransitions: the table of which officer action is allowed in which case state, and the state
// it leads to. One place, so that the previews, the writer jobs, the documentation and the tests
// all agree (docs/workflow.md shows the same table).
class CaseTransitions
{
    Q_DECLARE_TR_FUNCTIONS(CaseTransitions)

public:
    enum class Action {
        Take,
        Release,
        Review,
        Approve,
        RequestSupplement,
        SendMessage,
        SetReceived,
        SetInProcessing,
        SetDecided,
        SetClosed,
        TransferElsewhere,
    };

    static QList<Action> allActions();
    static QList<CaseState> allStates();

    static bool allows(Action action, CaseState state);
    // The case's state after the action, when it is allowed.
    static std::optional<CaseState> target(Action action, CaseState state);
    // Translated: why the action is not possible in this state.
    static QString refusal(Action action, CaseState state);
    // Translated name of the action, for messages.
    static QString displayName(Action action);
    // Whether the action needs the officer to hold the case (all but taking it).
    static bool needsHandler(Action action) { return action != Action::Take; }
};

} // namespace lvdesk
