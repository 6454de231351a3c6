// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lvdesk {

// Transfer status of one write back to the service (an outbox row). The names are the storage
// names.
enum class OutboxState {
    Queued, // "queued"
    Sending, // "sending"
    Delivered, // "delivered": the service answered 2xx
    Retrying, // "retrying": a retryable failure, attempt n, next try at T
    Failed, // "failed": permanent, needs the officer
};

QString toString(OutboxState state);
std::optional<OutboxState> outboxStateFromString(QStringView name);
QString displayName(OutboxState state); // translated, for the officer

} // namespace lvdesk
