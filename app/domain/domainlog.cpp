// SPDX-License-Identifier: EUPL-1.2

#include "domainlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcDomain, "lvdesk.domain", QtInfoMsg)
} // namespace lvdesk
