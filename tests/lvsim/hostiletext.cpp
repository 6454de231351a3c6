// SPDX-License-Identifier: EUPL-1.2

#include "hostiletext.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Explicit embeddings, overrides and isolates: they reorder what follows when applied.
const char16_t bidiControls[] = {0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068};
const char16_t zeroWidth[] = {0x200b, 0x200c, 0x200d, 0x2060, 0xfeff};
// C0 controls, DEL and a C1 control, and NUL (which JSON can carry as \u0000).
const char16_t controls[] = {0x01, 0x1f, 0x7f, u'\n', u'\t', u'\r', 0x1b, 0x85, 0x00};
const char16_t forbidden[] = {u':', u'*', u'?', u'"', u'<', u'>', u'|'};

const char16_t *const htmlSnippets[] = {
    u"<b>x</b><script>alert(1)</script>",
    u"<img src=x onerror=alert(1)>",
    u"<a href=\"javascript:alert(1)\">Avaa liite</a>",
    u"<h1>Hyväksytty</h1>",
    u"<style>*{display:none}</style>",
    u"<iframe src=\"file:///etc/passwd\"></iframe>",
    u"<i>&lt;b&gt;ei lihavoitu&lt;/b&gt; &amp;amp;</i>",
    u"<!-- kommentti --><table><tr><td>solu</td></tr></table>",
    u"<font color=red size=7>KIIREELLINEN</font>",
};

// Finnish and Swedish words in decomposed form (NFD): a base letter and a combining mark.
const char16_t *const decomposedStems[] = {
    u"Ka\u0308a\u0308ria\u0308inen", u"Va\u0308ha\u0308inen_selvitys", u"O\u0308ljyvarasto",
    u"A\u030aland_kartta",           u"Sa\u0308a\u0308ksja\u0308rvi",
};

QString stemOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

QString extensionOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.mid(dot) : QString();
}

template<size_t N>
QChar pickChar(const char16_t (&chars)[N], SimRandom &rnd)
{
    return QChar(chars[rnd.below(int(N))]);
}

template<size_t N>
QString pickString(const char16_t *const (&strings)[N], SimRandom &rnd)
{
    return QString::fromUtf16(strings[rnd.below(int(N))]);
}

} // namespace

int HostileText::insertPosition(const QString &s, SimRandom &rnd)
{
    int pos = rnd.below(int(s.size()) + 1);
    if (pos > 0 && pos < s.size() && s.at(pos).isLowSurrogate())
        --pos;
    return pos;
}

QString HostileText::withBidi(const QString &s, SimRandom &rnd)
{
    switch (rnd.below(3)) {
    case 0:
        // Everything after it reads right to left: "Oy Virtanen" shows as "nenatriV yO".
        return QChar(0x202e) + s;
    case 1:
        // An embedding, override or isolate that is never closed.
        return QString(s).insert(insertPosition(s, rnd), pickChar(bidiControls, rnd));
    default:
        return QChar(0x2067) + s + QChar(0x2069) + QChar(0x202e) + u"fdp.exe"_s;
    }
}

QString HostileText::withZeroWidth(const QString &s, SimRandom &rnd)
{
    QString out = s;
    const int count = rnd.between(1, 3);
    for (int i = 0; i < count; ++i)
        out.insert(insertPosition(out, rnd), pickChar(zeroWidth, rnd));
    return out;
}

QString HostileText::withCombining(const QString &s, SimRandom &rnd)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    if (decomposed != s && rnd.chance(0.7))
        return decomposed;
    // A letter with one mark, or with a stack of them that draws far above and below the line.
    QString marks;
    const int count = rnd.chance(0.5) ? 1 : rnd.between(8, 24);
    for (int i = 0; i < count; ++i)
        marks += QChar(char16_t(0x0300 + rnd.below(0x70)));
    for (int tries = 0; tries < 8 && !s.isEmpty(); ++tries) {
        const int pos = rnd.below(int(s.size()));
        if (s.at(pos).isLetter())
            return QString(s).insert(pos + 1, marks);
    }
    return decomposed + u" a"_s + marks;
}

QString HostileText::withHtml(const QString &s, SimRandom &rnd)
{
    switch (rnd.below(3)) {
    case 0:
        // Starts like rich text, which a widget that guesses the format would render.
        return u"<b>"_s + s + u"</b><script>alert(1)</script>"_s;
    case 1:
        return s + u' ' + pickString(htmlSnippets, rnd);
    default:
        return pickString(htmlSnippets, rnd) + u' ' + s;
    }
}

QString HostileText::lengthened(const QString &s, int length, const QString &separator)
{
    QString out = s.isEmpty() ? u"x"_s : s;
    out.reserve(length + s.size() + separator.size());
    while (out.size() < length)
        out += separator + (s.isEmpty() ? u"x"_s : s);
    out.truncate(length);
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    return out;
}

