// SPDX-License-Identifier: EUPL-1.2

#pragma once

// InboundRetries: what one sync run knows about the actions it could not store before
// (InboundFailureStore), and the rules that follow from it: whether a listed action is fetched
// now, waits for its backoff, or waits for the officer; which records are fetched without the
// feed; when a failed attempt becomes a permanent failure; and when an attachment that keeps
// failing is given up so that its action can be stored. Pure bookkeeping, no I/O: the engine
// stores what record() answers.

#include "domain/inboundfailure.h"
#include "lv/lverror.h"
#include "sync/retrypolicy.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lvdesk {

class InboundRetries
{
public:
    // Attempts (in at least two runs) after which an action whose body never decodes is a
    // permanent failure.
    static constexpr int kMaxUndecodableAttempts = 3;
    // Failed attempts of an action after which an attachment that still does not arrive intact
    // is given up (AttachmentProblem::Mismatch) and the action is stored without it.
    static constexpr int kMaxAttachmentAttempts = 6;

    enum class Decision {
        Fetch, // fetch and store it now
        Wait, // backing off: not done in this run (the run is incomplete)
        Known, // waits for the officer, or is handled outside lvdesk: nothing to do
    };

    void load(const QList<InboundFailure> &records);
    void clear() { m_records.clear(); }

    Decision decide(const FeedItem &item, const QDateTime &now) const;
    // The recorded actions to fetch in this run without waiting for the feed: those the officer
    // asked to retry and those whose backoff is over (the cursor has moved past them).
    QList<FeedItem> dueForFetch(const QDateTime &now) const;
    // Records that back off beyond now: not done in this run.
    QList<FeedItem> waiting(const QDateTime &now) const;
    // Records that wait for the officer (Failed), for the run's summary.
    QList<InboundFailure> awaitingOfficer() const;
    // The earliest next attempt of a record that backs off, or invalid.
    QDateTime nextAttempt() const;
    // Whether attachments of this action that keep failing are given up on this attempt.
    bool givesUpAttachments(const QString &externalId) const;

    // A failed attempt at item: the record to store (the caller adds `attempts` to the stored
    // count). permanent() of the answer tells whether the officer is needed now.
    InboundFailure failed(const FeedItem &item, const LvError &error, int attempts,
                          const QByteArray &body, const RetryPolicy &policy, const QDateTime &now);
    // A failure found by lvdesk itself (a feed entry without an id, a store that cannot write).
    InboundFailure failed(const FeedItem &item, InboundFailure::Reason reason,
                          const QString &detail, bool permanent, const QByteArray &body,
                          const RetryPolicy &policy, const QDateTime &now);
    void stored(const QString &externalId) { m_records.remove(externalId); }

    // Whether a record was already waiting for the officer before this run stored a new one.
    bool wasAwaitingOfficer(const QString &externalId) const;

private:
    QHash<QString, InboundFailure> m_records;
    QHash<QString, InboundFailure::State> m_stateAtLoad;
};

} // namespace lvdesk
