// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringList>

namespace lvdesk {

// What one generated attachment is: enough to produce its bytes again at any time (they are made
// on demand from key and cached, never stored with the case).
struct AttachmentSpec
{
    enum class Format : quint8 {
        Pdf,
        Png,
        Html
    };

    QString id;
    QString fileName;
    QString contentType;
    QString description;
    QString title;
    QStringList lines;
    quint64 key = 0;
    int targetBytes = 0;
    Format format = Format::Pdf;
    bool announceDigest = true; // false: formdata lists it without sha256 (--hostile)
    bool large = false; // made larger than --hostile-large-bytes
};

} // namespace lvdesk
