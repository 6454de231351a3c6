// SPDX-License-Identifier: EUPL-1.2
// The sync engine against a server of the contract that sends what lvsim never does: odd values,
// hostile names, entries without ids, actions it refuses or cannot encode, attachments it will not
// give, and writes it never takes. Received data is data: every action that can be stored is
// stored and acknowledged once, and what cannot waits visibly for the officer.

#include "config/headlesssync.h"
#include "fakeservice.h"
#include "lv/lvclient.h"
#include "lv/lvcodec.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/inboundfailurestore.h"
#include "store/outboxstore.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "sync/syncengine.h"
#include "testauditkey.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncOddData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyUsableActionIsStoredAndTheRestWaitsVisibly();
    void fullDiskKeepsTheActionForALaterSync();
    void outboxAttemptsSurviveRestart();

private:
    SyncSummary runOnce(const SyncSettings &settings);
    QSqlDatabase db();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeService> m_service;
    StoreConfig m_store;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<LvClient> m_client;
};

namespace {

QJsonObject entry(const QString &externalId, const QString &projectPartId,
                  const QString &type = u"application"_s)
{
    return {{u"externalId"_s, externalId},
            {u"projectId"_s, QString(u"P-"_s + projectPartId)},
            {u"projectPartId"_s, projectPartId},
            {u"actionType"_s, type},
            {u"serviceCode"_s, u"ymparistolupa"_s},
            {u"submittedAt"_s, u"2026-11-20T09:14:03Z"_s},
            {u"version"_s, 1}};
}

QJsonObject attachment(const QString &id, const QString &fileName, const QByteArray &bytes)
{
    QJsonObject a{
        {u"fileName"_s, fileName},
        {u"contentType"_s, u"application/pdf"_s},
        {u"size"_s, double(bytes.size())},
        {u"sha256"_s,
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}};
    if (!id.isEmpty())
        a.insert(u"id"_s, id);
    return a;
}

QByteArray action(const QString &projectPartId, const QJsonArray &attachments,
                  const QJsonObject &customer = {})
{
    const QJsonObject commondata{
        {u"projectId"_s, QString(u"P-"_s + projectPartId)},
        {u"projectPartId"_s, projectPartId},
        {u"projectName"_s, u"Ottoalue"_s},
        {u"customer"_s, customer.isEmpty() ? QJsonObject{{u"kind"_s, u"organisation"_s},
                                                         {u"name"_s, u"Soramestarit Oy"_s},
                                                         {u"businessId"_s, u"1234567-1"_s}}
                                           : customer},
        {u"submittedAt"_s, u"2026-11-20T09:14:03Z"_s}};
    const QJsonObject formdata{{u"serviceCode"_s, u"ymparistolupa"_s},
                               {u"serviceName"_s, QJsonObject{{u"fi"_s, u"Ympäristölupa"_s}}},
                               {u"formVersion"_s, u"1"_s},
                               {u"sections"_s, QJsonArray{}},
                               {u"attachments"_s, attachments}};
    return QJsonDocument(QJsonObject{{u"commondata"_s, commondata},
                                     {u"formdata"_s, formdata},
                                     {u"version"_s, 1}})
        .toJson(QJsonDocument::Compact);
}

SyncSettings settings()
{
    SyncSettings s;
    s.attemptsPerRun = 2;
    s.retryBaseMilliseconds = 1; // a failed action is due again at once
    s.useSyncLock = false;
    s.maxAttachmentBytes = 4096;
    s.minFreeBytes = 0;
    return s;
}

} // namespace

void tst_SyncOddData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_service = std::make_unique<FakeService>();
    QVERIFY(m_service->start());
    m_store = StoreConfig();
    m_store.dataDirectory = m_dir->path();
    m_store.auditKey = TestAuditKey::key();
    QVERIFY(Store::prepare(m_store).ok);
    ConnectionSettings connection;
    connection.securityServer = m_service->baseUrl();
    connection.client
        = *XRoadId::parse(u"FI-TEST/MUN/0135202-4/lvdesk"_s, XRoadId::Type::Subsystem);
    connection.service
        = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    connection.userId = u"tester"_s;
    m_writer = std::make_unique<StoreWriter>(m_store);
    m_client = std::make_unique<LvClient>(connection, QSslConfiguration::defaultConfiguration());
}

