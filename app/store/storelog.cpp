// SPDX-License-Identifier: EUPL-1.2

#include "storelog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcStore, "lvdesk.store", QtInfoMsg)
} // namespace lvdesk
