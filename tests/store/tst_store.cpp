// SPDX-License-Identifier: EUPL-1.2
// The store test suite. CTest runs it twice: against SQLite (the default) and, with
// LVDESK_STORE_DRIVER=postgresql, against the real PostgreSQL server that scripts/test starts.
// Every test function gets a fresh database (SQLite: a new folder; PostgreSQL: a new schema).

#include "filemode.h"
#include "secrets/memorysecretstore.h"
#include "store/auditguard.h"
#include "store/audittrail.h"
#include "store/blobstore.h"
#include "store/canonicaljson.h"
#include "store/casestore.h"
#include "store/changenotifier.h"
#include "store/deadlinestore.h"
#include "store/diarynumberstore.h"
#include "store/inboundfailurestore.h"
#include "store/migrations.h"
#include "store/migrator.h"
#include "store/outboxstore.h"
#include "store/servicesettingsstore.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storetransaction.h"
#include "store/storewriter.h"
#include "store/synclock.h"
#include "store/syncstatestore.h"
#include "store/transferlogstore.h"
#include "testactions.h"
#include "testauditkey.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

#include <sys/stat.h>

using namespace lvdesk;
using namespace Qt::StringLiterals;

namespace QTest {
template<>
char *toString(const CaseStore::IngestOutcome &outcome)
{
    const char *names[] = {"Inserted", "Updated", "Ignored", "Failed"};
    return qstrdup(names[int(outcome)]);
}
template<>
char *toString(const CaseStore::ClaimResult::Outcome &outcome)
{
    const char *names[] = {"Won", "AlreadyYours", "Taken", "NotFound", "Failed"};
    return qstrdup(names[int(outcome)]);
}
} // namespace QTest

class tst_Store : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migratesEmptyDatabaseToLatestSchema();
    void migratesFromEveryEarlierSchemaVersion();
    void opensFixtureOfEveryEarlierSchemaVersion();
    void refusesDatabaseOfNewerSchema();
    void rollsBackFailingMigrationEntirely();

    void ingestStoresActionVerbatimOnce();
    void ingestIgnoresSameVersionTwice();
    void ingestIgnoresOlderVersionAfterNewer();
    void ingestOfNewerVersionKeepsReviewNotesAndClaim();
    void ingestStoresAttachmentMetadataWithTheAction();
    void ingestGroupsActionsOfOneProjectPartIntoOneCase();
    void failedIngestLeavesNothingBehind();
    void ingestKeepsEveryAttachmentWithItsProblem();
    void attachmentWithoutIdOrChecksumCannotBeAskedForAgain();
    void inboundFailureKeepsAttemptsAndTheOfficersDecision();
    void ingestFillsListColumnsWithPersonIdMasked();
    void diaryNumbersRunPerPatternAndYear();
    void ingestsTenThousandActionsInBatches();

    void writerAnswersAfterCommitAndIsolatesFailingJob();
    void readersAreNotBlockedByAnOpenWrite();

    void claimGoesToOneOfficerAndTellsTheOtherWhoHasIt();
    void concurrentClaimsHaveExactlyOneWinner();

    void auditChainVerifiesAfterEveryKindOfWrite();
    void auditTrailRefusesUpdateAndDelete();
    void auditTamperingIsDetected();
    void auditGuardChecksOnlyWhatIsNewAndAnchorsOutside();
    void auditKeyIsOneForTheDatabase();
    void canonicalJsonSortsKeysAndIsCompact();

    void outboxCountsEveryAttempt();
    void syncStateSettingsAndDeadlinesPersist();
    void blobStoreWritesContentAddressedFilesAtomically();

    void syncLockAdmitsOneHolderAtATime();
    void changesAreAnnouncedToOtherConnections();
    void postgresPasswordIsReadFromSecretStore();

    void sqliteConnectionIsDurable();
    void damagedDatabaseIsRefusedAndCopiedAside();
    void privateFilesAreOwnerOnly();
    void killedWriterLeavesConsistentDatabase();

private:
    bool postgres() const { return m_postgres; }
    // A config for a fresh, empty database named tag (a new file or a new schema).
    StoreConfig freshConfig(const QString &tag);
    QSqlDatabase openDb(const StoreConfig &config, const QString &name);
    QSqlDatabase openDb(const QString &name) { return openDb(m_config, name); }
    QStringList schemaSignature(QSqlDatabase &db);
    void closeAll();
    bool execAdmin(const QString &sql);
    void disableAppendOnly(QSqlDatabase &db);

    bool m_postgres = false;
    StoreConfig m_base;
    StoreConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_connections;
    QStringList m_schemas;
    int m_serial = 0;
};

void tst_Store::initTestCase()
{
    m_postgres = qEnvironmentVariable("LVDESK_STORE_DRIVER") == u"postgresql"_s;
    m_base.auditKey = TestAuditKey::key();
    if (!m_postgres)
        return;
    const QStringList vars
        = {u"LVDESK_TEST_PG_HOST"_s, u"LVDESK_TEST_PG_PORT"_s, u"LVDESK_TEST_PG_DB"_s,
           u"LVDESK_TEST_PG_USER"_s, u"LVDESK_TEST_PG_PASSWORD"_s};
    for (const QString &var : vars) {
        if (qEnvironmentVariableIsEmpty(var.toLatin1().constData()))
            QFAIL(qPrintable(
                var
                + u" is not set. The PostgreSQL run of the store tests needs a server: run it "
                  "through scripts/test, or first `source scripts/lib/postgres.sh; "
                  "lvdesk_pg_start` in the shell that runs ctest."_s));
    }
    m_base.driver = StoreConfig::Driver::Postgresql;
    m_base.host = qEnvironmentVariable("LVDESK_TEST_PG_HOST");
    m_base.port = qEnvironmentVariable("LVDESK_TEST_PG_PORT").toInt();
    m_base.database = qEnvironmentVariable("LVDESK_TEST_PG_DB");
    m_base.user = qEnvironmentVariable("LVDESK_TEST_PG_USER");
    m_base.password = qEnvironmentVariable("LVDESK_TEST_PG_PASSWORD");
    QString error;
    {
        QSqlDatabase admin = StoreConnection::open(m_base, u"tst-admin"_s, &error);
        QVERIFY2(admin.isValid(), qPrintable(error));
    }
}

bool tst_Store::execAdmin(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(u"tst-admin"_s));
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

StoreConfig tst_Store::freshConfig(const QString &tag)
{
    StoreConfig config = m_base;
    config.dataDirectory = m_dir->filePath(tag);
    if (m_postgres) {
        const QString schema
            = u"lvdesk_t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_serial);
        execAdmin(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
        execAdmin(u"CREATE SCHEMA "_s + schema);
        m_schemas << schema;
        config.schema = schema;
    }
    return config;
}

void tst_Store::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = freshConfig(u"main"_s);
}

void tst_Store::closeAll()
{
    for (const QString &name : std::as_const(m_connections))
        StoreConnection::close(name);
    m_connections.clear();
}

void tst_Store::cleanup()
{
    closeAll();
    for (const QString &schema : std::as_const(m_schemas))
        execAdmin(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
    m_schemas.clear();
    m_dir.reset();
}

QSqlDatabase tst_Store::openDb(const StoreConfig &config, const QString &name)
{
    QString error;
    QSqlDatabase db = StoreConnection::open(config, name, &error);
    if (!db.isValid())
        qWarning() << error;
    else
        m_connections << name;
    return db;
}

QStringList tst_Store::schemaSignature(QSqlDatabase &db)
{
    QStringList signature;
    QSqlQuery q(db);
    if (StoreConnection::isPostgres(db)) {
        q.exec(u"SELECT table_name, column_name, data_type, is_nullable, "
               "COALESCE(column_default, '') FROM information_schema.columns "
               "WHERE table_schema = current_schema() ORDER BY table_name, column_name"_s);
        while (q.next())
            signature << u"%1.%2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                 q.value(2).toString(), q.value(3).toString(),
                                                 q.value(4).toString());
        q.exec(u"SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
               "ORDER BY indexname"_s);
        while (q.next())
            signature << u"index "_s + q.value(0).toString();
        q.exec(u"SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE n.nspname = current_schema() AND NOT t.tgisinternal ORDER BY t.tgname"_s);
        while (q.next())
            signature << u"trigger "_s + q.value(0).toString();
    } else {
        QStringList tables;
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
               "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            q.exec(u"PRAGMA table_info("_s + table + u')');
            while (q.next())
                signature << u"%1.%2 %3 %4 %5"_s.arg(table, q.value(1).toString(),
                                                     q.value(2).toString(), q.value(3).toString(),
                                                     q.value(4).toString());
        }
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
        while (q.next())
            signature << u"index "_s + q.value(0).toString();
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s);
        while (q.next())
            signature << u"trigger "_s + q.value(0).toString();
    }
    return signature;
}

// --- migrations -----------------------------------------------------------------------------

