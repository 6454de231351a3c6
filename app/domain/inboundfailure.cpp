// SPDX-License-Identifier: EUPL-1.2

#include "domain/inboundfailure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

struct ReasonEntry
{
    InboundFailure::Reason reason;
    QLatin1StringView name;
    const char *description;
};
constexpr ReasonEntry kReasons[] = {
    {InboundFailure::Reason::Transient, "transient"_L1,
     QT_TRANSLATE_NOOP("InboundFailure",
                       "The action could not be fetched because the network or the service "
                       "failed. lvdesk tries again by itself.")},
    {InboundFailure::Reason::Undecodable, "undecodable"_L1,
     QT_TRANSLATE_NOOP("InboundFailure",
                       "The service's answer for this action could not be read at all, however "
                       "often lvdesk asked. IT support can look at the answer kept with it.")},
    {InboundFailure::Reason::Refused, "refused"_L1,
     QT_TRANSLATE_NOOP("InboundFailure",
                       "The service listed this action but refused to deliver it. Retry later, "
                       "or handle it in the service's own pages.")},
    {InboundFailure::Reason::Unidentified, "unidentified"_L1,
     QT_TRANSLATE_NOOP("InboundFailure",
                       "The service listed an action without an id, so lvdesk cannot fetch it. "
                       "Handle it in the service's own pages; IT support can look at the entry "
                       "kept with it.")},
    {InboundFailure::Reason::Storage, "storage"_L1,
     QT_TRANSLATE_NOOP("InboundFailure",
                       "The action could not be stored on this workstation (disk space or the "
                       "database). lvdesk tries again by itself.")},
};

struct StateEntry
{
    InboundFailure::State state;
    QLatin1StringView name;
    const char *displayName;
};
constexpr StateEntry kStates[] = {
    {InboundFailure::State::Retrying, "retrying"_L1,
     QT_TRANSLATE_NOOP("InboundFailure", "Retrying")},
    {InboundFailure::State::Failed, "failed"_L1,
     QT_TRANSLATE_NOOP("InboundFailure", "Needs the officer")},
    {InboundFailure::State::RetryRequested, "retryRequested"_L1,
     QT_TRANSLATE_NOOP("InboundFailure", "Retry at the next sync")},
    {InboundFailure::State::Handled, "handled"_L1,
     QT_TRANSLATE_NOOP("InboundFailure", "Handled outside lvdesk")},
};

} // namespace

QString toString(InboundFailure::Reason reason)
{
    for (const ReasonEntry &e : kReasons) {
        if (e.reason == reason)
            return QString(e.name);
    }
    return {};
}

QString toString(InboundFailure::State state)
{
    for (const StateEntry &e : kStates) {
        if (e.state == state)
            return QString(e.name);
    }
    return {};
}

std::optional<InboundFailure::Reason> inboundFailureReasonFromString(QStringView name)
{
    for (const ReasonEntry &e : kReasons) {
        if (name == e.name)
            return e.reason;
    }
    return std::nullopt;
}

std::optional<InboundFailure::State> inboundFailureStateFromString(QStringView name)
{
    for (const StateEntry &e : kStates) {
        if (name == e.name)
            return e.state;
    }
    return std::nullopt;
}

QString describe(InboundFailure::Reason reason)
{
    for (const ReasonEntry &e : kReasons) {
        if (e.reason == reason)
            return QCoreApplication::translate("InboundFailure", e.description);
    }
    return {};
}

QString displayName(InboundFailure::State state)
{
    for (const StateEntry &e : kStates) {
        if (e.state == state)
            return QCoreApplication::translate("InboundFailure", e.displayName);
    }
    return {};
}

} // namespace lvdesk
