// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QLoggingCategory>

namespace lvdesk {
// Logging category of the workflow module. Messages carry no customer data and no secrets.
Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)
} // namespace lvdesk
