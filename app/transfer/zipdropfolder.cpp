// SPDX-License-Identifier: EUPL-1.2

#include "zipdropfolder.h"

#include "transferlog.h"
#include "uniquefd.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Removes the hidden partial files of this name that a crash left behind long ago: regular files
// only, looked at without following links.
void removeStalePartials(int dirFd, const QByteArray &prefix)
{
    const int scanFd = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (scanFd < 0)
        return;
    DIR *dir = ::fdopendir(scanFd);
    if (!dir) {
        ::close(scanFd);
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (!name.startsWith(prefix))
            continue;
        struct stat st;
        if (::fstatat(dirFd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode)
            && now - qint64(st.st_mtime) > ZipDropFolder::stalePartialSeconds)
            ::unlinkat(dirFd, entry->d_name, 0);
    }
    ::closedir(dir);
}

} // namespace

ZipDropFolder::ZipDropFolder(const QString &folder)
    : m_folder(folder)
{ }

QString ZipDropFolder::publish(const QString &name, const QList<ZipWriter::Entry> &entries,
                               QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString unreachable = tr("The drop folder %1 does not exist or cannot be reached.")
                                    .arg(QDir::toNativeSeparators(m_folder));
    if (m_folder.isEmpty())
        return fail(unreachable);
    // The folder itself as a handle: every name below is resolved in it, never through a link.
    const UniqueFd dir(::open(QFile::encodeName(m_folder).constData(),
                              O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.isValid())
        return fail(errno == ELOOP || errno == ENOTDIR
                        ? tr("The drop folder %1 is a symbolic link or not a folder; lvdesk "
                             "writes only into a real folder.")
                              .arg(QDir::toNativeSeparators(m_folder))
                        : unreachable);

    // Hidden, and not ending in ".zip": a robot that lists "*.zip" does not see it either.
    const QByteArray prefix = '.' + QFile::encodeName(name) + ".zip.partial-";
    removeStalePartials(dir.get(), prefix);

    const QByteArray partial
        = prefix + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    UniqueFd file(::openat(dir.get(), partial.constData(),
                           O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!file.isValid())
        return fail(tr("lvdesk cannot write to the drop folder %1. Check that it exists and that "
                       "you may write there.")
                        .arg(QDir::toNativeSeparators(m_folder)));
    auto abandon = [&](const QString &message) {
        file.reset();
        ::unlinkat(dir.get(), partial.constData(), 0);
        return fail(message);
    };

    QString writeError;
    if (!ZipWriter::write(file.get(), entries, QDateTime::currentDateTimeUtc(), &writeError))
        return abandon(writeError);
    // The content is on disk before the name says the zip is complete.
    if (::fsync(file.get()) != 0)
        return abandon(tr("The package could not be written to the drop folder."));
    file.reset();

    for (int revision = 1; revision <= 9999; ++revision) {
        const QString finalName
            = (revision == 1 ? name : name + u"-r"_s + QString::number(revision)) + u".zip"_s;
        const QByteArray target = QFile::encodeName(finalName);
        if (::renameat2(dir.get(), partial.constData(), dir.get(), target.constData(),
                        RENAME_NOREPLACE)
            == 0) {
            ::fsync(dir.get());
            return finalName;
        }
        if (errno == EEXIST)
            continue;
        if (errno != EINVAL && errno != ENOSYS)
            return abandon(tr("The finished package could not be moved into place in the drop "
                              "folder."));
        // A file system without RENAME_NOREPLACE (some network shares): a hard link never
        // replaces an existing name either.
        if (::linkat(dir.get(), partial.constData(), dir.get(), target.constData(), 0) == 0) {
            ::unlinkat(dir.get(), partial.constData(), 0);
            ::fsync(dir.get());
            return finalName;
        }
        if (errno == EEXIST)
            continue;
        return abandon(tr("The finished package could not be moved into place in the drop "
                          "folder."));
    }
    return abandon(tr("The drop folder already holds too many packages of this case."));
}

} // namespace lvdesk
