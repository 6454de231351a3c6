// SPDX-License-Identifier: EUPL-1.2

#include "pdfwriter.h"

#include <QList>

namespace lvdesk {

namespace {
constexpr int linesPerPage = 56;
}

QByteArray PdfWriter::pdfString(const QString &text)
{
    // WinAnsiEncoding equals Latin-1 for the Finnish and Swedish letters; octal escapes keep the
    // file 7-bit clean.
    QByteArray out = "(";
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == '(' || u == ')' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u >= 0x20 && u < 0x7f) {
            out += char(u);
        } else if (u >= 0xa0 && u <= 0xff) {
            out += '\\';
            out += QByteArray::number(u, 8);
        } else {
            out += '?';
        }
    }
    out += ')';
    return out;
}

QByteArray PdfWriter::document(const QString &title, const QStringList &lines, int targetBytes)
{
    QList<QByteArray> contents;
    QByteArray current;
    int lineOnPage = 0;
    qsizetype total = 600;
    int n = 0;
    // Each source line is encoded once; pages repeat them with a running number.
    QList<QByteArray> encoded;
    for (const QString &line : lines.isEmpty() ? QStringList{title} : lines) {
        QByteArray e = pdfString(line.left(100));
        e.remove(0, 1); // the number goes in front of the text, inside the parentheses
        encoded.append(e + " Tj\n0 -13 Td\n");
    }
    const QByteArray heading
        = "BT\n/F1 14 Tf\n50 800 Td\n" + pdfString(title) + " Tj\n/F1 9 Tf\n0 -24 Td\n";
    while (total < targetBytes || contents.isEmpty()) {
        if (lineOnPage == 0) {
            current = heading;
            current.reserve(linesPerPage * 128 + heading.size());
        }
        current += '(';
        current += QByteArray::number(n + 1);
        current += ". ";
        current += encoded.at(n % encoded.size());
        ++n;
        ++lineOnPage;
        if (lineOnPage == linesPerPage) {
            current += "ET\n";
            total += current.size() + 220;
            contents.append(current);
            lineOnPage = 0;
        }
        if (total + current.size() >= targetBytes && lineOnPage > 0) {
            current += "ET\n";
            total += current.size() + 220;
            contents.append(current);
            lineOnPage = 0;
        }
    }

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int pages = int(contents.size());
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(5 + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages)
           + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Title " + pdfString(title) + " /Producer (lvsim) >>");
    for (int i = 0; i < pages; ++i) {
        object(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 "
            "R >> >> /Contents "
            + QByteArray::number(6 + 2 * i) + " 0 R >>");
        object("<< /Length " + QByteArray::number(contents.at(i).size()) + " >>\nstream\n"
               + contents.at(i) + "endstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
           + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace lvdesk
