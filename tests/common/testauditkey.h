// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>

namespace lvdesk {

// TestAuditKey: the key the tests' stores sign their audit trail with, as the keychain of a
// workstation holds it (the Workspace reads or makes it there; tests that build a StoreConfig by
// hand set it themselves).
class TestAuditKey
{
public:
    static QByteArray key() { return QByteArrayLiteral("lvdesk test audit key, 32 bytes!"); }
};

} // namespace lvdesk
