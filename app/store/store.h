// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// Store: what the application does once at start-up before any thread touches the store: open it
// with the integrity check, refuse a damaged or newer database (or a shared one whose TLS does not
// verify) with a clear message, and migrate an older one. Afterwards the StoreWriter writes and
// each reader opens its own connection.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    struct Status
    {
        bool ok = false;
        int fromVersion = 0;
        int version = 0;
        QString error; // translated, for the officer and IT support
    };

    static Status prepare(const StoreConfig &config);
};

} // namespace lvdesk
