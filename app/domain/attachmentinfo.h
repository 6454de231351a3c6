// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// What formdata announces about one attachment; a download counts as received only when it has
// exactly this size and SHA-256.
struct AttachmentInfo
{
    QString id;
    QString fileName;
    QString contentType;
    qint64 size = 0; // bytes, >= 0
    QString sha256Hex; // 64 lowercase hex digits
    QString description;
};

inline bool operator==(const AttachmentInfo &a, const AttachmentInfo &b)
{
    return a.id == b.id && a.fileName == b.fileName && a.contentType == b.contentType
           && a.size == b.size && a.sha256Hex == b.sha256Hex && a.description == b.description;
}
inline bool operator!=(const AttachmentInfo &a, const AttachmentInfo &b)
{
    return !(a == b);
}

} // namespace lvdesk
