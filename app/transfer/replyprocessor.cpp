// SPDX-License-Identifier: EUPL-1.2

#include "replyprocessor.h"

#include "asianhallintareader.h"
#include "transferlog.h"
#include "uniquefd.h"
#include "zipreader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

int openFolder(const QString &folder)
{
    return ::open(QFile::encodeName(folder).constData(),
                  O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

// A subfolder (archive/, error/) of the replies folder, made when missing, never a link.
int openSubfolder(int dirFd, const char *name)
{
    if (::mkdirat(dirFd, name, 0750) != 0 && errno != EEXIST)
        return -1;
    return ::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

QString sha256Of(int fd)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QStringList ReplyProcessor::waiting(const QString &folder)
{
    // A replies folder that is a symbolic link (or missing) is not read at all.
    if (!UniqueFd(openFolder(folder)).isValid()) {
        qCWarning(lcTransfer) << "the replies folder cannot be opened as a real folder";
        return {};
    }
    const QFileInfoList entries = QDir(folder).entryInfoList(
        {u"*.zip"_s, u"*.ZIP"_s}, QDir::Files | QDir::NoSymLinks, QDir::Time | QDir::Reversed);
    QStringList names;
    for (const QFileInfo &info : entries) {
        if (!info.fileName().startsWith(u'.'))
            names << info.fileName();
    }
    return names;
}

RegisterReplies::Input ReplyProcessor::read(const QString &folder, const QString &fileName)
{
    RegisterReplies::Input input;
    input.fileName = fileName;
    auto problem = [&input](const QString &why) {
        input.problem = why;
        return input;
    };
    const UniqueFd dir(openFolder(folder));
    if (!dir.isValid() || fileName.contains(u'/'))
        return problem(tr("The replies folder cannot be read."));
    UniqueFd fd(::openat(dir.get(), QFile::encodeName(fileName).constData(),
                         O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    struct stat st;
    if (!fd.isValid() || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        input.replyKey = u"file:"_s + fileName;
        return problem(tr("The reply is not a regular file that lvdesk can read."));
    }
    // Until the message is read, the file's own bytes name the reply.
    input.replyKey = u"zip:"_s + sha256Of(fd.get());
    if (::lseek(fd.get(), 0, SEEK_SET) != 0)
        return problem(tr("The reply cannot be read."));

    ZipReader zip;
    QString error;
    if (!zip.open(fd.release(), &error))
        return problem(error);
    const QStringList names = zip.names();
    QStringList messages;
    for (const QString &name : names) {
        if (!name.contains(u'/') && name.endsWith(u".xml"_s, Qt::CaseInsensitive))
            messages << name;
    }
    if (messages.size() != 1)
        return problem(tr("The zip must hold exactly one XML message at its top; it holds %1.")
                           .arg(messages.size()));
    const std::optional<QByteArray> xml = zip.read(messages.first(), maxXmlBytes, &error);
    if (!xml)
        return problem(error);
    input.replyKey
        = u"xml:"_s
          + QString::fromLatin1(QCryptographicHash::hash(*xml, QCryptographicHash::Sha256).toHex());
    input.reply = AsianhallintaReader::read(*xml, &error);
    if (!input.reply)
        return problem(error);
    // Every file the reply names must be in the zip: by the link itself, or by its last part (a
    // register may link to where it keeps the file).
    for (const QString &link : std::as_const(input.reply->attachmentLinks)) {
        const QString last = link.section(u'/', -1);
        if (link.isEmpty() || (!zip.contains(link) && !zip.contains(last))) {
            input.reply.reset();
            return problem(tr("The file %1 that the reply names is missing from the zip.")
                               .arg(link.left(200)));
        }
    }
    return input;
}

bool ReplyProcessor::file(const QString &folder, const QString &fileName, bool applied,
                          const QString &reason, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const UniqueFd dir(openFolder(folder));
    if (!dir.isValid())
        return fail(tr("The replies folder cannot be read."));
    const UniqueFd target(openSubfolder(dir.get(), applied ? "archive" : "error"));
    if (!target.isValid())
        return fail(tr("The folder %1 cannot be made in the replies folder.")
                        .arg(applied ? u"archive"_s : u"error"_s));
    const QByteArray source = QFile::encodeName(fileName);
    const QString stem = QFileInfo(fileName).completeBaseName();
    const QString suffix = QFileInfo(fileName).suffix();
    for (int n = 1; n <= 9999; ++n) {
        const QString name = n == 1 ? fileName : stem + u'-' + QString::number(n) + u'.' + suffix;
        const QByteArray encoded = QFile::encodeName(name);
        struct stat st;
        if (::fstatat(target.get(), encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
            continue;
        if (!applied) {
            // The reason first, beside the name the reply will have.
            const QByteArray txt = encoded + ".txt";
            const UniqueFd out(::openat(target.get(), txt.constData(),
                                        O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                                        0640));
            const QByteArray text = reason.toUtf8() + '\n';
            if (!out.isValid()
                || ::write(out.get(), text.constData(), size_t(text.size())) != ssize_t(text.size())
                || ::fsync(out.get()) != 0)
                return fail(tr("The reason file could not be written into the replies folder."));
        }
        if (::renameat2(dir.get(), source.constData(), target.get(), encoded.constData(),
                        RENAME_NOREPLACE)
            == 0) {
            ::fsync(target.get());
            ::fsync(dir.get());
            return true;
        }
        if (errno == EEXIST)
            continue;
        if ((errno == EINVAL || errno == ENOSYS)
            && ::linkat(dir.get(), source.constData(), target.get(), encoded.constData(), 0) == 0) {
            ::unlinkat(dir.get(), source.constData(), 0);
            ::fsync(target.get());
            return true;
        }
        if (errno == EEXIST)
            continue;
        qCWarning(lcTransfer) << "a reply could not be moved out of the replies folder";
        return fail(tr("The reply could not be moved out of the replies folder."));
    }
    return fail(tr("The replies folder holds too many replies of this name."));
}

} // namespace lvdesk
