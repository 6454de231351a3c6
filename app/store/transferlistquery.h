// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// TransferListQuery: every item that crosses a boundary in one list: actions received from the
// service (inbound), actions that could not be stored yet (inbound failures), attachments that
// were not received, cases exported to the case register (export), writes back to the service
// (outbound) and the case register's replies, with state, attempts, last error and next retry.
// Read a page at a time.
class TransferListQuery
{
    Q_DECLARE_TR_FUNCTIONS(TransferListQuery)

public:
    enum class Kind {
        Inbound,
        Export,
        Outbound,
        InboundFailure, // item: the action's externalId; state: InboundFailure::State name;
                        // detail: InboundFailure::Reason name; lastError: its technical detail
        Attachment, // id: attachment row; item: "<externalId>#<n>"; detail: the customer's file
                    // name; state: AttachmentProblem name ("" = asked for again)
        Reply, // a reply of the case register: state "applied" or "rejected"
    };

    struct Filter
    {
        bool problemsOnly = false; // retrying, failed, or a download that has not finished
        qint64 caseId = 0; // 0: every case
    };

    struct Row
    {
        Kind kind = Kind::Inbound;
        qint64 id = 0; // event, case, outbox, attachment or reply id, by kind (0 for a failure)
        qint64 caseId = 0;
        QString item; // external id, diary number, message id or reply file name
        QString detail; // action type, write kind or the reply's message
        QString state; // storage name of the kind's state enum
        int attempts = 0;
        QString lastError;
        QDateTime nextAttemptAt; // invalid: none planned or now
        QDateTime updatedAt;
        QString customerName;
        QString serviceCode;
        QString projectPartId;

        bool isProblem() const;
    };

    explicit TransferListQuery(QSqlDatabase db);

    qint64 count(const Filter &filter, QString *error = nullptr) const;
    // Newest first.
    QList<Row> page(const Filter &filter, qint64 offset, int limit, QString *error = nullptr) const;

    // "inbound", "export", "outbound", "inboundFailure", "attachment", "reply"
    static QString kindName(Kind kind);

private:
    QString source(const Filter &filter, QVariantList *values) const;

    QSqlDatabase m_db;
};

} // namespace lvdesk
