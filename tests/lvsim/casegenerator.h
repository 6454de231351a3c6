// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "actioninfo.h"
#include "attachmentspec.h"
#include "hostilemix.h"
#include "simrandom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace lvdesk {

class AttachmentStore;

// Generates the simulator's population deterministically from (seed, case index): customers with
// valid henkilötunnus or Y-tunnus, real municipalities, service forms with every field type and the
// attachments they announce, with hostile content in some cases when asked (HostileMix). Nothing
// is stored; every call recomputes the same JSON.
class CaseGenerator
{
public:
    struct Follower
    {
        ActionInfo::Kind kind;
        int delay; // how many opening actions later in the feed it appears
    };

    CaseGenerator(quint64 seed, const QDateTime &epoch,
                  const HostileMix::Options &hostile = HostileMix::Options());

    quint64 seed() const { return m_seed; }
    QDateTime epoch() const { return m_epoch; }
    const HostileMix &hostile() const { return m_hostile; }

    // externalIds encode (case, action number) so that no table is needed to find an action.
    QString externalId(quint32 caseIndex, quint16 actionNo) const;
    bool decodeExternalId(const QString &externalId, quint32 *caseIndex, quint16 *actionNo) const;
    static constexpr int maxActionsPerCase = 64;

    // The later actions a generated case has (corrections, supplements, messages, withdrawal).
    QList<Follower> script(quint32 caseIndex) const;

    QString serviceCode(const ActionInfo &action) const;
    QString actionType(const ActionInfo &action) const;
    QString projectId(quint32 caseIndex) const;
    QString projectPartId(quint32 caseIndex) const;
    QStringList serviceCodes() const;

    QJsonObject feedItem(const ActionInfo &action) const;
    QJsonObject commondata(const ActionInfo &action) const;
    QJsonObject formdata(const ActionInfo &action, AttachmentStore &store) const;
    QList<AttachmentSpec> attachments(const ActionInfo &action) const;

private:
    int serviceIndex(const ActionInfo &action) const;
    quint32 projectSeed(quint32 caseIndex) const;
    QJsonObject party(quint64 key, const QString &kind, const QString &language,
                      int municipality) const;
    QString language(const ActionInfo &action, int municipality) const;
    int municipality(quint32 caseIndex) const;
    QJsonArray sectionsFor(const QJsonArray &templates, SimRandom &rnd, const QString &lang,
                           const ActionInfo &action, const QJsonObject &service) const;
    QJsonValue fieldValue(const QString &type, const QJsonValue &extra, SimRandom &rnd,
                          const QString &lang, const ActionInfo &action, const QJsonObject &service,
                          QJsonObject &field) const;

    quint64 m_seed;
    QDateTime m_epoch;
    quint64 m_idMask;
    QJsonArray m_services;
    HostileMix m_hostile;
};

} // namespace lvdesk
