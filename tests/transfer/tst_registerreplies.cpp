// SPDX-License-Identifier: EUPL-1.2
// The case register's answers through the replies folder, round trip: lvdesk sends UusiAsia, the
// register answers with AsianTunnusVastaus for that messageId (the diary number, audited, and the
// status the service setting names queued) or AsianPaatos (decided); a reply applied twice
// changes nothing; a malformed zip, an unknown root or messageId, a missing referenced file go to
// error/ with a reason and show in Transfers; processed ones go to archive/.

#include "richcase.h"
#include "transfertestcases.h"
#include "ziptestfiles.h"

#include "store/audittrail.h"
#include "store/outboxstore.h"
#include "store/registerstore.h"
#include "store/storewriter.h"
#include "store/transferlistquery.h"
#include "transfer/caseexporter.h"
#include "transfer/replyprocessor.h"
#include "transfer/replywatcher.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace lvdesk {

class tst_RegisterReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void diaryNumberReplyIsAppliedQueuedAndArchived();
    void statusToldFollowsTheServiceSetting();
    void duplicateReplyChangesNothing();
    void crashBetweenApplyingAndFilingChangesNothingTheSecondTime();
    void decisionMarksTheCaseDecidedAndQueuesDecided();
    void badRepliesGoToErrorWithTheReason_data();
    void badRepliesGoToErrorWithTheReason();
    void watcherNoticesANewReplyByItself();
    void symlinkedRepliesFolderIsNotRead();

private:
    // Exports case n in the asianhallinta format and answers the messageId of its UusiAsia.
    QString exportCase(int n);
    std::pair<int, int> scan(ReplyWatcher &watcher);
    std::unique_ptr<ReplyWatcher> makeWatcher(const RegisterReplies::Settings &replies = {});
    bool write(StoreWriter::Job job)
    {
        return TransferTestCases::runJob(*m_writer, std::move(job));
    }
    QSqlDatabase db() const { return QSqlDatabase::database(u"test-reader"_s); }
    QByteArray diaryReply(const QString &messageId, const QString &applicationId) const;
    QByteArray decisionReply(const QString &applicationId, const QString &link) const;
    QStringList filesIn(const QString &subfolder) const
    {
        return QDir(QDir(m_replies).filePath(subfolder)).entryList(QDir::Files, QDir::Name);
    }
    qint64 caseIdOf(int n) const
    {
        return CaseStore(db()).caseByProjectPart(RichCase::projectPartId(n))->id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreConfig m_config;
    QString m_drop;
    QString m_replies;
    std::unique_ptr<StoreWriter> m_writer;
};