void tst_Store::migratesEmptyDatabaseToLatestSchema()
{
    const Store::Status status = Store::prepare(m_config);
    QVERIFY2(status.ok, qPrintable(status.error));
    QCOMPARE(status.fromVersion, 0);
    QCOMPARE(status.version, Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);

    QSqlDatabase db = openDb(u"main"_s);
    QCOMPARE(Migrator(db).currentVersion(), Migrations::latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT version FROM schema_migrations ORDER BY version"_s));
    QList<int> versions;
    while (q.next())
        versions << q.value(0).toInt();
    QList<int> expected;
    for (const Migration &m : Migrations::all())
        expected << m.version;
    QCOMPARE(versions, expected);
    const QStringList tables = {
        u"cases"_s,  u"events"_s,       u"attachments"_s, u"review_notes"_s,     u"deadlines"_s,
        u"outbox"_s, u"transfer_log"_s, u"sync_state"_s,  u"service_settings"_s, u"audit_trail"_s};
    for (const QString &table : tables)
        QVERIFY2(q.exec(u"SELECT COUNT(*) FROM "_s + table), qPrintable(table));

    // Preparing again is a no-op.
    const Store::Status again = Store::prepare(m_config);
    QVERIFY(again.ok);
    QCOMPARE(again.fromVersion, Migrations::latestVersion());
}

void tst_Store::migratesFromEveryEarlierSchemaVersion()
{
    QStringList latestSignature;
    {
        const StoreConfig fresh = freshConfig(u"fresh"_s);
        QSqlDatabase db = openDb(fresh, u"fresh"_s);
        QVERIFY(Migrator(db).migrate().ok);
        latestSignature = schemaSignature(db);
    }
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        const QString tag = u"v"_s + QString::number(version);
        const StoreConfig config = freshConfig(tag);
        QSqlDatabase db = openDb(config, tag);
        const Migrator::Result to = Migrator(db).migrate(version);
        QVERIFY2(to.ok, qPrintable(to.error));
        QCOMPARE(to.toVersion, version);
        // Data written at that version must survive the later steps. It is written with the
        // columns every version has (today's ingest writes columns of later versions).
        const auto [item, data] = TestActions::make(7, 1);
        {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO cases (project_part_id, project_id, service_code, "
                      "opening_external_id, state, received_at, updated_at) "
                      "VALUES (?, ?, ?, ?, 'new', ?, ?) RETURNING id"_s);
            for (const QString &v :
                 {item.projectPartId, item.projectId, item.serviceCode, item.externalId,
                  u"2026-11-20T09:14:10.000Z"_s, u"2026-11-20T09:14:10.000Z"_s})
                q.addBindValue(v);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const qint64 caseId = q.value(0).toLongLong();
            q.finish();
            q.prepare(u"INSERT INTO events (case_id, external_id, version, action_type, "
                      "submitted_at, raw_json, commondata, formdata, inbound_state, received_at, "
                      "updated_at) VALUES (?, ?, 1, 'application', ?, ?, '{}', '{}', 'received', "
                      "?, ?)"_s);
            q.addBindValue(caseId);
            q.addBindValue(item.externalId);
            q.addBindValue(u"2026-11-20T09:14:10.000Z"_s);
            q.addBindValue(data.rawJson);
            q.addBindValue(u"2026-11-20T09:14:10.000Z"_s);
            q.addBindValue(u"2026-11-20T09:14:10.000Z"_s);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        CaseStore cases(db);
        const Migrator::Result up = Migrator(db).migrate();
        QVERIFY2(up.ok, qPrintable(up.error));
        QCOMPARE(up.fromVersion, version);
        QCOMPARE(up.toVersion, Migrations::latestVersion());
        QCOMPARE(schemaSignature(db), latestSignature);
        const auto event = cases.eventByExternalId(item.externalId);
        QVERIFY(event);
        QCOMPARE(event->rawJson, data.rawJson);
        QVERIFY(AuditTrail(db).verify().ok);
    }
}

void tst_Store::opensFixtureOfEveryEarlierSchemaVersion()
{
    if (m_postgres)
        QSKIP("Fixtures are SQLite files; the PostgreSQL run migrates from every earlier version "
              "in migratesFromEveryEarlierSchemaVersion.");
    const QString fixtures = QFINDTESTDATA("fixtures");
    QVERIFY2(!fixtures.isEmpty(), "tests/store/fixtures not found");
    QStringList latestSignature;
    {
        const StoreConfig fresh = freshConfig(u"fresh"_s);
        QSqlDatabase db = openDb(fresh, u"fresh"_s);
        QVERIFY(Migrator(db).migrate().ok);
        latestSignature = schemaSignature(db);
    }
    // Every earlier version must have its fixture: adding migration n+1 means keeping a database
    // of version n (store_testhelper write-fixture n tests/store/fixtures/schema-vn.sqlite).
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        const QString file = QDir(fixtures).filePath(u"schema-v%1.sqlite"_s.arg(version));
        QVERIFY2(QFile::exists(file), qPrintable(u"missing fixture "_s + file));
        const QString copy = m_dir->filePath(u"fixture-v%1.sqlite"_s.arg(version));
        QVERIFY(QFile::copy(file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        StoreConfig config = m_config;
        config.sqlitePath = copy;
        const Store::Status status = Store::prepare(config);
        QVERIFY2(status.ok, qPrintable(status.error));
        QCOMPARE(status.fromVersion, version);
        QCOMPARE(status.version, Migrations::latestVersion());

        const QString name = u"fixture"_s + QString::number(version);
        QSqlDatabase db = openDb(config, name);
        QCOMPARE(schemaSignature(db), latestSignature);
        CaseStore cases(db);
        QCOMPARE(cases.caseCount(), 2);
        QCOMPARE(cases.eventCount(), 3);
        const auto first = cases.eventByExternalId(TestActions::externalId(1));
        QVERIFY(first);
        QCOMPARE(first->version, 2);
        QCOMPARE(first->rawJson, TestActions::make(1, 2).second.rawJson);
        QCOMPARE(cases.attachments(first->id).size(), 2);
        const auto second = cases.caseByProjectPart(TestActions::projectPartId(2));
        QVERIFY(second);
        QCOMPARE(second->handler, u"officer.a"_s);
        QCOMPARE(toString(second->state), toString(CaseState::InReview));
        QCOMPARE(cases.events(second->id).size(), 2);
        QCOMPARE(cases.reviewNotes(second->id).size(), 1);
        const AuditTrail::Verification audit = AuditTrail(db).verify();
        QVERIFY2(audit.ok, qPrintable(audit.problem));
        QVERIFY(audit.entries > 0);
        // And it keeps working at the current version.
        const auto [item, data] = TestActions::make(1, 3);
        QCOMPARE(cases.ingest(item, data, u"lvdesk"_s).outcome, CaseStore::IngestOutcome::Updated);
        // Entries from before the trail was signed, then signed ones: one valid chain.
        const AuditTrail::Verification mixed = AuditTrail(db).verify();
        QVERIFY2(mixed.ok, qPrintable(mixed.problem));
        QVERIFY(mixed.entries > audit.entries);
        QVERIFY(!mixed.head.mac.isEmpty());
    }
}

void tst_Store::refusesDatabaseOfNewerSchema()
{
    QVERIFY(Store::prepare(m_config).ok);
    const int newer = Migrations::latestVersion() + 1;
    {
        QSqlDatabase db = openDb(u"main"_s);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO schema_migrations (version, description, applied_at) "
                  "VALUES (?, 'from the future', '2030-01-01T00:00:00.000Z')"_s);
        q.addBindValue(newer);
        QVERIFY(q.exec());
        const QStringList before = schemaSignature(db);

        const Migrator::Result result = Migrator(db).migrate();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"newer version of lvdesk"_s), qPrintable(result.error));
        QVERIFY(result.error.contains(QString::number(newer)));
        QCOMPARE(Migrator(db).currentVersion(), newer);
        QCOMPARE(schemaSignature(db), before);
    }
    closeAll();
    const Store::Status status = Store::prepare(m_config);
    QVERIFY(!status.ok);
    QVERIFY(status.error.contains(u"Update lvdesk"_s));
}

void tst_Store::rollsBackFailingMigrationEntirely()
{
    QSqlDatabase db = openDb(u"main"_s);
    // A first migration that fails half-way leaves an empty database.
    {
        const QList<Migration> broken = {
            {1,
             u"broken"_s,
             {u"CREATE TABLE first_half (id INTEGER)"_s,
              u"INSERT INTO first_half (id) VALUES (1)"_s,
              u"INSERT INTO no_such_table (id) VALUES (1)"_s}},
        };
        const Migrator::Result result = Migrator(db, broken).migrate();
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"schema 1"_s));
        QCOMPARE(Migrator(db, broken).currentVersion(), 0);
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELECT COUNT(*) FROM first_half"_s));
    }
    // A failing later migration leaves the database at the version before it, data intact.
    QVERIFY(Migrator(db).migrate().ok);
    const auto [item, data] = TestActions::make(1, 1);
    QCOMPARE(CaseStore(db).ingest(item, data, u"lvdesk"_s).outcome,
             CaseStore::IngestOutcome::Inserted);
    const QStringList before = schemaSignature(db);
    QList<Migration> withBroken = Migrations::all();
    const int broken = Migrations::latestVersion() + 1;
    withBroken.append(
        {broken,
         u"broken"_s,
         {u"ALTER TABLE cases ADD COLUMN doomed TEXT"_s, u"UPDATE cases SET state = 'closed'"_s,
          u"DROP TABLE review_notes"_s, u"CREATE TABLE cases (id INTEGER)"_s}});
    const Migrator::Result result = Migrator(db, withBroken).migrate();
    QVERIFY(!result.ok);
    QCOMPARE(result.toVersion, Migrations::latestVersion());
    QVERIFY2(result.error.contains(u"schema %1"_s.arg(broken)), qPrintable(result.error));
    QCOMPARE(Migrator(db).currentVersion(), Migrations::latestVersion());
    QCOMPARE(schemaSignature(db), before);
    const auto stored = CaseStore(db).caseByProjectPart(item.projectPartId);
    QVERIFY(stored);
    QCOMPARE(toString(stored->state), toString(CaseState::New));
}

// --- ingest ---------------------------------------------------------------------------------

void tst_Store::ingestStoresActionVerbatimOnce()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    const auto [item, data] = TestActions::make(1, 1);
    const CaseStore::IngestResult r = cases.ingest(item, data, u"lvdesk"_s);
    QCOMPARE(r.outcome, CaseStore::IngestOutcome::Inserted);
    QCOMPARE(r.storedVersion, 1);
    const auto event = cases.eventByExternalId(item.externalId);
    QVERIFY(event);
    QCOMPARE(event->rawJson, data.rawJson); // byte for byte, spacing included
    QCOMPARE(event->version, 1);
    QCOMPARE(event->actionType, u"application"_s);
    QCOMPARE(event->submittedAt, item.submittedAt);
    QCOMPARE(toString(event->inboundState), toString(InboundState::Received));
    QCOMPARE(event->commondata.value(u"projectPartId"_s).toString(), item.projectPartId);
    const auto c = cases.caseById(r.caseId);
    QVERIFY(c);
    QCOMPARE(toString(c->state), toString(CaseState::New));
    QCOMPARE(c->openingExternalId, item.externalId);
    QCOMPARE(c->serviceCode, u"ymparistolupa"_s);

    const auto log = TransferLogStore(db).entriesFor(u"event"_s, item.externalId);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().state, u"received"_s);
    QCOMPARE(AuditTrail(db).entriesFor(u"event:"_s + item.externalId).size(), 1);

    QVERIFY(cases.markAcknowledged({item.externalId}, u"lvdesk"_s));
    QCOMPARE(toString(cases.eventByExternalId(item.externalId)->inboundState),
             toString(InboundState::Acknowledged));
    QCOMPARE(TransferLogStore(db).entriesFor(u"event"_s, item.externalId).size(), 2);
}

void tst_Store::ingestIgnoresSameVersionTwice()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    const auto [item, data] = TestActions::make(1, 1);
    QCOMPARE(cases.ingest(item, data, u"lvdesk"_s).outcome, CaseStore::IngestOutcome::Inserted);
    const qint64 auditBefore = AuditTrail(db).verify().entries;
    const CaseStore::IngestResult again = cases.ingest(item, data, u"lvdesk"_s);
    QCOMPARE(again.outcome, CaseStore::IngestOutcome::Ignored);
    QCOMPARE(again.storedVersion, 1);
    QCOMPARE(cases.eventCount(), 1);
    QCOMPARE(cases.caseCount(), 1);
    QCOMPARE(TransferLogStore(db).count(), 1);
    QCOMPARE(AuditTrail(db).verify().entries, auditBefore);
}

