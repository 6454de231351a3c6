// SPDX-License-Identifier: EUPL-1.2
// The officer workflow against a real store and the real StoreWriter: SQLite in a temporary data
// folder by default; with LVDESK_STORE_DRIVER=postgresql against the PostgreSQL server that
// scripts/test starts (LVDESK_TEST_PG_*), each test in a schema of its own.

#include "deadlines/deadlinecalculator.h"
#include "domain/outboxstate.h"
#include "lv/lvcodec.h"
#include "store/audittrail.h"
#include "store/casestore.h"
#include "store/deadlinestore.h"
#include "store/outboxstore.h"
#include "store/servicesettingsstore.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "testauditkey.h"
#include "workflow/caseactions.h"
#include "workflow/casetransitions.h"
#include "workflow/diarypattern.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

const QString officerA = u"anna.virtanen"_s;
const QString officerB = u"bertil.lind"_s;
const QString pattern = u"LV-{year}-{seq:5}"_s;
// Text a customer or an officer wrote: it may go into JSON bodies, never into a log line.
const QString customerSecret = u"Salainen-Asiakasteksti-7731"_s;
const QString officerSecret = u"Virkailijan-Viesti-5519"_s;

QDate finnishToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Helsinki")).date();
}

// Messages come from the test thread and the writer thread.
QMutex capturedMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        capturedLog << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class tst_CaseActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void diaryPatternFormatsTokens_data();
    void diaryPatternFormatsTokens();
    void diaryPatternRefusesUnknownTokens_data();
    void diaryPatternRefusesUnknownTokens();

    void transitionTableIsEnforced_data();
    void transitionTableIsEnforced();
    void jobRefusesWhenStateChangedAfterPreview();

    void takeAnswersWhoHoldsTheCase();
    void approveRegistersQueuesStatusAndMarksExportPending();
    void approveWithoutExportTargetLeavesExportAlone();
    void approveWithGivenDiaryNumber();
    void approveRefusesDiaryNumberOfAnotherCase();
    void approveTakesNextNumberWhenPreviewedOneWasTaken();
    void approveRefusedForCaseAnotherOfficerHolds();
    void approveRefusedWithUnknownPatternToken();
    void diaryNumbersStayUniqueAcross200Approvals();

    void supplementRequestQueuesMessageAndDeadline();
    void proposedSupplementDueDateCountsFourteenDaysToAWorkingDay();
    void supplementRequestRefusesPastDueDate();
    void messageQueuesExactPreviewWithAttachments();
    void statusUpdatesRepeatDiaryNumberHandlerAndStartDate();
    void transferElsewhereSendsReasonAndAllowsOnlyClose();
    void withdrawnCaseCanOnlyBeClosed();
    void retryOutboxRequeuesFailedWriteKeepingAttempts();
    void retryExportPutsFailedExportBackToPending();

    void autoRegistrationIsIdempotent();
    void autoRegistrationLeavesTakenCaseAlone();

    void refreshDeadlinesWithoutSources();
    void refreshDeadlinesWithStatutoryTime();
    void refreshDeadlinesPicksEarliestOfSeveral();
    void refreshDeadlinesClosesAnsweredSupplement();
    void refreshDeadlinesClosesEverythingOfResolvedCase();

    void customerAndOfficerTextStayOutOfLogs();

private:
    QSqlDatabase db() { return QSqlDatabase::database(u"tst-reader"_s); }
    bool execAdmin(const QString &sql);
    bool exec(const QString &sql, const QVariantList &values = {});

    // Ingests the opening action n (an application of service "ymparistolupa") and returns its
    // case id; formFields are extra formdata fields.
    qint64 ingestCase(int n, const QJsonArray &formFields = {}, const QDateTime &submittedAt = {});
    // Ingests a later action (supplement, message, withdrawal) of case n.
    void ingestFollower(int n, int followerNumber, const QString &actionType,
                        const QDateTime &submittedAt);
    QString externalId(int n) const
    {
        return u"3f0c6a52-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    }

    StoreWriter::Result runJob(StoreWriter::Job job);
    CaseActions::Outcome wait(const std::function<void(CaseActions::Callback)> &call);
    CaseActions::Outcome take(CaseActions *actions, qint64 caseId);
    CaseActions::Outcome approve(CaseActions *actions, qint64 caseId,
                                 CaseActions::Preview *previewOut = nullptr,
                                 const QString &number = QString());
    // Puts a case straight into a state (the shortcut for the transition table).
    void forceState(qint64 caseId, CaseState state, const QString &handler);

    CaseStore::Case caseRow(qint64 caseId);
    QList<OutboxStore::Message> outboxFor(qint64 caseId);
    QJsonObject json(const QByteArray &body);
    QStringList auditActions(qint64 caseId, QStringList *actors = nullptr);
    QVariantList deadlineColumns(qint64 caseId);

    bool m_postgres = false;
    StoreConfig m_base;
    StoreConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_schemas;
    int m_serial = 0;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CaseActions> m_anna;
    std::unique_ptr<CaseActions> m_bertil;
};

// --- set-up ----------------------------------------------------------------------------------

void tst_CaseActions::initTestCase()
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
            QFAIL(qPrintable(var
                             + u" is not set. The PostgreSQL run needs a server: run it through "
                               "scripts/test, or first `source scripts/lib/postgres.sh; "
                               "lvdesk_pg_start` in the shell that runs ctest."_s));
    }
    m_base.driver = StoreConfig::Driver::Postgresql;
    m_base.host = qEnvironmentVariable("LVDESK_TEST_PG_HOST");
    m_base.port = qEnvironmentVariable("LVDESK_TEST_PG_PORT").toInt();
    m_base.database = qEnvironmentVariable("LVDESK_TEST_PG_DB");
    m_base.user = qEnvironmentVariable("LVDESK_TEST_PG_USER");
    m_base.password = qEnvironmentVariable("LVDESK_TEST_PG_PASSWORD");
    QString error;
    QSqlDatabase admin = StoreConnection::open(m_base, u"tst-admin"_s, &error);
    QVERIFY2(admin.isValid(), qPrintable(error));
}

bool tst_CaseActions::execAdmin(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(u"tst-admin"_s));
    if (!q.exec(sql)) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

void tst_CaseActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_base;
    m_config.dataDirectory = m_dir->path();
    if (m_postgres) {
        const QString schema
            = u"lvdesk_wf%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_serial);
        QVERIFY(execAdmin(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s));
        QVERIFY(execAdmin(u"CREATE SCHEMA "_s + schema));
        m_schemas << schema;
        m_config.schema = schema;
    }
    const Store::Status status = Store::prepare(m_config);
    QVERIFY2(status.ok, qPrintable(status.error));
    QString error;
    QVERIFY2(StoreConnection::open(m_config, u"tst-reader"_s, &error).isValid(), qPrintable(error));
    m_writer = std::make_unique<StoreWriter>(m_config);
    m_anna = std::make_unique<CaseActions>(m_config, m_writer.get(), officerA, pattern, true);
    m_bertil = std::make_unique<CaseActions>(m_config, m_writer.get(), officerB, pattern, true);
}

void tst_CaseActions::cleanup()
{
    m_anna.reset();
    m_bertil.reset();
    m_writer.reset();
    StoreConnection::close(u"tst-reader"_s);
    for (const QString &schema : std::as_const(m_schemas))
        execAdmin(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
    m_schemas.clear();
    m_dir.reset();
}

bool tst_CaseActions::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return false;
    }
    return true;
}

