// SPDX-License-Identifier: EUPL-1.2

#include "packageverifier.h"

#include "exportpackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lvdesk {

bool PackageVerifier::verify(const QString &folder, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile manifestFile(QDir(folder).filePath(u"manifest.json"_s));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(tr("The package has no readable manifest.json."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("manifest.json is not a JSON object."));
    const QJsonObject manifest = doc.object();
    // Version 1 packages (before the documents) have the same manifest.
    const int version = manifest.value(u"formatVersion"_s).toInt();
    if (version < 1 || version > ExportPackage::formatVersion)
        return fail(tr("manifest.json has an unknown format version."));

    QSet<QString> listed;
    const QJsonArray files = manifest.value(u"files"_s).toArray();
    if (files.isEmpty())
        return fail(tr("manifest.json lists no files."));
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(u"path"_s).toString();
        if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\')
            || path.split(u'/').contains(u".."_s) || path == u"manifest.json"_s)
            return fail(tr("manifest.json lists an invalid path."));
        if (listed.contains(path))
            return fail(tr("manifest.json lists %1 twice.").arg(path));
        listed.insert(path);
        QFile file(QDir(folder).filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 is missing from the package.").arg(path));
        if (file.size() != qint64(entry.value(u"size"_s).toDouble(-1)))
            return fail(tr("%1 does not have the size the manifest gives.").arg(path));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file)
            || QString::fromLatin1(hash.result().toHex()) != entry.value(u"sha256"_s).toString())
            return fail(tr("%1 does not have the SHA-256 the manifest gives.").arg(path));
    }

    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative != u"manifest.json"_s && !listed.contains(relative))
            return fail(tr("%1 is in the package but not in the manifest.").arg(relative));
    }
    return true;
}

} // namespace lvdesk