void tst_Store::ingestIgnoresOlderVersionAfterNewer()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    const auto v3 = TestActions::make(1, 3);
    const auto v2 = TestActions::make(1, 2);
    QCOMPARE(cases.ingest(v3.first, v3.second, u"lvdesk"_s).outcome,
             CaseStore::IngestOutcome::Inserted);
    const CaseStore::IngestResult older = cases.ingest(v2.first, v2.second, u"lvdesk"_s);
    QCOMPARE(older.outcome, CaseStore::IngestOutcome::Ignored);
    QCOMPARE(older.storedVersion, 3);
    const auto event = cases.eventByExternalId(v3.first.externalId);
    QCOMPARE(event->version, 3);
    QCOMPARE(event->rawJson, v3.second.rawJson);
    QCOMPARE(cases.attachments(event->id).size(), 3);
}

void tst_Store::ingestOfNewerVersionKeepsReviewNotesAndClaim()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    const auto v1 = TestActions::make(1, 1);
    const CaseStore::IngestResult first = cases.ingest(v1.first, v1.second, u"lvdesk"_s);
    QCOMPARE(first.outcome, CaseStore::IngestOutcome::Inserted);
    QVERIFY(cases.claim(first.caseId, u"officer.a"_s).won());
    QVERIFY(cases.setReviewNote(first.caseId, u"toiminta"_s,
                                CaseStore::ReviewStatus::NeedsClarification, u"Amount is unclear"_s,
                                u"officer.a"_s));
    QVERIFY(cases.setDiaryNumber(first.caseId, u"LV-2026-00001"_s, u"officer.a"_s));
    const auto claimed = cases.caseById(first.caseId);

    const auto v2 = TestActions::make(1, 2);
    const CaseStore::IngestResult second = cases.ingest(v2.first, v2.second, u"lvdesk"_s);
    QCOMPARE(second.outcome, CaseStore::IngestOutcome::Updated);
    QCOMPARE(second.caseId, first.caseId);
    QCOMPARE(second.eventId, first.eventId);
    const auto event = cases.eventByExternalId(v2.first.externalId);
    QCOMPARE(event->version, 2);
    QCOMPARE(event->rawJson, v2.second.rawJson);
    QCOMPARE(cases.attachments(event->id).size(), 2);

    const auto after = cases.caseById(first.caseId);
    QCOMPARE(after->handler, u"officer.a"_s);
    QCOMPARE(after->handlerSince, claimed->handlerSince);
    QCOMPARE(toString(after->state), toString(CaseState::InReview));
    QCOMPARE(after->diaryNumber, u"LV-2026-00001"_s);
    const auto notes = cases.reviewNotes(first.caseId);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().note, u"Amount is unclear"_s);
    QCOMPARE(notes.first().status, CaseStore::ReviewStatus::NeedsClarification);
    QCOMPARE(cases.claim(first.caseId, u"officer.b"_s).outcome, CaseStore::ClaimResult::Taken);
    const auto log = TransferLogStore(db).entriesFor(u"event"_s, v1.first.externalId);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.last().detail, u"version 2 (replaces 1)"_s);
}

void tst_Store::ingestStoresAttachmentMetadataWithTheAction()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    BlobStore blobs(m_config.blobDirectory());
    const auto [item, data] = TestActions::make(1, 2);
    // Only the first attachment's bytes are stored yet.
    QVERIFY(!blobs.put(TestActions::attachmentBytes(1, 2, 0)).isEmpty());
    CaseStore cases(db, &blobs);
    const CaseStore::IngestResult r = cases.ingest(item, data, u"lvdesk"_s);
    QCOMPARE(r.outcome, CaseStore::IngestOutcome::Inserted);
    const auto list = cases.attachments(r.eventId);
    QCOMPARE(list.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const AttachmentInfo &expected = data.formdata.attachments.at(i);
        QCOMPARE(list.at(i).attachmentId, expected.id);
        QCOMPARE(list.at(i).fileName, expected.fileName);
        QCOMPARE(list.at(i).contentType, expected.contentType);
        QCOMPARE(list.at(i).size, expected.size);
        QCOMPARE(list.at(i).sha256, expected.sha256Hex);
        QCOMPARE(list.at(i).description, expected.description);
    }
    QVERIFY(list.at(0).stored);
    QVERIFY(!list.at(1).stored);
}

void tst_Store::ingestFillsListColumnsWithPersonIdMasked()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    auto [item, data] = TestActions::make(1, 1);
    data.commondata.customer.kind = CustomerKind::fromString(u"person"_s);
    data.commondata.customer.name = u"Maija Meikäläinen"_s;
    data.commondata.customer.personalIdentityCode = u"120464-121C"_s;
    Location location;
    location.municipalityCode = u"837"_s;
    data.commondata.location = location;
    data.commondata.projectName = u"Kalliolouhos"_s;
    data.formdata.serviceName.fi = u"Ympäristölupa"_s;
    data.formdata.serviceName.sv = u"Miljötillstånd"_s;
    const auto r = cases.ingest(item, data, u"lvdesk"_s);
    QCOMPARE(r.outcome, CaseStore::IngestOutcome::Inserted);

    QSqlQuery q(db);
    q.prepare(u"SELECT customer_name, customer_kind, customer_id_masked, municipality_code, "
              "service_name_fi, service_name_sv, service_name_en, search_text, deadline_date "
              "FROM cases WHERE id = ?"_s);
    q.addBindValue(r.caseId);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), u"Maija Meikäläinen"_s);
    QCOMPARE(q.value(1).toString(), u"person"_s);
    QCOMPARE(q.value(2).toString(), u"120464-****"_s);
    QCOMPARE(q.value(3).toString(), u"837"_s);
    QCOMPARE(q.value(4).toString(), u"Ympäristölupa"_s);
    QCOMPARE(q.value(5).toString(), u"Miljötillstånd"_s);
    QCOMPARE(q.value(6).toString(), QString());
    const QString search = q.value(7).toString();
    QVERIFY(search.contains(u"maija meikäläinen"_s));
    QVERIFY(search.contains(u"kalliolouhos"_s));
    QVERIFY(search.contains(u"ympäristölupa"_s));
    // The person id never enters the searchable text, not even its birth date part.
    QVERIFY(!search.contains(u"120464"_s));
    QVERIFY(q.value(8).isNull());
    q.finish();

    // A newer version of the opening action corrects the columns.
    auto [item2, data2] = TestActions::make(1, 2);
    data2.commondata.customer = data.commondata.customer;
    data2.commondata.customer.name = u"Maija Virtanen"_s;
    data2.formdata.serviceName = data.formdata.serviceName;
    QCOMPARE(cases.ingest(item2, data2, u"lvdesk"_s).outcome, CaseStore::IngestOutcome::Updated);
    q.prepare(u"SELECT customer_name, municipality_code FROM cases WHERE id = ?"_s);
    q.addBindValue(r.caseId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"Maija Virtanen"_s);
    QCOMPARE(q.value(1).toString(), QString()); // the correction has no location
}

void tst_Store::diaryNumbersRunPerPatternAndYear()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    const QString pattern = u"LV-{year}-{seq:5}"_s;
    QCOMPARE(DiaryNumberStore::peek(db, pattern, 2026), 1);
    QString error;
    QCOMPARE(DiaryNumberStore::next(db, pattern, 2026, &error), 1);
    QCOMPARE(DiaryNumberStore::next(db, pattern, 2026, &error), 2);
    QCOMPARE(DiaryNumberStore::peek(db, pattern, 2026), 3);
    // Another year and another pattern have their own sequences.
    QCOMPARE(DiaryNumberStore::next(db, pattern, 2027, &error), 1);
    QCOMPARE(DiaryNumberStore::next(db, u"YMP/{seq}"_s, 2026, &error), 1);
    QCOMPARE(DiaryNumberStore::next(db, pattern, 2026, &error), 3);
    QVERIFY(error.isEmpty());

    // Taken inside a transaction that rolls back, a number is given again.
    {
        StoreTransaction tx(db);
        QVERIFY(tx.isActive());
        QCOMPARE(DiaryNumberStore::next(db, pattern, 2026, &error), 4);
    }
    QCOMPARE(DiaryNumberStore::next(db, pattern, 2026, &error), 4);

    // Two connections taking numbers at the same time never get the same one.
    const StoreConfig config = m_config;
    QSet<qint64> taken;
    QMutex mutex;
    std::atomic<int> failures{0};
    auto worker = [&](const QString &name) {
        QString err;
        {
            QSqlDatabase own = StoreConnection::open(config, name, &err);
            for (int i = 0; i < 100; ++i) {
                StoreTransaction tx(own);
                const qint64 n
                    = tx.isActive() ? DiaryNumberStore::next(own, pattern, 2030, &err) : 0;
                if (!n || !tx.commit()) {
                    ++failures;
                    continue;
                }
                QMutexLocker lock(&mutex);
                if (taken.contains(n))
                    ++failures;
                taken.insert(n);
            }
        }
        StoreConnection::close(name);
    };
    std::unique_ptr<QThread> a(QThread::create(worker, u"diary-a"_s));
    std::unique_ptr<QThread> b(QThread::create(worker, u"diary-b"_s));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QCOMPARE(failures.load(), 0);
    QCOMPARE(taken.size(), 200);
    QCOMPARE(*std::max_element(taken.cbegin(), taken.cend()), 200);
}

void tst_Store::ingestGroupsActionsOfOneProjectPartIntoOneCase()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    const auto opening = TestActions::make(1, 1);
    const auto supplement = TestActions::make(2, 1, u"supplement"_s, 1);
    const auto unknown = TestActions::make(3, 1, u"appeal"_s, 1);
    const auto withdrawal = TestActions::make(4, 1, u"withdrawal"_s, 1);
    const auto r1 = cases.ingest(opening.first, opening.second, u"lvdesk"_s);
    const auto r2 = cases.ingest(supplement.first, supplement.second, u"lvdesk"_s);
    const auto r3 = cases.ingest(unknown.first, unknown.second, u"lvdesk"_s);
    QCOMPARE(r2.caseId, r1.caseId);
    QCOMPARE(r3.caseId, r1.caseId);
    QCOMPARE(cases.caseCount(), 1);
    const auto events = cases.events(r1.caseId);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(2).actionType, u"appeal"_s); // unknown types are kept
    QCOMPARE(cases.caseById(r1.caseId)->openingExternalId, opening.first.externalId);
    QCOMPARE(toString(cases.caseById(r1.caseId)->state), toString(CaseState::New));
    QCOMPARE(cases.ingest(withdrawal.first, withdrawal.second, u"lvdesk"_s).caseId, r1.caseId);
    QCOMPARE(toString(cases.caseById(r1.caseId)->state), toString(CaseState::Withdrawn));
}

