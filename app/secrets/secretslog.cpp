#include "secretslog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcSecrets, "lvdesk.secrets", QtInfoMsg)
} // namespace lvdesk
