// SPDX-License-Identifier: EUPL-1.2
// Export in the asianhallinta 1.3 format to a drop folder: one zip per transfer with exactly one
// valid message and every file it references, UusiAsia first and TaydennysAsiaan (with the
// register's id) for later actions, the messageId the same on every retry, a case 1.3 cannot carry
// failing visibly until the officer exports it as lvdesk's own package, and the records metadata
// in both formats.

#include "richcase.h"
#include "transfertestcases.h"
#include "ziptestfiles.h"

#include "store/exportqueuestore.h"
#include "store/registerstore.h"
#include "store/storewriter.h"
#include "transfer/asianhallintaschema.h"
#include "transfer/caseexporter.h"
#include "transfer/packageverifier.h"
#include "workflow/caseactions.h"
#include "workflow/registerreplies.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace lvdesk {

class tst_AsianhallintaExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newCaseIsOneZipWithTheMessageAndEveryFileItNames();
    void laterActionGoesAsSupplementWithTheRegistersCaseId();
    void messageIdStaysTheSameOnEveryRetry();
    void caseThatCannotBeCarriedFailsVisiblyUntilExportedAsPackage();
    void packageFormatCarriesDocumentsAndRecordsMetadata();
    void symlinkedDropFolderIsRefused();
    void killDuringZipWritingNeverLeavesACompleteLookingZip();

private:
    std::unique_ptr<CaseExporter> makeExporter(ExportFormat::Kind format, const QString &folder);
    std::pair<int, int> runRound(CaseExporter &exporter);
    qint64 addCase(const RichCase::Options &o, const QString &diaryNumber);
    bool write(StoreWriter::Job job)
    {
        return TransferTestCases::runJob(*m_writer, std::move(job));
    }
    QSqlDatabase db() const { return QSqlDatabase::database(u"test-reader"_s); }
    QString messageIdOf(qint64 caseId) const
    {
        const auto item = RegisterStore(db()).currentItem(caseId);
        return item ? item->messageId : QString();
    }
    static QByteArray attr(const QString &messageId)
    {
        return "messageId=\"" + messageId.toUtf8() + '"';
    }
    static QStringList links(const QByteArray &xml)
    {
        QStringList list;
        static const QRegularExpression link(u"<LinkkiLiitteeseen>([^<]*)</LinkkiLiitteeseen>"_s);
        auto it = link.globalMatch(QString::fromUtf8(xml));
        while (it.hasNext())
            list << it.next().captured(1);
        return list;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreConfig m_config;
    QString m_drop;
    std::unique_ptr<StoreWriter> m_writer;
    ExportFormat::Settings m_formatSettings;
};

