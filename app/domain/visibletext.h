// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// Text received from the service, made safe to show as plain text: every control, zero-width and
// bidirectional-formatting character is replaced by a visible marker that names it ("⟨U+202E⟩"),
// so that the officer sees it and it is never applied (a right-to-left override cannot turn
// "fdp.exe" into "exe.pdf" on screen). Proven by tst_VisibleText.
class VisibleText
{
public:
    enum class Lines {
        Single, // newlines and tabs are marked too (list cells, names, headers)
        Multi, // newlines and tabs are kept (free text, messages)
    };

    static QString of(const QString &text, Lines lines = Lines::Single);
    // Whether of() would change text.
    static bool needsMarkers(const QString &text, Lines lines = Lines::Single);

    // The characters of(), and the safe file names, treat as hidden: C0/C1 controls, DEL,
    // zero-width and invisible formatting characters, bidi embeddings, overrides, isolates and
    // marks, the soft hyphen, the byte-order mark and noncharacters.
    static bool isHidden(char32_t c);
};

} // namespace lvdesk
