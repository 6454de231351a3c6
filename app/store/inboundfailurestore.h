// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/inboundfailure.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lvdesk {

// InboundFailureStore: the actions of the feed that are not stored yet (inbound_failures): the
// sync's retries with their backoff, the permanent failures that wait for the officer, and the
// officer's decisions (Retry now, Mark as handled outside lvdesk), each audited. A record is
// removed in the transaction that stores its action (CaseStore::ingest). Writes belong on the
// writer thread.
class InboundFailureStore
{
    Q_DECLARE_TR_FUNCTIONS(InboundFailureStore)

public:
    explicit InboundFailureStore(QSqlDatabase db);

    // Records a failed attempt at failure.item (by externalId): adds attemptsAdded, takes the
    // reason, state, detail, status, body and next attempt given. A newer version than the one
    // recorded starts the count again; a record the officer marked as handled stays handled for
    // the same version. Audited and written to the transfer log.
    bool recordFailure(const InboundFailure &failure, int attemptsAdded, const QString &actor,
                       QString *error = nullptr);
    bool remove(const QString &externalId, QString *error = nullptr);

    std::optional<InboundFailure> find(const QString &externalId) const;
    // Every record without its body (the sync loads these at the start of a run), oldest first.
    QList<InboundFailure> all() const;
    // The records of one project part that are not handled (for its case view), oldest first.
    QList<InboundFailure> openForProjectPart(const QString &projectPartId) const;
    // The body kept with a record (for IT support); empty if none.
    QByteArray rawBody(const QString &externalId) const;
    qint64 count() const;

    // The officer's decisions. requestRetry: the next sync fetches the action again even if the
    // feed no longer lists it. markHandled: the officer handles it outside lvdesk; it is neither
    // fetched nor counted again until the service sends a newer version. It is not acknowledged:
    // an acknowledgement tells the service that lvdesk has stored the action (contract §2.3),
    // which it has not, and the unacknowledged action stays available in the service.
    bool requestRetry(const QString &externalId, const QString &actor, QString *error = nullptr);
    bool markHandled(const QString &externalId, const QString &actor, QString *error = nullptr);

private:
    bool setState(const QString &externalId, InboundFailure::State state, const QString &actor,
                  QString *error);

    QSqlDatabase m_db;
};

} // namespace lvdesk
