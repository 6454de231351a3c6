// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// PrivateFiles: the data folder and everything lvdesk keeps in it belong to the officer alone: the
// folder is made 0700 and the database, its write-ahead log and shared memory, damaged copies and
// attachment blobs 0600, set explicitly rather than left to the umask (tst_store::
// privateFilesAreOwnerOnly). On Windows the user's local application data folder is private by
// its inherited ACL, and these calls set the owner-only permissions Qt maps onto it.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    // Creates path and its missing parents (each 0700), then checks that it is a real folder of
    // this user (not a symbolic link) and takes group and other permissions away from it.
    static bool makeDirectory(const QString &path, QString *error);
    // Makes an existing file owner-only (0600); a symbolic link is refused, never followed.
    static bool restrictFile(const QString &path);
    // Creates an empty owner-only file; false when it exists already or cannot be created.
    static bool createFile(const QString &path);
    // Copies from into a new owner-only file to (which must not exist).
    static bool copyFile(const QString &from, const QString &to);
};

} // namespace lvdesk
