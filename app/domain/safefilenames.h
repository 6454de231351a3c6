// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace lvdesk {

// SafeFileNames: the one place where lvdesk derives a local file name from a name a customer gave
// an attachment (contract §2.2: any string). Every file lvdesk writes under such a name goes
// through it: the temporary copy that opens an attachment, the Save as suggestion and every
// export package (attachment blobs are named by their SHA-256). The names are safe on Windows and
// Linux and unique within a case (compared case-insensitively, as on Windows): a name never leaves
// its folder, never names a device and never hides its extension behind bidi or zero-width
// characters. Deterministic: the same originals in the same order give the same names.
// Proven by tst_SafeFileNames.
class SafeFileNames
{
public:
    static constexpr int maxUtf8Bytes = 255; // what ext4, NTFS and most file systems allow

    // A safe name for original, not yet made unique: NFC, no control, format or bidi characters,
    // none of <>:"/\|?* (nor their look-alike slashes), no leading dots, no trailing dots or
    // spaces, no "..", no reserved device name (CON, NUL, COM1 …), at most maxUtf8Bytes bytes of
    // UTF-8 with the extension kept. fallback is used when nothing of original is left.
    static QString sanitize(const QString &original,
                            const QString &fallback = QStringLiteral("attachment"));

    // Whether name already is what sanitize() produces (used to check packages).
    static bool isSafe(const QString &name);

    // A safe name for original that differs (case-insensitively) from every name this object has
    // handed out so far: "name.pdf", "name (2).pdf", "name (3).pdf" …
    QString unique(const QString &original);
    // Takes a name that is in use already (one unique() gave elsewhere, e.g. an attachment's local
    // name), so that no later unique() answers it again.
    void reserve(const QString &safeName);

    // The names of a case's attachments, in the case's order (events as received, attachments as
    // listed): what unique() gives for each in turn.
    static QStringList uniqueNames(const QStringList &originals);

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace lvdesk
