// SPDX-License-Identifier: EUPL-1.2

#include "audittrail.h"

#include "canonicaljson.h"
#include "storeclock.h"
#include "storeconnection.h"
#include "storelog.h"
#include "storetransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

AuditTrail::Entry entryFrom(const QSqlQuery &q)
{
    AuditTrail::Entry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    e.mac = q.value(8).toString();
    e.keyId = q.value(9).toString();
    return e;
}

AuditTrail::Verification failure(AuditTrail::Verification::Problem kind, qint64 seq,
                                 const QString &problem)
{
    AuditTrail::Verification result;
    result.ok = false;
    result.kind = kind;
    result.brokenSeq = seq;
    result.problem = problem;
    return result;
}

const QString selectColumns = u"SELECT seq, at, actor, action, subject, details, prev_hash, hash, "
                              "mac, key_id FROM audit_trail "_s;

} // namespace

AuditTrail::AuditTrail(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString AuditTrail::genesisHash()
{
    return QString(64, u'0');
}

QByteArray AuditTrail::canonicalContent(const Entry &entry)
{
    QJsonObject content;
    content.insert(u"seq"_s, static_cast<double>(entry.seq));
    content.insert(u"at"_s, entry.at);
    content.insert(u"actor"_s, entry.actor);
    content.insert(u"action"_s, entry.action);
    content.insert(u"subject"_s, entry.subject);
    content.insert(u"details"_s, entry.details);
    return CanonicalJson::serialize(content);
}

QString AuditTrail::computeHash(const QString &prevHash, const Entry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonicalContent(entry));
    return QString::fromLatin1(hash.result().toHex());
}

QString AuditTrail::computeMac(const QByteArray &key, const QString &hash)
{
    // The hash covers the entry and, through prev_hash, every entry before it.
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(hash.toLatin1(), key, QCryptographicHash::Sha256).toHex());
}

QString AuditTrail::keyIdOf(const QByteArray &key)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash("lvdesk audit key id", key, QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

bool AuditTrail::append(const QString &actor, const QString &action, const QString &subject,
                        const QJsonObject &details, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = tr("The audit trail could not be written: %1").arg(what);
        qCWarning(lcStore) << "Audit append failed for action" << action;
        return false;
    };
    const QByteArray key = StoreConnection::auditKey(m_db);
    if (key.isEmpty())
        return fail(tr("this workstation has no audit key to sign the entry"));
    StoreTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.error());

    QSqlQuery q(m_db);
    // Several workstations may append at once to a shared database: serialise the appends so that
    // every entry links to the one before it. The lock ends with the transaction.
    if (StoreConnection::isPostgres(m_db)
        && !q.exec(u"SELECT pg_advisory_xact_lock(1819632001, hashtext(current_schema()))"_s))
        return fail(q.lastError().text());

    Entry entry;
    entry.prevHash = genesisHash();
    if (!q.exec(u"SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1"_s))
        return fail(q.lastError().text());
    if (q.next()) {
        entry.seq = q.value(0).toLongLong() + 1;
        entry.prevHash = q.value(1).toString();
    } else {
        entry.seq = 1;
    }
    q.finish();
    entry.at = StoreClock::now();
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.details = details;
    entry.hash = computeHash(entry.prevHash, entry);
    entry.mac = computeMac(key, entry.hash);
    entry.keyId = keyIdOf(key);

    q.prepare(u"INSERT INTO audit_trail (seq, at, actor, action, subject, details, prev_hash, "
              "hash, mac, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.seq);
    q.addBindValue(entry.at);
    q.addBindValue(StoreConnection::notNull(entry.actor));
    q.addBindValue(StoreConnection::notNull(entry.action));
    q.addBindValue(StoreConnection::notNull(entry.subject));
    q.addBindValue(QString::fromUtf8(CanonicalJson::serialize(entry.details)));
    q.addBindValue(entry.prevHash);
    q.addBindValue(entry.hash);
    q.addBindValue(entry.mac);
    q.addBindValue(entry.keyId);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!tx.commit())
        return fail(tx.error());
    return true;
}

