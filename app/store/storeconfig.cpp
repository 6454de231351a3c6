// SPDX-License-Identifier: EUPL-1.2

#include "storeconfig.h"

#include "domain/loopbackaddress.h"
#include "secrets/secretkeys.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lvdesk {

QString StoreConfig::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString StoreConfig::effectiveSqlitePath() const
{
    if (!sqlitePath.isEmpty())
        return sqlitePath;
    const QString dir = dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory;
    return QDir(dir).filePath(u"lvdesk.sqlite"_s);
}

QString StoreConfig::blobDirectory() const
{
    const QString dir = dataDirectory.isEmpty() ? defaultDataDirectory() : dataDirectory;
    return QDir(dir).filePath(u"attachments"_s);
}

QString StoreConfig::passwordKey() const
{
    return SecretKeys::databasePassword(host, port, database, user);
}

QString StoreConfig::describe() const
{
    if (driver == Driver::Sqlite)
        return u"SQLite "_s + QDir::toNativeSeparators(effectiveSqlitePath());
    return u"PostgreSQL "_s + user + u'@' + host + u':' + QString::number(port) + u'/' + database
           + (schema.isEmpty() ? QString() : u" (schema "_s + schema + u')');
}

QString StoreConfig::identity() const
{
    if (driver == Driver::Sqlite)
        return u"sqlite:"_s + QDir::cleanPath(QFileInfo(effectiveSqlitePath()).absoluteFilePath());
    return u"postgresql://"_s + host.toLower() + u':' + QString::number(port) + u'/' + database
           + (schema.isEmpty() ? QString() : u'#' + schema);
}

QStringList StoreConfig::sslModes()
{
    return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

QString StoreConfig::defaultSslMode(const QString &host)
{
    if (host.startsWith(u'/') || LoopbackAddress::isLoopbackLiteral(host))
        return u"prefer"_s;
    return u"verify-full"_s;
}

QString StoreConfig::effectiveSslMode() const
{
    return sslMode.isEmpty() ? defaultSslMode(host) : sslMode;
}

bool StoreConfig::verifiesServer(const QString &mode)
{
    return mode == u"verify-ca"_s || mode == u"verify-full"_s;
}

} // namespace lvdesk
