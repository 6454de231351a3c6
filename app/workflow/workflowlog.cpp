#include "workflowlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcWorkflow, "lvdesk.workflow", QtInfoMsg)
} // namespace lvdesk