void tst_Store::ingestKeepsEveryAttachmentWithItsProblem()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    // The bytes are downloaded before the ingest, as the sync does.
    BlobStore blobs(m_dir->filePath(u"blobs"_s));
    for (int i = 0; i < 3; ++i)
        QVERIFY(!blobs.put(TestActions::attachmentBytes(1, 3, i)).isEmpty());
    CaseStore cases(db, &blobs);
    auto [item, data] = TestActions::make(1, 3);
    // Ids come from the customer's side: the same one twice is two attachments. Names of any form
    // are kept as sent.
    data.formdata.attachments[1].id = data.formdata.attachments[0].id;
    data.formdata.attachments[0].fileName = u"../\u202Eexe.pdf"_s;
    data.formdata.attachments[1].fileName = u"../\u202Eexe.pdf"_s;
    data.formdata.attachments[2].fileName = u"CON"_s;
    QList<CaseStore::AttachmentOutcome> outcomes(3);
    outcomes[1] = {AttachmentProblem::OverLimit, u"3221225472 > 2147483648 bytes"_s};
    const CaseStore::IngestResult r = cases.ingest(item, data, u"lvdesk"_s, outcomes);
    QCOMPARE(r.outcome, CaseStore::IngestOutcome::Inserted);
    const QList<CaseStore::Attachment> stored = cases.attachments(r.eventId);
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).attachmentId, stored.at(1).attachmentId);
    QCOMPARE(stored.at(0).position, 0);
    QCOMPARE(stored.at(1).position, 1);
    QCOMPARE(stored.at(0).fileName, u"../\u202Eexe.pdf"_s);
    QCOMPARE(toString(stored.at(1).problem), toString(AttachmentProblem::OverLimit));
    QCOMPARE(stored.at(1).problemDetail, u"3221225472 > 2147483648 bytes"_s);
    QVERIFY(!stored.at(1).stored);
    QCOMPARE(toString(stored.at(0).problem), toString(AttachmentProblem::None));

    // The case's list names each file once, safely, the same way every time.
    const QList<CaseStore::Attachment> ofCase = cases.caseAttachments(r.caseId);
    QCOMPARE(ofCase.size(), 3);
    QCOMPARE(ofCase.at(0).localName, u"_exe.pdf"_s);
    QCOMPARE(ofCase.at(1).localName, u"_exe (2).pdf"_s);
    QCOMPARE(ofCase.at(2).localName, u"_CON"_s);
    QCOMPARE(cases.caseAttachments(r.caseId).at(1).localName, ofCase.at(1).localName);

    // The failed one is in the transfer log and the trail, with its reason.
    const auto log = TransferLogStore(db).entriesFor(u"attachment"_s, item.externalId + u"#2"_s);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().state, u"failed"_s);
    QVERIFY(log.first().detail.startsWith(u"overLimit"_s));

    // Retry download puts it in line for the next sync; a received one leaves the list.
    QVERIFY(cases.attachmentsToFetch(10).isEmpty());
    QString error;
    QVERIFY2(cases.requestAttachmentDownload(stored.at(1).id, u"officer.a"_s, &error),
             qPrintable(error));
    const QList<CaseStore::PendingAttachment> pending = cases.attachmentsToFetch(10);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().externalId, item.externalId);
    QCOMPARE(pending.first().info.sha256Hex, stored.at(1).sha256);
    QVERIFY(cases.setAttachmentReceived(stored.at(1).id, u"lvdesk"_s, &error));
    QVERIFY(cases.attachmentsToFetch(10).isEmpty());
    QVERIFY(cases.attachments(r.eventId).at(1).stored);
    QVERIFY(AuditTrail(db).verify().ok);
}

void tst_Store::attachmentWithoutIdOrChecksumCannotBeAskedForAgain()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    auto [item, data] = TestActions::make(1, 2);
    data.formdata.attachments[0].id.clear();
    data.formdata.attachments[1].sha256Hex.clear();
    const QList<CaseStore::AttachmentOutcome> outcomes{{AttachmentProblem::NotDescribed, {}},
                                                       {AttachmentProblem::NoChecksum, {}}};
    const CaseStore::IngestResult r = cases.ingest(item, data, u"lvdesk"_s, outcomes);
    QCOMPARE(r.outcome, CaseStore::IngestOutcome::Inserted);
    const QList<CaseStore::Attachment> stored = cases.attachments(r.eventId);
    QString error;
    QVERIFY(!cases.requestAttachmentDownload(stored.at(0).id, u"officer.a"_s, &error));
    QCOMPARE(error, describe(AttachmentProblem::NotDescribed));
    QVERIFY(!cases.requestAttachmentDownload(stored.at(1).id, u"officer.a"_s, &error));
    QCOMPARE(error, describe(AttachmentProblem::NoChecksum));
    QVERIFY(cases.attachmentsToFetch(10).isEmpty());
}

void tst_Store::inboundFailureKeepsAttemptsAndTheOfficersDecision()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    InboundFailureStore failures(db);
    auto [item, data] = TestActions::make(1, 1);
    InboundFailure f;
    f.item = item;
    f.reason = InboundFailure::Reason::Transient;
    f.state = InboundFailure::State::Retrying;
    f.detail = u"network HTTP 503"_s;
    f.httpStatus = 503;
    f.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(60);
    QString error;
    QVERIFY2(failures.recordFailure(f, 2, u"lvdesk"_s, &error), qPrintable(error));
    QVERIFY(failures.recordFailure(f, 3, u"lvdesk"_s, &error));
    std::optional<InboundFailure> known = failures.find(item.externalId);
    QVERIFY(known);
    QCOMPARE(known->attempts, 5); // every attempt counts, across runs
    QCOMPARE(known->item.projectPartId, item.projectPartId);
    QCOMPARE(known->item.submittedAt, item.submittedAt);
    QVERIFY(known->nextAttempt.isValid());

    // Permanent: the body is kept for IT support.
    f.reason = InboundFailure::Reason::Undecodable;
    f.state = InboundFailure::State::Failed;
    f.rawBody = QByteArray("<html>\0broken", 13);
    QVERIFY(failures.recordFailure(f, 1, u"lvdesk"_s, &error));
    QCOMPARE(failures.rawBody(item.externalId), f.rawBody);
    QVERIFY(!failures.find(item.externalId)->nextAttempt.isValid());

    // The officer's decision stands for this version, and is audited.
    QVERIFY(failures.markHandled(item.externalId, u"officer.a"_s, &error));
    QVERIFY(failures.recordFailure(f, 1, u"lvdesk"_s, &error));
    known = failures.find(item.externalId);
    QCOMPARE(toString(known->state), toString(InboundFailure::State::Handled));
    QCOMPARE(known->handledBy, u"officer.a"_s);
    QCOMPARE(TransferLogStore(db).entriesFor(u"event"_s, item.externalId).last().actor,
             u"officer.a"_s);

    // A newer version is a new matter: counted from one again.
    FeedItem newer = item;
    newer.version = 2;
    f.item = newer;
    f.state = InboundFailure::State::Retrying;
    QVERIFY(failures.recordFailure(f, 1, u"lvdesk"_s, &error));
    known = failures.find(item.externalId);
    QCOMPARE(toString(known->state), toString(InboundFailure::State::Retrying));
    QCOMPARE(known->attempts, 1);
    QCOMPARE(known->item.version, 2);

    QVERIFY2(failures.requestRetry(item.externalId, u"officer.a"_s, &error), qPrintable(error));
    QCOMPARE(toString(failures.find(item.externalId)->state),
             toString(InboundFailure::State::RetryRequested));

    // Storing the action ends the record, in the same transaction.
    auto [stored, storedData] = TestActions::make(1, 2);
    QCOMPARE(CaseStore(db).ingest(stored, storedData, u"lvdesk"_s).outcome,
             CaseStore::IngestOutcome::Inserted);
    QVERIFY(!failures.find(item.externalId));
    QCOMPARE(failures.count(), 0);
    QVERIFY(!failures.requestRetry(item.externalId, u"officer.a"_s, &error));
    QVERIFY(AuditTrail(db).verify().ok);
}

void tst_Store::failedIngestLeavesNothingBehind()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    auto [item, data] = TestActions::make(1, 2);
    // The second attachment's metadata row fails after the case, the event and the first
    // attachment were already written in the transaction (a trigger stands in for a full disk).
    QSqlQuery trigger(db);
    if (m_postgres) {
        QVERIFY(trigger.exec(u"CREATE FUNCTION refuse_second() RETURNS trigger AS $$ BEGIN "
                             "RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql"_s));
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_second BEFORE INSERT ON attachments "
                             "FOR EACH ROW WHEN (NEW.position = 1) "
                             "EXECUTE FUNCTION refuse_second()"_s));
    } else {
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_second BEFORE INSERT ON attachments "
                             "WHEN NEW.position = 1 BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    }
    const qint64 auditBefore = AuditTrail(db).verify().entries;
    const CaseStore::IngestResult r = cases.ingest(item, data, u"lvdesk"_s);
    QCOMPARE(r.outcome, CaseStore::IngestOutcome::Failed);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(cases.caseCount(), 0);
    QCOMPARE(cases.eventCount(), 0);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM attachments"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(TransferLogStore(db).count(), 0);
    QCOMPARE(AuditTrail(db).verify().entries, auditBefore);
    // The connection is usable afterwards.
    const auto good = TestActions::make(2, 1);
    QCOMPARE(cases.ingest(good.first, good.second, u"lvdesk"_s).outcome,
             CaseStore::IngestOutcome::Inserted);
}

