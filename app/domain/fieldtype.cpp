// SPDX-License-Identifier: EUPL-1.2

#include "domain/fieldtype.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    FieldType::Kind kind;
    QLatin1StringView name;
};
constexpr Entry kEntries[] = {
    {FieldType::Text, "text"_L1},
    {FieldType::Number, "number"_L1},
    {FieldType::Date, "date"_L1},
    {FieldType::Boolean, "boolean"_L1},
    {FieldType::Choice, "choice"_L1},
    {FieldType::Table, "table"_L1},
    {FieldType::AttachmentRef, "attachmentRef"_L1},
};
} // namespace

FieldType::FieldType(Kind kind)
    : m_kind(kind)
{
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            m_name = QString(e.name);
    }
}

FieldType FieldType::fromString(const QString &name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return FieldType(e.kind);
    }
    FieldType unknown;
    unknown.m_name = name;
    return unknown;
}

} // namespace lvdesk