qint64 tst_CaseActions::ingestCase(int n, const QJsonArray &formFields,
                                   const QDateTime &submittedAt)
{
    const QDateTime at = submittedAt.isValid()
                             ? submittedAt
                             : QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), QTimeZone::utc());
    QJsonArray fields{
        QJsonObject{{u"id"_s, u"kuvaus"_s},
                    {u"label"_s, QJsonObject{{u"fi"_s, u"Kuvaus"_s}, {u"sv"_s, u"Beskrivning"_s}}},
                    {u"type"_s, u"text"_s},
                    {u"value"_s, customerSecret}}};
    for (const QJsonValue &f : formFields)
        fields.append(f);
    const QJsonObject body{
        {u"version"_s, 1},
        {u"commondata"_s,
         QJsonObject{{u"projectId"_s, u"P-2026-%1"_s.arg(n)},
                     {u"projectPartId"_s, u"PP-2026-%1"_s.arg(n)},
                     {u"projectName"_s, customerSecret},
                     {u"customer"_s, QJsonObject{{u"kind"_s, u"organisation"_s},
                                                 {u"name"_s, u"Soramestarit Oy"_s},
                                                 {u"businessId"_s, u"1234567-1"_s},
                                                 {u"personalIdentityCode"_s, QJsonValue::Null},
                                                 {u"email"_s, u"info@soramestarit.example"_s},
                                                 {u"phone"_s, u"+358401234567"_s},
                                                 {u"address"_s, QJsonValue::Null},
                                                 {u"language"_s, u"fi"_s}}},
                     {u"representative"_s, QJsonValue::Null},
                     {u"location"_s, QJsonValue::Null},
                     {u"submittedAt"_s, at.toString(Qt::ISODate)}}},
        {u"formdata"_s,
         QJsonObject{{u"serviceCode"_s, u"ymparistolupa"_s},
                     {u"serviceName"_s,
                      QJsonObject{{u"fi"_s, u"Ympäristölupa"_s}, {u"sv"_s, u"Miljötillstånd"_s}}},
                     {u"formVersion"_s, u"2026.1"_s},
                     {u"sections"_s,
                      QJsonArray{QJsonObject{{u"id"_s, u"toiminta"_s},
                                             {u"title"_s, QJsonObject{{u"fi"_s, u"Toiminta"_s},
                                                                      {u"sv"_s, u"Verksamhet"_s}}},
                                             {u"fields"_s, fields},
                                             {u"sections"_s, QJsonArray()}}}},
                     {u"attachments"_s, QJsonArray()}}}};
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const DecodeResult<ActionData> decoded = LvCodec::decodeActionData(raw);
    if (!decoded) {
        qWarning() << "test action does not decode:" << decoded.error().path
                   << decoded.error().message;
        return 0;
    }
    FeedItem item;
    item.externalId = externalId(n);
    item.projectId = u"P-2026-%1"_s.arg(n);
    item.projectPartId = u"PP-2026-%1"_s.arg(n);
    item.actionType = ActionType(ActionType::Application);
    item.serviceCode = u"ymparistolupa"_s;
    item.submittedAt = at;
    item.version = 1;
    std::optional<CaseStore::IngestResult> result;
    m_writer->ingest(item, decoded.value(), u"lvdesk"_s, this,
                     [&](const CaseStore::IngestResult &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000)
        QTest::qWait(2);
    if (!result || result->outcome == CaseStore::IngestOutcome::Failed) {
        qWarning() << "ingest failed" << (result ? result->error : u"timeout"_s);
        return 0;
    }
    return result->caseId;
}

void tst_CaseActions::ingestFollower(int n, int followerNumber, const QString &actionType,
                                     const QDateTime &submittedAt)
{
    FeedItem item;
    item.externalId = externalId(100000 + followerNumber);
    item.projectId = u"P-2026-%1"_s.arg(n);
    item.projectPartId = u"PP-2026-%1"_s.arg(n);
    item.actionType = ActionType::fromString(actionType);
    item.serviceCode = u"ymparistolupa"_s;
    item.submittedAt = submittedAt;
    item.version = 1;
    ActionData data;
    data.version = 1;
    data.rawJson = "{\"version\":1,\"commondata\":{},\"formdata\":{}}";
    std::optional<CaseStore::IngestResult> result;
    m_writer->ingest(item, data, u"lvdesk"_s, this,
                     [&](const CaseStore::IngestResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->outcome != CaseStore::IngestOutcome::Failed, qPrintable(result->error));
}

StoreWriter::Result tst_CaseActions::runJob(StoreWriter::Job job)
{
    std::optional<StoreWriter::Result> result;
    m_writer->submit(std::move(job), this, [&](const StoreWriter::Result &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 20000)
        QTest::qWait(2);
    return result.value_or(StoreWriter::Result{false, u"timeout"_s, {}});
}

CaseActions::Outcome tst_CaseActions::wait(const std::function<void(CaseActions::Callback)> &call)
{
    std::optional<CaseActions::Outcome> outcome;
    call([&](const CaseActions::Outcome &o) { outcome = o; });
    QElapsedTimer timer;
    timer.start();
    while (!outcome && timer.elapsed() < 20000)
        QTest::qWait(2);
    if (!outcome) {
        CaseActions::Outcome timeout;
        timeout.error = u"timeout"_s;
        return timeout;
    }
    return *outcome;
}

CaseActions::Outcome tst_CaseActions::take(CaseActions *actions, qint64 caseId)
{
    return wait([&](CaseActions::Callback done) { actions->take(caseId, this, done); });
}

CaseActions::Outcome tst_CaseActions::approve(CaseActions *actions, qint64 caseId,
                                              CaseActions::Preview *previewOut,
                                              const QString &number)
{
    const CaseActions::Preview preview = actions->previewApprove(caseId, number);
    if (previewOut)
        *previewOut = preview;
    return wait([&](CaseActions::Callback done) { actions->approve(preview, caseId, this, done); });
}

void tst_CaseActions::forceState(qint64 caseId, CaseState state, const QString &handler)
{
    const bool numbered
        = state != CaseState::New && state != CaseState::InReview && state != CaseState::Approved;
    QVERIFY(exec(
        u"UPDATE cases SET state = ?, handler = ?, handler_since = ?, diary_number = ? "
        "WHERE id = ?"_s,
        {toString(state),
         handler.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(handler),
         handler.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(u"2026-11-26T08:00:00.000Z"_s),
         numbered ? QVariant(u"LV-TEST-%1"_s.arg(caseId)) : QVariant(QMetaType(QMetaType::QString)),
         caseId}));
}

CaseStore::Case tst_CaseActions::caseRow(qint64 caseId)
{
    return CaseStore(db()).caseById(caseId).value_or(CaseStore::Case());
}

QList<OutboxStore::Message> tst_CaseActions::outboxFor(qint64 caseId)
{
    QList<OutboxStore::Message> list;
    QSqlQuery q(db());
    q.prepare(u"SELECT message_id FROM outbox WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return list;
    OutboxStore outbox(db());
    while (q.next()) {
        if (const auto m = outbox.byMessageId(q.value(0).toString()))
            list << *m;
    }
    return list;
}

QJsonObject tst_CaseActions::json(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString();
    return doc.object();
}

QStringList tst_CaseActions::auditActions(qint64 caseId, QStringList *actors)
{
    QStringList actions;
    const QList<AuditTrail::Entry> entries
        = AuditTrail(db()).entriesFor(u"case:"_s + QString::number(caseId));
    for (const AuditTrail::Entry &e : entries) {
        actions << e.action;
        if (actors)
            *actors << e.actor;
    }
    return actions;
}

QVariantList tst_CaseActions::deadlineColumns(qint64 caseId)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT deadline_date, deadline_kind, deadline_source FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).isNull() ? QVariant() : q.value(0), q.value(1), q.value(2)};
}

// --- diary number patterns -------------------------------------------------------------------

void tst_CaseActions::diaryPatternFormatsTokens_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("hasYear");
    QTest::newRow("padded") << u"LV-{year}-{seq:5}"_s << 2026 << qint64(42) << u"LV-2026-00042"_s
                            << true;
    QTest::newRow("unpadded") << u"{seq}/{year}"_s << 2027 << qint64(7) << u"7/2027"_s << true;
    QTest::newRow("wider than padding")
        << u"D{seq:2}"_s << 2026 << qint64(12345) << u"D12345"_s << false;
    QTest::newRow("no year") << u"YMP {seq:4}"_s << 2026 << qint64(3) << u"YMP 0003"_s << false;
}

void tst_CaseActions::diaryPatternFormatsTokens()
{
    QFETCH(QString, pattern);
    QFETCH(int, year);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);
    QFETCH(bool, hasYear);
    const DiaryPattern p(pattern);
    QVERIFY2(p.isValid(), qPrintable(p.error()));
    QCOMPARE(p.format(year, sequence), expected);
    QCOMPARE(p.hasYear(), hasYear);
    // A pattern without the year numbers on for ever; with it, every year starts again.
    QCOMPARE(p.sequenceYear(year), hasYear ? year : 0);
}