void tst_SyncOddData::cleanup()
{
    StoreConnection::close(u"odd-check"_s);
    m_client.reset();
    m_writer.reset();
    m_service.reset();
    m_dir.reset();
}

QSqlDatabase tst_SyncOddData::db()
{
    QString error;
    QSqlDatabase connection = StoreConnection::open(m_store, u"odd-check"_s, &error);
    return connection;
}

SyncSummary tst_SyncOddData::runOnce(const SyncSettings &sync)
{
    // A new engine each time, as a restart (or the next --sync-once) would make.
    SyncEngine engine(sync, m_client.get(), m_store, m_writer.get(), nullptr);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncNow();
    if (!QTest::qWaitFor([&]() { return finished.size() == 1; }, 60000))
        return {};
    QTest::qWait(50); // the writer's last jobs of the run
    return finished.first().first().value<SyncSummary>();
}

void tst_SyncOddData::everyUsableActionIsStoredAndTheRestWaitsVisibly()
{
    const QByteArray pdf = "%PDF-1.4 kartta\n"_ba.repeated(20);
    const QByteArray other = "%PDF-1.4 toinen\n"_ba.repeated(20);
    const QByteArray big(5000, 'b');
    // A: hostile names, a repeated id (same bytes), no id, no checksum, over the limit, refused.
    QJsonObject noChecksum = attachment(u"x3"_s, u"tarkistamaton.pdf"_s, other);
    noChecksum.remove(u"sha256"_s);
    const QJsonArray attachmentsOfA{attachment(u"x1"_s, u"../../etc/passwd"_s, pdf),
                                    attachment(u"x1"_s, u"invoice\u202Efdp.exe"_s, pdf),
                                    attachment(QString(), u"nimeton.pdf"_s, other),
                                    noChecksum,
                                    attachment(u"x4"_s, u"iso.pdf"_s, big),
                                    attachment(u"x5"_s, u"CON"_s, other)};
    m_service->appendFeedEntry(entry(u"a-1"_s, u"PP-A"_s)); // not a GUID: used as sent
    m_service->setAction(u"a-1"_s, {200, action(u"PP-A"_s, attachmentsOfA)});
    m_service->setAttachment(u"a-1"_s, u"x1"_s, pdf);
    m_service->setAttachment(u"a-1"_s, u"x3"_s, other);
    m_service->setAttachment(u"a-1"_s, u"x4"_s, big);
    m_service->setAttachmentAnswer(u"a-1"_s, u"x5"_s,
                                   {410, R"({"error":"Gone","message":"removed"})"});
    // B: odd members everywhere (a wrong check digit, no name, an offset, no version).
    QJsonObject odd = QJsonDocument::fromJson(action(u"PP-B"_s, {},
                                                     {{u"kind"_s, u"organisation"_s},
                                                      {u"businessId"_s, u"1234567-8"_s}}))
                          .object();
    odd.remove(u"version"_s);
    QJsonObject common = odd.value(u"commondata"_s).toObject();
    common.insert(u"submittedAt"_s, u"2026-11-20T11:14:03+02:00"_s);
    odd.insert(u"commondata"_s, common);
    m_service->appendFeedEntry(entry(u"3f0c6a52-0000-4000-8000-00000000000b"_s, u"PP-B"_s));
    m_service->setAction(u"3f0c6a52-0000-4000-8000-00000000000b"_s,
                         {200, QJsonDocument(odd).toJson(QJsonDocument::Compact)});
    // C: an action type lvdesk does not know opens its case.
    m_service->appendFeedEntry(entry(u"c-1"_s, u"PP-C"_s, u"permitRenewal"_s));
    m_service->setAction(u"c-1"_s, {200, action(u"PP-C"_s, {})});
    // D: an entry without an id. E: listed, but refused. F: not JSON at all.
    m_service->appendFeedEntry(QJsonObject{{u"projectPartId"_s, u"PP-D"_s}});
    m_service->appendFeedEntry(entry(u"e-404"_s, u"PP-E"_s));
    m_service->appendFeedEntry(entry(u"f-html"_s, u"PP-F"_s));
    m_service->setAction(u"f-html"_s, {200, "<html>oops</html>", "text/html"});

    const SyncSummary first = runOnce(settings());
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QStringList acknowledged = m_service->acknowledged();
    acknowledged.sort();
    QCOMPARE(acknowledged,
             (QStringList{u"3f0c6a52-0000-4000-8000-00000000000b"_s, u"a-1"_s, u"c-1"_s}));
    {
        CaseStore cases(db());
        const std::optional<CaseStore::Case> a = cases.caseByProjectPart(u"PP-A"_s);
        QVERIFY(a);
        const QList<CaseStore::Attachment> stored = cases.caseAttachments(a->id);
        QCOMPARE(stored.size(), 6);
        QStringList problems;
        for (const CaseStore::Attachment &x : stored)
            problems << toString(x.problem);
        QCOMPARE(problems, (QStringList{QString(), QString(), u"notDescribed"_s, u"noChecksum"_s,
                                        u"overLimit"_s, u"unavailable"_s}));
        QVERIFY(stored.at(0).stored && stored.at(1).stored);
        QCOMPARE(stored.at(1).fileName, u"invoice\u202Efdp.exe"_s); // kept as sent
        QVERIFY(!stored.at(0).localName.contains(u'/'));
        QVERIFY(cases.caseByProjectPart(u"PP-B"_s));
        const std::optional<CaseStore::Case> c = cases.caseByProjectPart(u"PP-C"_s);
        QVERIFY(c);
        QCOMPARE(c->openingExternalId, u"c-1"_s);
        const std::optional<CaseStore::Event> b
            = cases.eventByExternalId(u"3f0c6a52-0000-4000-8000-00000000000b"_s);
        QCOMPARE(b->version, 1); // the feed's, as the body gave none
        QCOMPARE(b->submittedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), Qt::UTC));
    }
    QList<InboundFailure> waiting = InboundFailureStore(db()).all();
    QCOMPARE(waiting.size(), 3);
    QStringList reasons;
    for (const InboundFailure &f : std::as_const(waiting))
        reasons << toString(f.reason) + u':' + toString(f.state);
    reasons.sort();
    QCOMPARE(reasons, (QStringList{u"refused:failed"_s, u"undecodable:retrying"_s,
                                   u"unidentified:failed"_s}));
    QCOMPARE(InboundFailureStore(db()).rawBody(u"f-html"_s), "<html>oops</html>"_ba);
    // New problems are listed by id, and the run says it is not complete (F is retried).
    QVERIFY2(first.newProblems.size() == 6, qPrintable(first.newProblems.join(u", ")));
    QVERIFY(first.newProblems.contains(u"e-404 refused"_s));
    QVERIFY(first.newProblems.contains(u"a-1#5 overLimit"_s));
    QCOMPARE(HeadlessSync::exitCodeFor(first), int(HeadlessSync::Incomplete));

    // Run 2: F fails in a second run and now waits for the officer too.
    const int refusedRequests = m_service->requests(u"/commondata/e-404"_s);
    const SyncSummary second = runOnce(settings());
    QCOMPARE(second.newProblems, QStringList{u"f-html undecodable"_s});
    QCOMPARE(second.knownProblems.size(), 2);
    QCOMPARE(HeadlessSync::exitCodeFor(second), int(HeadlessSync::NewProblems));
    QCOMPARE(m_service->requests(u"/commondata/e-404"_s), refusedRequests); // not asked again

    // Run 3: nothing new. Known problems are listed, and do not make the run fail.
    const SyncSummary third = runOnce(settings());
    QVERIFY(third.newProblems.isEmpty());
    QCOMPARE(third.knownProblems.size(), 3);
    QCOMPARE(HeadlessSync::exitCodeFor(third), int(HeadlessSync::Success));
    QVERIFY(HeadlessSync::problemLines(third).contains(u"known: e-404"_s));

    // The officer: E is asked for again (and the service now delivers it), the entry without an
    // id is handled outside lvdesk.
    QString error;
    QVERIFY(InboundFailureStore(db()).requestRetry(u"e-404"_s, u"officer"_s, &error));
    m_service->setAction(u"e-404"_s, {200, action(u"PP-E"_s, {})});
    for (const InboundFailure &f : InboundFailureStore(db()).all()) {
        if (f.reason == InboundFailure::Reason::Unidentified)
            QVERIFY(InboundFailureStore(db()).markHandled(f.item.externalId, u"officer"_s, &error));
    }
    const SyncSummary fourth = runOnce(settings());
    QVERIFY(m_service->acknowledged().contains(u"e-404"_s));
    QCOMPARE(fourth.knownProblems, QStringList{u"f-html"_s});
    QCOMPARE(HeadlessSync::exitCodeFor(fourth), int(HeadlessSync::Success));
    QCOMPARE(InboundFailureStore(db()).all().size(), 2); // F, and the handled entry
}

