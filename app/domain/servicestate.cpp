// SPDX-License-Identifier: EUPL-1.2

#include "domain/servicestate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    ServiceState state;
    QLatin1StringView name;
    const char *displayName;
};
constexpr Entry kEntries[] = {
    {ServiceState::Received, "received"_L1, QT_TRANSLATE_NOOP("ServiceState", "Received")},
    {ServiceState::InProcessing, "inProcessing"_L1,
     QT_TRANSLATE_NOOP("ServiceState", "In processing")},
    {ServiceState::SupplementRequested, "supplementRequested"_L1,
     QT_TRANSLATE_NOOP("ServiceState", "Supplement requested")},
    {ServiceState::Decided, "decided"_L1, QT_TRANSLATE_NOOP("ServiceState", "Decided")},
    {ServiceState::Closed, "closed"_L1, QT_TRANSLATE_NOOP("ServiceState", "Closed")},
    {ServiceState::TransferredElsewhere, "transferredElsewhere"_L1,
     QT_TRANSLATE_NOOP("ServiceState", "Transferred to another authority")},
};
} // namespace

QString toString(ServiceState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QString(e.name);
    }
    return {};
}

std::optional<ServiceState> serviceStateFromString(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return e.state;
    }
    return std::nullopt;
}

QString displayName(ServiceState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QCoreApplication::translate("ServiceState", e.displayName);
    }
    return {};
}

} // namespace lvdesk
