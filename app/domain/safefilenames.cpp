// SPDX-License-Identifier: EUPL-1.2

#include "domain/safefilenames.h"

#include "domain/visibletext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Characters Windows refuses in names, and slashes that only look like others: replaced.
bool isForbidden(char32_t c)
{
    switch (c) {
    case u'<':
    case u'>':
    case u':':
    case u'"':
    case u'/':
    case u'\\':
    case u'|':
    case u'?':
    case u'*':
    case 0x2044: // fraction slash
    case 0x2215: // division slash
    case 0x29F5: // reverse solidus operator
    case 0x29F8: // big solidus
    case 0x29F9: // big reverse solidus
    case 0xFE68: // small reverse solidus
    case 0xFF0F: // fullwidth solidus
    case 0xFF3C: // fullwidth reverse solidus
        return true;
    default:
        return false;
    }
}

// Device names Windows reserves whatever the extension and case ("con.txt" is the console).
bool isReservedStem(const QString &name)
{
    static const QStringList reserved = [] {
        QStringList list{u"CON"_s,    u"PRN"_s,     u"AUX"_s,   u"NUL"_s,
                         u"CONIN$"_s, u"CONOUT$"_s, u"CLOCK$"_s};
        for (int i = 0; i <= 9; ++i) {
            list << u"COM"_s + QString::number(i) << u"LPT"_s + QString::number(i);
        }
        for (const QString &digit : {u"\u00B9"_s, u"\u00B2"_s, u"\u00B3"_s})
            list << u"COM"_s + digit << u"LPT"_s + digit;
        return list;
    }();
    QString stem = name.section(u'.', 0, 0);
    while (stem.endsWith(u' '))
        stem.chop(1);
    return reserved.contains(stem.toUpper());
}

int utf8Length(const QString &text)
{
    return int(text.toUtf8().size());
}

QString stripEnds(QString text)
{
    int begin = 0;
    while (begin < text.size() && (text.at(begin) == u'.' || text.at(begin) == u' '))
        ++begin;
    int end = int(text.size());
    while (end > begin && (text.at(end - 1) == u'.' || text.at(end - 1) == u' '))
        --end;
    return text.mid(begin, end - begin);
}

// Splits "report.final.pdf" into "report.final" and ".pdf"; an "extension" too long to be one is
// part of the stem.
void splitExtension(const QString &name, QString *stem, QString *extension)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0 && utf8Length(name.mid(dot)) <= 32) {
        *stem = name.left(dot);
        *extension = name.mid(dot);
    } else {
        *stem = name;
        extension->clear();
    }
}

// stem + suffix + extension within the byte limit, cutting the stem at a code point boundary.
QString fit(QString stem, const QString &suffix, const QString &extension)
{
    const int room = SafeFileNames::maxUtf8Bytes - utf8Length(suffix + extension);
    while (!stem.isEmpty() && utf8Length(stem) > room) {
        stem.chop(stem.size() >= 2 && stem.at(stem.size() - 1).isLowSurrogate()
                          && stem.at(stem.size() - 2).isHighSurrogate()
                      ? 2
                      : 1);
    }
    stem = stripEnds(stem);
    if (stem.isEmpty())
        stem = u"_"_s;
    return stem + suffix + extension;
}

} // namespace

QString SafeFileNames::sanitize(const QString &original, const QString &fallback)
{
    const QString nfc = original.normalized(QString::NormalizationForm_C);
    QString cleaned;
    cleaned.reserve(nfc.size());
    const QList<uint> codePoints = nfc.toUcs4();
    for (const uint cp : codePoints) {
        const auto c = char32_t(cp);
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            cleaned += u' ';
            continue;
        }
        // Characters that make a name read differently from what it is (bidi overrides turn
        // "fdp.exe" into "exe.pdf" on screen) or that no one can see: dropped.
        if (VisibleText::isHidden(c))
            continue;
        switch (QChar::category(c)) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            cleaned += u' ';
            continue;
        default:
            break;
        }
        if (isForbidden(c)) {
            cleaned += u'_';
            continue;
        }
        cleaned += QString::fromUcs4(&c, 1);
    }
    // Removing a character may have brought a base letter and its accent together again.
    cleaned = cleaned.normalized(QString::NormalizationForm_C);

    // No runs of spaces, and no ".." anywhere (not even harmless ones, so no check has to think).
    QString collapsed;
    collapsed.reserve(cleaned.size());
    for (const QChar ch : std::as_const(cleaned)) {
        if ((ch == u' ' || ch == u'.') && !collapsed.isEmpty() && collapsed.back() == ch)
            continue;
        collapsed += ch;
    }
    // Leading dots would hide the file on Linux; trailing dots and spaces vanish on Windows.
    QString name = stripEnds(collapsed);
    if (name.isEmpty())
        name = fallback.isEmpty() ? u"attachment"_s : fallback;
    if (isReservedStem(name))
        name.prepend(u'_');

    QString stem;
    QString extension;
    splitExtension(name, &stem, &extension);
    return fit(stem, QString(), extension);
}

bool SafeFileNames::isSafe(const QString &name)
{
    return !name.isEmpty() && sanitize(name) == name;
}

QString SafeFileNames::unique(const QString &original)
{
    const QString safe = sanitize(original);
    QString stem;
    QString extension;
    splitExtension(safe, &stem, &extension);
    QString candidate = safe;
    for (int n = 2; m_taken.contains(candidate.toCaseFolded()); ++n)
        candidate = fit(stem, u" ("_s + QString::number(n) + u')', extension);
    m_taken.insert(candidate.toCaseFolded());
    return candidate;
}

void SafeFileNames::reserve(const QString &safeName)
{
    m_taken.insert(safeName.toCaseFolded());
}

QStringList SafeFileNames::uniqueNames(const QStringList &originals)
{
    SafeFileNames names;
    QStringList out;
    out.reserve(originals.size());
    for (const QString &original : originals)
        out.append(names.unique(original));
    return out;
}

} // namespace lvdesk
