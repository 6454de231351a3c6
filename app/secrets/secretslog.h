// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QLoggingCategory>

namespace lvdesk {
// Logging category of the secrets module. Never logs a secret, only keys and outcomes.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
} // namespace lvdesk
