// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "workflow/registerreplies.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lvdesk {

// ReplyProcessor: the steps of one case-register reply in the replies folder, each synchronous and
// off the main thread: which files wait, reading one (a zip with exactly one asianhallinta XML at
// its top and every file its LinkkiLiitteeseen names), and filing it afterwards into archive/ or,
// with a "<file>.txt" giving the reason, into error/. Files are opened without following links,
// names never replace existing ones, and nothing in a reply is used as a path.
class ReplyProcessor
{
    Q_DECLARE_TR_FUNCTIONS(ReplyProcessor)

public:
    static constexpr qint64 maxXmlBytes = 4 * 1024 * 1024;

    // The reply files waiting in folder: "*.zip" regular files, not hidden, oldest first; none
    // when folder is a symbolic link or cannot be opened.
    static QStringList waiting(const QString &folder);
    // Reads and checks one reply; what the workflow applies (or rejects with the problem).
    static RegisterReplies::Input read(const QString &folder, const QString &fileName);
    // Moves the reply into archive/ (applied) or error/ (rejected, with the reason beside it).
    static bool file(const QString &folder, const QString &fileName, bool applied,
                     const QString &reason, QString *error);
};

} // namespace lvdesk