AuditTrail::Verification AuditTrail::walk(QSqlQuery &q, const Head &from, bool signedBefore) const
{
    Verification result;
    result.head = from;
    const QByteArray key = StoreConnection::auditKey(m_db);
    const QString ourKeyId = key.isEmpty() ? QString() : keyIdOf(key);
    bool signedSeen = signedBefore;
    auto broken = [&result](qint64 seq, Verification::Problem kind, const QString &problem) {
        Verification failed
            = failure(kind, seq, tr("Audit entry %1 is broken: %2.").arg(seq).arg(problem));
        failed.entries = result.entries;
        failed.head = result.head;
        return failed;
    };
    while (q.next()) {
        const Entry e = entryFrom(q);
        const qint64 expectedSeq = result.head.seq + 1;
        if (e.seq != expectedSeq) {
            return e.seq > expectedSeq
                       ? broken(e.seq, Verification::Problem::Missing,
                                tr("entries %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1))
                       : broken(e.seq, Verification::Problem::Changed,
                                tr("the entry is out of sequence (expected %1)").arg(expectedSeq));
        }
        const QString expectedPrev = result.head.seq == 0 ? genesisHash() : result.head.hash;
        if (e.prevHash != expectedPrev)
            return broken(e.seq, Verification::Problem::Changed,
                          tr("it does not link to the entry before it (the previous entry was "
                             "changed, removed or inserted)"));
        if (CanonicalJson::serialize(e.details) != q.value(5).toString().toUtf8())
            return broken(e.seq, Verification::Problem::Changed,
                          tr("its details are not in canonical form (they were edited)"));
        if (computeHash(e.prevHash, e) != e.hash)
            return broken(e.seq, Verification::Problem::Changed,
                          tr("its content does not match its hash (the entry was changed)"));
        if (e.mac.isEmpty()) {
            // Entries from before the trail was signed come first; the first signed entry's MAC
            // covers them through the chain. An unsigned entry later was made outside lvdesk.
            if (signedSeen)
                return broken(e.seq, Verification::Problem::Unsigned,
                              tr("it has no signature although the entries before it are signed "
                                 "(it was written outside lvdesk)"));
        } else {
            signedSeen = true;
            if (key.isEmpty())
                return broken(e.seq, Verification::Problem::Unreadable,
                              tr("this workstation has no audit key to check its signature"));
            if (e.keyId != ourKeyId)
                return broken(e.seq, Verification::Problem::OtherKey,
                              tr("it is signed with another audit key (%1) than this "
                                 "workstation's (%2)")
                                  .arg(e.keyId, ourKeyId));
            if (computeMac(key, e.hash) != e.mac)
                return broken(e.seq, Verification::Problem::Changed,
                              tr("its signature does not match (the entry was changed, or its "
                                 "hash recomputed, outside lvdesk)"));
        }
        ++result.entries;
        result.head = Head{e.seq, e.hash, e.mac};
    }
    if (q.lastError().isValid())
        return failure(Verification::Problem::Unreadable, -1,
                       tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
    return result;
}

AuditTrail::Verification AuditTrail::verify() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(selectColumns + u"ORDER BY seq"_s))
        return failure(Verification::Problem::Unreadable, -1,
                       tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
    return walk(q, Head{}, false);
}

AuditTrail::Verification AuditTrail::verifyFrom(const Head &anchor) const
{
    if (anchor.seq <= 0)
        return verify();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns + u"WHERE seq >= ? ORDER BY seq"_s);
    q.addBindValue(anchor.seq);
    if (!q.exec())
        return failure(Verification::Problem::Unreadable, -1,
                       tr("The audit trail cannot be read: %1").arg(q.lastError().text()));
    if (!q.next() || q.value(0).toLongLong() != anchor.seq)
        return failure(Verification::Problem::Truncated, anchor.seq,
                       tr("Audit entry %1, verified earlier on this workstation, is gone: the "
                          "newest entries of the trail were removed.")
                           .arg(anchor.seq));
    const Entry at = entryFrom(q);
    if (at.hash != anchor.hash || at.mac != anchor.mac)
        return failure(Verification::Problem::Changed, anchor.seq,
                       tr("Audit entry %1 is not the one verified earlier on this workstation: "
                          "the trail was changed or replaced from there on.")
                           .arg(anchor.seq));
    // The anchored entry itself was checked when it was anchored; the walk continues after it.
    return walk(q, anchor, !anchor.mac.isEmpty());
}

QList<AuditTrail::Entry> AuditTrail::entries(qint64 fromSeq, int limit) const
{
    QList<Entry> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns + u"WHERE seq >= ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list << entryFrom(q);
    }
    return list;
}

QList<AuditTrail::Entry> AuditTrail::entriesFor(const QString &subject) const
{
    QList<Entry> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(selectColumns + u"WHERE subject = ? ORDER BY seq"_s);
    q.addBindValue(subject);
    if (q.exec()) {
        while (q.next())
            list << entryFrom(q);
    }
    return list;
}

} // namespace lvdesk