void tst_RegisterReplies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_config = TransferTestCases::prepare(m_dir->filePath(u"data"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_drop = m_dir->filePath(u"drop"_s);
    m_replies = m_dir->filePath(u"replies"_s);
    QVERIFY(QDir().mkpath(m_drop) && QDir().mkpath(m_replies));
    QVERIFY(StoreConnection::open(m_config, u"test-reader"_s, &error).isValid());
    m_writer = std::make_unique<StoreWriter>(m_config);
}

void tst_RegisterReplies::cleanup()
{
    m_writer.reset();
    StoreConnection::close(u"test-reader"_s);
    m_dir.reset();
}

QString tst_RegisterReplies::exportCase(int n)
{
    RichCase::Options o;
    o.n = n;
    QString error;
    const qint64 id = RichCase::ingest(m_config, o, &error);
    if (!id)
        return {};
    // Registered by an officer, so that the service can be told about it (its opening action).
    if (!write([id, n](QSqlDatabase &db) {
            StoreWriter::Result r;
            CaseStore cases(db);
            r.ok = cases.claim(id, u"virkailija.a"_s).won()
                   && cases.setDiaryNumber(id, u"LV-2026-%1"_s.arg(n, 5, 10, QLatin1Char('0')),
                                           u"virkailija.a"_s, &r.error)
                   && cases.setState(id, CaseState::Registered, u"virkailija.a"_s, &r.error)
                   && cases.setExportState(id, ExportState::Pending, QString(), u"virkailija.a"_s,
                                           &r.error);
            return r;
        }))
        return {};
    CaseExporter::Settings settings;
    settings.target = CaseExporter::Target::Folder;
    settings.folder = m_drop;
    settings.format = ExportFormat::Kind::Asianhallinta13;
    CaseExporter exporter(settings, m_config, m_writer.get(), nullptr, u"lvdesk"_s);
    QSignalSpy finished(&exporter, &CaseExporter::finished);
    exporter.exportDue();
    if (!finished.wait(60000) || finished.at(0).at(0).toInt() != 1)
        return {};
    // What the register received: the messageId it answers to.
    const QString zip
        = QDir(m_drop).filePath(u"LV-2026-%1-1.zip"_s.arg(n, 5, 10, QLatin1Char('0')));
    const QByteArray xml = ZipTestFiles::read(zip).value(u"UusiAsia.xml"_s);
    const QRegularExpressionMatch m
        = QRegularExpression(u"messageId=\"([^\"]+)\""_s).match(QString::fromUtf8(xml));
    return m.hasMatch() ? m.captured(1) : QString();
}

std::unique_ptr<ReplyWatcher>
tst_RegisterReplies::makeWatcher(const RegisterReplies::Settings &replies)
{
    ReplyWatcher::Settings settings;
    settings.folder = m_replies;
    settings.replies = replies;
    return std::make_unique<ReplyWatcher>(settings, m_writer.get());
}

std::pair<int, int> tst_RegisterReplies::scan(ReplyWatcher &watcher)
{
    QSignalSpy finished(&watcher, &ReplyWatcher::finished);
    watcher.scanNow();
    if (!finished.wait(60000))
        return {-1, -1};
    return {finished.at(0).at(0).toInt(), finished.at(0).at(1).toInt()};
}

QByteArray tst_RegisterReplies::diaryReply(const QString &messageId,
                                           const QString &applicationId) const
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<AsianTunnusVastaus xmlns=\"http://www.lupapiste.fi/asianhallinta\" version=\"1.3\" "
           "messageId=\""
           + messageId.toUtf8() + "\">\n  <HakemusTunnus>" + applicationId.toUtf8()
           + "</HakemusTunnus>\n  <AsianTunnus>YMP 12/2026</AsianTunnus>\n"
             "  <VastaanotettuPvm>2026-12-01</VastaanotettuPvm>\n</AsianTunnusVastaus>\n";
}

QByteArray tst_RegisterReplies::decisionReply(const QString &applicationId,
                                              const QString &link) const
{
    return "<AsianPaatos xmlns=\"http://www.lupapiste.fi/asianhallinta\" version=\"1.3\">"
           "<HakemusTunnus>"
           + applicationId.toUtf8()
           + "</HakemusTunnus><AsianTunnus>YMP 12/2026</AsianTunnus><PaatoksenTunnus>P-7"
             "</PaatoksenTunnus><PaatoksenPvm>2027-01-10</PaatoksenPvm><PaatosKoodi>myönnetty"
             "</PaatosKoodi><Liitteet><Liite><Kuvaus>Päätös</Kuvaus><Tyyppi>application/pdf"
             "</Tyyppi><LinkkiLiitteeseen>"
           + link.toUtf8() + "</LinkkiLiitteeseen></Liite></Liitteet></AsianPaatos>";
}

