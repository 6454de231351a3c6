// SPDX-License-Identifier: EUPL-1.2

#include "dropfoldertarget.h"

#include "exportpackage.h"
#include "securedirectory.h"
#include "store/durablefile.h"
#include "transferlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

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

// Writes one file of the package through the folder's handle: created exclusively, never through
// a link, flushed to disk.
bool writeFile(SecureDirectory &folder, const QString &name, const ExportPackage::File &entry)
{
    QFile out;
    if (!folder.createFile(name, &out, nullptr))
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
    if (m_folder.isEmpty())
        return fail(tr("The drop folder %1 does not exist or cannot be reached.")
                        .arg(QDir::toNativeSeparators(m_folder)));
    QString problem;
    const std::unique_ptr<SecureDirectory> drop = SecureDirectory::open(m_folder, &problem);
    if (!drop)
        return fail(problem);

    // Leftovers of an export that crashed long ago: the register ignores hidden folders, but they
    // would pile up. Only this workstation's own, never through a link.
    drop->removeStalePartials(package.name, stalePartialSeconds);

    QString partial;
    std::unique_ptr<SecureDirectory> folder
        = drop->createPartialDirectory(package.name, &partial, &problem);
    if (!folder)
        return fail(problem);
    auto abandon = [&](const QString &message) {
        folder.reset();
        drop->discard(partial);
        return fail(message);
    };

    // One handle per subfolder ("documents", "attachments"), made by this process.
    std::map<QString, std::unique_ptr<SecureDirectory>> subfolders;
    for (const ExportPackage::File &entry : package.files) {
        SecureDirectory *target = folder.get();
        QString name = entry.path;
        const qsizetype slash = entry.path.indexOf(u'/');
        if (slash > 0) {
            const QString subfolder = entry.path.left(slash);
            std::unique_ptr<SecureDirectory> &handle = subfolders[subfolder];
            if (!handle)
                handle = folder->createDirectory(subfolder, &problem);
            if (!handle)
                return abandon(tr("The package could not be written to the drop folder."));
            target = handle.get();
            name = entry.path.mid(slash + 1);
        }
        if (!writeFile(*target, name, entry)) {
            qCWarning(lcTransfer) << "Writing a package file failed for case" << package.caseId;
            return abandon(entry.sourcePath.isEmpty()
                               ? tr("The package could not be written to the drop folder.")
                               : tr("An attachment could not be copied intact into the package."));
        }
    }
    ExportPackage::File manifest;
    manifest.bytes = package.manifest(QDateTime::currentDateTimeUtc());
    manifest.size = manifest.bytes.size();
    bool synced = writeFile(*folder, u"manifest.json"_s, manifest);
    for (const auto &[subfolder, handle] : subfolders)
        synced = synced && handle->sync();
    if (!synced || !folder->sync())
        return abandon(tr("The package could not be written to the drop folder."));

    for (int revision = 1; revision <= 9999; ++revision) {
        const QString name
            = revision == 1 ? package.name : package.name + u"-r"_s + QString::number(revision);
        switch (drop->publish(partial, name, &problem)) {
        case SecureDirectory::Publish::Done:
            return name;
        case SecureDirectory::Publish::Exists:
            continue;
        case SecureDirectory::Publish::Failed:
            return abandon(problem);
        }
    }
    return abandon(tr("The drop folder already holds too many packages of this case."));
}

} // namespace lvdesk
