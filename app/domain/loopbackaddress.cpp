// SPDX-License-Identifier: EUPL-1.2

#include "domain/loopbackaddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// QUrl writes every IP literal in one canonical form ("127.1" and "2130706433" become
// "127.0.0.1", "0:0:0:0:0:0:0:1" becomes "::1"), so the check needs only the canonical forms.
bool isCanonicalLoopback(const QString &host)
{
    static const QRegularExpression ipv4(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return host == u"::1"_s || ipv4.match(host).hasMatch();
}

} // namespace

bool LoopbackAddress::isLoopbackLiteral(const QString &host)
{
    QString literal = host.trimmed();
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    if (literal.isEmpty())
        return false;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(literal, QUrl::StrictMode);
    return url.isValid() && isCanonicalLoopback(url.host());
}

bool LoopbackAddress::isLoopbackUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s)
           && isCanonicalLoopback(url.host());
}

bool LoopbackAddress::allowsRequestTo(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    return scheme == u"http"_s && isCanonicalLoopback(url.host());
}

} // namespace lvdesk
