// SPDX-License-Identifier: EUPL-1.2

#include "domain/deadlinerole.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

DeadlineRole::DeadlineRole(Kind kind)
    : m_kind(kind)
{
    if (kind == EventDate)
        m_name = u"eventDate"_s;
    else if (kind == RequestedBy)
        m_name = u"requestedBy"_s;
}

DeadlineRole DeadlineRole::fromString(const QString &name)
{
    if (name.isEmpty())
        return DeadlineRole();
    if (name == "eventDate"_L1)
        return DeadlineRole(EventDate);
    if (name == "requestedBy"_L1)
        return DeadlineRole(RequestedBy);
    DeadlineRole unknown;
    unknown.m_kind = Unknown;
    unknown.m_name = name;
    return unknown;
}

} // namespace lvdesk
