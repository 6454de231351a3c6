// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// The kind of one action in the feed (§2.1 of the interface contract). A value the contract does
// not know is kept as Unknown together with its raw wire string, so that it can be stored and
// shown.
class ActionType
{
    Q_DECLARE_TR_FUNCTIONS(ActionType)
public:
    enum Kind {
        Unknown,
        Application,
        Notification,
        Registration,
        Plan,
        SupervisionRequest,
        Supplement,
        Message,
        Withdrawal,
    };

    ActionType() = default;
    explicit ActionType(Kind kind); // kind must not be Unknown (use fromString for that)

    // Maps a wire name ("application", …) to its kind; anything else gives Unknown keeping `name`.
    static ActionType fromString(const QString &name);

    Kind kind() const { return m_kind; }
    bool isUnknown() const { return m_kind == Unknown; }
    // The wire/storage name: the contract's name for a known kind, the raw string for Unknown.
    QString toString() const { return m_name; }
    // True for the actions that open a case (application, notification, registration, plan,
    // supervision request); later actions of the same project part refer to the case they opened.
    bool isOpening() const;
    // A translated name for the officer; an unknown type is shown as its raw wire string.
    QString displayName() const;

    friend bool operator==(const ActionType &a, const ActionType &b)
    {
        return a.m_kind == b.m_kind && a.m_name == b.m_name;
    }
    friend bool operator!=(const ActionType &a, const ActionType &b) { return !(a == b); }

private:
    Kind m_kind = Unknown;
    QString m_name;
};

} // namespace lvdesk
