// SPDX-License-Identifier: EUPL-1.2

#include "blobstore.h"

#include "durablefile.h"
#include "privatefiles.h"
#include "storelog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace lvdesk {

BlobStore::BlobStore(const QString &directory)
    : m_directory(directory)
{ }

QString BlobStore::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool BlobStore::isValidName(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (const QChar c : sha256) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return QDir(m_directory).filePath(sha256.left(2) + u'/' + sha256);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isValidName(sha256) && QFileInfo::exists(pathOf(sha256));
}

QString BlobStore::put(const QByteArray &bytes, QString *error)
{
    const QString sha = sha256Of(bytes);
    return putVerified(bytes, sha, error) ? sha : QString();
}

bool BlobStore::putVerified(const QByteArray &bytes, const QString &expectedSha256, QString *error)
{
    const QString sha = sha256Of(bytes);
    if (sha != expectedSha256.toLower()) {
        if (error)
            *error = tr("The attachment does not match its checksum and was not stored.");
        return false;
    }
    const QString target = pathOf(sha);
    if (QFileInfo::exists(target))
        return true; // content-addressed: the same bytes are already there
    const QString folder = QFileInfo(target).absolutePath();
    QString folderError;
    if (!PrivateFiles::makeDirectory(folder, &folderError)) {
        if (error)
            *error = tr("The attachment folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString temp
        = target + u".tmp-"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("The attachment cannot be written to %1: %2")
                         .arg(QDir::toNativeSeparators(folder), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !DurableFile::sync(file)) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(temp);
        if (error)
            *error = tr("The attachment cannot be written to %1: %2")
                         .arg(QDir::toNativeSeparators(folder), why);
        return false;
    }
    file.close();
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        // Another writer may have stored the same content meanwhile.
        if (QFileInfo::exists(target))
            return true;
        if (error)
            *error = tr("The attachment cannot be moved into place in %1.")
                         .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    DurableFile::syncDirectory(folder);
    return true;
}

QByteArray BlobStore::read(const QString &sha256, QString *error) const
{
    if (!isValidName(sha256)) {
        if (error)
            *error = tr("The attachment name is not a valid checksum.");
        return {};
    }
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The attachment is missing from the attachment folder.");
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (sha256Of(bytes) != sha256) {
        qCWarning(lcStore) << "An attachment file does not match its checksum";
        if (error)
            *error = tr("The stored attachment is damaged: it no longer matches its checksum.");
        return {};
    }
    return bytes;
}

namespace {

constexpr qint64 kChunk = 1024 * 1024;
constexpr qint64 kHeadBytes = 16 * 1024;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool BlobStore::verify(const QString &sha256, qint64 expectedSize, QString *error) const
{
    return copyVerified(sha256, expectedSize, QString(), false, nullptr, error);
}

bool BlobStore::copyVerified(const QString &sha256, qint64 expectedSize, const QString &destination,
                             bool privateCopy, QByteArray *head, QString *error) const
{
    if (!isValidName(sha256))
        return failWith(error, tr("The attachment name is not a valid checksum."));
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return failWith(error, tr("The attachment is missing from the attachment folder."));
    std::unique_ptr<QSaveFile> out;
    if (!destination.isEmpty()) {
        out = std::make_unique<QSaveFile>(destination);
        out->setDirectWriteFallback(false);
        if (!out->open(QIODevice::WriteOnly))
            return failWith(error,
                            tr("The file could not be written to %1: %2")
                                .arg(QDir::toNativeSeparators(destination), out->errorString()));
        if (privateCopy)
            out->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return failWith(error,
                            tr("The attachment could not be read: %1").arg(file.errorString()));
        if (head && head->size() < kHeadBytes)
            head->append(chunk.left(kHeadBytes - head->size()));
        hash.addData(chunk);
        total += chunk.size();
        if (out && out->write(chunk) != chunk.size())
            return failWith(error,
                            tr("The file could not be written to %1: %2")
                                .arg(QDir::toNativeSeparators(destination), out->errorString()));
    }
    if (QString::fromLatin1(hash.result().toHex()) != sha256
        || (expectedSize >= 0 && total != expectedSize)) {
        qCWarning(lcStore) << "An attachment file does not match its checksum";
        return failWith(error, tr("The stored attachment is damaged: it no longer matches its "
                                  "checksum."));
    }
    if (out && !out->commit())
        return failWith(error, tr("The file could not be written to %1: %2")
                                   .arg(QDir::toNativeSeparators(destination), out->errorString()));
    return true;
}

} // namespace lvdesk
