// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "attachmentspec.h"

#include <QByteArray>
#include <QCache>
#include <QHash>

namespace lvdesk {

// Produces the bytes of generated attachments (PDF, PNG or, for --hostile, HTML) and their SHA-256,
// with a bounded cache so that formdata (which announces size and digest) and the later download do
// not both pay for it.
class AttachmentStore
{
public:
    struct Blob
    {
        QByteArray bytes;
        QByteArray sha256;
    };

    explicit AttachmentStore(qint64 cacheBytes = 128 * 1024 * 1024);

    Blob blob(const AttachmentSpec &spec);
    // Size and SHA-256 without keeping the bytes when they are not cached.
    QPair<qint64, QByteArray> sizeAndDigest(const AttachmentSpec &spec);

private:
    static QByteArray makeBytes(const AttachmentSpec &spec);
    static QByteArray makePng(const AttachmentSpec &spec);
    static QByteArray makeHtml(const AttachmentSpec &spec);

    QCache<quint64, Blob> m_cache;
    QHash<quint64, QPair<qint64, QByteArray>> m_digests;
};

} // namespace lvdesk
