// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QLoggingCategory>

namespace lvdesk {
// Logging of the simulator: request lines with --verbose, start-up problems. No form content.
Q_DECLARE_LOGGING_CATEGORY(lcLvSim)
} // namespace lvdesk
