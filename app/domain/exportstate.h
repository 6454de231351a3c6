// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lvdesk {

// Transfer status of one case towards the case register. The names are the storage names.
enum class ExportState {
    Pending, // "pending"
    Exporting, // "exporting"
    Exported, // "exported"
    Failed, // "failed" (reason, attempts and next try are kept beside it)
};

QString toString(ExportState state);
std::optional<ExportState> exportStateFromString(QStringView name);
QString displayName(ExportState state); // translated, for the officer

} // namespace lvdesk
