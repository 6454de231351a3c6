// SPDX-License-Identifier: EUPL-1.2

#include "uilog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcUi, "lvdesk.ui", QtInfoMsg)
} // namespace lvdesk
