// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QList>
#include <QString>

namespace lvdesk {

// One place where data received from the service did not have the contract's form and was kept
// anyway: the field (a path such as "formdata.attachments[0].size"), the kind of problem (the
// decoder's stable name: "WrongType", "BadValue", …) and a translated sentence for IT support.
// A note never quotes the value itself (it may be personal data). Received data is data: a note
// marks a repair, it never refuses the action.
struct DataNote
{
    QString path;
    QString problem;
    QString message;
};

inline bool operator==(const DataNote &a, const DataNote &b)
{
    return a.path == b.path && a.problem == b.problem && a.message == b.message;
}

using DataNotes = QList<DataNote>;

} // namespace lvdesk
