// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/zipreader.h"
#include "transfer/zipwriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

#include <fcntl.h>
#include <unistd.h>

namespace lvdesk {

// ZipTestFiles: zips as a register's import robot meets them: every entry of a zip file read
// whole, and replies written the way a register drops them (under a temporary name, then renamed).
class ZipTestFiles
{
public:
    // Every file of the zip at path with its content; empty when it is no readable zip.
    static QMap<QString, QByteArray> read(const QString &path, QString *error = nullptr)
    {
        QMap<QString, QByteArray> files;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return files;
        ZipReader zip;
        if (!zip.open(fd, error))
            return files;
        const QStringList names = zip.names();
        for (const QString &name : names) {
            const std::optional<QByteArray> bytes = zip.read(name, 64 * 1024 * 1024, error);
            if (!bytes)
                return {};
            files.insert(name, *bytes);
        }
        return files;
    }

    // Writes a zip of files (name → content) to folder/name, atomically.
    static bool write(const QString &folder, const QString &name,
                      const QMap<QString, QByteArray> &files)
    {
        QList<ZipWriter::Entry> entries;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            ZipWriter::Entry e;
            e.name = it.key();
            e.bytes = it.value();
            e.size = it.value().size();
            entries << e;
        }
        const QString partial
            = QDir(folder).filePath(QStringLiteral(".") + name + QStringLiteral(".part"));
        const int fd = ::open(QFile::encodeName(partial).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        QString error;
        const bool ok = ZipWriter::write(fd, entries, QDateTime::currentDateTimeUtc(), &error);
        ::close(fd);
        return ok && QFile::rename(partial, QDir(folder).filePath(name));
    }

    // The visible zip files of a folder (what a register that skips hidden files sees).
    static QStringList visibleZips(const QString &folder)
    {
        return QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    }
};

} // namespace lvdesk