void tst_SyncOddData::fullDiskKeepsTheActionForALaterSync()
{
    const QByteArray pdf = "%PDF-1.4 kartta\n"_ba.repeated(20);
    m_service->appendFeedEntry(entry(u"g-1"_s, u"PP-G"_s));
    m_service->setAction(u"g-1"_s, {200, action(u"PP-G"_s, {attachment(u"x"_s, u"k.pdf"_s, pdf)})});
    m_service->setAttachment(u"g-1"_s, u"x"_s, pdf);
    SyncSettings full = settings();
    full.minFreeBytes = std::numeric_limits<qint64>::max() / 2; // no disk has that much free
    const SyncSummary first = runOnce(full);
    QVERIFY(first.failed > 0);
    QVERIFY(m_service->acknowledged().isEmpty());
    QCOMPARE(m_service->requests(u"/attachments/"_s), 0); // nothing was downloaded
    const std::optional<InboundFailure> waiting = InboundFailureStore(db()).find(u"g-1"_s);
    QVERIFY(waiting);
    QCOMPARE(toString(waiting->reason), toString(InboundFailure::Reason::Storage));
    QCOMPARE(toString(waiting->state), toString(InboundFailure::State::Retrying));
    QCOMPARE(HeadlessSync::exitCodeFor(first), int(HeadlessSync::Incomplete));

    // Room again: the next sync fetches it by its id (the cursor has moved on) and stores it.
    const SyncSummary second = runOnce(settings());
    QVERIFY(second.ok());
    QCOMPARE(m_service->acknowledged(), QStringList{u"g-1"_s});
    QVERIFY(!InboundFailureStore(db()).find(u"g-1"_s));
}