void tst_RegisterReplies::diaryNumberReplyIsAppliedQueuedAndArchived()
{
    const QString messageId = exportCase(1);
    QVERIFY(!messageId.isEmpty());
    const qint64 id = caseIdOf(1);
    QVERIFY(ZipTestFiles::write(
        m_replies, u"vastaus-1.zip"_s,
        {{u"vastaus.xml"_s, diaryReply(messageId, RichCase::projectPartId(1))}}));
    auto watcher = makeWatcher();
    QCOMPARE(scan(*watcher), std::make_pair(1, 0));

    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->diaryNumber, u"YMP 12/2026"_s);
    bool audited = false;
    const QList<AuditTrail::Entry> audit
        = AuditTrail(db()).entriesFor(u"case:"_s + QString::number(id));
    for (const AuditTrail::Entry &e : audit) {
        if (e.action == u"case.registerDiaryNumber"_s) {
            audited = e.details.value(u"messageId"_s).toString() == messageId
                      && e.details.value(u"previousDiaryNumber"_s).toString() == u"LV-2026-00001"_s;
        }
    }
    QVERIFY(audited);
    QVERIFY(AuditTrail(db()).verify().ok);
    // The service is told: in processing, with the register's number and the handler.
    const QList<OutboxStore::Message> outbox = OutboxStore(db()).forCase(id);
    QCOMPARE(outbox.size(), 1);
    const QJsonObject status = QJsonDocument::fromJson(outbox.first().payload).object();
    QCOMPARE(status.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(status.value(u"diaryNumber"_s).toString(), u"YMP 12/2026"_s);
    QCOMPARE(status.value(u"handler"_s).toString(), u"virkailija.a"_s);
    QCOMPARE(outbox.first().targetExternalId, RichCase::externalId(1));

    QCOMPARE(filesIn(u"archive"_s), QStringList{u"vastaus-1.zip"_s});
    QVERIFY(ReplyProcessor::waiting(m_replies).isEmpty());
    const QList<RegisterStore::Reply> replies = RegisterStore(db()).replies(id);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().state, u"applied"_s);
    QCOMPARE(RegisterStore(db()).registerCaseId(id), u"YMP 12/2026"_s);
    // It shows in Transfers.
    TransferListQuery::Filter filter;
    filter.caseId = id;
    bool listed = false;
    const QList<TransferListQuery::Row> rows = TransferListQuery(db()).page(filter, 0, 50);
    for (const TransferListQuery::Row &row : rows)
        listed
            = listed || (row.kind == TransferListQuery::Kind::Reply && row.state == u"applied"_s);
    QVERIFY(listed);
}

void tst_RegisterReplies::statusToldFollowsTheServiceSetting()
{
    const QString first = exportCase(1);
    const QString second = exportCase(2);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(ZipTestFiles::write(m_replies, u"a.zip"_s,
                                {{u"a.xml"_s, diaryReply(first, RichCase::projectPartId(1))}}));
    RegisterReplies::Settings none;
    none.statusOnDiaryNumber.insert(u"ymparistolupa"_s, std::nullopt);
    auto silent = makeWatcher(none);
    QCOMPARE(scan(*silent), std::make_pair(1, 0));
    QVERIFY(OutboxStore(db()).forCase(caseIdOf(1)).isEmpty());

    QByteArray xml = diaryReply(second, RichCase::projectPartId(2));
    xml.replace("YMP 12/2026", "YMP 13/2026");
    QVERIFY(ZipTestFiles::write(m_replies, u"b.zip"_s, {{u"b.xml"_s, xml}}));
    RegisterReplies::Settings received;
    received.statusOnDiaryNumber.insert(u"ymparistolupa"_s, ServiceState::Received);
    auto telling = makeWatcher(received);
    QCOMPARE(scan(*telling), std::make_pair(1, 0));
    const QList<OutboxStore::Message> outbox = OutboxStore(db()).forCase(caseIdOf(2));
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(outbox.first().payload).object().value(u"state"_s).toString(),
             u"received"_s);
}

void tst_RegisterReplies::duplicateReplyChangesNothing()
{
    const QString messageId = exportCase(1);
    const QMap<QString, QByteArray> reply{
        {u"vastaus.xml"_s, diaryReply(messageId, RichCase::projectPartId(1))}};
    QVERIFY(ZipTestFiles::write(m_replies, u"vastaus.zip"_s, reply));
    auto watcher = makeWatcher();
    QCOMPARE(scan(*watcher), std::make_pair(1, 0));
    const qint64 id = caseIdOf(1);
    const int outbox = int(OutboxStore(db()).forCase(id).size());
    const qint64 audit = AuditTrail(db()).verify().entries;

    // The register sends the same answer again.
    QVERIFY(ZipTestFiles::write(m_replies, u"vastaus.zip"_s, reply));
    QCOMPARE(scan(*watcher), std::make_pair(1, 0));
    QCOMPARE(OutboxStore(db()).forCase(id).size(), outbox);
    QCOMPARE(AuditTrail(db()).verify().entries, audit);
    QCOMPARE(RegisterStore(db()).replies(id).size(), 1);
    QCOMPARE(filesIn(u"archive"_s), (QStringList{u"vastaus-2.zip"_s, u"vastaus.zip"_s}));
}

