// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace lvdesk {

// FileMode: what the tests of private files and drop-folder packages read back from the disk.
class FileMode
{
public:
    // The permission bits of path itself (a symbolic link is not followed); -1 when it is missing.
    static int of(const QString &path)
    {
        struct stat st = {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 07777);
    }
};

} // namespace lvdesk
