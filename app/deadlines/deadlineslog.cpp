#include "deadlineslog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcDeadlines, "lvdesk.deadlines", QtInfoMsg)
} // namespace lvdesk
