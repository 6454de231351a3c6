// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

class QFile;

namespace lvdesk {

// DurableFile: what it takes for a written file to survive a power cut: its bytes flushed to the
// disk, and, after a rename, the directory that holds the new entry flushed as well.
namespace DurableFile {
// Flushes Qt's buffer and the operating system's cache of an open file to the disk.
bool sync(QFile &file);
// Flushes a directory, making the entries created or renamed in it durable (POSIX; elsewhere the
// file system does it).
bool syncDirectory(const QString &path);
} // namespace DurableFile

} // namespace lvdesk
