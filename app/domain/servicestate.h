// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lvdesk {

// The state of a case as the service shows it to the customer; what PUT …/status sets (§2.5).
// The wire names are the storage names.
enum class ServiceState {
    Received, // "received" (vastaanotettu)
    InProcessing, // "inProcessing" (käsittelyssä)
    SupplementRequested, // "supplementRequested" (täydennettävänä)
    Decided, // "decided" (ratkaistu)
    Closed, // "closed" (käsitelty)
    TransferredElsewhere, // "transferredElsewhere" (siirretty toiselle viranomaiselle)
};

QString toString(ServiceState state);
std::optional<ServiceState> serviceStateFromString(QStringView name);
QString displayName(ServiceState state); // translated, for the officer

} // namespace lvdesk