void tst_CaseActions::diaryPatternRefusesUnknownTokens_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("unknown token") << u"LV-{yyyy}-{seq}"_s;
    QTest::newRow("no sequence") << u"LV-{year}"_s;
    QTest::newRow("two sequences") << u"{seq}-{seq:3}"_s;
    QTest::newRow("bad width") << u"{seq:0}"_s;
    QTest::newRow("width not a number") << u"{seq:x}"_s;
    QTest::newRow("unclosed brace") << u"LV-{seq"_s;
    QTest::newRow("stray closing brace") << u"LV}-{seq}"_s;
    QTest::newRow("empty") << QString();
}

void tst_CaseActions::diaryPatternRefusesUnknownTokens()
{
    QFETCH(QString, pattern);
    const DiaryPattern p(pattern);
    QVERIFY(!p.isValid());
    QVERIFY(!p.error().isEmpty());
    QVERIFY(p.format(2026, 1).isEmpty());
}

// --- the state table -------------------------------------------------------------------------

void tst_CaseActions::transitionTableIsEnforced_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected"); // the state afterwards, or "-" when refused

    // The table of docs/workflow.md, written out here on its own so that a change to either side
    // shows up. Columns: take, release, review, approve, supplement, message, received,
    // inProcessing, decided, closed, transfer.
    const QStringList actions = {u"take"_s,       u"release"_s, u"review"_s,   u"approve"_s,
                                 u"supplement"_s, u"message"_s, u"received"_s, u"inProcessing"_s,
                                 u"decided"_s,    u"closed"_s,  u"transfer"_s};
    const QList<QPair<QString, QStringList>> table = {
        {u"new"_s,
         {u"inReview"_s, u"="_s, u"-"_s, u"registered"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s,
          u"-"_s, u"-"_s}},
        {u"inReview"_s,
         {u"="_s, u"="_s, u"="_s, u"registered"_s, u"-"_s, u"="_s, u"="_s, u"-"_s, u"-"_s, u"-"_s,
          u"transferredElsewhere"_s}},
        {u"approved"_s,
         {u"="_s, u"="_s, u"="_s, u"registered"_s, u"-"_s, u"="_s, u"="_s, u"-"_s, u"-"_s, u"-"_s,
          u"transferredElsewhere"_s}},
        {u"registered"_s,
         {u"="_s, u"="_s, u"="_s, u"-"_s, u"supplementRequested"_s, u"="_s, u"-"_s,
          u"inProcessing"_s, u"decided"_s, u"closed"_s, u"transferredElsewhere"_s}},
        {u"supplementRequested"_s,
         {u"="_s, u"="_s, u"="_s, u"-"_s, u"supplementRequested"_s, u"="_s, u"-"_s,
          u"inProcessing"_s, u"decided"_s, u"-"_s, u"transferredElsewhere"_s}},
        {u"inProcessing"_s,
         {u"="_s, u"="_s, u"="_s, u"-"_s, u"supplementRequested"_s, u"="_s, u"-"_s, u"-"_s,
          u"decided"_s, u"closed"_s, u"transferredElsewhere"_s}},
        {u"decided"_s,
         {u"="_s, u"="_s, u"-"_s, u"-"_s, u"-"_s, u"="_s, u"-"_s, u"-"_s, u"-"_s, u"closed"_s,
          u"-"_s}},
        {u"closed"_s,
         {u"-"_s, u"="_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s}},
        {u"transferredElsewhere"_s,
         {u"="_s, u"="_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"closed"_s,
          u"-"_s}},
        {u"withdrawn"_s,
         {u"="_s, u"="_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"closed"_s,
          u"-"_s}},
    };
    for (const auto &[state, row] : table) {
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QString expected = row.at(i) == u"="_s ? state : row.at(i);
            QTest::addRow("%s %s", qPrintable(state), qPrintable(actions.at(i)))
                << state << actions.at(i) << expected;
        }
    }
}

void tst_CaseActions::transitionTableIsEnforced()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(QString, expected);
    const CaseState from = caseStateFromString(state).value();
    const bool allowed = expected != u"-"_s;

    const qint64 caseId = ingestCase(1);
    QVERIFY(caseId > 0);
    // Taking needs a free case; everything else is done by the officer who holds it.
    forceState(caseId, from, action == u"take"_s ? QString() : officerA);
    const int outboxBefore = int(outboxFor(caseId).size());

    CaseActions::Outcome outcome;
    CaseActions::Preview preview;
    bool previewed = true;
    CaseActions *a = m_anna.get();
    if (action == u"take"_s) {
        previewed = false;
        outcome = take(a, caseId);
    } else if (action == u"release"_s) {
        previewed = false;
        outcome = wait([&](CaseActions::Callback done) { a->release(caseId, this, done); });
    } else if (action == u"review"_s) {
        previewed = false;
        outcome = wait([&](CaseActions::Callback done) {
            a->setSectionReview(caseId, u"toiminta"_s, CaseStore::ReviewStatus::Ok, u"ok"_s, this,
                                done);
        });
    } else if (action == u"approve"_s) {
        preview = a->previewApprove(caseId, QString());
        outcome
            = wait([&](CaseActions::Callback done) { a->approve(preview, caseId, this, done); });
    } else if (action == u"supplement"_s) {
        preview = a->previewSupplementRequest(caseId, u"Täydennyspyyntö"_s, u"Lisätkää liite."_s,
                                              {u"Asemapiirros"_s},
                                              a->proposedSupplementDueDate(finnishToday()));
        outcome = wait(
            [&](CaseActions::Callback done) { a->requestSupplement(preview, caseId, this, done); });
    } else if (action == u"message"_s) {
        preview = a->previewMessage(caseId, u"Kysymys"_s, u"Tarkentakaa hakemusta."_s, {});
        outcome = wait(
            [&](CaseActions::Callback done) { a->sendMessage(preview, caseId, this, done); });
    } else if (action == u"transfer"_s) {
        preview = a->previewTransferElsewhere(caseId, u"Pirkanmaan ELY-keskus"_s,
                                              u"Toimivalta kuuluu ELY-keskukselle."_s);
        outcome = wait(
            [&](CaseActions::Callback done) { a->transferElsewhere(preview, caseId, this, done); });
    } else {
        const ServiceState target = serviceStateFromString(action).value();
        preview = a->previewStatus(caseId, target, {});
        outcome
            = wait([&](CaseActions::Callback done) { a->setStatus(preview, caseId, this, done); });
    }

    if (previewed) {
        QCOMPARE(preview.ok, allowed);
        QCOMPARE(preview.error.isEmpty(), allowed);
    }
    QVERIFY2(outcome.ok == allowed, qPrintable(outcome.error));
    QCOMPARE(outcome.error.isEmpty(), allowed);
    const CaseStore::Case after = caseRow(caseId);
    QCOMPARE(toString(after.state), allowed ? expected : state);
    if (previewed) {
        // A write to the service is queued exactly when the action is allowed.
        QCOMPARE(int(outboxFor(caseId).size()), outboxBefore + (allowed ? 1 : 0));
        if (allowed)
            QCOMPARE(toString(preview.newState), expected);
    }
    // The table in the code says the same.
    const CaseTransitions::Action actionKind = [&] {
        if (action == u"take"_s)
            return CaseTransitions::Action::Take;
        if (action == u"release"_s)
            return CaseTransitions::Action::Release;
        if (action == u"review"_s)
            return CaseTransitions::Action::Review;
        if (action == u"approve"_s)
            return CaseTransitions::Action::Approve;
        if (action == u"supplement"_s)
            return CaseTransitions::Action::RequestSupplement;
        if (action == u"message"_s)
            return CaseTransitions::Action::SendMessage;
        if (action == u"received"_s)
            return CaseTransitions::Action::SetReceived;
        if (action == u"inProcessing"_s)
            return CaseTransitions::Action::SetInProcessing;
        if (action == u"decided"_s)
            return CaseTransitions::Action::SetDecided;
        if (action == u"closed"_s)
            return CaseTransitions::Action::SetClosed;
        return CaseTransitions::Action::TransferElsewhere;
    }();
    QCOMPARE(CaseTransitions::allows(actionKind, from), allowed);
}

