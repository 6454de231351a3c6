// SPDX-License-Identifier: EUPL-1.2

#include "transferlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcTransfer, "lvdesk.transfer", QtInfoMsg)
} // namespace lvdesk
