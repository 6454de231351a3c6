// SPDX-License-Identifier: EUPL-1.2

#pragma once

// RetryPolicy: when to try a failed request again (contract §3): capped exponential backoff with
// jitter, never sooner than the server's Retry-After. Pure arithmetic, so that the rules are
// tested without a network and the same numbers are persisted for items and the outbox.

#include "lv/lverror.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace lvdesk {

class RetryPolicy
{
public:
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{std::chrono::minutes(30)};

    // Delay before attempt number `attempt + 1`, after `attempt` failed attempts (attempt >= 1):
    // base * 2^(attempt-1), capped, of which the upper half is random ("equal jitter"), so that
    // many workstations do not retry in step; never less than retryAfter.
    std::chrono::milliseconds delay(int attempt,
                                    std::optional<std::chrono::seconds> retryAfter = {}) const;
    // The delay without jitter (the largest value delay() can answer before Retry-After).
    std::chrono::milliseconds ceiling(int attempt) const;
    QDateTime nextAttempt(const QDateTime &now, int attempt,
                          std::optional<std::chrono::seconds> retryAfter = {}) const;

    // Whether a failure means the whole sync has to stop at once (one clear error, not one per
    // item): our configuration, certificates or credentials are wrong, which no retry can fix.
    static bool stopsSync(const LvError &error);
    // Whether a failure concerns the service or the network as a whole (after the retries of one
    // request are used up, the sync stops instead of trying every other item the same way).
    static bool isServiceWide(const LvError &error);
};

} // namespace lvdesk
