// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QString>

namespace lvdesk {

// A file an officer sends with a message to the customer; data is the file itself (sent
// base64-encoded).
struct OutgoingAttachment
{
    QString fileName;
    QString contentType;
    QByteArray data;
};

inline bool operator==(const OutgoingAttachment &a, const OutgoingAttachment &b)
{
    return a.fileName == b.fileName && a.contentType == b.contentType && a.data == b.data;
}
inline bool operator!=(const OutgoingAttachment &a, const OutgoingAttachment &b)
{
    return !(a == b);
}

} // namespace lvdesk
