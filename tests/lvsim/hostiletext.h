// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "hostilekinds.h"
#include "simrandom.h"

#include <QString>

namespace lvdesk {

// The hostile strings of --hostile: turns an ordinary value into one that a client must keep as
// data and show safely (bidirectional overrides, zero-width and combining characters, HTML-looking
// text, very long values), and makes attachment file names that no file system accepts as they
// are. Every choice comes from the caller's SimRandom, so the results are reproducible.
class HostileText
{
public:
    // Each keeps the ordinary text and adds the hostile part to it.
    static QString withBidi(const QString &s, SimRandom &rnd);
    static QString withZeroWidth(const QString &s, SimRandom &rnd);
    static QString withCombining(const QString &s, SimRandom &rnd);
    static QString withHtml(const QString &s, SimRandom &rnd);
    // s repeated, joined by separator, to exactly length UTF-16 code units (a surrogate pair cut
    // at the end is dropped whole, so the result may be one shorter).
    static QString lengthened(const QString &s, int length, const QString &separator);

    // A file name of kind (one of the FileName… kinds that concern a single name) made from an
    // ordinary one such as "asemapiirros.pdf".
    static QString fileName(HostileKind kind, const QString &ordinary, SimRandom &rnd);
    // The same name in other letter case ("Asemapiirros.pdf" -> "ASEMAPIIRROS.PDF").
    static QString caseVariant(const QString &name);

    // A content type that is well formed but says another format than the bytes have.
    static QString mismatchedContentType(bool png, SimRandom &rnd);
    // A content type that is not a media type at all (empty, no subtype, a header smuggled in).
    static QString malformedContentType(SimRandom &rnd);

private:
    // A position in s where inserting does not split a surrogate pair.
    static int insertPosition(const QString &s, SimRandom &rnd);
};

} // namespace lvdesk
