// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

class ExportPackage;

// DropFolderTarget: writes an export package into the folder the case register watches, so that
// the register never sees half a package: everything goes to a hidden ".<name>.partial-<random>"
// folder first, each file and folder is flushed to disk, and only then is it renamed into place.
// An existing package is never replaced: a second export of the same case becomes "<name>-r2",
// "<name>-r3" … All of it goes through SecureDirectory, so nobody who may write to the drop folder
// can redirect a write or a removal through a symbolic link. Synchronous; run it off the main
// thread.
class DropFolderTarget
{
    Q_DECLARE_TR_FUNCTIONS(DropFolderTarget)

public:
    explicit DropFolderTarget(const QString &folder);

    // Publishes the package and answers the folder name it got; empty with error set on failure
    // (and no trace left in the drop folder but, after a crash, a hidden partial folder).
    QString publish(const ExportPackage &package, QString *error);

    // Partial folders of this workstation older than this are leftovers of a crash and are removed
    // on the next publish.
    static constexpr int stalePartialSeconds = 3600;

private:
    QString m_folder;
};

} // namespace lvdesk
