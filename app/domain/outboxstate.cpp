// SPDX-License-Identifier: EUPL-1.2

#include "domain/outboxstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    OutboxState state;
    QLatin1StringView name;
    const char *displayName;
};
constexpr Entry kEntries[] = {
    {OutboxState::Queued, "queued"_L1, QT_TRANSLATE_NOOP("OutboxState", "Queued")},
    {OutboxState::Sending, "sending"_L1, QT_TRANSLATE_NOOP("OutboxState", "Sending")},
    {OutboxState::Delivered, "delivered"_L1, QT_TRANSLATE_NOOP("OutboxState", "Delivered")},
    {OutboxState::Retrying, "retrying"_L1, QT_TRANSLATE_NOOP("OutboxState", "Retrying")},
    {OutboxState::Failed, "failed"_L1, QT_TRANSLATE_NOOP("OutboxState", "Failed")},
};
} // namespace

QString toString(OutboxState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QString(e.name);
    }
    return {};
}

std::optional<OutboxState> outboxStateFromString(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return e.state;
    }
    return std::nullopt;
}

QString displayName(OutboxState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QCoreApplication::translate("OutboxState", e.displayName);
    }
    return {};
}

} // namespace lvdesk