void tst_SyncOddData::outboxAttemptsSurviveRestart()
{
    m_service->appendFeedEntry(entry(u"h-1"_s, u"PP-H"_s));
    m_service->setAction(u"h-1"_s, {200, action(u"PP-H"_s, {})});
    QVERIFY(runOnce(settings()).ok());
    // The service is down for an hour, and says so.
    m_service->setWriteAnswer({503, R"({"error":"ServiceUnavailable","message":"x"})",
                               "application/json", "Retry-After: 3600\r\n"});
    QString error;
    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        const std::optional<CaseStore::Case> c = CaseStore(db()).caseByProjectPart(u"PP-H"_s);
        QVERIFY(c);
        StatusUpdate update;
        update.messageId = QUuid::fromString(messageId);
        update.state = ServiceState::Received;
        update.statusText = {u"Vastaanotettu"_s, u"Mottaget"_s, QString()};
        update.statusDate = QDate(2026, 12, 6);
        QVERIFY(OutboxStore(db()).enqueue(messageId, c->id, c->openingExternalId, u"status"_s,
                                          LvCodec::encodeStatusUpdate(update), u"officer"_s, &error)
                > 0);
    }
    QVERIFY(!runOnce(settings()).complete());
    QCOMPARE(m_service->writes(), 1); // a wait that long is left to a later run
    std::optional<OutboxStore::Message> row = OutboxStore(db()).byMessageId(messageId);
    QCOMPARE(row->attempts, 1);
    QCOMPARE(toString(row->state), toString(OutboxState::Retrying));
    QVERIFY(row->nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(3000));

    // A restart honours the backoff: no attempt, the count stays.
    QVERIFY(!runOnce(settings()).complete());
    QCOMPARE(m_service->writes(), 1);
    QCOMPARE(OutboxStore(db()).byMessageId(messageId)->attempts, 1);

    // Due again: the count goes on from where it was.
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z'"_s));
    m_service->setWriteAnswer({200, R"({"accepted": true})"});
    QVERIFY(runOnce(settings()).ok());
    QCOMPARE(m_service->writes(), 2);
    row = OutboxStore(db()).byMessageId(messageId);
    QCOMPARE(row->attempts, 2);
    QCOMPARE(toString(row->state), toString(OutboxState::Delivered));
}

QTEST_GUILESS_MAIN(tst_SyncOddData)
#include "tst_syncodddata.moc"
