// SPDX-License-Identifier: EUPL-1.2

#include "domain/exportstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    ExportState state;
    QLatin1StringView name;
    const char *displayName;
};
constexpr Entry kEntries[] = {
    {ExportState::Pending, "pending"_L1, QT_TRANSLATE_NOOP("ExportState", "Pending")},
    {ExportState::Exporting, "exporting"_L1, QT_TRANSLATE_NOOP("ExportState", "Exporting")},
    {ExportState::Exported, "exported"_L1, QT_TRANSLATE_NOOP("ExportState", "Exported")},
    {ExportState::Failed, "failed"_L1, QT_TRANSLATE_NOOP("ExportState", "Failed")},
};
} // namespace

QString toString(ExportState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QString(e.name);
    }
    return {};
}

std::optional<ExportState> exportStateFromString(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return e.state;
    }
    return std::nullopt;
}

QString displayName(ExportState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QCoreApplication::translate("ExportState", e.displayName);
    }
    return {};
}

} // namespace lvdesk
