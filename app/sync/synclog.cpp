// SPDX-License-Identifier: EUPL-1.2

#include "synclog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcSync, "lvdesk.sync", QtInfoMsg)
} // namespace lvdesk
