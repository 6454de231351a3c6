// SPDX-License-Identifier: EUPL-1.2

#include "zipreader.h"

#include <zip.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

bool ZipReader::open(int fd, QString *error)
{
    int code = 0;
    m_archive = zip_fdopen(fd, ZIP_CHECKCONS | ZIP_RDONLY, &code);
    if (!m_archive) {
        // zip_fdopen closes the descriptor only when it succeeds.
        ::close(fd);
        if (error)
            *error = tr("The file is not a readable zip archive.");
        return false;
    }
    return true;
}

QStringList ZipReader::names() const
{
    QStringList list;
    if (!m_archive)
        return list;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(m_archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (!name)
            continue;
        const QString text = QString::fromUtf8(name);
        if (!text.endsWith(u'/'))
            list << text;
    }
    return list;
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive
           && zip_name_locate(m_archive, name.toUtf8().constData(), ZIP_FL_ENC_GUESS) >= 0;
}

std::optional<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes,
                                          QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m_archive)
        return fail(tr("The zip archive is not open."));
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_archive, utf8.constData(), ZIP_FL_ENC_GUESS, &st) != 0
        || !(st.valid & ZIP_STAT_SIZE))
        return fail(tr("%1 is not in the zip archive.").arg(name));
    if (st.size > zip_uint64_t(maxBytes))
        return fail(tr("%1 in the zip archive is larger than %2 bytes.").arg(name).arg(maxBytes));
    zip_file_t *file = zip_fopen(m_archive, utf8.constData(), ZIP_FL_ENC_GUESS);
    if (!file)
        return fail(tr("%1 in the zip archive cannot be read.").arg(name));
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes.size()) {
        const zip_int64_t n
            = zip_fread(file, bytes.data() + done, zip_uint64_t(bytes.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    // One byte more than announced means the entry lies about its size.
    char extra = 0;
    const bool longer = zip_fread(file, &extra, 1) > 0;
    zip_fclose(file);
    if (done != bytes.size() || longer)
        return fail(tr("%1 in the zip archive is damaged.").arg(name));
    return bytes;
}

} // namespace lvdesk