void tst_Store::ingestsTenThousandActionsInBatches()
{
    QVERIFY(Store::prepare(m_config).ok);
    const int total = 10000;
    QElapsedTimer timer;
    timer.start();
    int inserted = 0;
    int failed = 0;
    int answered = 0;
    int batches = 0;
    int committedJobs = 0;
    {
        StoreWriter writer(m_config);
        connect(&writer, &StoreWriter::committed, this, [&](int jobs) {
            ++batches;
            committedJobs += jobs;
        });
        for (int n = 1; n <= total; ++n) {
            // Every tenth action is a supplement to the action before it.
            const bool supplement = n % 10 == 0;
            const auto [item, data]
                = TestActions::make(n, 1 + n % 2, supplement ? u"supplement"_s : u"application"_s,
                                    supplement ? n - 1 : -1);
            writer.ingest(item, data, u"lvdesk"_s, this, [&](const CaseStore::IngestResult &r) {
                ++answered;
                if (r.outcome == CaseStore::IngestOutcome::Inserted)
                    ++inserted;
                else
                    ++failed;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, total, 600000);
        QTRY_COMPARE(committedJobs, total);
    }
    qInfo() << total << "ingests in" << timer.elapsed() << "ms," << batches << "transactions";
    QCOMPARE(failed, 0);
    QCOMPARE(inserted, total);
    QVERIFY2(batches < total / 10, "ingests were not batched into transactions");
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    QCOMPARE(cases.eventCount(), total);
    QCOMPARE(cases.caseCount(), total - total / 10);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM attachments"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), total / 2 * 1 + total / 2 * 2);
    QCOMPARE(TransferLogStore(db).count(), total);
    const AuditTrail::Verification audit = AuditTrail(db).verify();
    QVERIFY2(audit.ok, qPrintable(audit.problem));
    QCOMPARE(audit.entries, qint64(total + (total - total / 10)));
}

// --- writer ---------------------------------------------------------------------------------

void tst_Store::writerAnswersAfterCommitAndIsolatesFailingJob()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase reader = openDb(u"reader"_s);
    QList<QString> order;
    QList<bool> visibleWhenAnswered;
    QList<bool> answeredInThisThread;
    QList<int> batches;
    {
        StoreWriter writer(m_config);
        connect(&writer, &StoreWriter::committed, this, [&](int jobs) { batches << jobs; });
        auto check = [&](const QString &tag, const QString &externalId) {
            return [&, tag, externalId](const StoreWriter::Result &r) {
                order << tag + (r.ok ? u":ok"_s : u":failed"_s);
                answeredInThisThread << (QThread::currentThread() == thread());
                // Seen through another connection: the write is committed before the answer.
                visibleWhenAnswered << CaseStore(reader).eventByExternalId(externalId).has_value();
            };
        };
        // Hold the writer busy so that the three jobs below land in one batch.
        QSemaphore gate;
        QSemaphore started;
        writer.submit([&gate, &started](QSqlDatabase &) {
            started.release();
            gate.acquire();
            return StoreWriter::Result{true, {}, {}};
        });
        QVERIFY(started.tryAcquire(1, 10000));
        const auto a = TestActions::make(1, 1);
        const auto b = TestActions::make(2, 1);
        const auto c = TestActions::make(3, 1);
        writer.submit(
            [a](QSqlDatabase &db) {
                const auto r = CaseStore(db).ingest(a.first, a.second, u"lvdesk"_s);
                return StoreWriter::Result{
                    r.outcome == CaseStore::IngestOutcome::Inserted, r.error, {}};
            },
            this, check(u"a"_s, a.first.externalId));
        writer.submit(
            [b](QSqlDatabase &db) {
                // Writes, then fails: its savepoint is rolled back, the others stay.
                CaseStore(db).ingest(b.first, b.second, u"lvdesk"_s);
                return StoreWriter::Result{false, u"refused"_s, {}};
            },
            this, check(u"b"_s, b.first.externalId));
        writer.submit(
            [c](QSqlDatabase &db) {
                const auto r = CaseStore(db).ingest(c.first, c.second, u"lvdesk"_s);
                return StoreWriter::Result{
                    r.outcome == CaseStore::IngestOutcome::Inserted, r.error, {}};
            },
            this, check(u"c"_s, c.first.externalId));
        gate.release();
        QTRY_COMPARE(order.size(), 3);
        // The held job alone, then a, b and c in one transaction of which b's part was undone.
        QTRY_COMPARE(batches, (QList<int>{1, 2}));
    }
    QCOMPARE(order, (QList<QString>{u"a:ok"_s, u"b:failed"_s, u"c:ok"_s}));
    QCOMPARE(answeredInThisThread, (QList<bool>{true, true, true}));
    QCOMPARE(visibleWhenAnswered, (QList<bool>{true, false, true}));
    QCOMPARE(CaseStore(reader).eventCount(), 2);
    QVERIFY(AuditTrail(reader).verify().ok);
}

void tst_Store::readersAreNotBlockedByAnOpenWrite()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase writer = openDb(u"writer"_s);
    QSqlDatabase reader = openDb(u"reader"_s);
    const auto first = TestActions::make(1, 1);
    QCOMPARE(CaseStore(writer).ingest(first.first, first.second, u"lvdesk"_s).outcome,
             CaseStore::IngestOutcome::Inserted);
    StoreTransaction tx(writer);
    QVERIFY(tx.isActive());
    const auto second = TestActions::make(2, 1);
    QCOMPARE(CaseStore(writer).ingest(second.first, second.second, u"lvdesk"_s).outcome,
             CaseStore::IngestOutcome::Inserted);
    // While the write is open, the window's connection reads at once, and sees committed data only.
    QElapsedTimer timer;
    timer.start();
    CaseStore cases(reader);
    QCOMPARE(cases.caseCount(), 1);
    QCOMPARE(cases.cases().size(), 1);
    QVERIFY(AuditTrail(reader).verify().ok);
    QVERIFY2(timer.elapsed() < 1000, "a read waited for the writer");
    QVERIFY(tx.commit());
    QCOMPARE(cases.caseCount(), 2);
}

// --- claims ---------------------------------------------------------------------------------

void tst_Store::claimGoesToOneOfficerAndTellsTheOtherWhoHasIt()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    CaseStore cases(db);
    const auto [item, data] = TestActions::make(1, 1);
    const qint64 caseId = cases.ingest(item, data, u"lvdesk"_s).caseId;

    const CaseStore::ClaimResult a = cases.claim(caseId, u"officer.a"_s);
    QCOMPARE(a.outcome, CaseStore::ClaimResult::Won);
    QCOMPARE(toString(cases.caseById(caseId)->state), toString(CaseState::InReview));
    const CaseStore::ClaimResult b = cases.claim(caseId, u"officer.b"_s);
    QCOMPARE(b.outcome, CaseStore::ClaimResult::Taken);
    QCOMPARE(b.handler, u"officer.a"_s);
    QVERIFY(b.since.isValid());
    QVERIFY(b.message().contains(u"officer.a"_s));
    QCOMPARE(cases.claim(caseId, u"officer.a"_s).outcome, CaseStore::ClaimResult::AlreadyYours);
    QVERIFY(!cases.release(caseId, u"officer.b"_s));
    QVERIFY(cases.release(caseId, u"officer.a"_s));
    QCOMPARE(cases.claim(caseId, u"officer.b"_s).outcome, CaseStore::ClaimResult::Won);
    QCOMPARE(cases.claim(caseId + 1000, u"officer.b"_s).outcome, CaseStore::ClaimResult::NotFound);
    const auto audit = AuditTrail(db).entriesFor(u"case:"_s + QString::number(caseId));
    QStringList actions;
    for (const auto &e : audit)
        actions << e.actor + u' ' + e.action;
    QCOMPARE(actions, (QStringList{u"lvdesk case.created"_s, u"officer.a case.claimed"_s,
                                   u"officer.a case.released"_s, u"officer.b case.claimed"_s}));
}

void tst_Store::concurrentClaimsHaveExactlyOneWinner()
{
    QVERIFY(Store::prepare(m_config).ok);
    const int rounds = 200;
    QList<qint64> caseIds;
    {
        QSqlDatabase db = openDb(u"main"_s);
        CaseStore cases(db);
        for (int n = 1; n <= rounds; ++n) {
            const auto [item, data] = TestActions::make(n, 1);
            caseIds << cases.ingest(item, data, u"lvdesk"_s).caseId;
        }
    }
    // Two officers' workstations: each thread has its own connection, and both start each round
    // together.
    QList<CaseStore::ClaimResult> results[2];
    QSemaphore start[2];
    QSemaphore done;
    std::atomic<bool> openFailed{false};
    auto officer = [&](int who) {
        const QString name = u"claimer%1"_s.arg(who);
        {
            QString error;
            QSqlDatabase db = StoreConnection::open(m_config, name, &error);
            if (!db.isValid())
                openFailed = true;
            CaseStore cases(db);
            const QString login = u"officer.%1"_s.arg(who);
            for (int i = 0; i < rounds; ++i) {
                start[who].acquire();
                results[who] << (db.isValid() ? cases.claim(caseIds.at(i), login)
                                              : CaseStore::ClaimResult());
                done.release();
            }
        }
        StoreConnection::close(name);
    };
    std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(officer, 0)),
                                           std::unique_ptr<QThread>(QThread::create(officer, 1))};
    for (auto &t : threads)
        t->start();
    for (int i = 0; i < rounds; ++i) {
        start[0].release();
        start[1].release();
        QVERIFY(done.tryAcquire(2, 60000));
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QVERIFY(!openFailed);

    QSqlDatabase db = openDb(u"check"_s);
    CaseStore cases(db);
    int winsOf[2] = {0, 0};
    for (int i = 0; i < rounds; ++i) {
        const auto &r0 = results[0].at(i);
        const auto &r1 = results[1].at(i);
        QVERIFY2(r0.outcome != CaseStore::ClaimResult::Failed, qPrintable(r0.error));
        QVERIFY2(r1.outcome != CaseStore::ClaimResult::Failed, qPrintable(r1.error));
        const int wins = (r0.outcome == CaseStore::ClaimResult::Won)
                         + (r1.outcome == CaseStore::ClaimResult::Won);
        QCOMPARE(wins, 1);
        const auto &winner = r0.outcome == CaseStore::ClaimResult::Won ? r0 : r1;
        const auto &loser = r0.outcome == CaseStore::ClaimResult::Won ? r1 : r0;
        ++winsOf[r0.outcome == CaseStore::ClaimResult::Won ? 0 : 1];
        QCOMPARE(loser.outcome, CaseStore::ClaimResult::Taken);
        QCOMPARE(loser.handler, winner.handler);
        QCOMPARE(cases.caseById(caseIds.at(i))->handler, winner.handler);
    }
    qInfo() << "wins: officer.0" << winsOf[0] << "officer.1" << winsOf[1];
    const AuditTrail::Verification audit = AuditTrail(db).verify();
    QVERIFY2(audit.ok, qPrintable(audit.problem));
}

// --- audit trail ----------------------------------------------------------------------------

void tst_Store::auditChainVerifiesAfterEveryKindOfWrite()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    AuditTrail audit(db);
    QCOMPARE(audit.verify().entries, 0);
    CaseStore cases(db);
    const auto [item, data] = TestActions::make(1, 1);
    const qint64 caseId = cases.ingest(item, data, u"lvdesk"_s).caseId;
    QVERIFY(cases.claim(caseId, u"officer.a"_s).won());
    QVERIFY(cases.setState(caseId, CaseState::Approved, u"officer.a"_s));
    QVERIFY(
        cases.setExportState(caseId, ExportState::Failed, u"drop folder missing"_s, u"lvdesk"_s));
    QCOMPARE(cases.caseById(caseId)->exportAttempts, 1);
    QVERIFY(cases.setExportState(caseId, ExportState::Exported, QString(), u"lvdesk"_s));
    QVERIFY(audit.append(u"officer.a"_s, u"custom.action"_s, u"case:1"_s,
                         {{u"nested"_s, QJsonObject{{u"b"_s, 1}, {u"a"_s, u"ä"_s}}},
                          {u"list"_s, QJsonArray{1.5, true, QJsonValue()}}}));
    const AuditTrail::Verification v = audit.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 7);
    const auto entries = audit.entries();
    QCOMPARE(entries.size(), 7);
    QCOMPARE(entries.first().prevHash, AuditTrail::genesisHash());
    for (int i = 1; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).seq, entries.at(i - 1).seq + 1);
        QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
        QCOMPARE(entries.at(i).hash,
                 AuditTrail::computeHash(entries.at(i).prevHash, entries.at(i)));
    }
    QCOMPARE(v.head.hash, entries.last().hash);
    QCOMPARE(v.head.mac, entries.last().mac);
    QStringList actions;
    for (const auto &e : entries)
        actions << e.actor + u' ' + e.action;
    QCOMPARE(actions, (QStringList{u"lvdesk case.created"_s, u"lvdesk transfer.inbound"_s,
                                   u"officer.a case.claimed"_s, u"officer.a case.state"_s,
                                   u"lvdesk transfer.export"_s, u"lvdesk transfer.export"_s,
                                   u"officer.a custom.action"_s}));
    QCOMPARE(entries.last().details.value(u"nested"_s).toObject().value(u"a"_s).toString(), u"ä"_s);
}

