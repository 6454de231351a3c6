// SPDX-License-Identifier: EUPL-1.2

#pragma once

namespace lvdesk {

// ProcessHardening: what a release build does first in main(): no core dump of lvdesk is written,
// because its memory holds customer data (henkilötunnus, case contents) and, briefly, secrets from
// the keychain; on Linux the process is also made non-dumpable, so other processes of the same
// user cannot attach a debugger and read it (tst_processhardening; docs/security.md).
class ProcessHardening
{
public:
    // Answers whether both took effect.
    static bool disableCoreDumps();
};

} // namespace lvdesk
