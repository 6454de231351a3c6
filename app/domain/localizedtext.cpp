// SPDX-License-Identifier: EUPL-1.2

#include "domain/localizedtext.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

QString LocalizedText::text(QStringView language) const
{
    if (language == u"fi" && !fi.isEmpty())
        return fi;
    if (language == u"sv" && !sv.isEmpty())
        return sv;
    if (language == u"en" && !en.isEmpty())
        return en;
    if (!fi.isEmpty())
        return fi;
    if (!sv.isEmpty())
        return sv;
    return en;
}

} // namespace lvdesk