void tst_Store::auditTrailRefusesUpdateAndDelete()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    AuditTrail audit(db);
    for (int i = 1; i <= 5; ++i)
        QVERIFY(audit.append(u"officer.a"_s, u"test.step"_s, u"case:1"_s, {{u"step"_s, i}}));
    QString problem;
    QCOMPARE(AuditGuard::claimKey(db, m_config.auditKey, &problem), AuditGuard::KeyState::Ok);
    QSqlQuery q(db);
    // The database itself says no, to lvdesk and to anyone else with write access to the table.
    QVERIFY(!q.exec(u"UPDATE audit_trail SET actor = 'officer.x' WHERE seq = 3"_s));
    QVERIFY2(q.lastError().text().contains(u"append-only"_s), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(u"DELETE FROM audit_trail WHERE seq = 3"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_trail WHERE seq >= 4"_s));
    QVERIFY(!q.exec(u"UPDATE audit_key SET key_id = 'someone else'"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_key"_s));
    if (m_postgres) {
        QVERIFY(!q.exec(u"TRUNCATE audit_trail"_s));
        QVERIFY(!q.exec(u"TRUNCATE audit_key"_s));
    }
    const AuditTrail::Verification v = audit.verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, 5);
    // Appending is what the trail is for.
    QVERIFY(audit.append(u"officer.a"_s, u"test.step"_s, u"case:1"_s, {{u"step"_s, 6}}));
    // Without a key nothing is appended: an entry nobody can verify is not written.
    StoreConfig keyless = m_config;
    keyless.auditKey.clear();
    QSqlDatabase other = openDb(keyless, u"keyless"_s);
    QString error;
    QVERIFY(!AuditTrail(other).append(u"officer.a"_s, u"test.step"_s, u"case:1"_s, {}, &error));
    QVERIFY2(error.contains(u"audit key"_s), qPrintable(error));
}

void tst_Store::disableAppendOnly(QSqlDatabase &db)
{
    // What someone with the table owner's rights (or the SQLite file) can do; docs/security.md
    // says how PostgreSQL roles keep officers from it. lvdesk must notice what follows.
    QSqlQuery q(db);
    if (m_postgres) {
        QVERIFY(q.exec(u"ALTER TABLE audit_trail DISABLE TRIGGER USER"_s));
    } else {
        QVERIFY(q.exec(u"DROP TRIGGER audit_trail_no_update"_s));
        QVERIFY(q.exec(u"DROP TRIGGER audit_trail_no_delete"_s));
    }
}

void tst_Store::auditTamperingIsDetected()
{
    // Each way of editing the trail, on a trail of ten signed entries whose head this workstation
    // has anchored: the check at the next start (or before the next export) finds it.
    enum Tampering {
        UpdateInTheMiddle,
        DeleteInTheMiddle,
        TruncateTheTail,
        TruncateTheTailAndAppendAgain,
        RewriteWithRecomputedHash,
        RewriteWithRecomputedHashUnsigned,
        AppendUnsigned,
    };
    const QList<std::pair<Tampering, AuditTrail::Verification::Problem>> cases = {
        {UpdateInTheMiddle, AuditTrail::Verification::Problem::Changed},
        {DeleteInTheMiddle, AuditTrail::Verification::Problem::Missing},
        {TruncateTheTail, AuditTrail::Verification::Problem::Truncated},
        {TruncateTheTailAndAppendAgain, AuditTrail::Verification::Problem::Changed},
        {RewriteWithRecomputedHash, AuditTrail::Verification::Problem::Changed},
        {RewriteWithRecomputedHashUnsigned, AuditTrail::Verification::Problem::Unsigned},
        {AppendUnsigned, AuditTrail::Verification::Problem::Unsigned},
    };
    for (const auto &[tampering, expected] : cases) {
        const QString tag = u"tamper%1"_s.arg(int(tampering));
        const StoreConfig config = freshConfig(tag);
        QVERIFY(Store::prepare(config).ok);
        QSqlDatabase db = openDb(config, tag);
        AuditTrail audit(db);
        for (int i = 1; i <= 10; ++i)
            QVERIFY(audit.append(u"officer.a"_s, u"test.step"_s, u"case:1"_s, {{u"step"_s, i}}));
        const QDateTime today = QDateTime::currentDateTimeUtc();
        const AuditGuard::Result anchored = AuditGuard::check(db, config, today);
        QVERIFY2(anchored.ok, qPrintable(anchored.problem));
        QCOMPARE(anchored.head.seq, 10);
        const QList<AuditTrail::Entry> entries = audit.entries();

        disableAppendOnly(db);
        QSqlQuery q(db);
        // Rewrites entries from..10 with actor "officer.x", chaining the plain SHA-256 as lvdesk
        // does; the MAC stays (it cannot be made without the key) or is dropped.
        auto rewrite = [&](int from, bool dropMac) {
            QString prev = entries.at(from - 2).hash;
            for (int seq = from; seq <= 10; ++seq) {
                AuditTrail::Entry e = entries.at(seq - 1);
                e.actor = u"officer.x"_s;
                e.prevHash = prev;
                e.hash = AuditTrail::computeHash(prev, e);
                q.prepare(u"UPDATE audit_trail SET actor = ?, prev_hash = ?, hash = ?, mac = ? "
                          "WHERE seq = ?"_s);
                q.addBindValue(e.actor);
                q.addBindValue(e.prevHash);
                q.addBindValue(e.hash);
                q.addBindValue(dropMac ? QString(u""_s) : e.mac);
                q.addBindValue(seq);
                QVERIFY(q.exec());
                prev = e.hash;
            }
        };
        switch (tampering) {
        case UpdateInTheMiddle:
            QVERIFY(q.exec(u"UPDATE audit_trail SET details = '{\"step\":99}' WHERE seq = 5"_s));
            break;
        case DeleteInTheMiddle:
            QVERIFY(q.exec(u"DELETE FROM audit_trail WHERE seq = 4"_s));
            break;
        case TruncateTheTail:
            QVERIFY(q.exec(u"DELETE FROM audit_trail WHERE seq >= 8"_s));
            // What is left is a perfectly good chain: only the anchor outside can tell.
            QVERIFY(audit.verify().ok);
            break;
        case TruncateTheTailAndAppendAgain:
            QVERIFY(q.exec(u"DELETE FROM audit_trail WHERE seq >= 8"_s));
            for (int i = 8; i <= 12; ++i)
                QVERIFY(audit.append(u"officer.a"_s, u"test.step"_s, u"case:1"_s,
                                     {{u"step"_s, i * 10}}));
            QVERIFY(audit.verify().ok); // a valid chain again, signed with the right key
            break;
        case RewriteWithRecomputedHash:
            rewrite(7, false);
            break;
        case RewriteWithRecomputedHashUnsigned:
            rewrite(7, true);
            break;
        case AppendUnsigned: {
            AuditTrail::Entry e;
            e.seq = 11;
            e.at = u"2026-12-01T10:00:00.000Z"_s;
            e.actor = u"officer.x"_s;
            e.action = u"case.claimed"_s;
            e.subject = u"case:1"_s;
            e.prevHash = entries.last().hash;
            e.hash = AuditTrail::computeHash(e.prevHash, e);
            q.prepare(u"INSERT INTO audit_trail (seq, at, actor, action, subject, details, "
                      "prev_hash, hash) VALUES (11, ?, ?, ?, ?, '{}', ?, ?)"_s);
            for (const QString &v : {e.at, e.actor, e.action, e.subject, e.prevHash, e.hash})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            break;
        }
        }
        // What ends at the head shows at once, from the anchor; what lies below it shows in the
        // daily check of the whole chain.
        const bool truncated
            = tampering == TruncateTheTail || tampering == TruncateTheTailAndAppendAgain;
        const bool belowTheAnchor
            = tampering == UpdateInTheMiddle || tampering == DeleteInTheMiddle;
        // At the next start the same day: whatever changed the anchored head or came after it.
        const AuditGuard::Result sameDay = AuditGuard::check(db, config, today.addSecs(60));
        QCOMPARE(sameDay.ok, belowTheAnchor);
        // At the first start of the next day (the daily full check): everything.
        const AuditGuard::Result found
            = AuditGuard::check(db, config, today.addDays(AuditGuard::fullCheckDays));
        QVERIFY2(!found.ok, qPrintable(tag));
        QVERIFY(!found.problem.isEmpty());
        // Named, with the first entry concerned: from the anchor when the tail was removed (the
        // chain left is valid), by the whole chain otherwise.
        const AuditTrail::Verification v
            = truncated ? audit.verifyFrom(anchored.head) : audit.verify();
        QVERIFY(!v.ok);
        QCOMPARE(int(v.kind), int(expected));
        const qint64 firstConcerned = tampering == UpdateInTheMiddle   ? 5
                                      : tampering == DeleteInTheMiddle ? 5
                                      : tampering == AppendUnsigned    ? 11
                                      : truncated                      ? 10
                                                                       : 7;
        QCOMPARE(v.brokenSeq, firstConcerned);
        QVERIFY2(v.problem.contains(QString::number(firstConcerned)), qPrintable(v.problem));
        // The anchor stays where it was: the evidence is not overwritten.
        const AuditGuard::Result again
            = AuditGuard::check(db, config, today.addDays(AuditGuard::fullCheckDays + 1));
        QVERIFY(!again.ok);
    }
}

void tst_Store::auditGuardChecksOnlyWhatIsNewAndAnchorsOutside()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    AuditTrail audit(db);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(audit.append(u"officer.a"_s, u"test.step"_s, u"case:1"_s, {{u"step"_s, i}}));
    const QDateTime start = QDateTime::currentDateTimeUtc();
    // The first check reads the whole chain and anchors its head, in a private file.
    AuditGuard::Result r = AuditGuard::check(db, m_config, start);
    QVERIFY2(r.ok, qPrintable(r.problem));
    QCOMPARE(r.checked, 20);
    QCOMPARE(r.head.seq, 20);
    const QString path = AuditGuard::anchorPath(m_config);
    QCOMPARE(FileMode::of(path), 0600);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject anchor = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(anchor.value(u"seq"_s).toInteger(), 20);
    QCOMPARE(anchor.value(u"mac"_s).toString(), audit.entries(20, 1).first().mac);
    QCOMPARE(anchor.value(u"store"_s).toString(), m_config.identity());
    // A later check, before the daily full one is due, reads only what came after.
    for (int i = 21; i <= 23; ++i)
        QVERIFY(audit.append(u"officer.b"_s, u"test.step"_s, u"case:2"_s, {{u"step"_s, i}}));
    r = AuditGuard::check(db, m_config, start.addSecs(3600));
    QVERIFY2(r.ok, qPrintable(r.problem));
    QCOMPARE(r.checked, 3);
    QCOMPARE(r.head.seq, 23);
    // A day on, the whole chain again.
    r = AuditGuard::check(db, m_config, start.addDays(AuditGuard::fullCheckDays));
    QVERIFY(r.ok);
    QCOMPARE(r.checked, 23);
}

void tst_Store::auditKeyIsOneForTheDatabase()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    QString problem;
    // The first key met is recorded; the same key is recognised later.
    QCOMPARE(AuditGuard::claimKey(db, m_config.auditKey, &problem), AuditGuard::KeyState::Ok);
    QCOMPARE(AuditGuard::claimKey(db, m_config.auditKey, &problem), AuditGuard::KeyState::Ok);
    QVERIFY(AuditTrail(db).append(u"officer.a"_s, u"test.step"_s, u"case:1"_s, {}));
    // A workstation without the key, or with another one, is told so and signs nothing.
    QCOMPARE(AuditGuard::claimKey(db, QByteArray(), &problem), AuditGuard::KeyState::Absent);
    QVERIFY2(problem.contains(AuditTrail::keyIdOf(m_config.auditKey)), qPrintable(problem));
    const QByteArray other = AuditGuard::newKey();
    QCOMPARE(other.size(), 32);
    QVERIFY(other != AuditGuard::newKey());
    QCOMPARE(AuditGuard::claimKey(db, other, &problem), AuditGuard::KeyState::Foreign);
    StoreConfig wrong = m_config;
    wrong.auditKey = other;
    QSqlDatabase db2 = openDb(wrong, u"wrongkey"_s);
    const AuditTrail::Verification v = AuditTrail(db2).verify();
    QVERIFY(!v.ok);
    QCOMPARE(int(v.kind), int(AuditTrail::Verification::Problem::OtherKey));
    // A database nobody has signed yet asks for a key to be made.
    const StoreConfig fresh = freshConfig(u"unsigned"_s);
    QVERIFY(Store::prepare(fresh).ok);
    QSqlDatabase db3 = openDb(fresh, u"unsigned"_s);
    QCOMPARE(AuditGuard::claimKey(db3, QByteArray(), &problem), AuditGuard::KeyState::Missing);
}