QString HostileText::fileName(HostileKind kind, const QString &ordinary, SimRandom &rnd)
{
    const QString stem = stemOf(ordinary);
    const QString ext = extensionOf(ordinary);
    switch (kind) {
    case HostileKind::FileNamePath: {
        const QString names[] = {u"../../etc/passwd"_s,
                                 u"..\\..\\Windows\\System32\\drivers\\etc\\hosts"_s,
                                 u"C:\\temp\\x.pdf"_s,
                                 u"/etc/cron.d/"_s + ordinary,
                                 u"liitteet/"_s + ordinary,
                                 u"kansio\\"_s + ordinary,
                                 u"\\\\palvelin\\jako\\"_s + ordinary,
                                 u"~/.config/autostart/"_s + ordinary,
                                 u"a/../../"_s + ordinary};
        return rnd.pick(names);
    }
    case HostileKind::FileNameDots:
        return rnd.chance(0.5) ? u".."_s : u"."_s;
    case HostileKind::FileNameControl: {
        QString c = pickChar(controls, rnd);
        if (c.at(0) == QChar(0x1b))
            c += u"[31m"_s; // a terminal colour sequence
        return QString(stem).insert(insertPosition(stem, rnd), c) + ext;
    }
    case HostileKind::FileNameReserved: {
        const QString devices[] = {u"CON"_s,  u"NUL"_s,  u"AUX"_s,  u"PRN"_s,  u"COM1"_s,
                                   u"com9"_s, u"CoM3"_s, u"LPT9"_s, u"lpt1"_s, u"nul"_s};
        const QString device = rnd.pick(devices);
        switch (rnd.below(3)) {
        case 0:
            return device;
        case 1:
            return device + ext;
        default:
            return device + u".txt"_s;
        }
    }
    case HostileKind::FileNameForbiddenChars: {
        if (rnd.chance(0.3))
            return stem + u":*?\"<>|"_s + ext;
        QString out = stem;
        const int count = rnd.between(1, 3);
        for (int i = 0; i < count; ++i)
            out.insert(insertPosition(out, rnd), pickChar(forbidden, rnd));
        return out + ext;
    }
    case HostileKind::FileNameLeadingTrailing: {
        const QString names[] = {u" "_s + ordinary,
                                 ordinary + u"."_s,
                                 ordinary + u"   "_s,
                                 u"."_s + ordinary,
                                 u" . "_s + ordinary + u" ."_s,
                                 ordinary + u"..."_s};
        return rnd.pick(names);
    }
    case HostileKind::FileNameBidi: {
        // Shown as "invoiceexe.pdf" where the override is applied.
        const QString names[]
            = {u"invoice\u202efdp.exe"_s, u"lasku\u202egnp.scr"_s, stem + u"\u202efdp.js"_s,
               QChar(0x2067) + ordinary + QChar(0x2069), stem + u"\u202etab.pdf"_s};
        return rnd.pick(names);
    }
    case HostileKind::FileNameZeroWidth:
        if (rnd.chance(0.3))
            return QChar(0xfeff) + ordinary;
        return withZeroWidth(stem, rnd) + ext;
    case HostileKind::FileNameCombining:
        if (rnd.chance(0.5))
            return pickString(decomposedStems, rnd) + ext;
        return withCombining(stem, rnd) + ext;
    case HostileKind::FileNameHtml: {
        const QString names[] = {u"<b>x</b><script>alert(1)</script>"_s + ext,
                                 u"<img src=x onerror=alert(1)>"_s + ext,
                                 u"<a href=\"javascript:alert(1)\">liite</a>"_s + ext,
                                 u"<h1>"_s + stem + u"</h1>"_s + ext};
        return rnd.pick(names);
    }
    case HostileKind::FileNameLong: {
        // 300 to 500 characters, the contract's limit, with letters of two UTF-8 bytes.
        const int length = rnd.between(300, 500);
        return lengthened(stem + u"_ympäristövaikutusten_arviointiselostus"_s,
                          length - int(ext.size()), u"_"_s)
               + ext;
    }
    case HostileKind::FileNameEmptyAfterSanitising: {
        const QString names[] = {u"..."_s, u". . ."_s, u"   "_s, u" . "_s, u".. .."_s, u"     ."_s};
        return rnd.pick(names);
    }
    default:
        return ordinary;
    }
}

QString HostileText::caseVariant(const QString &name)
{
    const QString upper = name.toUpper();
    return upper != name ? upper : name.toLower();
}

QString HostileText::mismatchedContentType(bool png, SimRandom &rnd)
{
    if (png) {
        const QString types[] = {u"application/pdf"_s, u"text/html"_s, u"image/gif"_s};
        return rnd.pick(types);
    }
    const QString types[] = {u"text/html"_s, u"image/jpeg"_s, u"application/x-msdownload"_s,
                             u"text/plain"_s, u"application/zip"_s};
    return rnd.pick(types);
}

QString HostileText::malformedContentType(SimRandom &rnd)
{
    const QString types[] = {u"pdf"_s,
                             u"application/pdf\r\nX-Injected: 1"_s,
                             QString(),
                             u"application/"_s,
                             u"/pdf"_s,
                             u"text/html\nSet-Cookie: lvsim=1"_s,
                             u"application pdf"_s,
                             u"image/png\r\n\r\n<html>"_s};
    return rnd.pick(types);
}

} // namespace lvdesk
