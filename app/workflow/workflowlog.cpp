// SPDX-License-Identifier: EUPL-1.2

#include "workflowlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcWorkflow, "lvdesk.workflow", QtInfoMsg)
} // namespace lvdesk
