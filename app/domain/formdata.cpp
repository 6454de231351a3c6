// SPDX-License-Identifier: EUPL-1.2

#include "domain/formdata.h"

namespace lvdesk {

namespace {
void collectFields(const QList<FormSection> &sections, QList<FormField> &out)
{
    for (const FormSection &section : sections) {
        out.append(section.fields);
        collectFields(section.sections, out);
    }
}
} // namespace

const AttachmentInfo *Formdata::attachment(const QString &attachmentId) const
{
    for (const AttachmentInfo &info : attachments) {
        if (info.id == attachmentId)
            return &info;
    }
    return nullptr;
}

QList<FormField> Formdata::allFields() const
{
    QList<FormField> fields;
    collectFields(sections, fields);
    return fields;
}

} // namespace lvdesk
