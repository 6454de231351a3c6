// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QLoggingCategory>

namespace lvdesk {
// Logging category of the store module. Messages carry no customer data and no secrets.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace lvdesk
