// SPDX-License-Identifier: EUPL-1.2

#include "domain/inboundstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    InboundState state;
    QLatin1StringView name;
    const char *displayName;
};
constexpr Entry kEntries[] = {
    {InboundState::Discovered, "discovered"_L1, QT_TRANSLATE_NOOP("InboundState", "Discovered")},
    {InboundState::Downloading, "downloading"_L1, QT_TRANSLATE_NOOP("InboundState", "Downloading")},
    {InboundState::Received, "received"_L1, QT_TRANSLATE_NOOP("InboundState", "Received")},
    {InboundState::Acknowledged, "acknowledged"_L1,
     QT_TRANSLATE_NOOP("InboundState", "Acknowledged")},
};
} // namespace

QString toString(InboundState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QString(e.name);
    }
    return {};
}

std::optional<InboundState> inboundStateFromString(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return e.state;
    }
    return std::nullopt;
}

QString displayName(InboundState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QCoreApplication::translate("InboundState", e.displayName);
    }
    return {};
}

} // namespace lvdesk
