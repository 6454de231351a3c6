// SPDX-License-Identifier: EUPL-1.2

#pragma once

namespace lvdesk {

// Logging: sets the message format and which lvdesk categories speak. Every module has its own
// category (lvdesk.lv, lvdesk.sync, ...); messages never carry customer data or secrets.
namespace Logging {
// verbose turns on debug output of every lvdesk category.
void setup(bool verbose);
} // namespace Logging

} // namespace lvdesk
