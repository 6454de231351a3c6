// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/deadlinerole.h"
#include "domain/fieldtype.h"
#include "domain/localizedtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QString>

namespace lvdesk {

// One answer in a service's form. The value is kept as the JSON the service sent (already checked
// against the type by the decoder); null means the customer left the field empty.
struct FormField
{
    Q_DECLARE_TR_FUNCTIONS(FormField)
public:
    QString id;
    LocalizedText label;
    FieldType type;
    QJsonValue value;
    QString unit; // e.g. "m³/v" for a number, may be empty
    DeadlineRole deadlineRole;
    // False when the value does not have the JSON form its type needs (a date that does not exist,
    // a number sent as text, …): the value is kept as sent and shown as its JSON text, and it
    // gives no deadline.
    bool valueMatchesType = true;

    // The value as a date for a Date field (invalid for any other field or a null value).
    QDate dateValue() const;
    // The value as plain text for the officer in `language`: text as is, numbers with the unit,
    // dates as YYYY-MM-DD, Yes/No, the chosen label, a table as tab-separated lines, an attachment
    // reference as its id, and an unknown type as its compact JSON text.
    QString displayText(QStringView language) const;
};

inline bool operator==(const FormField &a, const FormField &b)
{
    return a.id == b.id && a.label == b.label && a.type == b.type && a.value == b.value
           && a.unit == b.unit && a.deadlineRole == b.deadlineRole
           && a.valueMatchesType == b.valueMatchesType;
}
inline bool operator!=(const FormField &a, const FormField &b)
{
    return !(a == b);
}

} // namespace lvdesk
