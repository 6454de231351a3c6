// SPDX-License-Identifier: EUPL-1.2

#include "logging.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace lvdesk::Logging {

void setup(bool verbose)
{
    qSetMessagePattern(u"%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-category}%{category} %{endif}"
                       "%{type}: %{message}"_s);
    if (verbose)
        QLoggingCategory::setFilterRules(u"lvdesk.*.debug=true"_s);
}

} // namespace lvdesk::Logging
