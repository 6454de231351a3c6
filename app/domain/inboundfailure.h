// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/feeditem.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace lvdesk {

// An action of the feed that lvdesk could not store yet: why, how often, when it is tried again,
// and what the officer decided. Kept in the store (not only in memory) so that a restart keeps the
// backoff and the officer's decision. Once the action is stored the record is gone.
struct InboundFailure
{
    enum class Reason {
        Transient, // "transient": the network or the service failed; tried again with backoff
        Undecodable, // "undecodable": the body was not a JSON object after every retry
        Refused, // "refused": the service refused to deliver it (400, 404, 410 …)
        Unidentified, // "unidentified": the feed entry has no externalId (cannot be fetched)
        Storage, // "storage": this workstation could not store it (disk, database)
    };
    enum class State {
        Retrying, // "retrying": tried again automatically at nextAttempt
        Failed, // "failed": waits for the officer (Retry now, or Mark as handled)
        RetryRequested, // "retryRequested": the officer asked for a retry; the next sync fetches it
        Handled, // "handled": the officer handles it outside lvdesk (not fetched again, unless the
                 // service sends a newer version)
    };

    FeedItem item; // as the feed listed it (item.externalId is the key)
    Reason reason = Reason::Transient;
    State state = State::Retrying;
    QString detail; // technical: status, error code, decoder path; never customer data
    int httpStatus = 0;
    QByteArray rawBody; // the body as received, for IT support (never logged)
    int attempts = 0;
    QDateTime nextAttempt; // UTC; invalid unless Retrying
    QDateTime firstFailedAt;
    QDateTime lastFailedAt;
    QString handledBy;
    QDateTime handledAt;
    qint64 caseId = 0; // the case of its project part, when one is stored (0 = none yet)

    // Whether the officer has to act (Failed) or has acted (Handled, RetryRequested); such a
    // record is known, and does not make a later sync incomplete.
    bool isPermanent() const { return state != State::Retrying; }
};

QString toString(InboundFailure::Reason reason);
QString toString(InboundFailure::State state);
std::optional<InboundFailure::Reason> inboundFailureReasonFromString(QStringView name);
std::optional<InboundFailure::State> inboundFailureStateFromString(QStringView name);
// For the officer, in the UI language.
QString describe(InboundFailure::Reason reason);
QString displayName(InboundFailure::State state);

} // namespace lvdesk
