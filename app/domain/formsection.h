// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/formfield.h"
#include "domain/localizedtext.h"

#include <QList>
#include <QString>

namespace lvdesk {

// A titled group of form fields; sections nest (the form is a tree the client renders generically).
struct FormSection
{
    QString id;
    LocalizedText title;
    QList<FormField> fields;
    QList<FormSection> sections;
};

inline bool operator==(const FormSection &a, const FormSection &b)
{
    return a.id == b.id && a.title == b.title && a.fields == b.fields && a.sections == b.sections;
}
inline bool operator!=(const FormSection &a, const FormSection &b)
{
    return !(a == b);
}

} // namespace lvdesk
