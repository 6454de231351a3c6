// SPDX-License-Identifier: EUPL-1.2

#include "deadlineslog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcDeadlines, "lvdesk.deadlines", QtInfoMsg)
} // namespace lvdesk
