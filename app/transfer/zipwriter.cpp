// SPDX-License-Identifier: EUPL-1.2

#include "zipwriter.h"

#include "transferlog.h"

#include <QCryptographicHash>
#include <QFile>

#include <zip.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The archive's own file: libzip writes through this source into the caller's descriptor.
struct FdTarget
{
    int fd = -1;
    zip_error_t error;
};

zip_int64_t fdTarget(void *state, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *t = static_cast<FdTarget *>(state);
    auto fail = [t](int zipError) {
        zip_error_set(&t->error, zipError, errno);
        return zip_int64_t(-1);
    };
    switch (cmd) {
    case ZIP_SOURCE_SUPPORTS:
        return ZIP_SOURCE_SUPPORTS_WRITABLE;
    case ZIP_SOURCE_STAT: {
        // An empty file: libzip starts a new archive in it.
        auto *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &t->error);
        if (!st)
            return -1;
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE;
        st->size = 0;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&t->error, data, len);
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_READ:
        return 0; // a new archive is never read back
    case ZIP_SOURCE_SEEK:
    case ZIP_SOURCE_TELL:
        return 0;
    case ZIP_SOURCE_BEGIN_WRITE:
        if (::ftruncate(t->fd, 0) != 0 || ::lseek(t->fd, 0, SEEK_SET) != 0)
            return fail(ZIP_ER_WRITE);
        return 0;
    case ZIP_SOURCE_WRITE: {
        const char *bytes = static_cast<const char *>(data);
        zip_uint64_t done = 0;
        while (done < len) {
            const ssize_t n = ::write(t->fd, bytes + done, len - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(ZIP_ER_WRITE);
            done += zip_uint64_t(n);
        }
        return zip_int64_t(done);
    }
    case ZIP_SOURCE_SEEK_WRITE: {
        auto *args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, len, &t->error);
        if (!args || ::lseek(t->fd, off_t(args->offset), args->whence) < 0)
            return fail(ZIP_ER_SEEK);
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE: {
        const off_t at = ::lseek(t->fd, 0, SEEK_CUR);
        return at < 0 ? fail(ZIP_ER_TELL) : zip_int64_t(at);
    }
    case ZIP_SOURCE_COMMIT_WRITE:
        return 0; // the caller syncs and renames
    case ZIP_SOURCE_ROLLBACK_WRITE:
        if (::ftruncate(t->fd, 0) != 0)
            return fail(ZIP_ER_WRITE);
        return 0;
    case ZIP_SOURCE_REMOVE:
        return 0; // the caller removes the file it made
    default:
        break;
    }
    zip_error_set(&t->error, ZIP_ER_OPNOTSUPP, 0);
    return -1;
}

// A stored file read into the archive and checked on the way: its size and SHA-256 must be what
// the service promised, or the archive fails.
struct VerifiedFile
{
    QString path;
    qint64 size = 0;
    QString sha256;
    QFile file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 read = 0;
    zip_error_t error;
};

zip_int64_t verifiedFile(void *state, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *f = static_cast<VerifiedFile *>(state);
    switch (cmd) {
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    case ZIP_SOURCE_STAT: {
        auto *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &f->error);
        if (!st)
            return -1;
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE;
        st->size = zip_uint64_t(f->size);
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_OPEN:
        f->file.setFileName(f->path);
        f->hash.reset();
        f->read = 0;
        if (!f->file.open(QIODevice::ReadOnly)) {
            zip_error_set(&f->error, ZIP_ER_OPEN, 0);
            return -1;
        }
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 n = f->file.read(static_cast<char *>(data), qint64(len));
        if (n < 0) {
            zip_error_set(&f->error, ZIP_ER_READ, 0);
            return -1;
        }
        f->hash.addData(QByteArrayView(static_cast<const char *>(data), n));
        f->read += n;
        if (f->read > f->size
            || (n == 0
                && (f->read != f->size
                    || QString::fromLatin1(f->hash.result().toHex()) != f->sha256))) {
            zip_error_set(&f->error, ZIP_ER_CRC, 0);
            return -1;
        }
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        f->file.close();
        return 0;
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&f->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&f->error);
        delete f;
        return 0;
    default:
        break;
    }
    zip_error_set(&f->error, ZIP_ER_OPNOTSUPP, 0);
    return -1;
}

} // namespace

bool ZipWriter::write(int fd, const QList<Entry> &entries, const QDateTime &modified,
                      QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    FdTarget target;
    target.fd = fd;
    zip_error_init(&target.error);
    const std::unique_ptr<zip_error_t, void (*)(zip_error_t *)> targetError(&target.error,
                                                                            zip_error_fini);

    zip_error_t openError;
    zip_error_init(&openError);
    zip_source_t *source = zip_source_function_create(fdTarget, &target, &openError);
    zip_t *archive
        = source ? zip_open_from_source(source, ZIP_CREATE | ZIP_TRUNCATE, &openError) : nullptr;
    if (!archive) {
        qCWarning(lcTransfer) << "zip archive could not be started:"
                              << zip_error_strerror(&openError);
        if (source)
            zip_source_free(source);
        zip_error_fini(&openError);
        return fail(tr("The zip archive could not be created."));
    }
    zip_error_fini(&openError);

    const time_t mtime = time_t(modified.toSecsSinceEpoch());
    for (const Entry &entry : entries) {
        zip_source_t *content = nullptr;
        if (entry.sourcePath.isEmpty()) {
            content = zip_source_buffer(archive, entry.bytes.constData(),
                                        zip_uint64_t(entry.bytes.size()), 0);
        } else {
            auto *file = new VerifiedFile;
            file->path = entry.sourcePath;
            file->size = entry.size;
            file->sha256 = entry.sha256;
            zip_error_init(&file->error);
            content = zip_source_function(archive, verifiedFile, file);
            if (!content) {
                zip_error_fini(&file->error);
                delete file;
            }
        }
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index
            = content ? zip_file_add(archive, name.constData(), content, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (content)
                zip_source_free(content);
            zip_discard(archive);
            return fail(tr("The zip archive could not be created."));
        }
        // Stored files (PDFs, images, other archives) are mostly compressed already.
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 entry.sourcePath.isEmpty() ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0);
    }
    if (zip_close(archive) != 0) {
        const int code = zip_error_code_zip(zip_get_error(archive));
        qCWarning(lcTransfer) << "zip archive could not be written:"
                              << zip_error_strerror(zip_get_error(archive));
        zip_discard(archive);
        return fail(code == ZIP_ER_CRC
                        ? tr("An attachment could not be copied intact into the package.")
                        : tr("The zip archive could not be written."));
    }
    return true;
}

} // namespace lvdesk
