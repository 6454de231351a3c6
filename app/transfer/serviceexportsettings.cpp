// SPDX-License-Identifier: EUPL-1.2

#include "serviceexportsettings.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

QStringList ServiceExportSettings::statusOnDiaryNumberNames()
{
    return {u"none"_s, u"received"_s, u"inProcessing"_s};
}

} // namespace lvdesk
