// SPDX-License-Identifier: EUPL-1.2

#include "audittrail.h"

#include "canonicaljson.h"
#include "storeclock.h"
#include "storeconnection.h"
#include "storelog.h"
#include "storetransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
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
    return e;
}

const QString selectColumns
    = u"SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_trail "_s;

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

bool AuditTrail::append(const QString &actor, const QString &action, const QString &subject,
                        const QJsonObject &details, QString *error)
{
    StoreTransaction tx(m_db);
    auto fail = [&](const QString &what) {
        if (error)
            *error = tr("The audit trail could not be written: %1").arg(what);
        qCWarning(lcStore) << "Audit append failed for action" << action;
        return false;
    };
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

    q.prepare(u"INSERT INTO audit_trail (seq, at, actor, action, subject, details, prev_hash, "
              "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entry.seq);
    q.addBindValue(entry.at);
    q.addBindValue(StoreConnection::notNull(entry.actor));
    q.addBindValue(StoreConnection::notNull(entry.action));
    q.addBindValue(StoreConnection::notNull(entry.subject));
    q.addBindValue(QString::fromUtf8(CanonicalJson::serialize(entry.details)));
    q.addBindValue(entry.prevHash);
    q.addBindValue(entry.hash);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!tx.commit())
        return fail(tx.error());
    return true;
}

AuditTrail::Verification AuditTrail::verify() const
{
    Verification result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(selectColumns + u"ORDER BY seq"_s)) {
        result.ok = false;
        result.problem = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return result;
    }
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (q.next()) {
        const Entry e = entryFrom(q);
        const QString storedDetails = q.value(5).toString();
        QString problem;
        if (e.seq != expectedSeq) {
            problem = e.seq > expectedSeq
                          ? tr("entries %1 to %2 are missing").arg(expectedSeq).arg(e.seq - 1)
                          : tr("the entry is out of sequence (expected %1)").arg(expectedSeq);
        } else if (e.prevHash != expectedPrev) {
            problem = tr("it does not link to the entry before it (the previous entry was changed, "
                         "removed or inserted)");
        } else if (CanonicalJson::serialize(e.details) != storedDetails.toUtf8()) {
            problem = tr("its details are not in canonical form (they were edited)");
        } else if (computeHash(e.prevHash, e) != e.hash) {
            problem = tr("its content does not match its hash (the entry was changed)");
        }
        if (!problem.isEmpty()) {
            result.ok = false;
            result.brokenSeq = e.seq;
            result.problem = tr("Audit entry %1 is broken: %2.").arg(e.seq).arg(problem);
            return result;
        }
        ++result.entries;
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    result.headHash = result.entries ? expectedPrev : QString();
    return result;
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
