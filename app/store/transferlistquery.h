#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// TransferListQuery: every item that crosses a boundary in one list: actions received from the
// service (inbound), cases exported to the case register (export), writes back to the service
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
        qint64 id = 0; // event id, case id, outbox id or reply id, by kind
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

    static QString kindName(Kind kind); // "inbound", "export", "outbound", "reply"

private:
    QString source(const Filter &filter, QVariantList *values) const;

    QSqlDatabase m_db;
};

} // namespace lvdesk
