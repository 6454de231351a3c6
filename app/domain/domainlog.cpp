#include "domainlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcDomain, "lvdesk.domain", QtInfoMsg)
} // namespace lvdesk
