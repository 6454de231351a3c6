// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct zip;

namespace lvdesk {

// ZipReader: reads an archive that came from outside (a register's reply) without trusting it:
// opened from a descriptor the caller made (no symlinks followed), every entry read with a size
// limit, names only listed, never used as paths. Synchronous; off the main thread.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Opens the archive in fd; the reader owns fd from now on (also on failure).
    bool open(int fd, QString *error);
    // The names of the archive's files (folders left out), in archive order.
    QStringList names() const;
    bool contains(const QString &name) const;
    // The content of one entry, at most maxBytes (an entry claiming more is refused unread).
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes, QString *error) const;

private:
    ::zip *m_archive = nullptr;
};

} // namespace lvdesk
