// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

namespace lvdesk {

// A text the service gives in Finnish, Swedish and optionally English (labels, titles, status
// texts). Any of the three may be empty; text() picks the one to show.
struct LocalizedText
{
    QString fi;
    QString sv;
    QString en;

    // The text in `language` ("fi", "sv", "en"), else Finnish, else Swedish, else English, so that
    // a label is never shown blank while any translation exists.
    QString text(QStringView language) const;
    bool isEmpty() const { return fi.isEmpty() && sv.isEmpty() && en.isEmpty(); }
};

inline bool operator==(const LocalizedText &a, const LocalizedText &b)
{
    return a.fi == b.fi && a.sv == b.sv && a.en == b.en;
}
inline bool operator!=(const LocalizedText &a, const LocalizedText &b)
{
    return !(a == b);
}

} // namespace lvdesk