void tst_Store::canonicalJsonSortsKeysAndIsCompact()
{
    const QJsonObject object{{u"b"_s, 2},
                             {u"a"_s, QJsonObject{{u"y"_s, u"line\n\"q\""_s}, {u"x"_s, 1.5}}},
                             {u"ä"_s, QJsonArray{3, false, QJsonValue()}}};
    QCOMPARE(
        CanonicalJson::serialize(object),
        QByteArray(
            "{\"a\":{\"x\":1.5,\"y\":\"line\\n\\\"q\\\"\"},\"b\":2,\"\xc3\xa4\":[3,false,null]}"));
}

// --- outbox, sync state, settings, deadlines, blobs ---------------------------------------------

void tst_Store::outboxCountsEveryAttempt()
{
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    const auto [item, data] = TestActions::make(1, 1);
    const qint64 caseId = CaseStore(db).ingest(item, data, u"lvdesk"_s).caseId;
    OutboxStore outbox(db);
    const QString messageId = u"5a0b7a52-46c4-4c4f-9a57-000000000001"_s;
    const QByteArray payload = R"({"messageId":"5a0b…","state":"received"})";
    const qint64 id
        = outbox.enqueue(messageId, caseId, item.externalId, u"status"_s, payload, u"officer.a"_s);
    QVERIFY(id > 0);
    QString error;
    QCOMPARE(outbox.enqueue(messageId, caseId, item.externalId, u"status"_s, payload,
                            u"officer.a"_s, &error),
             0);
    QVERIFY(!error.isEmpty());

    const QList<OutboxStore::Message> ofCase = outbox.forCase(caseId);
    QCOMPARE(ofCase.size(), 1);
    QCOMPARE(ofCase.first().messageId, messageId);
    QVERIFY(outbox.forCase(caseId + 1).isEmpty());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(outbox.due(now).size(), 1);
    QCOMPARE(outbox.due(now).first().payload, payload);
    QCOMPARE(outbox.pendingCount(), 1);
    QVERIFY(outbox.markRetrying(id, now.addSecs(60), u"HTTP 503"_s, u"lvdesk"_s));
    QCOMPARE(outbox.pendingCount(), 1);
    QCOMPARE(outbox.byMessageId(messageId)->attempts, 1); // every failed attempt counts
    QCOMPARE(outbox.due(now).size(), 0);
    QCOMPARE(outbox.due(now.addSecs(61)).size(), 1);
    QVERIFY(outbox.markDelivered(id, u"lvdesk"_s));
    QCOMPARE(outbox.pendingCount(), 0);
    const auto stored = outbox.byMessageId(messageId);
    QVERIFY(stored);
    QCOMPARE(toString(stored->state), toString(OutboxState::Delivered));
    QCOMPARE(stored->attempts, 2); // the failed one and the delivered one
    QCOMPARE(stored->lastError, u"HTTP 503"_s);
    QCOMPARE(outbox.due(now.addDays(1)).size(), 0);

    QStringList states;
    for (const auto &e : TransferLogStore(db).entriesFor(u"outbox"_s, messageId))
        states << e.state;
    QCOMPARE(states, (QStringList{u"queued"_s, u"retrying"_s, u"delivered"_s}));
    QCOMPARE(AuditTrail(db).entriesFor(u"outbox:"_s + messageId).size(), 3);
    QVERIFY(AuditTrail(db).verify().ok);
}

void tst_Store::syncStateSettingsAndDeadlinesPersist()
{
    QVERIFY(Store::prepare(m_config).ok);
    const QDateTime synced(QDate(2026, 11, 26), QTime(8, 15, 0, 250), QTimeZone::utc());
    qint64 caseId = 0;
    {
        QSqlDatabase db = openDb(u"first"_s);
        SyncStateStore state(db);
        QCOMPARE(state.cursor(), QString());
        QVERIFY(!state.lastSuccessfulSync().isValid());
        QVERIFY(state.setCursor(u"c-000000000120"_s));
        QVERIFY(state.setCursor(u"c-000000000240"_s));
        QVERIFY(state.setLastSuccessfulSync(synced));

        ServiceSettingsStore settings(db);
        QCOMPARE(settings.settings(u"ymparistolupa"_s).reviewRequired, true);
        QVERIFY(settings.save({u"ymparistolupa"_s, false, 4, 0}, u"admin"_s));

        const auto [item, data] = TestActions::make(1, 1);
        caseId = CaseStore(db).ingest(item, data, u"lvdesk"_s).caseId;
        DeadlineStore deadlines(db);
        QVERIFY(deadlines.set(caseId, u"statutory"_s, QDate(2027, 3, 22), QString(), u"lvdesk"_s));
        QVERIFY(
            deadlines.set(caseId, u"supplement"_s, QDate(2026, 12, 18), u"m-1"_s, u"officer.a"_s));
        QVERIFY(
            deadlines.set(caseId, u"supplement"_s, QDate(2026, 12, 21), u"m-1"_s, u"officer.a"_s));
    }
    closeAll();
    QSqlDatabase db = openDb(u"second"_s);
    QCOMPARE(SyncStateStore(db).cursor(), u"c-000000000240"_s);
    QCOMPARE(SyncStateStore(db).lastSuccessfulSync(), synced);
    const auto s = ServiceSettingsStore(db).settings(u"ymparistolupa"_s);
    QCOMPARE(s.reviewRequired, false);
    QCOMPARE(s.processingMonths, 4);
    QCOMPARE(ServiceSettingsStore(db).all().size(), 1);
    DeadlineStore deadlines(db);
    const auto list = deadlines.forCase(caseId);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().dueDate, QDate(2026, 12, 21)); // moved, not doubled
    const auto due = deadlines.dueBy(QDate(2026, 12, 31));
    QCOMPARE(due.size(), 1);
    QVERIFY(deadlines.markDone(due.first().id, u"officer.a"_s));
    QCOMPARE(deadlines.dueBy(QDate(2026, 12, 31)).size(), 0);
    QCOMPARE(deadlines.dueBy(QDate(2027, 12, 31)).size(), 1);
    QVERIFY(AuditTrail(db).verify().ok);
}

