// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// AppInfo: the application's identity, in one place for the executable, settings, packaging and
// the User-Agent header.
namespace AppInfo {
inline constexpr char version[] = LVDESK_VERSION;
QString applicationName(); // "lvdesk"
QString organizationName(); // settings folder name
QString desktopFileName(); // reverse-DNS id of the .desktop entry and AppStream metainfo
// Sets name, version, organisation and desktop file name on the running application.
void apply();
} // namespace AppInfo

} // namespace lvdesk
