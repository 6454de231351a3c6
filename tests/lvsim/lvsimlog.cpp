// SPDX-License-Identifier: EUPL-1.2

#include "lvsimlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcLvSim, "lvdesk.lvsim")
}
