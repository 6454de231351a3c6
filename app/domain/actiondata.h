// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/commondata.h"
#include "domain/formdata.h"

#include <QByteArray>

namespace lvdesk {

// All data of one action (GET /commondata/{externalId}), plus the response body exactly as
// received: rawJson is kept byte for byte for the audit trail and the export, never re-serialised.
struct ActionData
{
    Commondata commondata;
    Formdata formdata;
    int version = 0; // >= 1 once decoded
    QByteArray rawJson;
    DataNotes notes; // repairs of the envelope (version); commondata and formdata keep their own

    // Every repair of this action: the envelope's, then commondata's, then formdata's.
    DataNotes allNotes() const { return notes + commondata.notes + formdata.notes; }
};

inline bool operator==(const ActionData &a, const ActionData &b)
{
    return a.commondata == b.commondata && a.formdata == b.formdata && a.version == b.version
           && a.rawJson == b.rawJson;
}
inline bool operator!=(const ActionData &a, const ActionData &b)
{
    return !(a == b);
}

} // namespace lvdesk
