// SPDX-License-Identifier: EUPL-1.2

#include "domain/casestate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    CaseState state;
    QLatin1StringView name;
    const char *displayName;
};
constexpr Entry kEntries[] = {
    {CaseState::New, "new"_L1, QT_TRANSLATE_NOOP("CaseState", "New")},
    {CaseState::InReview, "inReview"_L1, QT_TRANSLATE_NOOP("CaseState", "In review")},
    {CaseState::Approved, "approved"_L1, QT_TRANSLATE_NOOP("CaseState", "Approved")},
    {CaseState::Registered, "registered"_L1, QT_TRANSLATE_NOOP("CaseState", "Registered")},
    {CaseState::SupplementRequested, "supplementRequested"_L1,
     QT_TRANSLATE_NOOP("CaseState", "Supplement requested")},
    {CaseState::InProcessing, "inProcessing"_L1, QT_TRANSLATE_NOOP("CaseState", "In processing")},
    {CaseState::Decided, "decided"_L1, QT_TRANSLATE_NOOP("CaseState", "Decided")},
    {CaseState::Closed, "closed"_L1, QT_TRANSLATE_NOOP("CaseState", "Closed")},
    {CaseState::TransferredElsewhere, "transferredElsewhere"_L1,
     QT_TRANSLATE_NOOP("CaseState", "Transferred to another authority")},
    {CaseState::Withdrawn, "withdrawn"_L1, QT_TRANSLATE_NOOP("CaseState", "Withdrawn")},
};
} // namespace

QString toString(CaseState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QString(e.name);
    }
    return {};
}

std::optional<CaseState> caseStateFromString(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return e.state;
    }
    return std::nullopt;
}

QString displayName(CaseState state)
{
    for (const Entry &e : kEntries) {
        if (e.state == state)
            return QCoreApplication::translate("CaseState", e.displayName);
    }
    return {};
}

} // namespace lvdesk