void tst_RegisterReplies::crashBetweenApplyingAndFilingChangesNothingTheSecondTime()
{
    const QString messageId = exportCase(1);
    QVERIFY(ZipTestFiles::write(
        m_replies, u"vastaus.zip"_s,
        {{u"vastaus.xml"_s, diaryReply(messageId, RichCase::projectPartId(1))}}));
    // Applied, then the process died before the file was moved.
    const RegisterReplies::Input input = ReplyProcessor::read(m_replies, u"vastaus.zip"_s);
    QVERIFY2(input.reply, qPrintable(input.problem));
    QVERIFY(write(RegisterReplies::applyJob(input, {})));
    const qint64 id = caseIdOf(1);
    QCOMPARE(CaseStore(db()).caseById(id)->diaryNumber, u"YMP 12/2026"_s);
    const int outbox = int(OutboxStore(db()).forCase(id).size());
    const qint64 audit = AuditTrail(db()).verify().entries;
    QCOMPARE(ReplyProcessor::waiting(m_replies), QStringList{u"vastaus.zip"_s});

    auto watcher = makeWatcher();
    QSignalSpy processed(watcher.get(), &ReplyWatcher::replyProcessed);
    QCOMPARE(scan(*watcher), std::make_pair(1, 0));
    QCOMPARE(processed.size(), 1);
    QCOMPARE(OutboxStore(db()).forCase(id).size(), outbox);
    QCOMPARE(AuditTrail(db()).verify().entries, audit);
    QCOMPARE(filesIn(u"archive"_s), QStringList{u"vastaus.zip"_s});
}

void tst_RegisterReplies::decisionMarksTheCaseDecidedAndQueuesDecided()
{
    QVERIFY(!exportCase(1).isEmpty());
    const qint64 id = caseIdOf(1);
    QVERIFY(ZipTestFiles::write(
        m_replies, u"paatos.zip"_s,
        {{u"paatos.xml"_s, decisionReply(RichCase::projectPartId(1), u"paatos.pdf"_s)},
         {u"paatos.pdf"_s, QByteArray("%PDF-1.4 decision")}}));
    auto watcher = makeWatcher();
    QCOMPARE(scan(*watcher), std::make_pair(1, 0));
    QVERIFY(CaseStore(db()).caseById(id)->state == CaseState::Decided);
    const QList<OutboxStore::Message> outbox = OutboxStore(db()).forCase(id);
    QCOMPARE(outbox.size(), 1);
    const QJsonObject status = QJsonDocument::fromJson(outbox.first().payload).object();
    QCOMPARE(status.value(u"state"_s).toString(), u"decided"_s);
    QCOMPARE(status.value(u"statusDate"_s).toString(), u"2027-01-10"_s);
    bool audited = false;
    const QList<AuditTrail::Entry> audit
        = AuditTrail(db()).entriesFor(u"case:"_s + QString::number(id));
    for (const AuditTrail::Entry &e : audit)
        audited = audited
                  || (e.action == u"case.decidedByRegister"_s
                      && e.details.value(u"decisionDate"_s).toString() == u"2027-01-10"_s);
    QVERIFY(audited);
    QCOMPARE(filesIn(u"archive"_s), QStringList{u"paatos.zip"_s});
}

void tst_RegisterReplies::badRepliesGoToErrorWithTheReason_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed zip") << u"malformed"_s << u"not a readable zip"_s;
    QTest::newRow("two messages") << u"two"_s << u"exactly one XML"_s;
    QTest::newRow("unknown root") << u"root"_s << u"unknown"_s;
    QTest::newRow("unknown messageId") << u"messageId"_s << u"which lvdesk did not send"_s;
    QTest::newRow("another case") << u"case"_s << u"is not the case"_s;
    QTest::newRow("missing file") << u"missing"_s << u"missing from the zip"_s;
}

