// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lvdesk {

// RegisterStore: what lvdesk sent to the case register and what the register answered. Each export
// of a case is a transfer item with a UUID made once (the messageId of an asianhallinta message,
// the same on every retry) that carries the case's events not carried before; the register's
// replies are kept once each (by their content), applied or rejected, so that processing a reply
// again changes nothing.
class RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)

public:
    struct Item
    {
        QString messageId; // UUID without braces
        qint64 caseId = 0;
        int seq = 0; // 1 for the case's first transfer
        QString package; // the name it got in the drop folder, or HTTP
        QDateTime createdAt;
        QDateTime exportedAt; // invalid until delivered
        QList<qint64> eventIds; // the events it carries, in submission order

        bool isFirst() const { return seq == 1; }
    };

    struct Reply
    {
        QString replyKey; // what makes two files the same reply (a SHA-256 of its content)
        QString fileName; // the file's name in the replies folder
        QString root; // the message's root element, e.g. "AsianTunnusVastaus"
        QString messageId; // the messageId it answers, when it names one
        qint64 caseId = 0; // 0 when no case could be found
        QString state; // "applied" or "rejected"
        QString registerCaseId; // the register's diary number (AsianTunnus), when given
        QString detail; // what was done, or why not; never customer data
        QDateTime receivedAt;
    };

    explicit RegisterStore(QSqlDatabase db);

    // The case's open transfer item, opened now when there is none: a new UUID, joined by every
    // event of the case that no earlier item carries. Within the caller's transaction. Answers the
    // item's messageId, empty on error.
    QString openItem(qint64 caseId, QString *error = nullptr);
    // Actions that arrived after the item was opened join it, as long as nothing of it was sent:
    // the exporter calls this when the item's first attempt starts (a retry sends exactly what
    // the first attempt sent).
    bool joinUncarried(qint64 caseId, const QString &messageId, QString *error = nullptr);
    // The item the case's export state is about (the open one, or the last delivered one).
    std::optional<Item> currentItem(qint64 caseId) const;
    std::optional<Item> item(const QString &messageId) const;
    QList<Item> items(qint64 caseId) const;
    // The item was delivered as package. Answers false on error.
    bool markExported(const QString &messageId, const QString &package, QString *error = nullptr);
    // Events of the case that no item carries yet (they wait for the next transfer).
    int uncarriedEvents(qint64 caseId) const;
    // An event changed (a newer version): if the item that carried it is delivered already, the
    // next transfer carries it again.
    bool releaseEvent(qint64 eventId, QString *error = nullptr);

    // The export format chosen for the case ("" = the profile's).
    QString exportFormat(qint64 caseId) const;
    bool setExportFormat(qint64 caseId, const QString &format, QString *error = nullptr);

    bool hasReply(const QString &replyKey) const;
    std::optional<Reply> reply(const QString &replyKey) const;
    // Records a reply once; a second record of the same key changes nothing and succeeds.
    bool recordReply(const Reply &reply, QString *error = nullptr);
    QList<Reply> replies(qint64 caseId) const;
    // The register's own id of the case (AsianTunnus) from its latest applied reply, or empty.
    QString registerCaseId(qint64 caseId) const;

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
