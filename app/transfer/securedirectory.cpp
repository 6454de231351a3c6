// SPDX-License-Identifier: EUPL-1.2

#include "securedirectory.h"

#include "transferlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#endif

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// A crafted tree deeper than this is left alone rather than recursed into.
constexpr int maxRemovalDepth = 32;
constexpr qint64 maxMarkerSize = 512;

// Which workstation (machine and account) made a partial folder: a marker that names it is ours.
QString workstationTag()
{
    static const QString tag = [] {
        QByteArray seed = QSysInfo::machineUniqueId();
        if (seed.isEmpty())
            seed = QSysInfo::machineHostName().toUtf8();
#ifdef Q_OS_UNIX
        seed += ':' + QByteArray::number(::geteuid());
#endif
        return QString::fromLatin1(
            QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
    }();
    return tag;
}

QByteArray markerContent(const QString &id)
{
    return "lvdesk partial " + id.toLatin1() + ' ' + workstationTag().toLatin1() + '\n';
}

} // namespace

QString SecureDirectory::partialPrefix(const QString &finalName)
{
    return u'.' + finalName + u".partial-"_s;
}

QString SecureDirectory::markerName()
{
    return u".lvdesk-partial"_s;
}

#ifdef Q_OS_UNIX

namespace {

int openDirectoryAt(int dirfd, const QByteArray &name)
{
    return ::openat(dirfd, name.constData(),
                    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
}

// Empties the folder behind fd through handles: links are removed as links, folders are opened
// without following anything and emptied in turn. Answers false when something stayed.
bool removeContents(int fd, int depth)
{
    if (depth > maxRemovalDepth)
        return false;
    const int listFd = ::dup(fd);
    if (listFd < 0)
        return false;
    DIR *dir = ::fdopendir(listFd);
    if (!dir) {
        ::close(listFd);
        return false;
    }
    ::rewinddir(dir); // the handle's position is shared with every duplicate of it
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    ::closedir(dir);
    bool ok = true;
    for (const QByteArray &name : std::as_const(names)) {
        struct stat st = {};
        if (::fstatat(fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = false;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            const int child = openDirectoryAt(fd, name);
            if (child < 0) {
                ok = false;
                continue;
            }
            struct stat opened = {};
            // The folder that was opened is the one that was looked at, or it is left alone.
            const bool same = ::fstat(child, &opened) == 0 && opened.st_dev == st.st_dev
                              && opened.st_ino == st.st_ino;
            const bool emptied = same && removeContents(child, depth + 1);
            ::close(child);
            if (!emptied || ::unlinkat(fd, name.constData(), AT_REMOVEDIR) != 0)
                ok = false;
        } else if (::unlinkat(fd, name.constData(), 0) != 0) {
            ok = false;
        }
    }
    return ok;
}

QDateTime modifiedTime(const struct stat &st)
{
    return QDateTime::fromSecsSinceEpoch(qint64(st.st_mtime), QTimeZone::utc());
}

} // namespace

SecureDirectory::SecureDirectory(int fd, const QString &path, unsigned sharedMode,
                                 unsigned sharedGroup)
    : m_fd(fd)
    , m_path(path)
    , m_sharedMode(sharedMode)
    , m_sharedGroup(sharedGroup)
{ }

SecureDirectory::~SecureDirectory()
{
    for (const Created &created : std::as_const(m_partials))
        ::close(created.fd);
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<SecureDirectory> SecureDirectory::open(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(QDir::cleanPath(path));
    const int fd
        = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error = errno == ELOOP || errno == ENOTDIR
                         ? tr("The folder %1 is a symbolic link or not a folder; lvdesk writes "
                              "only into a real folder.")
                               .arg(QDir::toNativeSeparators(path))
                         : tr("The folder %1 does not exist or cannot be reached.")
                               .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    return std::unique_ptr<SecureDirectory>(
        new SecureDirectory(fd, path, unsigned(st.st_mode & 0777), unsigned(st.st_gid)));
}

bool SecureDirectory::isValidName(const QString &name, QString *error) const
{
    if (name.isEmpty() || name == u"."_s || name == u".."_s || name.contains(u'/')
        || name.contains(QChar(0))) {
        if (error)
            *error = tr("lvdesk refused to write an entry with an unsafe name into %1.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

bool SecureDirectory::makeShared(int fd, bool directory) const
{
    // The register reads what lvdesk publishes as it reads the folder: the folder's group, and
    // its mode (files without execute bits; no set-id bits ever).
    if (::fchown(fd, uid_t(-1), gid_t(m_sharedGroup)) != 0)
        qCDebug(lcTransfer) << "the drop folder's group could not be given to a new entry";
    const mode_t mode = directory ? mode_t(m_sharedMode & 0777) : mode_t(m_sharedMode & 0666);
    return ::fchmod(fd, mode | S_IRUSR | S_IWUSR | (directory ? S_IXUSR : 0)) == 0;
}

QList<SecureDirectory::Entry> SecureDirectory::entries() const
{
    QList<Entry> list;
    const int listFd = ::dup(m_fd);
    if (listFd < 0)
        return list;
    DIR *dir = ::fdopendir(listFd);
    if (!dir) {
        ::close(listFd);
        return list;
    }
    ::rewinddir(dir);
    while (const dirent *d = ::readdir(dir)) {
        const QByteArray name(d->d_name);
        if (name == "." || name == "..")
            continue;
        struct stat st = {};
        if (::fstatat(m_fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        Entry e;
        e.name = QFile::decodeName(name);
        e.kind = S_ISLNK(st.st_mode)   ? Entry::SymbolicLink
                 : S_ISDIR(st.st_mode) ? Entry::Directory
                 : S_ISREG(st.st_mode) ? Entry::File
                                       : Entry::Other;
        e.modified = modifiedTime(st);
        e.ownedByThisUser = st.st_uid == ::geteuid();
        list << e;
    }
    ::closedir(dir);
    return list;
}

std::unique_ptr<SecureDirectory> SecureDirectory::createDirectory(const QString &name,
                                                                  QString *error)
{
    if (!isValidName(name, error))
        return nullptr;
    const QByteArray native = QFile::encodeName(name);
    if (::mkdirat(m_fd, native.constData(), 0700) != 0) {
        if (error)
            *error
                = tr("A folder could not be created in %1.").arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    const int fd = openDirectoryAt(m_fd, native);
    if (fd < 0 || !makeShared(fd, true)) {
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error
                = tr("A folder could not be created in %1.").arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    return std::unique_ptr<SecureDirectory>(
        new SecureDirectory(fd, QDir(m_path).filePath(name), m_sharedMode, m_sharedGroup));
}

bool SecureDirectory::createFile(const QString &name, QFile *file, QString *error)
{
    if (!isValidName(name, error))
        return false;
    const int fd = ::openat(m_fd, QFile::encodeName(name).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 || !makeShared(fd, false)
        || !file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0 && !file->isOpen())
            ::close(fd);
        if (error)
            *error = tr("A file could not be created in %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

bool SecureDirectory::sync() const
{
    return ::fsync(m_fd) == 0;
}

std::unique_ptr<SecureDirectory> SecureDirectory::createPartialDirectory(const QString &finalName,
                                                                         QString *partialName,
                                                                         QString *error)
{
    const QString id = QString::number(QRandomGenerator::system()->generate64(), 16);
    const QString name = partialPrefix(finalName) + id;
    if (!isValidName(name, error))
        return nullptr;
    const QByteArray native = QFile::encodeName(name);
    // Private to the officer until it is published.
    if (::mkdirat(m_fd, native.constData(), 0700) != 0) {
        if (error)
            *error = tr("lvdesk cannot write to the folder %1. Check that it exists and that you "
                        "may write there.")
                         .arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    // Between making and opening it, someone may have put something else under its name: what
    // is opened must be a folder of ours, still private, or nothing is written.
    const int fd = openDirectoryAt(m_fd, native);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_uid != ::geteuid()
        || (st.st_mode & 0777) != 0700) {
        if (fd >= 0)
            ::close(fd);
        qCWarning(lcTransfer) << "a partial folder in the drop folder was replaced as it was made";
        if (error)
            *error = tr("Something in %1 replaced the package while lvdesk wrote it; nothing was "
                        "published. Ask IT support to check who may write to that folder.")
                         .arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    m_partials.insert(name, Created{::dup(fd), quint64(st.st_dev), quint64(st.st_ino), true});
    std::unique_ptr<SecureDirectory> folder(
        new SecureDirectory(fd, QDir(m_path).filePath(name), m_sharedMode, m_sharedGroup));
    // The marker tells a later run that this workstation made the folder (see the header).
    QFile marker;
    const QByteArray content = markerContent(id);
    if (!folder->createFile(markerName(), &marker, error) || marker.write(content) != content.size()
        || !marker.flush()) {
        marker.close();
        folder.reset();
        discard(name);
        return nullptr;
    }
    marker.close();
    if (partialName)
        *partialName = name;
    return folder;
}

bool SecureDirectory::createPartialFile(const QString &finalName, QFile *file, QString *partialName,
                                        QString *error)
{
    const QString id = QString::number(QRandomGenerator::system()->generate64(), 16);
    const QString name = partialPrefix(finalName) + id;
    if (!isValidName(name, error))
        return false;
    const int fd = ::openat(m_fd, QFile::encodeName(name).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    struct stat st = {};
    if (fd < 0 || ::fstat(fd, &st) != 0
        || !file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0 && !file->isOpen())
            ::close(fd);
        if (error)
            *error = tr("lvdesk cannot write to the folder %1. Check that it exists and that you "
                        "may write there.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_partials.insert(name, Created{::dup(fd), quint64(st.st_dev), quint64(st.st_ino), false});
    if (partialName)
        *partialName = name;
    return true;
}

bool SecureDirectory::stillHolds(const QString &name, const Created &created) const
{
    struct stat st = {};
    return ::fstatat(m_fd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
           && quint64(st.st_dev) == created.device && quint64(st.st_ino) == created.inode
           && (created.directory ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

SecureDirectory::Publish SecureDirectory::publish(const QString &partialName,
                                                  const QString &finalName, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return Publish::Failed;
    };
    const auto it = m_partials.constFind(partialName);
    if (it == m_partials.constEnd() || !isValidName(finalName, error))
        return fail(tr("lvdesk publishes only what it wrote itself."));
    const Created created = *it;
    if (created.directory
        && ::unlinkat(created.fd, QFile::encodeName(markerName()).constData(), 0) != 0
        && errno != ENOENT)
        return fail(
            tr("The package could not be finished in %1.").arg(QDir::toNativeSeparators(m_path)));
    if (!makeShared(created.fd, created.directory) || ::fsync(created.fd) != 0)
        return fail(
            tr("The package could not be finished in %1.").arg(QDir::toNativeSeparators(m_path)));
    // Someone may have renamed the partial away and put a link in its place: what is renamed must
    // be what was written.
    if (!stillHolds(partialName, created)) {
        qCWarning(lcTransfer) << "a partial entry in the drop folder was replaced while written";
        return fail(tr("Something in %1 replaced the package while lvdesk wrote it; nothing was "
                       "published. Ask IT support to check who may write to that folder.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    const QByteArray from = QFile::encodeName(partialName);
    const QByteArray to = QFile::encodeName(finalName);
#ifdef Q_OS_LINUX
    if (::renameat2(m_fd, from.constData(), m_fd, to.constData(), RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY)
            return Publish::Exists;
        if (errno != EINVAL && errno != ENOSYS)
            return fail(tr("The finished package could not be moved into place in %1.")
                            .arg(QDir::toNativeSeparators(m_path)));
            // A file system without RENAME_NOREPLACE (some network shares): look, then rename; a
            // folder is never renamed over a non-empty one.
#endif
        struct stat st = {};
        if (::fstatat(m_fd, to.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT)
            return Publish::Exists;
        if (::renameat(m_fd, from.constData(), m_fd, to.constData()) != 0)
            return (errno == EEXIST || errno == ENOTEMPTY)
                       ? Publish::Exists
                       : fail(tr("The finished package could not be moved into place in %1.")
                                  .arg(QDir::toNativeSeparators(m_path)));
#ifdef Q_OS_LINUX
    }
#endif
    // The window between the check and the rename is small, not zero: say so if it was used.
    if (!stillHolds(finalName, created)) {
        qCWarning(lcTransfer) << "a partial entry in the drop folder was replaced while published";
        m_partials.remove(partialName);
        ::close(created.fd);
        return fail(tr("Something in %1 replaced the package while lvdesk wrote it; nothing was "
                       "published. Ask IT support to check who may write to that folder.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    m_partials.remove(partialName);
    ::close(created.fd);
    sync();
    return Publish::Done;
}

bool SecureDirectory::discard(const QString &partialName)
{
    const auto it = m_partials.constFind(partialName);
    if (it == m_partials.constEnd())
        return false;
    const Created created = *it;
    m_partials.remove(partialName);
    // Emptied through its own handle, so a link put in its name's place is never followed; the
    // name is removed only while it still holds what was created.
    bool ok = !created.directory || removeContents(created.fd, 0);
    if (stillHolds(partialName, created))
        ok = ::unlinkat(m_fd, QFile::encodeName(partialName).constData(),
                        created.directory ? AT_REMOVEDIR : 0)
                 == 0
             && ok;
    else
        ok = false;
    ::close(created.fd);
    return ok;
}

int SecureDirectory::removeStalePartials(const QString &finalName, int olderThanSeconds)
{
    const QString prefix = partialPrefix(finalName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int removed = 0;
    const QList<Entry> list = entries();
    for (const Entry &entry : list) {
        if (!entry.name.startsWith(prefix) || m_partials.contains(entry.name))
            continue;
        // Links, files, other users' folders and recent ones are not leftovers of ours.
        if (entry.kind != Entry::Directory || !entry.ownedByThisUser
            || entry.modified.secsTo(now) <= olderThanSeconds)
            continue;
        const QByteArray native = QFile::encodeName(entry.name);
        struct stat looked = {};
        if (::fstatat(m_fd, native.constData(), &looked, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const int fd = openDirectoryAt(m_fd, native);
        if (fd < 0)
            continue;
        struct stat opened = {};
        bool ours = ::fstat(fd, &opened) == 0 && opened.st_dev == looked.st_dev
                    && opened.st_ino == looked.st_ino;
        if (ours) {
            const int markerFd = ::openat(fd, QFile::encodeName(markerName()).constData(),
                                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
            struct stat markerStat = {};
            QByteArray content;
            if (markerFd >= 0 && ::fstat(markerFd, &markerStat) == 0 && S_ISREG(markerStat.st_mode)
                && markerStat.st_size <= maxMarkerSize) {
                content.resize(qsizetype(markerStat.st_size));
                if (::read(markerFd, content.data(), size_t(content.size())) != content.size())
                    content.clear();
            }
            if (markerFd >= 0)
                ::close(markerFd);
            ours = content == markerContent(entry.name.mid(prefix.size()));
        }
        if (ours) {
            const Created created{fd, quint64(opened.st_dev), quint64(opened.st_ino), true};
            if (removeContents(fd, 0) && stillHolds(entry.name, created)
                && ::unlinkat(m_fd, native.constData(), AT_REMOVEDIR) == 0)
                ++removed;
        }
        ::close(fd);
    }
    if (removed)
        qCInfo(lcTransfer) << "removed" << removed << "partial folders left by a crash";
    return removed;
}

#else
#error "SecureDirectory has no Windows implementation yet: see docs/security.md for the design."
#endif

} // namespace lvdesk
