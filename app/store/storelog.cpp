#include "storelog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcStore, "lvdesk.store", QtInfoMsg)
} // namespace lvdesk
