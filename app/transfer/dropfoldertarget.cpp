// SPDX-License-Identifier: EUPL-1.2

#include "dropfoldertarget.h"

#include "exportpackage.h"
#include "store/durablefile.h"
#include "transferlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <fcntl.h> // AT_FDCWD for renameat2
#endif

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

enum class RenameResult {
    Done,
    Exists,
    Failed
};

// Renames a folder only if the new name is free: a plain rename() would replace an existing empty
// folder, and a check before it would race with the register or another workstation.
RenameResult renameNoReplace(const QString &from, const QString &to)
{
#if defined(Q_OS_LINUX)
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) == 0)
        return RenameResult::Done;
    if (errno == EEXIST || errno == ENOTEMPTY)
        return RenameResult::Exists;
    if (errno != EINVAL && errno != ENOSYS)
        return RenameResult::Failed;
    // A file system without RENAME_NOREPLACE (some network shares): rename() still refuses a
    // non-empty folder, and a package folder is never empty.
    if (QFileInfo::exists(to))
        return RenameResult::Exists;
    if (::rename(src.constData(), dst.constData()) == 0)
        return RenameResult::Done;
    return (errno == EEXIST || errno == ENOTEMPTY) ? RenameResult::Exists : RenameResult::Failed;
#else
    // Windows (MoveFileEx without MOVEFILE_REPLACE_EXISTING) and macOS (RENAME_EXCL) never replace.
    if (QFileInfo::exists(to))
        return RenameResult::Exists;
    return QDir().rename(from, to)
               ? RenameResult::Done
               : (QFileInfo::exists(to) ? RenameResult::Exists : RenameResult::Failed);
#endif
}

// Copies an attachment from the blob store, hashing what is read, so that the package holds
// exactly the bytes the service sent even if the blob was damaged after the package was built.
bool copyVerified(const ExportPackage::File &entry, QFile &out)
{
    QFile in(entry.sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n)
            return false;
        total += n;
    }
    return total == entry.size && QString::fromLatin1(hash.result().toHex()) == entry.sha256;
}

bool writeFile(const QString &path, const ExportPackage::File &entry)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const bool written = entry.sourcePath.isEmpty() ? out.write(entry.bytes) == entry.bytes.size()
                                                    : copyVerified(entry, out);
    return written && DurableFile::sync(out);
}

} // namespace

DropFolderTarget::DropFolderTarget(const QString &folder)
    : m_folder(folder)
{ }

QString DropFolderTarget::publish(const ExportPackage &package, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const QDir folder(m_folder);
    if (m_folder.isEmpty() || !folder.exists())
        return fail(tr("The drop folder %1 does not exist or cannot be reached.")
                        .arg(QDir::toNativeSeparators(m_folder)));

    // Leftovers of an export that crashed long ago: the register ignores hidden folders, but they
    // would pile up.
    const QString partialPrefix = u'.' + package.name + u".partial-"_s;
    const QFileInfoList leftovers
        = folder.entryInfoList({partialPrefix + u'*'}, QDir::Dirs | QDir::Hidden);
    for (const QFileInfo &info : leftovers) {
        if (info.lastModified().secsTo(QDateTime::currentDateTime()) > stalePartialSeconds)
            QDir(info.absoluteFilePath()).removeRecursively();
    }

    const QString partialName
        = partialPrefix + QString::number(QRandomGenerator::system()->generate64(), 16);
    const QString partial = folder.filePath(partialName);
    if (!folder.mkdir(partialName))
        return fail(tr("lvdesk cannot write to the drop folder %1. Check that it exists and that "
                       "you may write there.")
                        .arg(QDir::toNativeSeparators(m_folder)));
    auto abandon = [&](const QString &message) {
        QDir(partial).removeRecursively();
        return fail(message);
    };

    const QDir dir(partial);
    QStringList subfolders; // "documents", "attachments"
    for (const ExportPackage::File &entry : package.files) {
        const QString subfolder = entry.path.section(u'/', 0, -2);
        if (!subfolder.isEmpty() && !subfolders.contains(subfolder)) {
            if (!dir.mkdir(subfolder))
                return abandon(tr("The package could not be written to the drop folder."));
            subfolders << subfolder;
        }
        if (!writeFile(dir.filePath(entry.path), entry)) {
            qCWarning(lcTransfer) << "Writing a package file failed for case" << package.caseId;
            return abandon(entry.sourcePath.isEmpty()
                               ? tr("The package could not be written to the drop folder.")
                               : tr("An attachment could not be copied intact into the package."));
        }
    }
    ExportPackage::File manifest;
    manifest.bytes = package.manifest(QDateTime::currentDateTimeUtc());
    manifest.size = manifest.bytes.size();
    bool synced = writeFile(dir.filePath(u"manifest.json"_s), manifest);
    for (const QString &subfolder : std::as_const(subfolders))
        synced = synced && DurableFile::syncDirectory(dir.filePath(subfolder));
    if (!synced || !DurableFile::syncDirectory(partial))
        return abandon(tr("The package could not be written to the drop folder."));

    for (int revision = 1; revision <= 9999; ++revision) {
        const QString name
            = revision == 1 ? package.name : package.name + u"-r"_s + QString::number(revision);
        switch (renameNoReplace(partial, folder.filePath(name))) {
        case RenameResult::Done:
            DurableFile::syncDirectory(m_folder);
            return name;
        case RenameResult::Exists:
            continue;
        case RenameResult::Failed:
            return abandon(tr("The finished package could not be moved into place in the drop "
                              "folder."));
        }
    }
    return abandon(tr("The drop folder already holds too many packages of this case."));
}

} // namespace lvdesk
