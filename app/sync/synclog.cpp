#include "synclog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcSync, "lvdesk.sync", QtInfoMsg)
} // namespace lvdesk