void tst_AsianhallintaExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_config = TransferTestCases::prepare(m_dir->filePath(u"data"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_drop = m_dir->filePath(u"drop"_s);
    QVERIFY(QDir().mkpath(m_drop));
    QVERIFY(StoreConnection::open(m_config, u"test-reader"_s, &error).isValid());
    m_writer = std::make_unique<StoreWriter>(m_config);
    ServiceExportSettings service;
    service.records.functionClass = u"10.03.01"_s;
    service.records.publicity = RecordsMetadata::Publicity::PartlyConfidential;
    service.records.publicityGround = u"JulkL 24 § 1 mom. 25 k"_s;
    service.records.retention = u"pysyvä"_s;
    m_formatSettings = {};
    m_formatSettings.services.insert(u"ymparistolupa"_s, service);
}

void tst_AsianhallintaExport::cleanup()
{
    m_writer.reset();
    StoreConnection::close(u"test-reader"_s);
    m_dir.reset();
}

std::unique_ptr<CaseExporter> tst_AsianhallintaExport::makeExporter(ExportFormat::Kind format,
                                                                    const QString &folder)
{
    CaseExporter::Settings settings;
    settings.target = CaseExporter::Target::Folder;
    settings.folder = folder;
    settings.format = format;
    settings.formatSettings = m_formatSettings;
    return std::make_unique<CaseExporter>(settings, m_config, m_writer.get(), nullptr, u"lvdesk"_s);
}

std::pair<int, int> tst_AsianhallintaExport::runRound(CaseExporter &exporter)
{
    QSignalSpy finished(&exporter, &CaseExporter::finished);
    exporter.exportDue();
    if (!finished.wait(60000))
        return {-1, -1};
    return {finished.at(0).at(0).toInt(), finished.at(0).at(1).toInt()};
}

qint64 tst_AsianhallintaExport::addCase(const RichCase::Options &o, const QString &diaryNumber)
{
    QString error;
    const qint64 id = RichCase::ingest(m_config, o, &error);
    if (!id) {
        qWarning() << error;
        return 0;
    }
    const bool ok = write([id, diaryNumber](QSqlDatabase &db) {
        StoreWriter::Result r;
        CaseStore cases(db);
        r.ok = cases.setDiaryNumber(id, diaryNumber, u"officer"_s, &r.error)
               && cases.setState(id, CaseState::Registered, u"officer"_s, &r.error)
               && cases.setExportState(id, ExportState::Pending, QString(), u"officer"_s, &r.error);
        return r;
    });
    return ok ? id : 0;
}

void tst_AsianhallintaExport::newCaseIsOneZipWithTheMessageAndEveryFileItNames()
{
    const qint64 id = addCase({}, u"LV-2026-00001"_s);
    QVERIFY(id);
    const QString messageId = messageIdOf(id);
    QVERIFY(!QUuid::fromString(messageId).isNull());

    auto exporter = makeExporter(ExportFormat::Kind::Asianhallinta13, m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    QCOMPARE(ZipTestFiles::visibleZips(m_drop), QStringList{u"LV-2026-00001-1.zip"_s});
    QCOMPARE(QDir(m_drop).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             1);

    QString error;
    const QMap<QString, QByteArray> files
        = ZipTestFiles::read(QDir(m_drop).filePath(u"LV-2026-00001-1.zip"_s), &error);
    QVERIFY2(!files.isEmpty(), qPrintable(error));
    // Exactly one message at the top; every referenced file under liitteet/.
    QStringList top;
    for (const QString &name : files.keys()) {
        if (!name.contains(u'/'))
            top << name;
    }
    QCOMPARE(top, QStringList{u"UusiAsia.xml"_s});
    const QByteArray xml = files.value(u"UusiAsia.xml"_s);
    QVERIFY2(AsianhallintaSchema::validate(xml, &error), qPrintable(error));
    QVERIFY(xml.contains(attr(messageId)));
    const QStringList referenced = links(xml);
    QCOMPARE(referenced, (QStringList{u"liitteet/application.pdf"_s, u"liitteet/asemapiirros.pdf"_s,
                                      u"liitteet/selvitys.pdf"_s}));
    QCOMPARE(files.size(), 1 + referenced.size());
    for (const QString &link : referenced)
        QVERIFY2(files.contains(link), qPrintable(link));
    // The customer's bytes unchanged, each with its checksum in the metadata.
    for (int i = 0; i < 2; ++i) {
        const QByteArray original = RichCase::attachmentBytes(1, i);
        QCOMPARE(files.value(referenced.at(1 + i)), original);
        QVERIFY(xml.contains(BlobStore::sha256Of(original).toLatin1()));
    }
    QVERIFY(
        xml.contains(BlobStore::sha256Of(files.value(u"liitteet/application.pdf"_s)).toLatin1()));
    // The register's copy of the application: the henkilötunnus in full.
    QVERIFY(
        RichCase::pdfText(files.value(u"liitteet/application.pdf"_s)).contains(u"131052-308T"_s));
    // The service's records-management metadata on every document.
    for (const char *meta :
         {"<Avain>tehtavaluokka</Avain>", "<Arvo>10.03.01</Arvo>",
          "<Arvo>osittain salassa pidettävä</Arvo>", "<Arvo>JulkL 24 § 1 mom. 25 k</Arvo>",
          "<Arvo>pysyvä</Arvo>", "<Arvo>hakemus</Arvo>", "<Arvo>liite</Arvo>",
          "<Arvo>sisältää henkilötietoja</Arvo>"})
        QVERIFY2(xml.contains(meta), meta);

    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"exported"_s);
    const std::optional<RegisterStore::Item> item = RegisterStore(db()).item(messageId);
    QVERIFY(item && item->exportedAt.isValid() && item->isFirst());
}

void tst_AsianhallintaExport::laterActionGoesAsSupplementWithTheRegistersCaseId()
{
    const qint64 id = addCase({}, u"LV-2026-00002"_s);
    QVERIFY(id);
    auto exporter = makeExporter(ExportFormat::Kind::Asianhallinta13, m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString first = messageIdOf(id);

    // The register answers with its id of the case.
    RegisterReplies::Input input;
    input.replyKey = u"test-reply-1"_s;
    input.fileName = u"vastaus.zip"_s;
    RegisterReply reply;
    reply.messageId = first;
    reply.applicationId = RichCase::projectPartId(1);
    reply.registerCaseId = u"YMP 77/2026"_s;
    reply.receivedOn = QDate(2026, 12, 1);
    input.reply = reply;
    QVERIFY(write(RegisterReplies::applyJob(input, {})));

    // The customer supplements the case: the next transfer item, pending at once.
    RichCase::Options later;
    later.actionType = u"supplement"_s;
    later.externalIdSuffix = RichCase::externalId(1, 2);
    later.submittedAt = u"2026-12-03T08:00:00Z"_s;
    later.attachmentNames = {u"lisaselvitys.pdf"_s};
    QString error;
    QCOMPARE(RichCase::ingest(m_config, later, &error), id); // the same case
    QCOMPARE(CaseStore(db()).caseById(id)->exportState, u"pending"_s);
    const QString second = messageIdOf(id);
    QVERIFY(second != first);

    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QStringList zips = ZipTestFiles::visibleZips(m_drop);
    // The diary number is the register's now: the zip is named by it.
    QVERIFY2(zips.contains(u"YMP 77_2026-2.zip"_s), qPrintable(zips.join(u", "_s)));
    const QMap<QString, QByteArray> files
        = ZipTestFiles::read(QDir(m_drop).filePath(u"YMP 77_2026-2.zip"_s), &error);
    const QByteArray xml = files.value(u"TaydennysAsiaan.xml"_s);
    QVERIFY2(AsianhallintaSchema::validate(xml, &error), qPrintable(error));
    QVERIFY(xml.contains("<AsianTunnus>YMP 77/2026</AsianTunnus>"));
    QVERIFY(xml.contains(attr(second)));
    // Only what is new: the supplement's own document and attachment.
    QCOMPARE(links(xml),
             (QStringList{u"liitteet/supplement-2.pdf"_s, u"liitteet/lisaselvitys.pdf"_s}));
    QCOMPARE(files.size(), 3);
    QVERIFY(xml.contains("<Arvo>täydennys</Arvo>"));
    QCOMPARE(CaseStore(db()).caseById(id)->exportState, u"exported"_s);
}

void tst_AsianhallintaExport::messageIdStaysTheSameOnEveryRetry()
{
    const qint64 id = addCase({}, u"LV-2026-00003"_s);
    QVERIFY(id);
    const QString messageId = messageIdOf(id);
    const QString missing = m_dir->filePath(u"not-yet"_s);
    auto failing = makeExporter(ExportFormat::Kind::Asianhallinta13, missing);
    QCOMPARE(runRound(*failing), std::make_pair(0, 1));
    QCOMPARE(CaseStore(db()).caseById(id)->exportState, u"failed"_s);
    QCOMPARE(messageIdOf(id), messageId);

    QVERIFY(QDir().mkpath(missing));
    QVERIFY(write([id](QSqlDatabase &db) {
        StoreWriter::Result r;
        r.ok = ExportQueueStore::setNextAttempt(db, id, QDateTime::currentDateTimeUtc().addSecs(-1),
                                                &r.error);
        return r;
    }));
    auto exporter = makeExporter(ExportFormat::Kind::Asianhallinta13, missing);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QMap<QString, QByteArray> files
        = ZipTestFiles::read(QDir(missing).filePath(u"LV-2026-00003-1.zip"_s));
    QVERIFY(files.value(u"UusiAsia.xml"_s).contains(attr(messageId)));
}

void tst_AsianhallintaExport::caseThatCannotBeCarriedFailsVisiblyUntilExportedAsPackage()
{
    RichCase::Options o;
    o.location = false; // no municipality code
    const qint64 id = addCase(o, u"LV-2026-00004"_s);
    QVERIFY(id);
    auto exporter = makeExporter(ExportFormat::Kind::Asianhallinta13, m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY2(c->exportError.contains(u"municipality code"_s), qPrintable(c->exportError));
    // Nothing written, not even a partial file, and no automatic retry: it waits for the officer.
    QCOMPARE(QDir(m_drop).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             0);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT export_next_attempt_at FROM cases WHERE id = %1"_s.arg(id))
            && q.next());
    QVERIFY(q.value(0).isNull());
    q.finish(); // no read snapshot left open on the test's connection
    QCOMPARE(runRound(*exporter), std::make_pair(0, 0));

    CaseActions actions(m_config, m_writer.get(), u"officer"_s, u"LV-{year}-{seq:5}"_s, true);
    bool answered = false;
    CaseActions::Outcome outcome;
    actions.retryExportAs(id, ExportFormat::name(ExportFormat::Kind::Package), this,
                          [&](const CaseActions::Outcome &o2) {
                              outcome = o2;
                              answered = true;
                          });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 30000));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(RegisterStore(db()).exportFormat(id), u"lvdesk-package"_s);

    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString package = QDir(m_drop).filePath(u"LV-2026-00004"_s);
    QString error;
    QVERIFY2(PackageVerifier::verify(package, &error), qPrintable(error));
    QVERIFY(QFile::exists(package + u"/documents/application.pdf"_s));
    QCOMPARE(CaseStore(db()).caseById(id)->exportState, u"exported"_s);
}

