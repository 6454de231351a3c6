// SPDX-License-Identifier: EUPL-1.2

#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lvdesk {

std::chrono::milliseconds RetryPolicy::ceiling(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double value = double(base.count()) * double(qint64(1) << exponent);
    return std::chrono::milliseconds(qint64(std::min(value, double(cap.count()))));
}

std::chrono::milliseconds RetryPolicy::delay(int attempt,
                                             std::optional<std::chrono::seconds> retryAfter) const
{
    const qint64 top = ceiling(attempt).count();
    const qint64 half = top / 2;
    const qint64 jitter
        = top - half > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(top - half + 1))) : 0;
    std::chrono::milliseconds result(half + jitter);
    if (retryAfter) {
        const auto server = std::chrono::duration_cast<std::chrono::milliseconds>(*retryAfter);
        result = std::max(result, server);
    }
    return result;
}

QDateTime RetryPolicy::nextAttempt(const QDateTime &now, int attempt,
                                   std::optional<std::chrono::seconds> retryAfter) const
{
    return now.addMSecs(delay(attempt, retryAfter).count());
}

bool RetryPolicy::stopsSync(const LvError &error)
{
    switch (error.kind()) {
    case LvError::Kind::Tls:
    case LvError::Kind::XRoadClient:
    case LvError::Kind::Configuration:
    case LvError::Kind::Redirect:
        return true;
    case LvError::Kind::Service:
        return error.httpStatus() == 401 || error.httpStatus() == 403;
    default:
        return false;
    }
}

bool RetryPolicy::isServiceWide(const LvError &error)
{
    switch (error.kind()) {
    case LvError::Kind::Network:
    case LvError::Kind::XRoadServer:
        return true;
    case LvError::Kind::Service:
        return error.httpStatus() == 429 || error.httpStatus() == 502 || error.httpStatus() == 503
               || error.httpStatus() == 504;
    default:
        return false;
    }
}

} // namespace lvdesk
