// SPDX-License-Identifier: EUPL-1.2

#include "syncrun.h"

#include "lvsimprocess.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretkeys.h"
#include "store/audittrail.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/storeconnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace lvdesk {

bool SyncRun::writeProfile(const QString &path, const QUrl &securityServer,
                           const QMap<QString, QString> &values)
{
    QMap<QString, QString> keys{
        {u"connection/securityServer"_s, securityServer.toString()},
        {u"connection/client"_s, u"FI-TEST/MUN/0135202-4/lvdesk"_s},
        {u"connection/service"_s, u"FI-TEST/GOV/0245437-2/LV/lvService"_s},
        {u"connection/userId"_s, u"tester"_s},
        {u"review/default"_s, u"true"_s},
        {u"sync/concurrency"_s, u"4"_s},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        keys.insert(it.key(), it.value());
    QFile::remove(path);
    QSettings ini(path, QSettings::IniFormat);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        ini.setValue(it.key(), it.value());
    ini.sync();
    return ini.status() == QSettings::NoError;
}

SyncRun::Outcome SyncRun::syncOnce(const QString &profile, const QString &dataDir, int timeoutMs)
{
    Outcome outcome;
    QProcess process;
    process.start(program(), {u"--sync-once"_s, u"--profile"_s, profile, u"--data-dir"_s, dataDir});
    if (!process.waitForStarted(10000)) {
        outcome.crashed = true;
        return outcome;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        outcome.crashed = true;
    }
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        outcome.crashed = true;
    else
        outcome.exitCode = process.exitCode();
    return outcome;
}

StoreConfig SyncRun::storeConfig(const QString &dataDir)
{
    StoreConfig config;
    config.dataDirectory = QDir(dataDir).absolutePath();
    // lvdesk made the trail's key at its first start and keeps it in the keychain, as on a
    // workstation: the test checks the trail with that key.
    KeychainSecretStore keychain;
    QObject context;
    QEventLoop loop;
    keychain.read(SecretKeys::auditKey(config.identity()), &context,
                  [&config, &loop](const SecretStore::Result &result) {
                      config.auditKey = result.secret;
                      loop.quit();
                  });
    loop.exec();
    return config;
}

QSqlDatabase SyncRun::openStore(const QString &dataDir, const QString &name)
{
    QString error;
    QSqlDatabase db = StoreConnection::open(storeConfig(dataDir), name, &error);
    if (!db.isValid())
        qWarning("%s", qPrintable(error));
    return db;
}

QString SyncRun::checkEndState(LvSimProcess &sim, const QString &dataDir, int expectedCases,
                               bool expectStatusUpdates)
{
    const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    const int unacknowledged
        = stats.value(u"service"_s).toObject().value(u"unacknowledged"_s).toInt(-1);
    if (unacknowledged != 0)
        return u"lvsim still has %1 unacknowledged feed entries"_s.arg(unacknowledged);
    const QJsonObject received = sim.adminGet(u"/admin/received"_s);
    if (received.value(u"duplicateWrites"_s).toInt() != 0)
        return u"lvsim saw %1 writes under a second messageId"_s.arg(
            received.value(u"duplicateWrites"_s).toInt());
    if (received.value(u"rejected"_s).toInt() != 0)
        return u"lvsim rejected %1 writes"_s.arg(received.value(u"rejected"_s).toInt());
    QSet<QString> acknowledged;
    const QJsonArray ackedIds
        = received.value(u"acks"_s).toObject().value(u"externalIds"_s).toArray();
    for (const QJsonValue &id : ackedIds)
        acknowledged.insert(id.toString());
    const QJsonObject writes = received.value(u"cases"_s).toObject();

    const QString connection = u"endstate"_s;
    QString problem;
    {
        QSqlDatabase db = openStore(dataDir, connection);
        if (!db.isValid())
            return u"the store cannot be opened"_s;
        const BlobStore blobs(storeConfig(dataDir).blobDirectory());
        CaseStore store(db, &blobs);
        const QList<CaseStore::Case> cases = store.cases(QString(), QString(), 1000000);
        qint64 events = 0;
        int attachments = 0;
        for (const CaseStore::Case &c : cases) {
            if (!problem.isEmpty())
                break;
            if (c.openingExternalId.isEmpty()) {
                problem = u"case %1 has no opening action"_s.arg(c.id);
                break;
            }
            const int updates = writes.value(c.openingExternalId)
                                    .toObject()
                                    .value(u"statusUpdates"_s)
                                    .toArray()
                                    .size();
            const bool withdrawn = c.state == CaseState::Withdrawn;
            if (expectStatusUpdates && !withdrawn && updates != 1)
                problem = u"case %1 has %2 status updates applied"_s.arg(c.id).arg(updates);
            else if (updates > 1 || (!expectStatusUpdates && updates != 0))
                problem = u"case %1 has %2 status updates applied"_s.arg(c.id).arg(updates);
            const QList<CaseStore::Event> list = store.events(c.id);
            for (const CaseStore::Event &e : list) {
                ++events;
                if (!acknowledged.contains(e.externalId))
                    problem = u"event %1 is stored but not acknowledged"_s.arg(e.id);
                const QList<CaseStore::Attachment> files = store.attachments(e.id);
                for (const CaseStore::Attachment &a : files) {
                    ++attachments;
                    QString error;
                    if (!a.stored || blobs.read(a.sha256, &error).size() != a.size)
                        problem = u"attachment %1 of event %2 is not stored intact"_s.arg(a.id).arg(
                            e.id);
                }
            }
        }
        if (problem.isEmpty() && cases.size() != expectedCases)
            problem = u"%1 cases stored, %2 expected"_s.arg(cases.size()).arg(expectedCases);
        if (problem.isEmpty() && events != acknowledged.size())
            problem = u"%1 events stored, %2 actions acknowledged"_s.arg(events).arg(
                acknowledged.size());
        if (problem.isEmpty() && store.eventCount() != events)
            problem = u"events without a case"_s;
        if (problem.isEmpty()) {
            const AuditTrail::Verification audit = AuditTrail(db).verify();
            if (!audit.ok)
                problem = u"the audit chain is broken at %1: %2"_s.arg(audit.brokenSeq)
                              .arg(audit.problem);
        }
        qInfo("end state: %lld cases, %lld events, %d attachments", qint64(cases.size()), events,
              attachments);
    }
    StoreConnection::close(connection);
    return problem;
}

} // namespace lvdesk
