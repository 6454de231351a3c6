// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace lvdesk {

// AuditTrail: the record of who did what and when, including every transfer state change, that no
// one edits quietly. Each entry stores prev_hash (the previous entry's hash),
// hash = SHA-256(prev_hash || canonical content), and mac = HMAC-SHA-256(key, hash) with the
// database's audit key from the keychain (see StoreConnection::auditKey), so that write access to
// the database alone can neither change, remove nor insert an entry unnoticed: the chain breaks,
// and a recomputed hash has no valid MAC. The database refuses UPDATE and DELETE on the table
// (migration 5). Removing the newest entries leaves a valid chain, so the verified head is anchored
// outside the database (AuditGuard). verify() walks the chain and names the first broken entry
// (tst_store::auditTamperingIsDetected).
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
        QString mac; // empty only on entries written before the trail was signed
        QString keyId;
    };

    // A point of the chain known to be good: the last entry checked, or none (seq 0).
    struct Head
    {
        qint64 seq = 0;
        QString hash;
        QString mac;
    };

    struct Verification
    {
        enum class Problem {
            None,
            Changed, // an entry's content, link or MAC does not hold
            Missing, // entries are missing in the middle
            Truncated, // the newest entries were removed (below the anchor)
            Unsigned, // an entry without a MAC after signed ones
            OtherKey, // signed with a key this workstation does not have
            Unreadable, // the trail or its key cannot be read
        };
        bool ok = true;
        Problem kind = Problem::None;
        qint64 entries = 0; // entries checked
        qint64 brokenSeq = -1; // the first entry whose link is broken
        QString problem; // translated, says what is wrong with that entry
        Head head; // the last entry checked, for anchoring outside the database
    };

    explicit AuditTrail(QSqlDatabase db);

    // Appends one signed entry within the caller's transaction (or a transaction of its own).
    // Fails when the connection has no audit key. The actor and subject must not carry customer
    // data beyond ids.
    bool append(const QString &actor, const QString &action, const QString &subject,
                const QJsonObject &details, QString *error = nullptr);

    // The whole chain from the first entry.
    Verification verify() const;
    // The chain from a head verified earlier: that entry must still be there unchanged, and every
    // later one must link and be signed. Reads only what came after it.
    Verification verifyFrom(const Head &anchor) const;

    QList<Entry> entries(qint64 fromSeq = 1, int limit = 1000) const;
    QList<Entry> entriesFor(const QString &subject) const;

    // The exact bytes hashed for an entry (everything but the hashes, canonical JSON).
    static QByteArray canonicalContent(const Entry &entry);
    static QString computeHash(const QString &prevHash, const Entry &entry);
    static QString computeMac(const QByteArray &key, const QString &hash);
    // A short public name of a key, stored with each entry and in audit_key.
    static QString keyIdOf(const QByteArray &key);
    static QString genesisHash(); // prev_hash of entry 1

private:
    // Checks the entries q yields, expecting seq to continue at next.seq + 1 from next.
    Verification walk(QSqlQuery &q, const Head &from, bool signedBefore) const;

    QSqlDatabase m_db;
};

} // namespace lvdesk
