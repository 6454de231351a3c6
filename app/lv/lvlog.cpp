// SPDX-License-Identifier: EUPL-1.2

#include "lvlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcLv, "lvdesk.lv", QtInfoMsg)
} // namespace lvdesk
