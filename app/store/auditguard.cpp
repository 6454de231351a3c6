// SPDX-License-Identifier: EUPL-1.2

#include "auditguard.h"

#include "privatefiles.h"
#include "storeclock.h"
#include "storelog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

constexpr qint64 maxAnchorSize = 4096;

struct Anchor
{
    AuditTrail::Head head;
    QDateTime fullCheckAt;
    bool readable = true; // false: the file exists but is not an anchor of this database
};

Anchor readAnchor(const QString &path, const QString &identity)
{
    Anchor anchor;
    QFile file(path);
    if (!file.exists())
        return anchor;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxAnchorSize) {
        anchor.readable = false;
        return anchor;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(u"store"_s).toString() != identity) {
        anchor.readable = false;
        return anchor;
    }
    anchor.head.seq = o.value(u"seq"_s).toInteger();
    anchor.head.hash = o.value(u"hash"_s).toString();
    anchor.head.mac = o.value(u"mac"_s).toString();
    anchor.fullCheckAt = StoreClock::fromText(o.value(u"fullCheckAt"_s).toString());
    return anchor;
}

bool writeAnchor(const QString &path, const QString &identity, const Anchor &anchor)
{
    const QJsonObject o{
        {u"store"_s, identity},
        {u"seq"_s, double(anchor.head.seq)},
        {u"hash"_s, anchor.head.hash},
        {u"mac"_s, anchor.head.mac},
        {u"fullCheckAt"_s, StoreClock::toText(anchor.fullCheckAt)},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    return file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

QString AuditGuard::anchorPath(const StoreConfig &config)
{
    const QString dir = config.dataDirectory.isEmpty() ? StoreConfig::defaultDataDirectory()
                                                       : config.dataDirectory;
    const QByteArray id
        = QCryptographicHash::hash(config.identity().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return QDir(dir).filePath(u"audit-anchor-"_s + QString::fromLatin1(id) + u".json"_s);
}

AuditGuard::Result AuditGuard::check(const QSqlDatabase &db, const StoreConfig &config,
                                     const QDateTime &now)
{
    Result result;
    const QString path = anchorPath(config);
    const QString identity = config.identity();
    QString folderError;
    if (!PrivateFiles::makeDirectory(QFileInfo(path).absolutePath(), &folderError)) {
        result.problem = folderError;
        return result;
    }
    // The window, a headless sync and the exporter may check at once: one at a time per file.
    QLockFile lock(path + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(30000)) {
        result.problem = tr("The audit trail's state file %1 is locked by another lvdesk.")
                             .arg(QDir::toNativeSeparators(path));
        return result;
    }
    Anchor anchor = readAnchor(path, identity);
    if (!anchor.readable) {
        qCCritical(lcStore) << "The audit trail's state file of this workstation is unreadable";
        result.problem = tr("The audit trail's state file %1 on this workstation cannot be read "
                            "or belongs to another database; the trail cannot be checked against "
                            "it. Ask IT support.")
                             .arg(QDir::toNativeSeparators(path));
        return result;
    }
    const AuditTrail trail(db);
    AuditTrail::Verification v = trail.verifyFrom(anchor.head);
    result.checked = v.entries;
    const bool fullDue = anchor.head.seq == 0 || !anchor.fullCheckAt.isValid()
                         || anchor.fullCheckAt.daysTo(now) >= fullCheckDays;
    if (v.ok && fullDue && anchor.head.seq > 0) {
        // The whole chain too, once a day: entries below the anchor are guarded by the
        // database's triggers and their MACs, and this is where that is checked.
        const AuditTrail::Verification whole = trail.verify();
        result.checked += whole.entries;
        if (!whole.ok)
            v = whole;
    }
    if (!v.ok) {
        // No customer data: the entry's number and the kind of problem.
        qCCritical(lcStore) << "The audit trail failed its check at entry" << v.brokenSeq << "kind"
                            << int(v.kind);
        result.problem = v.problem;
        return result;
    }
    result.ok = true;
    result.head = v.head;
    // Never move the anchor back: another lvdesk may have verified further meanwhile.
    const Anchor current = readAnchor(path, identity);
    if (current.head.seq > v.head.seq)
        return result;
    Anchor next;
    next.head = v.head;
    next.fullCheckAt = fullDue ? now : anchor.fullCheckAt;
    if (!writeAnchor(path, identity, next))
        qCWarning(lcStore) << "The audit trail's state file could not be written";
    return result;
}

QByteArray AuditGuard::newKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / int(sizeof(quint32)));
    return key;
}

AuditGuard::KeyState AuditGuard::claimKey(const QSqlDatabase &db, const QByteArray &key,
                                          QString *problem)
{
    auto fail = [problem](KeyState state, const QString &message) {
        if (problem)
            *problem = message;
        return state;
    };
    QSqlQuery q(db);
    auto recorded = [&q](QString *keyId) {
        if (!q.exec(u"SELECT key_id FROM audit_key WHERE id = 1"_s))
            return false;
        *keyId = q.next() ? q.value(0).toString() : QString();
        q.finish();
        return true;
    };
    QString keyId;
    if (!recorded(&keyId))
        return fail(KeyState::Error,
                    tr("The audit trail's key cannot be read: %1").arg(q.lastError().text()));
    if (key.isEmpty()) {
        if (keyId.isEmpty())
            return KeyState::Missing;
        return fail(KeyState::Absent,
                    tr("This workstation has no key for the audit trail of the database, which is "
                       "signed with key %1. IT support copies that key into the keychain of every "
                       "workstation that uses the database.")
                        .arg(keyId));
    }
    const QString ours = AuditTrail::keyIdOf(key);
    if (keyId.isEmpty()) {
        // Two workstations may meet an unsigned database at once: the first key recorded wins.
        q.prepare(u"INSERT INTO audit_key (id, key_id, created_at) VALUES (1, ?, ?) "
                  "ON CONFLICT DO NOTHING"_s);
        q.addBindValue(ours);
        q.addBindValue(StoreClock::now());
        if (!q.exec() || !recorded(&keyId))
            return fail(
                KeyState::Error,
                tr("The audit trail's key cannot be recorded: %1").arg(q.lastError().text()));
    }
    if (keyId != ours)
        return fail(KeyState::Foreign,
                    tr("This workstation's audit key (%1) is not the key that signs the audit "
                       "trail of the database (%2). IT support copies the database's key into the "
                       "keychain of every workstation that uses it.")
                        .arg(ours, keyId));
    return KeyState::Ok;
}

} // namespace lvdesk
