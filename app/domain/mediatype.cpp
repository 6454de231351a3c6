// SPDX-License-Identifier: EUPL-1.2

#include "domain/mediatype.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// RFC 6838 §4.2 restricted-name: 1–127 characters, a letter or digit first.
bool isRestrictedName(QStringView name)
{
    if (name.isEmpty() || name.size() > 127)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool alnum
            = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (alnum)
            continue;
        if (i == 0)
            return false;
        if (!QStringView(u"!#$&-^_.+").contains(c))
            return false;
    }
    return true;
}

// RFC 9110 token characters.
bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f
            || QStringView(u"()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool isQuotedString(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i;
            if (i + 1 >= text.size())
                return false;
            continue;
        }
        if (c == u'"' || c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() > 0xff)
            return false;
    }
    return true;
}

} // namespace

bool MediaType::isValid(const QString &contentType)
{
    const QStringView text(contentType);
    const qsizetype semicolon = text.indexOf(u';');
    const QStringView type = (semicolon < 0 ? text : text.left(semicolon)).trimmed();
    const qsizetype slash = type.indexOf(u'/');
    if (slash < 0 || !isRestrictedName(type.left(slash)) || !isRestrictedName(type.mid(slash + 1)))
        return false;
    if (semicolon < 0)
        return true;
    // Parameters: ; name=value, value a token or a quoted string (which may hold ";").
    qsizetype pos = semicolon;
    while (pos < text.size()) {
        ++pos; // past ';'
        qsizetype end = pos;
        bool quoted = false;
        for (; end < text.size(); ++end) {
            const QChar c = text.at(end);
            if (quoted && c == u'\\') {
                ++end;
                continue;
            }
            if (c == u'"')
                quoted = !quoted;
            else if (c == u';' && !quoted)
                break;
        }
        const QStringView parameter = text.mid(pos, end - pos).trimmed();
        const qsizetype eq = parameter.indexOf(u'=');
        if (eq <= 0 || !isToken(parameter.left(eq)))
            return false;
        const QStringView value = parameter.mid(eq + 1);
        if (!isToken(value) && !isQuotedString(value))
            return false;
        pos = end;
    }
    return true;
}

QByteArray MediaType::forHeader(const QString &contentType)
{
    return isValid(contentType) ? contentType.trimmed().toLatin1()
                                : QByteArrayLiteral("application/octet-stream");
}

bool MediaType::isSafeHeaderValue(const QByteArray &value)
{
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

} // namespace lvdesk