void tst_Store::blobStoreWritesContentAddressedFilesAtomically()
{
    BlobStore blobs(m_dir->filePath(u"blobs"_s));
    const QByteArray bytes = "%PDF-1.7 not really";
    const QString sha = blobs.put(bytes);
    QCOMPARE(sha, BlobStore::sha256Of(bytes));
    QVERIFY(blobs.contains(sha));
    QCOMPARE(QFileInfo(blobs.pathOf(sha)).fileName(), sha);
    QCOMPARE(blobs.read(sha), bytes);
    QCOMPARE(blobs.put(bytes), sha); // stored once

    QString error;
    const QByteArray other = "other bytes";
    QVERIFY(!blobs.putVerified(other, sha, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!blobs.contains(BlobStore::sha256Of(other)));

    // No temporary files are left behind; exactly one file per content.
    QStringList files;
    QDirIterator it(blobs.directory(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QFileInfo(it.next()).fileName();
    QCOMPARE(files, QStringList{sha});

    // A file changed on disk is refused when read.
    QFile file(blobs.pathOf(sha));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("tampered");
    file.close();
    QVERIFY(blobs.read(sha, &error).isEmpty());
    QVERIFY(error.contains(u"damaged"_s));
}

// --- locking, notifications, secrets ---------------------------------------------------------

void tst_Store::syncLockAdmitsOneHolderAtATime()
{
    QVERIFY(Store::prepare(m_config).ok);
    SyncLock first(m_config);
    SyncLock second(m_config);
    QString error;
    QVERIFY2(first.tryAcquire(&error), qPrintable(error));
    QVERIFY(first.isHeld());
    QVERIFY(!second.tryAcquire(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // held elsewhere is not an error
    first.release();
    QVERIFY(second.tryAcquire(&error));
    QVERIFY(!first.tryAcquire(&error));
    second.release();
    QVERIFY(first.tryAcquire(&error));
}

void tst_Store::changesAreAnnouncedToOtherConnections()
{
    QVERIFY(Store::prepare(m_config).ok);
    if (m_postgres) {
        ChangeNotifier notifier;
        QString error;
        QVERIFY2(notifier.start(m_config, &error), qPrintable(error));
        QVERIFY(notifier.isListening());
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        QSqlDatabase other = openDb(u"other"_s);
        const auto [item, data] = TestActions::make(1, 1);
        {
            // Nothing is announced for a transaction that is rolled back.
            StoreTransaction tx(other);
            QVERIFY(CaseStore(other).ingest(item, data, u"lvdesk"_s).outcome
                    == CaseStore::IngestOutcome::Inserted);
            tx.rollback();
        }
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(CaseStore(other).ingest(item, data, u"lvdesk"_s).outcome,
                 CaseStore::IngestOutcome::Inserted);
        QTRY_VERIFY(spy.count() >= 1);
        QCOMPARE(spy.first().first().toString(), u"cases"_s);
    } else {
        // One workstation: the writer itself reports each committed batch.
        StoreWriter writer(m_config);
        QSignalSpy spy(&writer, &StoreWriter::committed);
        const auto [item, data] = TestActions::make(1, 1);
        writer.ingest(item, data, u"lvdesk"_s, this, {});
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toInt(), 1);
        ChangeNotifier notifier;
        QVERIFY(notifier.start(m_config));
    }
}

void tst_Store::postgresPasswordIsReadFromSecretStore()
{
    MemorySecretStore secrets;
    StoreConfig config;
    config.driver = StoreConfig::Driver::Postgresql;
    config.host = u"db.kunta.local"_s;
    config.database = u"lvdesk"_s;
    config.user = u"lvdesk_app"_s;
    secrets.set(config.passwordKey(), "s3cret");
    bool answered = false;
    StoreConfig resolved;
    QString error;
    StoreConnection::resolvePassword(config, &secrets, this,
                                     [&](const StoreConfig &c, const QString &e) {
                                         answered = true;
                                         resolved = c;
                                         error = e;
                                     });
    QVERIFY(!answered); // asynchronous, like the keychain
    QTRY_VERIFY(answered);
    QVERIFY(error.isEmpty());
    QCOMPARE(resolved.password, u"s3cret"_s);
    QVERIFY(!config.describe().contains(u"s3cret"_s));

    answered = false;
    config.user = u"someone_else"_s;
    StoreConnection::resolvePassword(config, &secrets, this,
                                     [&](const StoreConfig &c, const QString &e) {
                                         answered = true;
                                         resolved = c;
                                         error = e;
                                     });
    QTRY_VERIFY(answered);
    QVERIFY(!error.isEmpty());
    QVERIFY(resolved.password.isEmpty());

    if (m_postgres) {
        // The real server accepts the password only when it comes through.
        StoreConfig real = m_config;
        real.password.clear();
        secrets.set(real.passwordKey(), m_base.password.toUtf8());
        answered = false;
        StoreConnection::resolvePassword(real, &secrets, this,
                                         [&](const StoreConfig &c, const QString &e) {
                                             answered = true;
                                             resolved = c;
                                             error = e;
                                         });
        QTRY_VERIFY(answered);
        QVERIFY(openDb(resolved, u"withSecret"_s).isValid());
        QVERIFY(!openDb(real, u"withoutSecret"_s).isValid());
    }
}

// --- SQLite durability and damage -------------------------------------------------------------

void tst_Store::sqliteConnectionIsDurable()
{
    if (m_postgres)
        QSKIP("SQLite settings; PostgreSQL's durability is the server's.");
    QVERIFY(Store::prepare(m_config).ok);
    QSqlDatabase db = openDb(u"main"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 5000);
    QCOMPARE(m_config.effectiveSqlitePath(),
             QDir(m_config.dataDirectory).filePath(u"lvdesk.sqlite"_s));
}

void tst_Store::damagedDatabaseIsRefusedAndCopiedAside()
{
    if (m_postgres)
        QSKIP("The quick check on open guards the local SQLite file.");
    QVERIFY(Store::prepare(m_config).ok);
    {
        QSqlDatabase db = openDb(u"main"_s);
        CaseStore cases(db);
        for (int n = 1; n <= 200; ++n) {
            const auto [item, data] = TestActions::make(n, 2);
            QCOMPARE(cases.ingest(item, data, u"lvdesk"_s).outcome,
                     CaseStore::IngestOutcome::Inserted);
        }
    }
    closeAll();
    const QString path = m_config.effectiveSqlitePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 16 * 4096);
    // Scribble over a few pages in the middle of the file, as a failing disk would.
    for (qint64 page = 3; page < 12; page += 2) {
        QVERIFY(file.seek(page * 4096 + 17));
        file.write(QByteArray(600, '\x5a'));
    }
    file.close();
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();

    const Store::Status status = Store::prepare(m_config);
    QVERIFY(!status.ok);
    QVERIFY2(status.error.contains(u"damaged"_s), qPrintable(status.error));
    QVERIFY(status.error.contains(u"copy"_s));
    const QStringList copies
        = QDir(QFileInfo(path).absolutePath())
              .entryList({QFileInfo(path).fileName() + u".damaged-*"_s}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QFile copy(QDir(QFileInfo(path).absolutePath()).filePath(copies.first()));
    // The copy holds customer data: the officer's alone, like the database.
    QCOMPARE(FileMode::of(copy.fileName()), 0600);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), damagedBytes);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QCOMPARE(damaged.readAll(), damagedBytes); // the original is left as it was
}

void tst_Store::privateFilesAreOwnerOnly()
{
    if (m_postgres)
        QSKIP("The files of the local store; PostgreSQL's files are the server's.");
    // A lax umask, as if lvdesk's own were not set: the modes must come from lvdesk itself.
    const mode_t previous = ::umask(022);
    auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString dataDir = m_config.dataDirectory;
    // A data folder left group- and world-readable by an older version is tightened.
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther));
    QCOMPARE(FileMode::of(dataDir), 0755);
    QVERIFY(Store::prepare(m_config).ok);
    QCOMPARE(FileMode::of(dataDir), 0700);
    const QString path = m_config.effectiveSqlitePath();
    {
        QSqlDatabase db = openDb(u"main"_s);
        const auto [item, data] = TestActions::make(1, 1);
        QCOMPARE(CaseStore(db).ingest(item, data, u"lvdesk"_s).outcome,
                 CaseStore::IngestOutcome::Inserted);
        // With the connection open, the write-ahead log and shared memory exist.
        QCOMPARE(FileMode::of(path), 0600);
        QCOMPARE(FileMode::of(path + u"-wal"_s), 0600);
        QCOMPARE(FileMode::of(path + u"-shm"_s), 0600);
    }
    closeAll();

    // Blobs and the folders that hold them.
    BlobStore blobs(m_config.blobDirectory());
    const QString sha = blobs.put("customer's file");
    QVERIFY(!sha.isEmpty());
    QCOMPARE(FileMode::of(blobs.pathOf(sha)), 0600);
    QCOMPARE(FileMode::of(QFileInfo(blobs.pathOf(sha)).absolutePath()), 0700);
    QCOMPARE(FileMode::of(m_config.blobDirectory()), 0700);

    // A database file another program left readable is restricted when lvdesk opens it.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                            | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(FileMode::of(path), 0644);
    QVERIFY(openDb(u"again"_s).isValid());
    QCOMPARE(FileMode::of(path), 0600);
    closeAll();

    // A data folder that is a symbolic link is refused, and its target left as it was.
    const QString elsewhere = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QFile::setPermissions(elsewhere, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                 | QFileDevice::ExeOther));
    const QString linked = m_dir->filePath(u"linked"_s);
    QVERIFY(QFile::link(elsewhere, linked));
    StoreConfig viaLink = m_config;
    viaLink.dataDirectory = linked;
    const Store::Status refused = Store::prepare(viaLink);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(u"symbolic link"_s), qPrintable(refused.error));
    QCOMPARE(FileMode::of(elsewhere), 0705);
    QVERIFY(!QFileInfo::exists(QDir(elsewhere).filePath(u"lvdesk.sqlite"_s)));
}

void tst_Store::killedWriterLeavesConsistentDatabase()
{
    if (m_postgres)
        QSKIP("Killing the server's client is not a crash of the store; the SQLite file is.");
    const QString helper = QStandardPaths::findExecutable(u"store_testhelper"_s,
                                                          {QCoreApplication::applicationDirPath()});
    QVERIFY2(!helper.isEmpty(), "store_testhelper is not built next to the test");
    const int kills = 32;
    QMap<QString, int> acked; // externalId -> version acknowledged by the writer
    int first = 0;
    auto *random = QRandomGenerator::global();
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(helper, {u"crash-ingest"_s, m_config.dataDirectory, QString::number(first)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Wait until it is writing, let it run for a random while, then kill it without
        // warning: the moment falls anywhere in the write path (ingest, commit, blob writes).
        QByteArray output;
        while (!output.contains("acked") && child.waitForReadyRead(20000))
            output += child.readAllStandardOutput();
        QVERIFY2(output.contains("acked"), child.readAllStandardError().constData());
        QTest::qWait(int(random->bounded(250)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(!errors.contains("failed"), errors.constData());
        output += child.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "acked") {
                const QString id = QString::fromLatin1(parts.at(1));
                acked[id] = qMax(acked.value(id), parts.at(2).toInt());
            }
        }

        // The database opens, passes the full integrity check and holds only whole ingests.
        const Store::Status status = Store::prepare(m_config);
        QVERIFY2(status.ok, qPrintable(status.error));
        const QString name = u"check%1"_s.arg(round);
        {
            QSqlDatabase db = openDb(name);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!q.next());

            // Every event: as many attachments as its version, all with their bytes stored,
            // one inbound transfer log entry per stored version and one audit entry for each.
            QVERIFY(q.exec(u"SELECT e.external_id, e.version, "
                           "(SELECT COUNT(*) FROM attachments a WHERE a.event_id = e.id), "
                           "(SELECT COUNT(*) FROM attachments a WHERE a.event_id = e.id "
                           " AND a.stored = 1), "
                           "(SELECT COUNT(*) FROM transfer_log t WHERE t.item_kind = 'event' "
                           " AND t.item_id = e.external_id), "
                           "(SELECT COUNT(*) FROM audit_trail u WHERE u.subject = "
                           " 'event:' || e.external_id), "
                           "(SELECT COUNT(*) FROM cases c WHERE c.id = e.case_id "
                           " AND c.opening_external_id = e.external_id) "
                           "FROM events e"_s));
            QMap<QString, int> stored;
            while (q.next()) {
                const QString id = q.value(0).toString();
                const int version = q.value(1).toInt();
                stored.insert(id, version);
                QCOMPARE(q.value(2).toInt(), version);
                QCOMPARE(q.value(3).toInt(), version);
                const int expectedLog = version == 1 ? 1 : 2;
                QCOMPARE(q.value(4).toInt(), expectedLog);
                QCOMPARE(q.value(5).toInt(), expectedLog);
                QCOMPARE(q.value(6).toInt(), 1);
            }
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM cases"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), stored.size());
            // Nothing that was acknowledged is lost.
            for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
                QVERIFY2(stored.contains(it.key()), qPrintable(it.key() + u" was lost"_s));
                QVERIFY(stored.value(it.key()) >= it.value());
            }
            const AuditTrail::Verification audit = AuditTrail(db).verify();
            QVERIFY2(audit.ok, qPrintable(audit.problem));
            // The next run numbers its actions after every stored one, from a multiple of four
            // (the helper's pattern of newer versions relies on it).
            QVERIFY(q.exec(u"SELECT MAX(external_id) FROM events"_s) && q.next());
            const int highest = q.value(0).toString().mid(4).toInt();
            first = (qMax(highest, first) + 8) / 4 * 4;
        }
        StoreConnection::close(name);
        m_connections.removeAll(name);
    }
    qInfo() << kills << "kills," << acked.size() << "acknowledged ingests verified";
    QVERIFY(acked.size() > kills);
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
