// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lvdesk {

// Transfer status of one received action, from the service to lvdesk. The names are the storage
// names.
enum class InboundState {
    Discovered, // "discovered": seen in the feed
    Downloading, // "downloading": data or attachments being fetched
    Received, // "received": stored, all attachments verified
    Acknowledged, // "acknowledged": the service was told (POST /actions/ack)
};

QString toString(InboundState state);
std::optional<InboundState> inboundStateFromString(QStringView name);
QString displayName(InboundState state); // translated, for the officer

} // namespace lvdesk
