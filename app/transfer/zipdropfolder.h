// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/zipwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lvdesk {

// ZipDropFolder: the one place where an export zip meets the file system of the drop folder. The
// archive is written under a hidden temporary name (".<name>.zip.partial-<random>", created new,
// never through a symlink, mode 0600), flushed to disk, and only then renamed to "<name>.zip" with
// a rename that never replaces an existing file (a second export of the same name becomes
// "<name>-r2.zip" …); the folder is flushed after. A register that ignores hidden files never sees
// half a zip; after a crash at any moment every visible zip is complete (tst_asianhallintaexport
// killDuringZipWritingNeverLeavesACompleteLookingZip). Synchronous; run it off
// the main thread. Linux (openat, renameat2); other systems are not supported by this format yet.
class ZipDropFolder
{
    Q_DECLARE_TR_FUNCTIONS(ZipDropFolder)

public:
    explicit ZipDropFolder(const QString &folder);

    // Writes the archive and answers the file name it got; empty with error set on failure (and no
    // trace left but, after a crash, a hidden partial file that a later publish removes).
    QString publish(const QString &name, const QList<ZipWriter::Entry> &entries, QString *error);

    // Partial files older than this are leftovers of a crash and are removed on the next publish.
    static constexpr int stalePartialSeconds = 3600;

private:
    QString m_folder;
};

} // namespace lvdesk
