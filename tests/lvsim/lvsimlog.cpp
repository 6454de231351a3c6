#include "lvsimlog.h"

namespace lvdesk {
Q_LOGGING_CATEGORY(lcLvSim, "lvdesk.lvsim")
}
