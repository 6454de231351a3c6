// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// The type of a form field (§2.2 formdata), which says what JSON its value holds. An unknown type
// is kept as Unknown with its raw wire string; such a field is shown as its JSON text, never
// dropped.
class FieldType
{
public:
    enum Kind {
        Unknown,
        Text, // value: string
        Number, // value: number
        Date, // value: "YYYY-MM-DD"
        Boolean, // value: true/false
        Choice, // value: the chosen label object {"fi", "sv", "en"}
        Table, // value: {"columns": [label…], "rows": [[cell…]…]}
        AttachmentRef, // value: the id of an attachment of the same formdata
    };

    FieldType() = default;
    explicit FieldType(Kind kind); // kind must not be Unknown (use fromString for that)

    static FieldType fromString(const QString &name); // unknown names give Unknown keeping `name`

    Kind kind() const { return m_kind; }
    bool isUnknown() const { return m_kind == Unknown; }
    QString toString() const { return m_name; } // wire/storage name, raw string for Unknown

    friend bool operator==(const FieldType &a, const FieldType &b)
    {
        return a.m_kind == b.m_kind && a.m_name == b.m_name;
    }
    friend bool operator!=(const FieldType &a, const FieldType &b) { return !(a == b); }

private:
    Kind m_kind = Unknown;
    QString m_name;
};

} // namespace lvdesk
