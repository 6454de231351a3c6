// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// TransferLogStore: every transfer state change of every item (inbound actions, exports to the
// case register, writes to the service), each also written to the audit trail, so that the officer
// can see an item's history and IT support can prove it.
class TransferLogStore
{
    Q_DECLARE_TR_FUNCTIONS(TransferLogStore)

public:
    enum class Direction {
        Inbound,
        Export,
        Outbound
    };

    struct Entry
    {
        qint64 id = 0;
        Direction direction = Direction::Inbound;
        QString itemKind; // "event", "case", "outbox"
        QString itemId; // externalId, case id or messageId
        QString state; // storage name of the domain state (InboundState, ExportState, OutboxState)
        QString detail; // e.g. "version 2", an error text; never customer data
        QString actor;
        QDateTime at;
    };

    explicit TransferLogStore(QSqlDatabase db);

    // Records one state change and its audit entry, atomically with the caller's transaction.
    bool record(Direction direction, const QString &itemKind, const QString &itemId,
                const QString &state, const QString &detail, const QString &actor,
                QString *error = nullptr);
    QList<Entry> entriesFor(const QString &itemKind, const QString &itemId) const;
    qint64 count() const;

    static QString directionName(Direction direction);

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