void tst_CaseActions::jobRefusesWhenStateChangedAfterPreview()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(caseId > 0);
    forceState(caseId, CaseState::InProcessing, officerA);
    const CaseActions::Preview preview = m_anna->previewStatus(caseId, ServiceState::Decided, {});
    QVERIFY2(preview.ok, qPrintable(preview.error));
    // The customer withdraws while the confirmation is open.
    forceState(caseId, CaseState::Withdrawn, officerA);
    const CaseActions::Outcome outcome
        = wait([&](CaseActions::Callback done) { m_anna->setStatus(preview, caseId, this, done); });
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Withdrawn));
    QVERIFY(outboxFor(caseId).isEmpty());
    // A preview of one case does not confirm another.
    const qint64 other = ingestCase(2);
    forceState(other, CaseState::InProcessing, officerA);
    const CaseActions::Outcome wrongCase
        = wait([&](CaseActions::Callback done) { m_anna->setStatus(preview, other, this, done); });
    QVERIFY(!wrongCase.ok);
    QVERIFY(outboxFor(other).isEmpty());
}

// --- take and approve ------------------------------------------------------------------------

void tst_CaseActions::takeAnswersWhoHoldsTheCase()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(caseId > 0);
    const CaseActions::Outcome won = take(m_anna.get(), caseId);
    QVERIFY2(won.ok, qPrintable(won.error));
    QCOMPARE(caseRow(caseId).handler, officerA);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::InReview));
    const CaseActions::Outcome lost = take(m_bertil.get(), caseId);
    QVERIFY(!lost.ok);
    QCOMPARE(lost.heldBy, officerA);
    QVERIFY(lost.heldSince.isValid());
    QVERIFY(lost.error.contains(officerA));
    QCOMPARE(caseRow(caseId).handler, officerA);
}

void tst_CaseActions::approveRegistersQueuesStatusAndMarksExportPending()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(caseId > 0);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QSignalSpy changed(m_anna.get(), &CaseActions::caseChanged);

    const QDate today = finnishToday();
    CaseActions::Preview preview;
    const CaseActions::Outcome outcome = approve(m_anna.get(), caseId, &preview);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QString expectedNumber = u"LV-%1-00001"_s.arg(today.year());
    QCOMPARE(preview.diaryNumber, expectedNumber);
    QCOMPARE(outcome.diaryNumber, expectedNumber);
    QVERIFY(outcome.notice.isEmpty());
    QCOMPARE(toString(preview.newState), toString(CaseState::Registered));
    QVERIFY(preview.exportsToRegister);
    QVERIFY(!preview.summary.isEmpty());

    const CaseStore::Case c = caseRow(caseId);
    QCOMPARE(toString(c.state), toString(CaseState::Registered));
    QCOMPARE(c.diaryNumber, expectedNumber);
    QCOMPARE(c.exportState, u"pending"_s);

    // Exactly what the preview showed, once.
    const QList<OutboxStore::Message> outbox = outboxFor(caseId);
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(preview.writes.size(), 1);
    const CaseActions::OutgoingWrite &w = preview.writes.constFirst();
    QCOMPARE(outbox.constFirst().kind, u"status"_s);
    QCOMPARE(outbox.constFirst().targetExternalId, externalId(1));
    QCOMPARE(w.targetExternalId, externalId(1));
    QCOMPARE(outbox.constFirst().messageId, w.messageId.toString(QUuid::WithoutBraces));
    QCOMPARE(outbox.constFirst().payload, w.body);
    QCOMPARE(toString(outbox.constFirst().state), toString(OutboxState::Queued));

    const QJsonObject body = json(outbox.constFirst().payload);
    QCOMPARE(body.value(u"messageId"_s).toString(), w.messageId.toString(QUuid::WithoutBraces));
    QCOMPARE(body.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(body.value(u"statusText"_s).toObject().value(u"fi"_s).toString(), u"Käsittelyssä"_s);
    QCOMPARE(body.value(u"statusText"_s).toObject().value(u"sv"_s).toString(),
             u"Under behandling"_s);
    QCOMPARE(body.value(u"statusDate"_s).toString(), today.toString(Qt::ISODate));
    QCOMPARE(body.value(u"diaryNumber"_s).toString(), expectedNumber);
    QCOMPARE(body.value(u"handler"_s).toString(), officerA);
    QCOMPARE(body.value(u"processingStartDate"_s).toString(), today.toString(Qt::ISODate));
    QCOMPARE(body.keys().size(), 7);

    QStringList actors;
    const QStringList actions = auditActions(caseId, &actors);
    QVERIFY(actions.contains(u"case.claimed"_s));
    const qsizetype approved = actions.indexOf(u"case.approved"_s);
    QVERIFY(approved >= 0);
    QCOMPARE(actors.at(approved), officerA);
    QVERIFY(actions.count(u"case.state"_s) >= 2); // approved, then registered
    QVERIFY(actions.contains(u"case.diaryNumber"_s));
    const QList<AuditTrail::Entry> entries = AuditTrail(db()).entriesFor(u"case:%1"_s.arg(caseId));
    const AuditTrail::Entry &entry = entries.at(approved);
    QCOMPARE(entry.details.value(u"diaryNumber"_s).toString(), expectedNumber);
    QCOMPARE(entry.details.value(u"messageId"_s).toString(),
             w.messageId.toString(QUuid::WithoutBraces));
    QVERIFY(AuditTrail(db()).verify().ok);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), caseId);
}

void tst_CaseActions::approveWithoutExportTargetLeavesExportAlone()
{
    CaseActions actions(m_config, m_writer.get(), officerA, pattern, false);
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(&actions, caseId).ok);
    CaseActions::Preview preview;
    const CaseActions::Outcome outcome = approve(&actions, caseId, &preview);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!preview.exportsToRegister);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Registered));
    QCOMPARE(caseRow(caseId).exportState, QString());
    QCOMPARE(outboxFor(caseId).size(), 1);
}

void tst_CaseActions::approveWithGivenDiaryNumber()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    CaseActions::Preview preview;
    const CaseActions::Outcome outcome
        = approve(m_anna.get(), caseId, &preview, u"  YMP/123/2026 "_s);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(preview.diaryNumber, u"YMP/123/2026"_s);
    QCOMPARE(outcome.diaryNumber, u"YMP/123/2026"_s);
    QCOMPARE(caseRow(caseId).diaryNumber, u"YMP/123/2026"_s);
    QCOMPARE(json(outboxFor(caseId).constFirst().payload).value(u"diaryNumber"_s).toString(),
             u"YMP/123/2026"_s);
    // A typed number does not use up a number of the pattern.
    const qint64 second = ingestCase(2);
    QVERIFY(take(m_anna.get(), second).ok);
    QCOMPARE(approve(m_anna.get(), second).diaryNumber,
             u"LV-%1-00001"_s.arg(finnishToday().year()));
}

void tst_CaseActions::approveRefusesDiaryNumberOfAnotherCase()
{
    const qint64 first = ingestCase(1);
    const qint64 second = ingestCase(2);
    QVERIFY(take(m_anna.get(), first).ok);
    QVERIFY(take(m_anna.get(), second).ok);
    QVERIFY(approve(m_anna.get(), first, nullptr, u"D-1"_s).ok);

    const CaseActions::Preview refused = m_anna->previewApprove(second, u"D-1"_s);
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.contains(u"D-1"_s));

    // Given a free number in the preview, but another case got it before the confirmation.
    const CaseActions::Preview preview = m_anna->previewApprove(second, u"D-2"_s);
    QVERIFY(preview.ok);
    const qint64 third = ingestCase(3);
    QVERIFY(take(m_bertil.get(), third).ok);
    QVERIFY(approve(m_bertil.get(), third, nullptr, u"D-2"_s).ok);
    const CaseActions::Outcome outcome
        = wait([&](CaseActions::Callback done) { m_anna->approve(preview, second, this, done); });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.error.contains(u"D-2"_s));
    QCOMPARE(toString(caseRow(second).state), toString(CaseState::InReview));
    QVERIFY(caseRow(second).diaryNumber.isEmpty());
    QVERIFY(outboxFor(second).isEmpty());
}

