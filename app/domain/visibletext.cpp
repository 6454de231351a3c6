// SPDX-License-Identifier: EUPL-1.2

#include "domain/visibletext.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

bool VisibleText::isHidden(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4
        || c == 0x17B5 || c == 0x180E || c == 0x3164 || c == 0xFEFF || c == 0xFFA0)
        return true;
    if ((c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xFFF0 && c <= 0xFFFB) || (c >= 0xE0000 && c <= 0xE0FFF))
        return true;
    if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) // noncharacters
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

namespace {

bool keptAsIs(char32_t c, VisibleText::Lines lines)
{
    return lines == VisibleText::Lines::Multi && (c == u'\n' || c == u'\t');
}

QString marker(char32_t c)
{
    return u"\u27E8U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')
           + u'\u27E9';
}

} // namespace

bool VisibleText::needsMarkers(const QString &text, Lines lines)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text.at(i);
        // Printable ASCII is by far the most common: decided without a table.
        if (ch.unicode() >= 0x20 && ch.unicode() < 0x7F)
            continue;
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, text.at(i + 1));
            ++i;
        }
        if (isHidden(c) && !keptAsIs(c, lines))
            return true;
    }
    return false;
}

QString VisibleText::of(const QString &text, Lines lines)
{
    if (!needsMarkers(text, lines))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text.at(i);
        char32_t c = ch.unicode();
        qsizetype length = 1;
        if (ch.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, text.at(i + 1));
            length = 2;
        }
        if (isHidden(c) && !keptAsIs(c, lines))
            out += marker(c);
        else
            out += QStringView(text).mid(i, length);
        i += length - 1;
    }
    return out;
}

} // namespace lvdesk
