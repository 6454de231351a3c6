// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// AuditTrail: the tamper-evident record of who did what and when, including every transfer state
// change. Each entry stores prev_hash (the previous entry's hash) and
// hash = SHA-256(prev_hash || canonical content), so changing, removing or inserting an entry
// breaks the chain at that point; verify() walks it and names the first broken link.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    struct Entry
    {
        qint64 seq = 0;
        QString at; // UTC text as stored (see StoreClock)
        QString actor; // officer login, or "lvdesk" for the background sync
        QString action; // e.g. "case.claimed", "transfer.inbound"
        QString subject; // e.g. "case:12", "event:3f0c…"
        QJsonObject details;
        QString prevHash;
        QString hash;
    };

    struct Verification
    {
        bool ok = true;
        qint64 entries = 0; // entries checked
        qint64 brokenSeq = -1; // the first entry whose link is broken
        QString problem; // translated, says what is wrong with that entry
        QString headHash; // hash of the last entry checked (for anchoring outside the database)
    };

    explicit AuditTrail(QSqlDatabase db);

    // Appends one entry within the caller's transaction (or a transaction of its own). The actor
    // and subject must not carry customer data beyond ids.
    bool append(const QString &actor, const QString &action, const QString &subject,
                const QJsonObject &details, QString *error = nullptr);

    Verification verify() const;
    QList<Entry> entries(qint64 fromSeq = 1, int limit = 1000) const;
    QList<Entry> entriesFor(const QString &subject) const;

    // The exact bytes hashed for an entry (everything but the hashes, canonical JSON).
    static QByteArray canonicalContent(const Entry &entry);
    static QString computeHash(const QString &prevHash, const Entry &entry);
    static QString genesisHash(); // prev_hash of entry 1

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
