// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/attachmentinfo.h"
#include "domain/datanote.h"
#include "domain/formsection.h"
#include "domain/localizedtext.h"

#include <QList>
#include <QString>

namespace lvdesk {

// The service-specific part of an action (§2.2 formdata): the form as a tree of sections, and the
// attachments the customer added.
struct Formdata
{
    QString serviceCode;
    LocalizedText serviceName;
    QString formVersion;
    QList<FormSection> sections;
    QList<AttachmentInfo> attachments;
    DataNotes notes; // what the decoder repaired; not part of the value (not compared)

    // The attachment with this id, or nullptr.
    const AttachmentInfo *attachment(const QString &attachmentId) const;
    // Every field of every section, depth first, in form order (for deadline roles, search,
    // export).
    QList<FormField> allFields() const;
};

inline bool operator==(const Formdata &a, const Formdata &b)
{
    return a.serviceCode == b.serviceCode && a.serviceName == b.serviceName
           && a.formVersion == b.formVersion && a.sections == b.sections
           && a.attachments == b.attachments;
}
inline bool operator!=(const Formdata &a, const Formdata &b)
{
    return !(a == b);
}

} // namespace lvdesk
