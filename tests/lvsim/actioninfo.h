// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDateTime>
#include <QString>

namespace lvdesk {

// One project part action as the simulator knows it: which generated case it belongs to, its
// place among the case's actions, its version and time, and any choices made through the admin
// endpoint. Enough for CaseGenerator to produce its JSON again at any time.
struct ActionInfo
{
    enum class Kind : quint8 {
        Opening,
        Supplement,
        Message,
        Withdrawal,
        Version // not an action of its own: a corrected version of an earlier one
    };

    // Choices an admin submission may fix instead of the generator.
    struct Overrides
    {
        QString serviceCode;
        QString actionType;
        QString language;
        QString customerKind;
        QString text;
        int attachments = -1;
        bool foreign = false; // belongs to another authority: reading it is 401
        bool submitted = false; // added through the admin endpoint: --hostile leaves it alone
    };

    quint32 caseIndex = 0;
    quint16 actionNo = 0;
    Kind kind = Kind::Opening;
    int version = 1;
    QDateTime submittedAt;
    Overrides caseOverrides;
    Overrides actionOverrides;
};

} // namespace lvdesk
