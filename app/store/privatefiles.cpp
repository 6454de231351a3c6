// SPDX-License-Identifier: EUPL-1.2

#include "privatefiles.h"

#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

bool PrivateFiles::makeDirectory(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcStore) << "The data folder is not private";
        return false;
    };
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    // The missing components, deepest last; each is created owner-only.
    QStringList missing;
    for (QString at = absolute; !QFileInfo(at).exists() && !QFileInfo(at).isSymLink();
         at = QFileInfo(at).absolutePath()) {
        if (at == QFileInfo(at).absolutePath())
            break;
        missing.prepend(at);
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, ownerOnlyFolder) && !QFileInfo(dir).isDir())
            return fail(tr("The data folder %1 cannot be created. Check that the user may write "
                           "there.")
                            .arg(QDir::toNativeSeparators(dir)));
    }
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::lstat(QFile::encodeName(absolute).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(tr("The data folder %1 is not a folder (a symbolic link is not accepted).")
                        .arg(QDir::toNativeSeparators(absolute)));
    if (st.st_uid != ::geteuid())
        return fail(tr("The data folder %1 belongs to another user. lvdesk keeps its data only in "
                       "a folder of the user it runs as.")
                        .arg(QDir::toNativeSeparators(absolute)));
    if ((st.st_mode & 07777) != 0700 && ::chmod(QFile::encodeName(absolute).constData(), 0700) != 0)
        return fail(tr("The permissions of the data folder %1 cannot be restricted to its owner.")
                        .arg(QDir::toNativeSeparators(absolute)));
#else
    if (!QFileInfo(absolute).isDir() || QFileInfo(absolute).isSymLink())
        return fail(tr("The data folder %1 is not a folder (a symbolic link is not accepted).")
                        .arg(QDir::toNativeSeparators(absolute)));
    QFile::setPermissions(absolute, ownerOnlyFolder);
#endif
    return true;
}

bool PrivateFiles::restrictFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return false;
    return QFile::setPermissions(path, ownerOnlyFile);
}

bool PrivateFiles::createFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return false;
    file.close();
    return true;
}

bool PrivateFiles::copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)
        || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return false;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return out.flush();
        if (out.write(buffer.constData(), n) != n)
            return false;
    }
}

} // namespace lvdesk
