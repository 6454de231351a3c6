#include "transferlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcTransfer, "lvdesk.transfer", QtInfoMsg)
} // namespace lvdesk
