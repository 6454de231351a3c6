#include "storeconfig.h"

#include "secrets/secretkeys.h"

#include <QDir>
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

} // namespace lvdesk
