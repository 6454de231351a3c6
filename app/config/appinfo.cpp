// SPDX-License-Identifier: EUPL-1.2

#include "appinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk::AppInfo {

QString applicationName()
{
    return u"lvdesk"_s;
}

QString organizationName()
{
    return u"lvdesk"_s;
}

QString desktopFileName()
{
    return u"fi.lvdesk.lvdesk"_s;
}

void apply()
{
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationVersion(QString::fromLatin1(version));
}

} // namespace lvdesk::AppInfo
