// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QLoggingCategory>

namespace lvdesk {
// Logging category of the user interface. Messages carry no customer data.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace lvdesk
