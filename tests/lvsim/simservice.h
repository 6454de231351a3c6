// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "actioninfo.h"
#include "attachmentstore.h"
#include "casegenerator.h"
#include "simreply.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <vector>

namespace lvdesk {

// The Luvat ja valvonta service as lvsim models it: the ordered, gap-free feed with
// acknowledgement, reading actions and attachments, idempotent writes with strict validation, and a
// record of all that clients wrote, for tests to assert on. Transport (X-Road, TLS, faults) is
// SimServer's part.
class SimService
{
public:
    SimService(quint64 seed, int caseCount, const QDateTime &epoch, qint64 attachmentCacheBytes,
               const HostileMix::Options &hostile = HostileMix::Options());

    SimReply listActions(const QUrlQuery &query);
    SimReply readAction(const QString &externalId, const QString &part);
    SimReply attachment(const QString &externalId, const QString &attachmentId, bool corrupt);
    SimReply acknowledge(const QByteArray &body);
    SimReply putStatus(const QString &externalId, const QByteArray &body);
    SimReply postMessage(const QString &externalId, const QByteArray &body);

    // Admin side.
    SimReply submit(const QJsonObject &request);
    QJsonObject received(const QString &externalId) const;
    // What --hostile put into each action (all, or the one named).
    QJsonObject hostile(const QString &externalId) const;
    QJsonObject summary() const;

    const CaseGenerator &generator() const { return m_generator; }

private:
    struct Entry
    {
        quint32 caseIndex;
        quint16 actionNo;
        quint8 kind;
        quint8 version;
        bool acked;
        qint64 time; // seconds since the Unix epoch
    };
    struct FollowerMeta
    {
        quint32 firstPos;
        quint8 kind;
    };
    struct StoredResult
    {
        SimReply reply;
        QString externalId;
    };
    struct CaseRecord
    {
        QString state;
        QJsonArray statusUpdates;
        QJsonArray messages;
        QJsonObject lastStatusContent;
        int replayed = 0;
        int duplicateWrites = 0;
        int rejected = 0;
    };

    static quint64 key(quint32 caseIndex, quint16 actionNo)
    {
        return quint64(caseIndex) * CaseGenerator::maxActionsPerCase + actionNo;
    }
    void buildFeed(int caseCount);
    quint32 appendEntry(quint32 caseIndex, quint16 actionNo, ActionInfo::Kind kind, int version,
                        qint64 time);
    bool findAction(const QString &externalId, quint32 *caseIndex, quint16 *actionNo) const;
    ActionInfo info(quint32 caseIndex, quint16 actionNo, int version) const;
    int visibleVersion(quint32 caseIndex, quint16 actionNo) const;
    int latestVersion(quint32 caseIndex, quint16 actionNo) const;
    bool isWithdrawn(quint32 caseIndex) const;
    quint16 lastActionNo(quint32 caseIndex) const;
    static QString cursor(quint32 position);
    QJsonObject hostileOptions() const;

    // Shared steps of the two writes: parse, replay, address. Returns true with reply set when
    // the request is already answered.
    bool beginWrite(const QString &externalId, const QByteArray &body, QJsonObject *object,
                    QString *messageId, quint32 *caseIndex, SimReply *reply);
    SimReply finishWrite(const QString &messageId, const QString &externalId,
                         const SimReply &reply);

    CaseGenerator m_generator;
    mutable AttachmentStore m_attachments;
    std::vector<Entry> m_entries; // position p is m_entries[p - 1]
    std::vector<quint32> m_openingPos; // per case; 0 when the case is not in the feed
    QHash<quint64, FollowerMeta> m_followers;
    QMultiHash<quint64, quint32> m_versionPos;
    QHash<quint32, quint32> m_withdrawalPos;
    QHash<quint32, quint16> m_lastActionNo;
    QHash<quint32, ActionInfo::Overrides> m_caseOverrides;
    QHash<quint64, ActionInfo::Overrides> m_actionOverrides;
    QHash<quint32, qint64> m_foreignTimes;
    quint32 m_caseCount = 0;
    quint32 m_horizon = 0; // the furthest feed position handed out so far

    QHash<QString, StoredResult> m_results; // by messageId
    QHash<QString, CaseRecord> m_records; // by externalId of the opening action
    QList<QString> m_ackedIds;
    QSet<QString> m_ackedSet;
    int m_ackRequests = 0;
    int m_ackReplays = 0;
    int m_ackRepeatedIds = 0;
    int m_messageCounter = 0;
};

} // namespace lvdesk
