// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QFile;

namespace lvdesk {

// SecureDirectory: a folder that other people may write to (the case register's drop folder),
// used only through a handle on it, so that nobody who can write there can turn lvdesk against
// the officer. Every name is one component resolved against the handle (openat, mkdirat,
// renameat2, unlinkat with O_NOFOLLOW on Linux): no symbolic link is ever followed, written
// through or deleted through, and a folder swapped for a link after lvdesk opened it is never
// entered again (tst_dropfolderexport::symlinkPlantedAsStalePartialIsLeftAlone,
// tst_dropfolderexport::partialSwappedForSymlinkMidWriteFailsVisibly).
//
// What lvdesk writes appears in two steps: a *partial* entry, hidden (".<name>.partial-<id>") and
// private to the officer while it is written, then published under its final name by a rename
// that never replaces anything. On publishing it takes the folder's own mode and group (files the
// mode without execute bits), so the register reads it as it reads the folder. Only entries this
// object created can be published or discarded. A partial folder also holds a marker naming its
// random id and this workstation; partial folders that a crash left behind are removed later only
// when their marker says this workstation made them, they are real folders of this user (never a
// link) and older than an age, and their removal goes through handles too.
//
// Usage for one package (a folder) or one file (a zip):
//   auto drop = SecureDirectory::open(path, &error);
//   QString partial;
//   auto folder = drop->createPartialDirectory(u"LV-1"_s, &partial, &error);   // or
//   drop->createPartialFile(u"LV-1.zip"_s, &file, &partial, &error);           // write, fsync
//   folder->createFile(u"case.json"_s, &file, &error);                          // write, fsync
//   folder->sync();
//   switch (drop->publish(partial, u"LV-1"_s, &error)) { … }                    // or discard()
//
// On Linux all of it goes through handles; another Unix lacks renameat2's RENAME_NOREPLACE and
// checks the final name just before renaming. Windows (described in docs/security.md; not written
// yet, and the build says so rather than fall back to path names) keeps the same contract with
// directory handles opened by CreateFileW with FILE_FLAG_BACKUP_SEMANTICS |
// FILE_FLAG_OPEN_REPARSE_POINT, relative opens through NtCreateFile with the handle as root
// directory, a refusal of every reparse point (symbolic links and junctions), and
// SetFileInformationByHandle(FileRenameInfo) without ReplaceIfExists for the publishing rename.
class SecureDirectory
{
    Q_DECLARE_TR_FUNCTIONS(SecureDirectory)

public:
    enum class Publish {
        Done,
        Exists, // the final name is taken; nothing was replaced
        Failed, // error says why; the partial stays this object's to discard
    };
    struct Entry
    {
        enum Kind {
            File,
            Directory,
            SymbolicLink,
            Other
        };
        QString name;
        Kind kind = Other;
        QDateTime modified;
        bool ownedByThisUser = false;
    };

    // Opens the folder at path; the folder itself must not be a symbolic link.
    static std::unique_ptr<SecureDirectory> open(const QString &path, QString *error);
    ~SecureDirectory();
    SecureDirectory(const SecureDirectory &) = delete;
    SecureDirectory &operator=(const SecureDirectory &) = delete;

    QString path() const { return m_path; }
    // The entries as they are, links not followed ("." and ".." left out).
    QList<Entry> entries() const;

    // A new folder or file, created exclusively (an existing entry of that name, a link included,
    // is an error), with the drop folder's mode and group right away: inside a partial folder
    // nobody else can reach them before the partial folder is published.
    std::unique_ptr<SecureDirectory> createDirectory(const QString &name, QString *error);
    bool createFile(const QString &name, QFile *file, QString *error);
    // Flushes the folder's entries to disk.
    bool sync() const;

    // A new hidden partial folder or file for finalName; partialName receives its name.
    std::unique_ptr<SecureDirectory> createPartialDirectory(const QString &finalName,
                                                            QString *partialName, QString *error);
    bool createPartialFile(const QString &finalName, QFile *file, QString *partialName,
                           QString *error);
    // Gives the partial the folder's mode and group and renames it to finalName, never replacing
    // an entry; fails when the name no longer holds what this object created.
    Publish publish(const QString &partialName, const QString &finalName, QString *error);
    // Removes a partial this object created and did not publish, with everything in it.
    bool discard(const QString &partialName);
    // Removes the partial folders of finalName that a crash of lvdesk on this workstation left
    // behind (see above); answers how many.
    int removeStalePartials(const QString &finalName, int olderThanSeconds);

    // The prefix of finalName's partial entries: ".<finalName>.partial-".
    static QString partialPrefix(const QString &finalName);
    // The name of the marker inside a partial folder.
    static QString markerName();

private:
    struct Created
    {
        int fd = -1; // a handle of its own, so the entry is found even if its name is taken
        quint64 device = 0;
        quint64 inode = 0;
        bool directory = false;
    };

    SecureDirectory(int fd, const QString &path, unsigned sharedMode, unsigned sharedGroup);
    bool isValidName(const QString &name, QString *error) const;
    bool makeShared(int fd, bool directory) const;
    bool stillHolds(const QString &name, const Created &created) const;

    int m_fd = -1;
    QString m_path;
    unsigned m_sharedMode = 0; // the drop folder's permission bits
    unsigned m_sharedGroup = 0; // and its group
    QHash<QString, Created> m_partials;
};

} // namespace lvdesk