void tst_RegisterReplies::badRepliesGoToErrorWithTheReason()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString messageId = exportCase(1);
    QVERIFY(!messageId.isEmpty());
    const QString pp = RichCase::projectPartId(1);
    const QString file = u"vastaus.zip"_s;
    if (kind == u"malformed"_s) {
        QFile f(QDir(m_replies).filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip");
    } else if (kind == u"two"_s) {
        QVERIFY(ZipTestFiles::write(
            m_replies, file,
            {{u"a.xml"_s, diaryReply(messageId, pp)}, {u"b.xml"_s, diaryReply(messageId, pp)}}));
    } else if (kind == u"root"_s) {
        QVERIFY(ZipTestFiles::write(
            m_replies, file,
            {{u"a.xml"_s, QByteArray("<Kuittaus xmlns=\"http://www.lupapiste.fi/"
                                     "asianhallinta\" version=\"1.3\"/>")}}));
    } else if (kind == u"messageId"_s) {
        QVERIFY(ZipTestFiles::write(
            m_replies, file,
            {{u"a.xml"_s, diaryReply(u"00000000-0000-4000-8000-000000000000"_s, pp)}}));
    } else if (kind == u"case"_s) {
        QVERIFY(ZipTestFiles::write(m_replies, file,
                                    {{u"a.xml"_s, diaryReply(messageId, u"PP-OTHER"_s)}}));
    } else {
        QVERIFY(ZipTestFiles::write(m_replies, file,
                                    {{u"a.xml"_s, decisionReply(pp, u"paatos.pdf"_s)}}));
    }
    const qint64 id = caseIdOf(1);
    const std::optional<CaseStore::Case> before = CaseStore(db()).caseById(id);
    auto watcher = makeWatcher();
    QCOMPARE(scan(*watcher), std::make_pair(0, 1));

    QCOMPARE(filesIn(u"error"_s), (QStringList{file, file + u".txt"_s}));
    QFile txt(QDir(m_replies).filePath(u"error/"_s + file + u".txt"_s));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    const QString why = QString::fromUtf8(txt.readAll());
    QVERIFY2(why.contains(reason), qPrintable(why));
    // The case is as it was.
    const std::optional<CaseStore::Case> after = CaseStore(db()).caseById(id);
    QCOMPARE(after->diaryNumber, before->diaryNumber);
    QVERIFY(after->state == before->state);
    QVERIFY(OutboxStore(db()).forCase(id).isEmpty());
    // And it shows in Transfers as a problem, with the reason.
    TransferListQuery::Filter problems;
    problems.problemsOnly = true;
    bool shown = false;
    const QList<TransferListQuery::Row> rows = TransferListQuery(db()).page(problems, 0, 50);
    for (const TransferListQuery::Row &row : rows)
        shown = shown
                || (row.kind == TransferListQuery::Kind::Reply && row.item == file
                    && row.lastError.contains(reason) && row.isProblem());
    QVERIFY(shown);
}

void tst_RegisterReplies::watcherNoticesANewReplyByItself()
{
    const QString messageId = exportCase(1);
    auto watcher = makeWatcher();
    watcher->start();
    QSignalSpy finished(watcher.get(), &ReplyWatcher::finished);
    QVERIFY(finished.wait(30000)); // the first scan, of an empty folder
    QSignalSpy processed(watcher.get(), &ReplyWatcher::replyProcessed);
    QVERIFY(ZipTestFiles::write(
        m_replies, u"vastaus.zip"_s,
        {{u"vastaus.xml"_s, diaryReply(messageId, RichCase::projectPartId(1))}}));
    QVERIFY(processed.wait(30000));
    QCOMPARE(processed.first().at(0).toLongLong(), caseIdOf(1));
    QVERIFY(processed.first().at(1).toBool());
    QVERIFY(QTest::qWaitFor([&] { return filesIn(u"archive"_s).size() == 1; }, 30000));
}

void tst_RegisterReplies::symlinkedRepliesFolderIsNotRead()
{
    const QString messageId = exportCase(1);
    QVERIFY(ZipTestFiles::write(
        m_replies, u"vastaus.zip"_s,
        {{u"vastaus.xml"_s, diaryReply(messageId, RichCase::projectPartId(1))}}));
    const QString link = m_dir->filePath(u"replies-link"_s);
    QVERIFY(QFile::link(m_replies, link));
    ReplyWatcher::Settings settings;
    settings.folder = link;
    ReplyWatcher watcher(settings, m_writer.get());
    QCOMPARE(scan(watcher), std::make_pair(0, 0));
    QCOMPARE(ReplyProcessor::waiting(m_replies), QStringList{u"vastaus.zip"_s});
    QCOMPARE(CaseStore(db()).caseById(caseIdOf(1))->diaryNumber, u"LV-2026-00001"_s);
}

} // namespace lvdesk

QTEST_MAIN(lvdesk::tst_RegisterReplies)
#include "tst_registerreplies.moc"