void tst_AsianhallintaExport::packageFormatCarriesDocumentsAndRecordsMetadata()
{
    const qint64 id = addCase({}, u"LV-2026-00005"_s);
    QVERIFY(id);
    auto exporter = makeExporter(ExportFormat::Kind::Package, m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString package = QDir(m_drop).filePath(u"LV-2026-00005"_s);
    QString error;
    QVERIFY2(PackageVerifier::verify(package, &error), qPrintable(error));
    QString output;
    QVERIFY2(TransferTestCases::validateAgainstSchema(package, &output), qPrintable(output));
    QFile file(package + u"/case.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject caseJson = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(caseJson.value(u"formatVersion"_s).toInt(), 2);
    const QJsonObject records = caseJson.value(u"recordsManagement"_s).toObject();
    QCOMPARE(records.value(u"tehtavaluokka"_s).toString(), u"10.03.01"_s);
    QCOMPARE(records.value(u"julkisuusluokka"_s).toString(), u"osittain salassa pidettävä"_s);
    QCOMPARE(records.value(u"salassapitoperuste"_s).toString(), u"JulkL 24 § 1 mom. 25 k"_s);
    QCOMPARE(records.value(u"sailytysaika"_s).toString(), u"pysyvä"_s);
    const QJsonObject document
        = caseJson.value(u"events"_s).toArray().first().toObject().value(u"document"_s).toObject();
    QCOMPARE(document.value(u"path"_s).toString(), u"documents/application.pdf"_s);
    QCOMPARE(document.value(u"language"_s).toString(), u"fi"_s);
    QFile pdf(package + u"/documents/application.pdf"_s);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(
        RichCase::pdfText(pdf.readAll()).contains(u"Kalliokiviaineksen louhinta ja murskaus"_s));
}

void tst_AsianhallintaExport::symlinkedDropFolderIsRefused()
{
    const qint64 id = addCase({}, u"LV-2026-00006"_s);
    QVERIFY(id);
    const QString link = m_dir->filePath(u"link-to-drop"_s);
    QVERIFY(QFile::link(m_drop, link));
    auto exporter = makeExporter(ExportFormat::Kind::Asianhallinta13, link);
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    QVERIFY(CaseStore(db()).caseById(id)->exportError.contains(u"symbolic link"_s));
    QCOMPARE(QDir(m_drop).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             0);
}

void tst_AsianhallintaExport::killDuringZipWritingNeverLeavesACompleteLookingZip()
{
    // Large enough that a kill often lands in the middle of writing.
    RichCase::Options o;
    o.attachmentNames
        = {u"kartta-1.pdf"_s, u"kartta-2.pdf"_s, u"kartta-3.pdf"_s, u"kartta-4.pdf"_s};
    o.attachmentSize = 2 << 20;
    const qint64 id = addCase(o, u"LV-2026-00020"_s);
    QVERIFY(id);
    const QString helper = qEnvironmentVariable("LVDESK_TRANSFER_HELPER");
    QVERIFY2(QFile::exists(helper), "LVDESK_TRANSFER_HELPER must name transfer_testhelper");

    for (int round = 0; round < 20; ++round) {
        QProcess p;
        p.start(helper, {u"zip"_s, m_config.dataDirectory, m_drop, QString::number(id)});
        QVERIFY(p.waitForStarted());
        QVERIFY2(p.waitForReadyRead(30000), p.readAllStandardError().constData());
        QTest::qSleep(int(QRandomGenerator::global()->bounded(300)));
        p.kill(); // SIGKILL: no clean-up code runs
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    }

    // Every zip a register can see is complete: it opens, holds the message and every file it
    // references, each with the bytes it must have.
    const QStringList zips = ZipTestFiles::visibleZips(m_drop);
    QVERIFY(!zips.isEmpty());
    for (const QString &name : zips) {
        QVERIFY2(name.startsWith(u"LV-2026-00020-1"_s), qPrintable(name));
        QString error;
        const QMap<QString, QByteArray> files
            = ZipTestFiles::read(QDir(m_drop).filePath(name), &error);
        QVERIFY2(!files.isEmpty(), qPrintable(name + u": "_s + error));
        const QByteArray xml = files.value(u"UusiAsia.xml"_s);
        QVERIFY2(AsianhallintaSchema::validate(xml, &error), qPrintable(name + u": "_s + error));
        const QStringList referenced = links(xml);
        QCOMPARE(referenced.size(), 1 + o.attachmentNames.size());
        for (int i = 0; i < o.attachmentNames.size(); ++i)
            QCOMPARE(files.value(referenced.at(1 + i)),
                     RichCase::attachmentBytes(1, i, o.attachmentSize));
    }
    // What the kills interrupted is hidden, and recognisable as unfinished.
    const QStringList all = QDir(m_drop).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : all) {
        if (name.startsWith(u'.'))
            QVERIFY2(name.startsWith(u".LV-2026-00020-1.zip.partial-"_s), qPrintable(name));
    }
    qInfo("%lld complete zips, %lld interrupted ones left hidden", qint64(zips.size()),
          qint64(all.size() - zips.size()));
}

} // namespace lvdesk

QTEST_MAIN(lvdesk::tst_AsianhallintaExport)
#include "tst_asianhallintaexport.moc"