void tst_CaseActions::approveTakesNextNumberWhenPreviewedOneWasTaken()
{
    const qint64 first = ingestCase(1);
    const qint64 second = ingestCase(2);
    QVERIFY(take(m_anna.get(), first).ok);
    QVERIFY(take(m_bertil.get(), second).ok);
    const int year = finnishToday().year();

    const CaseActions::Preview annas = m_anna->previewApprove(first, QString());
    QCOMPARE(annas.diaryNumber, u"LV-%1-00001"_s.arg(year));
    // Bertil approves first and takes that number.
    QCOMPARE(approve(m_bertil.get(), second).diaryNumber, u"LV-%1-00001"_s.arg(year));

    const CaseActions::Outcome outcome
        = wait([&](CaseActions::Callback done) { m_anna->approve(annas, first, this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.diaryNumber, u"LV-%1-00002"_s.arg(year));
    QVERIFY(outcome.notice.contains(u"LV-%1-00002"_s.arg(year)));
    QCOMPARE(caseRow(first).diaryNumber, u"LV-%1-00002"_s.arg(year));
    // Same write (same messageId), with the number it really got.
    const OutboxStore::Message queued = outboxFor(first).constFirst();
    QCOMPARE(queued.messageId, annas.writes.constFirst().messageId.toString(QUuid::WithoutBraces));
    QCOMPARE(json(queued.payload).value(u"diaryNumber"_s).toString(), u"LV-%1-00002"_s.arg(year));
    QJsonObject previewed = json(annas.writes.constFirst().body);
    previewed.insert(u"diaryNumber"_s, u"LV-%1-00002"_s.arg(year));
    QCOMPARE(json(queued.payload), previewed);
}

void tst_CaseActions::approveRefusedForCaseAnotherOfficerHolds()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    const CaseActions::Preview preview = m_anna->previewApprove(caseId, QString());
    QVERIFY(preview.ok);
    // Anna lets go, Bertil takes it; Anna's open confirmation must not go through.
    QVERIFY(wait([&](CaseActions::Callback done) { m_anna->release(caseId, this, done); }).ok);
    QVERIFY(take(m_bertil.get(), caseId).ok);
    const CaseActions::Outcome outcome
        = wait([&](CaseActions::Callback done) { m_anna->approve(preview, caseId, this, done); });
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.heldBy, officerB);
    QVERIFY(outcome.error.contains(officerB));
    QVERIFY(!m_anna->previewApprove(caseId, QString()).ok);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::InReview));
    QVERIFY(outboxFor(caseId).isEmpty());
    // Nobody holds it: "take first".
    QVERIFY(wait([&](CaseActions::Callback done) { m_bertil->release(caseId, this, done); }).ok);
    QVERIFY(!m_anna->previewApprove(caseId, QString()).ok);
}

void tst_CaseActions::approveRefusedWithUnknownPatternToken()
{
    CaseActions actions(m_config, m_writer.get(), officerA, u"LV-{vuosi}-{seq}"_s, false);
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(&actions, caseId).ok);
    const CaseActions::Preview preview = actions.previewApprove(caseId, QString());
    QVERIFY(!preview.ok);
    QVERIFY(preview.error.contains(u"{vuosi}"_s));
    // A typed number needs no pattern.
    QVERIFY(actions.previewApprove(caseId, u"X-1"_s).ok);
}

void tst_CaseActions::diaryNumbersStayUniqueAcross200Approvals()
{
    constexpr int cases = 200;
    QList<qint64> ids;
    for (int n = 1; n <= cases; ++n) {
        const qint64 id = ingestCase(n);
        QVERIFY(id > 0);
        ids << id;
    }
    // Two officers on two workstations (two writers, each with its own connection) approve in
    // turns, all confirmations open at once: every preview shows the same next number, and the
    // store hands out each number once.
    StoreWriter secondWorkstation(m_config);
    CaseActions bertil(m_config, &secondWorkstation, officerB, pattern, true);
    QList<std::pair<CaseActions *, CaseActions::Preview>> previews;
    for (int i = 0; i < cases; ++i) {
        CaseActions *officer = i % 2 ? m_bertil.get() : m_anna.get();
        QVERIFY(take(officer, ids.at(i)).ok);
    }
    for (int i = 0; i < cases; ++i) {
        CaseActions *officer = i % 2 ? &bertil : m_anna.get();
        previews.append({officer, officer->previewApprove(ids.at(i), QString())});
        QVERIFY(previews.constLast().second.ok);
    }
    QCOMPARE(previews.constFirst().second.diaryNumber, previews.constLast().second.diaryNumber);
    int answered = 0;
    QStringList numbers;
    for (int i = 0; i < cases; ++i) {
        previews[i].first->approve(previews.at(i).second, ids.at(i), this,
                                   [&](const CaseActions::Outcome &o) {
                                       ++answered;
                                       if (o.ok)
                                           numbers << o.diaryNumber;
                                       else
                                           qWarning() << o.error;
                                   });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, cases, 120000);
    QCOMPARE(numbers.size(), cases);
    const QSet<QString> unique(numbers.cbegin(), numbers.cend());
    QCOMPARE(unique.size(), cases);
    const int year = finnishToday().year();
    for (int n = 1; n <= cases; ++n)
        QVERIFY(unique.contains(u"LV-%1-%2"_s.arg(year).arg(n, 5, 10, QLatin1Char('0'))));
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT COUNT(DISTINCT diary_number), COUNT(*) FROM cases "
                   "WHERE diary_number IS NOT NULL"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), cases);
    QCOMPARE(q.value(1).toInt(), cases);
}

// --- supplement, message, status, transfer ----------------------------------------------------

void tst_CaseActions::supplementRequestQueuesMessageAndDeadline()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    const QDate due = m_anna->proposedSupplementDueDate(finnishToday());
    const QStringList items{u"Asemapiirros"_s, u"Naapurien kuuleminen"_s};
    const CaseActions::Preview preview
        = m_anna->previewSupplementRequest(caseId, u"Täydennyspyyntö"_s, officerSecret, items, due);
    QVERIFY2(preview.ok, qPrintable(preview.error));
    QCOMPARE(toString(preview.newState), toString(CaseState::SupplementRequested));
    const CaseActions::Outcome outcome = wait([&](CaseActions::Callback done) {
        m_anna->requestSupplement(preview, caseId, this, done);
    });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::SupplementRequested));
    const QList<OutboxStore::Message> outbox = outboxFor(caseId);
    QCOMPARE(outbox.size(), 2);
    const OutboxStore::Message &m = outbox.constLast();
    QCOMPARE(m.kind, u"message"_s);
    QCOMPARE(m.payload, preview.writes.constFirst().body);
    const QString messageId = preview.writes.constFirst().messageId.toString(QUuid::WithoutBraces);
    QCOMPARE(m.messageId, messageId);
    const QJsonObject body = json(m.payload);
    QCOMPARE(body.value(u"messageId"_s).toString(), messageId);
    QCOMPARE(body.value(u"subject"_s).toString(), u"Täydennyspyyntö"_s);
    QCOMPARE(body.value(u"body"_s).toString(), officerSecret);
    const QJsonObject request = body.value(u"supplementRequest"_s).toObject();
    QCOMPARE(request.value(u"dueDate"_s).toString(), due.toString(Qt::ISODate));
    QCOMPARE(request.value(u"items"_s).toArray(),
             QJsonArray({u"Asemapiirros"_s, u"Naapurien kuuleminen"_s}));
    QCOMPARE(body.value(u"attachments"_s).toArray(), QJsonArray());

    const QList<DeadlineStore::Deadline> deadlines = DeadlineStore(db()).forCase(caseId);
    QCOMPARE(deadlines.size(), 1);
    QCOMPARE(deadlines.constFirst().kind, u"supplement"_s);
    QCOMPARE(deadlines.constFirst().source, messageId);
    QCOMPARE(deadlines.constFirst().dueDate, due);
    QVERIFY(!deadlines.constFirst().done);
    QCOMPARE(deadlineColumns(caseId),
             QVariantList({due.toString(Qt::ISODate), u"supplement"_s, messageId}));
    QVERIFY(auditActions(caseId).contains(u"case.supplementRequested"_s));
}

