// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "actioninfo.h"
#include "attachmentspec.h"
#include "hostilekinds.h"

#include <QJsonObject>
#include <QList>

namespace lvdesk {

// Mixes hostile content into a share of the generated cases (--hostile): which kinds each action
// carries, and the changes CaseGenerator applies to its feed item, commondata, attachments and
// formdata after building the ordinary ones. Everything follows from (seed, case, action), like
// the rest of the population; cases that --hostile does not choose stay exactly as without it
// (tst_lvsimhostile: sameSeedGivesSameHostileData, casesNotChosenStayOrdinary).
class HostileMix
{
public:
    struct Options
    {
        double fraction = 0; // share of the generated cases that are hostile, 0..1
        qint64 largeBytes = 3 * 1024 * 1024; // attachmentLarge attachments are larger than this
    };
    // Ordinary attachments stay far below the smallest limit (they are at most about 400 KB).
    static constexpr qint64 minLargeBytes = 512 * 1024;
    static constexpr qint64 maxLargeBytes = 256 * 1024 * 1024;

    HostileMix(quint64 seed, const Options &options);

    const Options &options() const { return m_options; }

    // What the action carries. Empty unless --hostile chose its case; actions added through the
    // admin endpoint carry nothing of their own (a follower added to a hostile case shares the
    // case's commondata kinds).
    HostileKinds kinds(const ActionInfo &action) const;

    // The action type sent instead of the ordinary one, or an empty string.
    QString actionType(const HostileKinds &kinds, const ActionInfo &action) const;
    // submittedAt as RFC 3339: UTC, or the same instant at another offset (timestampOffset).
    QString timestamp(const HostileKinds &kinds, const ActionInfo &action) const;
    // "person" or "organisation" when a kind needs that customer, otherwise empty.
    QString customerKind(const HostileKinds &kinds) const;
    void changeCommondata(const HostileKinds &kinds, const ActionInfo &action,
                          QJsonObject &commondata) const;

    // How many attachments the action must have for its attachment kinds (each on its own).
    int attachmentsNeeded(const HostileKinds &kinds) const;
    // Changes names, content types, formats and sizes, and appends repeated ids; specs has at
    // least attachmentsNeeded(kinds) entries.
    void changeAttachments(const HostileKinds &kinds, const ActionInfo &action,
                           QList<AttachmentSpec> &specs) const;

    // Changes the finished formdata (attachments already in it).
    void changeFormdata(const HostileKinds &kinds, const ActionInfo &action,
                        QJsonObject &formdata) const;

private:
    quint64 m_seed;
    Options m_options;
};

} // namespace lvdesk
