// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QString>

namespace lvdesk {

// MediaType: what may go into an HTTP header that lvdesk writes. A content type received from the
// service (what a customer's browser reported) is data: it goes on the wire only when it is a valid
// RFC 6838 type/subtype (parameters allowed, RFC 9110 §8.3.1), otherwise application/octet-stream.
// No header value lvdesk writes may carry CR, LF or other control characters. Proven by
// tst_MediaType.
class MediaType
{
public:
    static bool isValid(const QString &contentType);
    // contentType when valid, else "application/octet-stream".
    static QByteArray forHeader(const QString &contentType);
    // A header value without control characters (CR, LF, NUL …), so no one can add a header.
    static bool isSafeHeaderValue(const QByteArray &value);
};

} // namespace lvdesk
