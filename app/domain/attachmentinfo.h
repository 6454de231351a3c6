// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// What formdata announces about one attachment; a download counts as received only when it has
// exactly this SHA-256 (and this size, when one was announced). fileName and contentType are what
// the customer's device and browser said: data of any form, never used as they are for a file or
// a header (SafeFileNames, MediaType).
struct AttachmentInfo
{
    QString id; // empty when the service sent none
    QString fileName;
    QString contentType;
    qint64 size = 0; // bytes; -1 when the service sent no usable size
    QString sha256Hex; // 64 lowercase hex digits; empty when the service sent no valid digest
    QString description;

    bool sizeKnown() const { return size >= 0; }
    // Whether it can be fetched (§2.4 needs the id) and verified (the SHA-256); one that cannot
    // is kept as described and shown as not received, with the reason.
    bool isDownloadable() const { return !id.isEmpty() && sha256Hex.size() == 64; }
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
