// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lvdesk {

// ZipWriter: writes a zip archive (libzip) into a file descriptor the caller opened and owns, so
// that where and how the file is made (a temporary name, no symlinks, fsync, rename) stays with
// the caller. Entries come from memory or from a stored file that is checked against its size
// and SHA-256 while it is read: a damaged blob makes the whole archive fail. Synchronous; run it
// off the main thread.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    struct Entry
    {
        QString name; // inside the archive, UTF-8, "/" separated; already a safe name
        QByteArray bytes; // the content, unless sourcePath names the file holding it
        QString sourcePath;
        qint64 size = 0; // sourcePath: the size it must have
        QString sha256; // sourcePath: the SHA-256 (lower-case hex) it must have
    };

    // Writes every entry, in order, and flushes the archive to fd (the caller syncs and closes
    // it). In-memory entries are deflated, stored files are kept as they are. False with error set
    // on any failure; the file then holds no usable archive.
    static bool write(int fd, const QList<Entry> &entries, const QDateTime &modified,
                      QString *error);
};

} // namespace lvdesk
