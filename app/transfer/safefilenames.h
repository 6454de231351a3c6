// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QSet>
#include <QString>

namespace lvdesk {

// SafeFileNames: turns the file names customers gave their attachments into names that are safe
// on Windows and Linux and unique within one export package (compared case-insensitively, as on
// Windows). A name never leaves its folder, never names a device and never hides its extension
// behind bidi or zero-width characters.
class SafeFileNames
{
public:
    static constexpr int maxUtf8Bytes = 120;

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

private:
    QSet<QString> m_taken; // case-folded
};

} // namespace lvdesk
