// SPDX-License-Identifier: EUPL-1.2

#include "domain/customerkind.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

CustomerKind::CustomerKind(Kind kind)
    : m_kind(kind)
{
    if (kind == Person)
        m_name = u"person"_s;
    else if (kind == Organisation)
        m_name = u"organisation"_s;
}

CustomerKind CustomerKind::fromString(const QString &name)
{
    if (name == "person"_L1)
        return CustomerKind(Person);
    if (name == "organisation"_L1)
        return CustomerKind(Organisation);
    CustomerKind unknown;
    unknown.m_name = name;
    return unknown;
}

QString CustomerKind::displayName() const
{
    switch (m_kind) {
    case Person:
        return tr("Person");
    case Organisation:
        return tr("Organisation");
    case Unknown:
        break;
    }
    return m_name;
}

} // namespace lvdesk
