// SPDX-License-Identifier: EUPL-1.2

#include "processhardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace lvdesk {

bool ProcessHardening::disableCoreDumps()
{
    bool ok = true;
#ifdef Q_OS_UNIX
    const struct rlimit none = {0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#ifdef Q_OS_LINUX
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    // Windows writes no dump unless Windows Error Reporting's LocalDumps is configured for
    // lvdesk.exe, which the installer does not do (docs/security.md).
    return ok;
}

} // namespace lvdesk
