// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lvdesk {

// Writes small but real, openable PDF documents (text pages in Helvetica, a correct xref table) so
// that the simulator's attachments can be opened in any viewer, at a chosen approximate size.
class PdfWriter
{
public:
    // A document titled title whose pages repeat lines (numbered) until it is about targetBytes
    // long.
    static QByteArray document(const QString &title, const QStringList &lines, int targetBytes);

private:
    static QByteArray pdfString(const QString &text);
};

} // namespace lvdesk