void tst_CaseActions::proposedSupplementDueDateCountsFourteenDaysToAWorkingDay()
{
    // Thursday + 14 days is a Thursday.
    QCOMPARE(m_anna->proposedSupplementDueDate(QDate(2026, 11, 26)), QDate(2026, 12, 10));
    // Saturday 12 Dec + 14 days = Saturday 26 Dec (Boxing Day): Monday 28 Dec.
    QCOMPARE(m_anna->proposedSupplementDueDate(QDate(2026, 12, 12)), QDate(2026, 12, 28));
    // 22 Mar 2027 + 14 = Monday 5 Apr 2027? Easter Monday 2027 is 29 Mar; 5 Apr is a Monday.
    QCOMPARE(m_anna->proposedSupplementDueDate(QDate(2027, 3, 22)), QDate(2027, 4, 5));
    // 15 Mar 2027 + 14 = Monday 29 Mar 2027 (Easter Monday): Tuesday 30 Mar.
    QCOMPARE(m_anna->proposedSupplementDueDate(QDate(2027, 3, 15)), QDate(2027, 3, 30));
}

void tst_CaseActions::supplementRequestRefusesPastDueDate()
{
    const qint64 caseId = ingestCase(1);
    forceState(caseId, CaseState::Registered, officerA);
    const QDate today = finnishToday();
    QVERIFY(!m_anna->previewSupplementRequest(caseId, u"S"_s, u"B"_s, {u"x"_s}, today).ok);
    QVERIFY(!m_anna->previewSupplementRequest(caseId, u"S"_s, u"B"_s, {}, today.addDays(20)).ok);
    QVERIFY(
        !m_anna->previewSupplementRequest(caseId, QString(), u"B"_s, {u"x"_s}, today.addDays(20))
             .ok);
    QVERIFY(
        m_anna->previewSupplementRequest(caseId, u"S"_s, u"B"_s, {u"x"_s}, today.addDays(20)).ok);
}

void tst_CaseActions::messageQueuesExactPreviewWithAttachments()
{
    const qint64 caseId = ingestCase(1);
    forceState(caseId, CaseState::InProcessing, officerA);
    const QByteArray pdf = QByteArray("%PDF-1.4 luonnos\n") + QByteArray(1, '\x01')
                           + QByteArray(1, '\0') + QByteArray(1, '\xff');
    const CaseActions::Preview preview
        = m_anna->previewMessage(caseId, u"Päätösluonnos"_s, officerSecret + u"\nRivi 2"_s,
                                 {OutgoingAttachment{u"luonnos.pdf"_s, u"application/pdf"_s, pdf}});
    QVERIFY2(preview.ok, qPrintable(preview.error));
    QCOMPARE(toString(preview.newState), toString(CaseState::InProcessing));
    const CaseActions::Outcome outcome = wait(
        [&](CaseActions::Callback done) { m_anna->sendMessage(preview, caseId, this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const QList<OutboxStore::Message> outbox = outboxFor(caseId);
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.constFirst().payload, preview.writes.constFirst().body);
    QCOMPARE(outbox.constFirst().messageId,
             preview.writes.constFirst().messageId.toString(QUuid::WithoutBraces));
    const QJsonObject body = json(outbox.constFirst().payload);
    QCOMPARE(body.value(u"subject"_s).toString(), u"Päätösluonnos"_s);
    QCOMPARE(body.value(u"body"_s).toString(), officerSecret + u"\nRivi 2"_s);
    QVERIFY(body.value(u"supplementRequest"_s).isNull());
    const QJsonArray attachments = body.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject a = attachments.first().toObject();
    QCOMPARE(a.value(u"fileName"_s).toString(), u"luonnos.pdf"_s);
    QCOMPARE(a.value(u"contentType"_s).toString(), u"application/pdf"_s);
    QCOMPARE(QByteArray::fromBase64(a.value(u"dataBase64"_s).toString().toLatin1()), pdf);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::InProcessing));
    QStringList actors;
    const QStringList actions = auditActions(caseId, &actors);
    QVERIFY(actions.contains(u"case.messageQueued"_s));
    QCOMPARE(actors.at(actions.indexOf(u"case.messageQueued"_s)), officerA);
    // The officer's words stay out of the audit trail.
    for (const AuditTrail::Entry &e : AuditTrail(db()).entriesFor(u"case:%1"_s.arg(caseId)))
        QVERIFY(!QJsonDocument(e.details).toJson().contains(officerSecret.toUtf8()));
}

void tst_CaseActions::statusUpdatesRepeatDiaryNumberHandlerAndStartDate()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    const QString number = caseRow(caseId).diaryNumber;
    const QString today = finnishToday().toString(Qt::ISODate);

    const CaseActions::Preview decided = m_anna->previewStatus(
        caseId, ServiceState::Decided, LocalizedText{u"Lupa myönnetty"_s, QString(), QString()});
    QVERIFY2(decided.ok, qPrintable(decided.error));
    QCOMPARE(toString(decided.newState), toString(CaseState::Decided));
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->setStatus(decided, caseId, this, done);
            }).ok);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Decided));
    QJsonObject body = json(outboxFor(caseId).constLast().payload);
    QCOMPARE(outboxFor(caseId).constLast().payload, decided.writes.constFirst().body);
    QCOMPARE(body.value(u"state"_s).toString(), u"decided"_s);
    QCOMPARE(body.value(u"statusText"_s).toObject(),
             QJsonObject({{u"fi"_s, u"Lupa myönnetty"_s}, {u"sv"_s, u"Avgjort"_s}}));
    QCOMPARE(body.value(u"diaryNumber"_s).toString(), number);
    QCOMPARE(body.value(u"handler"_s).toString(), officerA);
    QCOMPARE(body.value(u"processingStartDate"_s).toString(), today);
    QCOMPARE(body.value(u"statusDate"_s).toString(), today);

    const CaseActions::Preview closed = m_anna->previewStatus(caseId, ServiceState::Closed, {});
    QVERIFY(closed.ok);
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->setStatus(closed, caseId, this, done);
            }).ok);
    body = json(outboxFor(caseId).constLast().payload);
    QCOMPARE(body.value(u"state"_s).toString(), u"closed"_s);
    QCOMPARE(body.value(u"statusText"_s).toObject(),
             QJsonObject({{u"fi"_s, u"Käsitelty"_s}, {u"sv"_s, u"Behandlat"_s}}));
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Closed));
    QCOMPARE(outboxFor(caseId).size(), 3);
    QCOMPARE(auditActions(caseId).count(u"case.statusQueued"_s), 2);

    // Closed is final.
    QVERIFY(!m_anna->previewMessage(caseId, u"S"_s, u"B"_s, {}).ok);
    QVERIFY(!take(m_bertil.get(), caseId).ok);
    // supplementRequested and transferredElsewhere have their own actions.
    QVERIFY(!m_anna->previewStatus(caseId, ServiceState::SupplementRequested, {}).ok);
    QVERIFY(!m_anna->previewStatus(caseId, ServiceState::TransferredElsewhere, {}).ok);
}

void tst_CaseActions::transferElsewhereSendsReasonAndAllowsOnlyClose()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    const CaseActions::Preview preview = m_anna->previewTransferElsewhere(
        caseId, u"Pirkanmaan ELY-keskus"_s, u"Hanke on luvanvarainen ELY-keskuksessa."_s);
    QVERIFY2(preview.ok, qPrintable(preview.error));
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->transferElsewhere(preview, caseId, this, done);
            }).ok);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::TransferredElsewhere));
    const OutboxStore::Message m = outboxFor(caseId).constFirst();
    QCOMPARE(m.payload, preview.writes.constFirst().body);
    const QJsonObject body = json(m.payload);
    QCOMPARE(body.value(u"state"_s).toString(), u"transferredElsewhere"_s);
    const QJsonObject text = body.value(u"statusText"_s).toObject();
    QVERIFY(text.value(u"fi"_s).toString().contains(u"Hanke on luvanvarainen ELY-keskuksessa."_s));
    QVERIFY(text.value(u"sv"_s).toString().contains(u"Hanke on luvanvarainen ELY-keskuksessa."_s));
    QVERIFY(text.value(u"fi"_s).toString().contains(u"Pirkanmaan ELY-keskus"_s));
    QVERIFY(body.value(u"diaryNumber"_s).isNull()); // never registered here
    QVERIFY(auditActions(caseId).contains(u"case.transferredElsewhere"_s));

    QVERIFY(!m_anna->previewMessage(caseId, u"S"_s, u"B"_s, {}).ok);
    QVERIFY(!m_anna->previewStatus(caseId, ServiceState::Decided, {}).ok);
    const CaseActions::Preview close = m_anna->previewStatus(caseId, ServiceState::Closed, {});
    QVERIFY(close.ok);
    QVERIFY(
        wait([&](CaseActions::Callback done) { m_anna->setStatus(close, caseId, this, done); }).ok);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Closed));
}

