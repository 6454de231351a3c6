// SPDX-License-Identifier: EUPL-1.2

#include "secretslog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcSecrets, "lvdesk.secrets", QtInfoMsg)
} // namespace lvdesk
