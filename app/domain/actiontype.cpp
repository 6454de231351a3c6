// SPDX-License-Identifier: EUPL-1.2

#include "domain/actiontype.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    ActionType::Kind kind;
    QLatin1StringView name;
};
constexpr Entry kEntries[] = {
    {ActionType::Application, "application"_L1},
    {ActionType::Notification, "notification"_L1},
    {ActionType::Registration, "registration"_L1},
    {ActionType::Plan, "plan"_L1},
    {ActionType::SupervisionRequest, "supervisionRequest"_L1},
    {ActionType::Supplement, "supplement"_L1},
    {ActionType::Message, "message"_L1},
    {ActionType::Withdrawal, "withdrawal"_L1},
};
} // namespace

ActionType::ActionType(Kind kind)
    : m_kind(kind)
{
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            m_name = QString(e.name);
    }
}

ActionType ActionType::fromString(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return ActionType(e.kind);
    }
    ActionType unknown;
    unknown.m_name = name;
    return unknown;
}

bool ActionType::isOpening() const
{
    switch (m_kind) {
    case Application:
    case Notification:
    case Registration:
    case Plan:
    case SupervisionRequest:
        return true;
    case Unknown:
    case Supplement:
    case Message:
    case Withdrawal:
        break;
    }
    return false;
}

QString ActionType::displayName() const
{
    switch (m_kind) {
    case Application:
        return tr("Application");
    case Notification:
        return tr("Notification");
    case Registration:
        return tr("Registration");
    case Plan:
        return tr("Plan");
    case SupervisionRequest:
        return tr("Supervision request");
    case Supplement:
        return tr("Supplement");
    case Message:
        return tr("Message");
    case Withdrawal:
        return tr("Withdrawal");
    case Unknown:
        break;
    }
    return m_name;
}

} // namespace lvdesk