void tst_CaseActions::withdrawnCaseCanOnlyBeClosed()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    ingestFollower(1, 1, u"withdrawal"_s, QDateTime::currentDateTimeUtc());
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Withdrawn));
    QVERIFY(!m_anna->previewMessage(caseId, u"S"_s, u"B"_s, {}).ok);
    QVERIFY(!m_anna
                 ->previewSupplementRequest(caseId, u"S"_s, u"B"_s, {u"x"_s},
                                            finnishToday().addDays(20))
                 .ok);
    QVERIFY(!m_anna->previewStatus(caseId, ServiceState::Decided, {}).ok);
    const CaseActions::Preview close = m_anna->previewStatus(caseId, ServiceState::Closed, {});
    QVERIFY2(close.ok, qPrintable(close.error));
    QVERIFY(
        wait([&](CaseActions::Callback done) { m_anna->setStatus(close, caseId, this, done); }).ok);
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::Closed));
}

void tst_CaseActions::retryOutboxRequeuesFailedWriteKeepingAttempts()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    const OutboxStore::Message m = outboxFor(caseId).constFirst();
    // Not failed: nothing to retry.
    QVERIFY(!wait([&](CaseActions::Callback done) { m_bertil->retryOutbox(m.id, this, done); }).ok);
    QVERIFY(runJob([id = m.id](QSqlDatabase &wdb) {
                OutboxStore outbox(wdb);
                StoreWriter::Result r;
                r.ok = outbox.markFailed(id, u"422 Invalid"_s, u"lvdesk"_s, &r.error);
                return r;
            }).ok);
    QCOMPARE(toString(OutboxStore(db()).byMessageId(m.messageId)->state),
             toString(OutboxState::Failed));
    QSignalSpy changed(m_bertil.get(), &CaseActions::caseChanged);
    const CaseActions::Outcome outcome
        = wait([&](CaseActions::Callback done) { m_bertil->retryOutbox(m.id, this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    const OutboxStore::Message after = *OutboxStore(db()).byMessageId(m.messageId);
    QCOMPARE(toString(after.state), toString(OutboxState::Queued));
    QCOMPARE(after.attempts, 1);
    QCOMPARE(after.payload, m.payload);
    QVERIFY(after.nextAttemptAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(OutboxStore(db()).due(QDateTime::currentDateTimeUtc()).size() == 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().toLongLong(), caseId);
}

void tst_CaseActions::retryExportPutsFailedExportBackToPending()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    QVERIFY(!wait([&](CaseActions::Callback done) {
                 m_anna->retryExport(caseId, this, done);
             }).ok); // pending, not failed
    QVERIFY(runJob([caseId](QSqlDatabase &wdb) {
                StoreWriter::Result r;
                r.ok = CaseStore(wdb).setExportState(
                    caseId, ExportState::Failed, u"drop folder missing"_s, u"lvdesk"_s, &r.error);
                return r;
            }).ok);
    QVERIFY(exec(u"UPDATE cases SET export_next_attempt_at = ? WHERE id = ?"_s,
                 {u"2099-01-01T00:00:00.000Z"_s, caseId}));
    QCOMPARE(caseRow(caseId).exportState, u"failed"_s);
    const CaseActions::Outcome outcome
        = wait([&](CaseActions::Callback done) { m_anna->retryExport(caseId, this, done); });
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(caseRow(caseId).exportState, u"pending"_s);
    QCOMPARE(caseRow(caseId).exportAttempts, 1);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT export_next_attempt_at FROM cases WHERE id = "_s
                   + QString::number(caseId)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
}

// --- automatic registration ------------------------------------------------------------------

void tst_CaseActions::autoRegistrationIsIdempotent()
{
    const qint64 caseId = ingestCase(1);
    const StoreWriter::Result first
        = runJob(CaseActions::autoRegistrationJob(caseId, pattern, true, u"lvdesk"_s));
    QVERIFY2(first.ok, qPrintable(first.error));
    const QString number = u"LV-%1-00001"_s.arg(finnishToday().year());
    QCOMPARE(first.value.toString(), number);
    // A re-delivered ingest runs the job again: nothing changes, nothing more is queued.
    const StoreWriter::Result second
        = runJob(CaseActions::autoRegistrationJob(caseId, pattern, true, u"lvdesk"_s));
    QVERIFY(second.ok);
    QVERIFY(!second.value.isValid());

    const CaseStore::Case c = caseRow(caseId);
    QCOMPARE(toString(c.state), toString(CaseState::Registered));
    QCOMPARE(c.diaryNumber, number);
    QVERIFY(c.handler.isEmpty());
    QCOMPARE(c.exportState, u"pending"_s);
    const QList<OutboxStore::Message> outbox = outboxFor(caseId);
    QCOMPARE(outbox.size(), 1);
    const QJsonObject body = json(outbox.constFirst().payload);
    QCOMPARE(body.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(body.value(u"diaryNumber"_s).toString(), number);
    QVERIFY(body.value(u"handler"_s).isNull());
    QCOMPARE(body.value(u"processingStartDate"_s).toString(), finnishToday().toString(Qt::ISODate));
    QStringList actors;
    const QStringList actions = auditActions(caseId, &actors);
    QCOMPARE(actions.count(u"case.approved"_s), 1);
    QCOMPARE(actors.at(actions.indexOf(u"case.approved"_s)), u"lvdesk"_s);
    // The sequence moved once.
    const qint64 next = ingestCase(2);
    QCOMPARE(runJob(CaseActions::autoRegistrationJob(next, pattern, false, u"lvdesk"_s))
                 .value.toString(),
             u"LV-%1-00002"_s.arg(finnishToday().year()));
    QCOMPARE(caseRow(next).exportState, QString());
}

void tst_CaseActions::autoRegistrationLeavesTakenCaseAlone()
{
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    const StoreWriter::Result r
        = runJob(CaseActions::autoRegistrationJob(caseId, pattern, true, u"lvdesk"_s));
    QVERIFY(r.ok);
    QVERIFY(!r.value.isValid());
    QCOMPARE(toString(caseRow(caseId).state), toString(CaseState::InReview));
    QVERIFY(outboxFor(caseId).isEmpty());
    // A bad pattern is an error, not a silent skip.
    const qint64 other = ingestCase(2);
    const StoreWriter::Result bad
        = runJob(CaseActions::autoRegistrationJob(other, u"{nro}"_s, true, u"lvdesk"_s));
    QVERIFY(!bad.ok);
    QCOMPARE(toString(caseRow(other).state), toString(CaseState::New));
}

// --- deadlines -------------------------------------------------------------------------------

namespace {

QJsonObject dateField(const QString &id, const QString &date, const QString &role)
{
    return QJsonObject{{u"id"_s, id},
                       {u"label"_s, QJsonObject{{u"fi"_s, u"Päivä"_s}, {u"sv"_s, u"Datum"_s}}},
                       {u"type"_s, u"date"_s},
                       {u"value"_s, date},
                       {u"deadlineRole"_s, role}};
}

} // namespace

void tst_CaseActions::refreshDeadlinesWithoutSources()
{
    const qint64 caseId = ingestCase(1);
    const StoreWriter::Result r = runJob([caseId](QSqlDatabase &wdb) {
        return CaseActions::refreshDeadlines(wdb, caseId, QDate(2026, 11, 26));
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.value.isValid());
    QVERIFY(DeadlineStore(db()).forCase(caseId).isEmpty());
    QCOMPARE(deadlineColumns(caseId), QVariantList({QVariant(), u""_s, u""_s}));
}

void tst_CaseActions::refreshDeadlinesWithStatutoryTime()
{
    QVERIFY(runJob([](QSqlDatabase &wdb) {
                StoreWriter::Result r;
                r.ok = ServiceSettingsStore(wdb).save({u"ymparistolupa"_s, true, 4, 0}, u"it"_s,
                                                      &r.error);
                return r;
            }).ok);
    const qint64 caseId = ingestCase(1);
    const StoreWriter::Result r = runJob([caseId](QSqlDatabase &wdb) {
        return CaseActions::refreshDeadlines(wdb, caseId, QDate(2026, 11, 26));
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    // Submitted Friday 20 Nov 2026; four months end Saturday 20 Mar 2027, moved to Monday.
    QCOMPARE(r.value.toDate(), QDate(2027, 3, 22));
    const QList<DeadlineStore::Deadline> rows = DeadlineStore(db()).forCase(caseId);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().kind, u"statutory"_s);
    QCOMPARE(rows.constFirst().source, u"ymparistolupa"_s);
    QCOMPARE(rows.constFirst().dueDate, QDate(2027, 3, 22));
    QCOMPARE(deadlineColumns(caseId),
             QVariantList({u"2027-03-22"_s, u"statutory"_s, u"ymparistolupa"_s}));
    // Refreshing again changes nothing and writes no new audit entries.
    const int auditBefore = int(AuditTrail(db()).entries().size());
    QVERIFY(runJob([caseId](QSqlDatabase &wdb) {
                return CaseActions::refreshDeadlines(wdb, caseId, QDate(2026, 11, 27));
            }).ok);
    QCOMPARE(int(AuditTrail(db()).entries().size()), auditBefore);
    QCOMPARE(DeadlineStore(db()).forCase(caseId).size(), 1);
}

void tst_CaseActions::refreshDeadlinesPicksEarliestOfSeveral()
{
    QVERIFY(runJob([](QSqlDatabase &wdb) {
                StoreWriter::Result r;
                r.ok = ServiceSettingsStore(wdb).save({u"ymparistolupa"_s, true, 4, 0}, u"it"_s,
                                                      &r.error);
                return r;
            }).ok);
    const qint64 caseId
        = ingestCase(1, QJsonArray{dateField(u"tapahtumapaiva"_s, u"2027-01-15"_s, u"eventDate"_s),
                                   dateField(u"toive"_s, u"2027-02-01"_s, u"requestedBy"_s)});
    QVERIFY(caseId > 0);
    const StoreWriter::Result r = runJob([caseId](QSqlDatabase &wdb) {
        return CaseActions::refreshDeadlines(wdb, caseId, QDate(2026, 11, 26));
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    // Decided before Friday 15 Jan 2027: the last day is Thursday 14 Jan.
    QCOMPARE(r.value.toDate(), QDate(2027, 1, 14));
    QCOMPARE(deadlineColumns(caseId),
             QVariantList({u"2027-01-14"_s, u"eventDate"_s, u"tapahtumapaiva"_s}));
    QMap<QString, QDate> due;
    for (const DeadlineStore::Deadline &d : DeadlineStore(db()).forCase(caseId)) {
        QVERIFY(!d.done);
        due.insert(d.kind + u':' + d.source, d.dueDate);
    }
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.value(u"statutory:ymparistolupa"_s), QDate(2027, 3, 22));
    QCOMPARE(due.value(u"eventDate:tapahtumapaiva"_s), QDate(2027, 1, 14));
    QCOMPARE(due.value(u"requestedBy:toive"_s), QDate(2027, 2, 1));
}

void tst_CaseActions::refreshDeadlinesClosesAnsweredSupplement()
{
    QVERIFY(runJob([](QSqlDatabase &wdb) {
                StoreWriter::Result r;
                r.ok = ServiceSettingsStore(wdb).save({u"ymparistolupa"_s, true, 0, 400}, u"it"_s,
                                                      &r.error);
                return r;
            }).ok);
    const qint64 caseId = ingestCase(1);
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    // A supplement the customer sent on their own before the request does not answer it.
    ingestFollower(1, 1, u"supplement"_s, QDateTime::currentDateTimeUtc().addSecs(-3600));
    const QDate due = m_anna->proposedSupplementDueDate(finnishToday());
    const CaseActions::Preview preview = m_anna->previewSupplementRequest(
        caseId, u"Täydennyspyyntö"_s, u"Lisätkää asemapiirros."_s, {u"Asemapiirros"_s}, due);
    QVERIFY(preview.ok);
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->requestSupplement(preview, caseId, this, done);
            }).ok);
    const QString messageId = preview.writes.constFirst().messageId.toString(QUuid::WithoutBraces);
    QCOMPARE(deadlineColumns(caseId).value(1).toString(), u"supplement"_s);

    // The customer answers.
    ingestFollower(1, 2, u"supplement"_s, QDateTime::currentDateTimeUtc().addSecs(60));
    const StoreWriter::Result r = runJob([caseId](QSqlDatabase &wdb) {
        return CaseActions::refreshDeadlines(wdb, caseId, QDate::currentDate());
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    bool found = false;
    for (const DeadlineStore::Deadline &d : DeadlineStore(db()).forCase(caseId)) {
        if (d.kind == u"supplement"_s) {
            found = true;
            QCOMPARE(d.source, messageId);
            QVERIFY(d.done);
        } else {
            QVERIFY(!d.done);
        }
    }
    QVERIFY(found);
    // The statutory time governs again.
    QCOMPARE(deadlineColumns(caseId).value(1).toString(), u"statutory"_s);
    QCOMPARE(r.value.toDate(), deadlineColumns(caseId).value(0).toDate());
}

void tst_CaseActions::refreshDeadlinesClosesEverythingOfResolvedCase()
{
    QVERIFY(runJob([](QSqlDatabase &wdb) {
                StoreWriter::Result r;
                r.ok = ServiceSettingsStore(wdb).save({u"ymparistolupa"_s, true, 4, 0}, u"it"_s,
                                                      &r.error);
                return r;
            }).ok);
    const qint64 caseId = ingestCase(
        1, QJsonArray{dateField(u"tapahtumapaiva"_s, u"2027-01-15"_s, u"eventDate"_s)});
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    QCOMPARE(deadlineColumns(caseId).value(1).toString(), u"eventDate"_s);
    const CaseActions::Preview decided = m_anna->previewStatus(caseId, ServiceState::Decided, {});
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->setStatus(decided, caseId, this, done);
            }).ok);
    const QList<DeadlineStore::Deadline> rows = DeadlineStore(db()).forCase(caseId);
    QCOMPARE(rows.size(), 2);
    for (const DeadlineStore::Deadline &d : rows)
        QVERIFY(d.done);
    QCOMPARE(deadlineColumns(caseId), QVariantList({QVariant(), u""_s, u""_s}));
    QVERIFY(DeadlineStore(db()).dueBy(QDate(2030, 1, 1)).isEmpty());
}

// --- privacy ---------------------------------------------------------------------------------

void tst_CaseActions::customerAndOfficerTextStayOutOfLogs()
{
    QLoggingCategory::setFilterRules(u"lvdesk.*=true"_s);
    capturedLog.clear();
    previousHandler = qInstallMessageHandler(captureMessages);
    const qint64 caseId = ingestCase(
        1, QJsonArray{dateField(u"tapahtumapaiva"_s, u"2027-01-15"_s, u"eventDate"_s)});
    QVERIFY(take(m_anna.get(), caseId).ok);
    QVERIFY(approve(m_anna.get(), caseId).ok);
    const CaseActions::Preview supplement
        = m_anna->previewSupplementRequest(caseId, officerSecret, officerSecret, {officerSecret},
                                           m_anna->proposedSupplementDueDate(finnishToday()));
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->requestSupplement(supplement, caseId, this, done);
            }).ok);
    const CaseActions::Preview transfer
        = m_anna->previewTransferElsewhere(caseId, u"ELY"_s, officerSecret);
    QVERIFY(wait([&](CaseActions::Callback done) {
                m_anna->transferElsewhere(transfer, caseId, this, done);
            }).ok);
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QMutexLocker lock(&capturedMutex);
    // The workflow did log (so the check below means something)…
    QVERIFY(capturedLog.join(u'\n').contains(u"case"_s));
    // …but none of the customer's or the officer's words.
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(customerSecret), qPrintable(line));
        QVERIFY2(!line.contains(officerSecret), qPrintable(line));
        QVERIFY2(!line.contains(u"Soramestarit"_s), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(tst_CaseActions)
#include "tst_caseactions.moc"
