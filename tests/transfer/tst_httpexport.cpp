// SPDX-License-Identifier: EUPL-1.2
// Export over HTTP against a local register stand-in: multipart package with bearer token, the
// register's diary number, 5xx retried with backoff, 4xx permanent, no redirects.

#include "richcase.h"
#include "transfertestcases.h"
#include "ziptestfiles.h"

#include "secrets/secretkeys.h"

#include "secrets/memorysecretstore.h"
#include "store/storeclock.h"
#include "store/storewriter.h"
#include "store/transferlogstore.h"
#include "transfer/asianhallintaschema.h"
#include "transfer/caseexporter.h"
#include "transfer/packageverifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

struct ReceivedRequest
{
    QString path;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
};

struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray location;
};

// The parts of a multipart/form-data body by their names, as a register would read them.
QMap<QString, QByteArray> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QMap<QString, QByteArray> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd);
        if (headersEnd < 0 || next < 0)
            break;
        const QByteArray headers = body.mid(pos, headersEnd - pos);
        const qsizetype nameAt = headers.indexOf("name=\"");
        const qsizetype nameEnd = headers.indexOf('"', nameAt + 6);
        const QString name = QString::fromUtf8(headers.mid(nameAt + 6, nameEnd - nameAt - 6));
        parts.insert(name, body.mid(headersEnd + 4, next - headersEnd - 4));
        pos = next + 2;
    }
    return parts;
}

} // namespace

class tst_HttpExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void successPostsVerifiablePackageAndStoresRegisterDiaryNumber();
    void registerDiaryNumberDoesNotReplaceTheCasesOwn();
    void receivedContentTypeNeverWritesAHeader();
    void serverErrorIsRetriedAfterBackoffThenSucceeds();
    void clientErrorIsPermanentAndNotRetried();
    void missingTokenFailsWithoutSending();
    void redirectIsNotFollowed();
    void stalledRegisterTimesOutAndIsRetried();
    void tokenIsBoundToTheExportOrigin();
    void plainHttpToAnotherHostIsRefused();
    void asianhallintaZipIsPostedAsOneBody();

private:
    std::unique_ptr<CaseExporter> makeExporter(const QUrl &url, ExportFormat::Kind format
                                                                = ExportFormat::Kind::Package);
    std::pair<int, int> runRound(CaseExporter &exporter);
    QSqlDatabase db() const { return QSqlDatabase::database(u"test-reader"_s); }
    QString nextAttemptAt(qint64 caseId) const;
    QUrl url(const QString &path) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreConfig m_config;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QList<ReceivedRequest> m_received;
    QQueue<Answer> m_answers;
    MemorySecretStore m_secrets;
};

void tst_HttpExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_config = TransferTestCases::prepare(m_dir->filePath(u"data"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(StoreConnection::open(m_config, u"test-reader"_s, &error).isValid());
    m_writer = std::make_unique<StoreWriter>(m_config);
    m_secrets = MemorySecretStore();
    // Bound to the origin of the export URL (scheme, host, port), not to one fixed key. Stored
    // once the server's port is known (below).
    m_received.clear();
    m_answers.clear();

    m_server = std::make_unique<QHttpServer>();
    auto handler = [this](const QHttpServerRequest &request) {
        ReceivedRequest r;
        r.path = request.url().path();
        r.authorization = request.value("Authorization");
        r.contentType = request.value("Content-Type");
        r.body = request.body();
        m_received << r;
        const Answer a
            = m_answers.isEmpty() ? Answer{500, "no answer scripted", {}} : m_answers.dequeue();
        QHttpServerResponse response("application/json", a.body,
                                     QHttpServerResponse::StatusCode(a.status));
        if (!a.location.isEmpty())
            response.setHeader("Location", a.location);
        return response;
    };
    m_server->route(u"/import"_s, handler);
    m_server->route(u"/elsewhere"_s, handler);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    m_secrets.set(SecretKeys::exportToken(url(u"/import"_s)), "sekret-token-123");
}

void tst_HttpExport::cleanup()
{
    m_server.reset();
    m_writer.reset();
    StoreConnection::close(u"test-reader"_s);
    m_dir.reset();
}

QUrl tst_HttpExport::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

std::unique_ptr<CaseExporter> tst_HttpExport::makeExporter(const QUrl &target,
                                                           ExportFormat::Kind format)
{
    CaseExporter::Settings settings;
    settings.target = CaseExporter::Target::Http;
    settings.format = format;
    settings.workDirectory = m_dir->filePath(u"data/uploads"_s);
    settings.url = target;
    settings.timeoutSeconds = 20;
    return std::make_unique<CaseExporter>(settings, m_config, m_writer.get(), &m_secrets,
                                          u"lvdesk"_s);
}

std::pair<int, int> tst_HttpExport::runRound(CaseExporter &exporter)
{
    QSignalSpy finished(&exporter, &CaseExporter::finished);
    exporter.exportDue();
    if (!finished.wait(60000))
        return {-1, -1};
    return {finished.at(0).at(0).toInt(), finished.at(0).at(1).toInt()};
}

QString tst_HttpExport::nextAttemptAt(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT export_next_attempt_at FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return u"<no case>"_s;
    return q.value(0).toString();
}

void tst_HttpExport::successPostsVerifiablePackageAndStoresRegisterDiaryNumber()
{
    const QStringList names{u"asemapiirros.pdf"_s, u"../CON.pdf"_s, u"Asemapiirros.PDF"_s};
    const qint64 id = TransferTestCases::add(m_config, 1, names, QString());
    QVERIFY(id);
    m_answers.enqueue({201, R"({"diaryNumber": "REK-2026-77"})", {}});

    auto exporter = makeExporter(url(u"/import"_s));
    QSignalSpy exported(exporter.get(), &CaseExporter::caseExported);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(0).toLongLong(), id);
    QCOMPARE(exported.at(0).at(1).toString(), u"REK-2026-77"_s);

    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->diaryNumber, u"REK-2026-77"_s);
    QCOMPARE(c->exportState, u"exported"_s);

    QCOMPARE(m_received.size(), 1);
    const ReceivedRequest &r = m_received.first();
    QCOMPARE(r.authorization, QByteArray("Bearer sekret-token-123"));
    QVERIFY(r.contentType.startsWith("multipart/form-data"));

    // The parts, written out under their names, are a package that verifies like a folder one.
    const QMap<QString, QByteArray> parts = parseMultipart(r.contentType, r.body);
    // case.json, the application's document, the attachments and manifest.json.
    QCOMPARE(parts.size(), 3 + names.size());
    QVERIFY(parts.contains(u"case.json"_s));
    QVERIFY(parts.contains(u"documents/application.pdf"_s));
    QVERIFY(parts.contains(u"manifest.json"_s));
    const QString package = m_dir->filePath(u"received"_s);
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        QVERIFY2(!it.key().contains(u".."_s), qPrintable(it.key()));
        const QString path = QDir(package).filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    QString error;
    QVERIFY2(PackageVerifier::verify(package, &error), qPrintable(error));
    QString output;
    QVERIFY2(TransferTestCases::validateAgainstSchema(package, &output), qPrintable(output));
    for (int i = 0; i < names.size(); ++i) {
        bool found = false;
        for (auto it = parts.begin(); it != parts.end(); ++it)
            found = found || it.value() == TransferTestCases::attachmentBytes(1, i, 2000);
        QVERIFY(found);
    }
}

void tst_HttpExport::receivedContentTypeNeverWritesAHeader()
{
    // What a customer's browser reported is data: with a line break in it, it must not become a
    // header of the multipart body.
    const qint64 id = TransferTestCases::add(m_config, 1, {u"a.pdf"_s, u"b.png"_s}, QString());
    QVERIFY(id);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE attachments SET content_type = 'application/pdf' || char(13) || "
                   "char(10) || 'X-Injected: 1' WHERE position = 0"_s));
    QVERIFY(q.exec(u"UPDATE attachments SET content_type = 'image/png; charset=\"x\"' "
                   "WHERE position = 1"_s));
    m_answers.enqueue({201, R"({"diaryNumber": "REK-1"})", {}});
    auto exporter = makeExporter(url(u"/import"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    QCOMPARE(m_received.size(), 1);
    const QByteArray &body = m_received.first().body;
    QVERIFY(!body.contains("\r\nX-Injected"));
    QVERIFY(body.contains("Content-Type: application/octet-stream\r\n"));
    QVERIFY(body.contains("Content-Type: image/png; charset=\"x\"\r\n"));
}

void tst_HttpExport::registerDiaryNumberDoesNotReplaceTheCasesOwn()
{
    const qint64 id = TransferTestCases::add(m_config, 2, {u"liite.pdf"_s}, u"LV-2026-00002"_s);
    QVERIFY(id);
    m_answers.enqueue({200, R"({"diaryNumber": "REK-9"})", {}});
    auto exporter = makeExporter(url(u"/import"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    QCOMPARE(CaseStore(db()).caseById(id)->diaryNumber, u"LV-2026-00002"_s);
    const QList<TransferLogStore::Entry> log
        = TransferLogStore(db()).entriesFor(u"case"_s, QString::number(id));
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.last().state, u"exported"_s);
    QVERIFY2(log.last().detail.contains(u"REK-9"_s), qPrintable(log.last().detail));
}

void tst_HttpExport::serverErrorIsRetriedAfterBackoffThenSucceeds()
{
    const qint64 id = TransferTestCases::add(m_config, 3, {u"liite.pdf"_s}, u"LV-2026-00003"_s);
    QVERIFY(id);
    m_answers.enqueue({503, R"({"error": "ServiceUnavailable"})", {}});
    m_answers.enqueue({200, "{}", {}});
    auto exporter = makeExporter(url(u"/import"_s));

    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QCOMPARE(c->exportAttempts, 1);
    QVERIFY(c->exportError.contains(u"503"_s));
    const QDateTime next = StoreClock::fromText(nextAttemptAt(id));
    QVERIFY(next > QDateTime::currentDateTimeUtc());

    // Not before its time, not even from a new exporter (a restart).
    QCOMPARE(runRound(*exporter), std::make_pair(0, 0));
    auto restarted = makeExporter(url(u"/import"_s));
    QCOMPARE(runRound(*restarted), std::make_pair(0, 0));
    QCOMPARE(m_received.size(), 1);

    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE cases SET export_next_attempt_at = '2000-01-01T00:00:00.000Z'"_s));
    QCOMPARE(runRound(*restarted), std::make_pair(1, 0));
    QCOMPARE(m_received.size(), 2);
    c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"exported"_s);
    QVERIFY(nextAttemptAt(id).isEmpty());
    QStringList states;
    const QList<TransferLogStore::Entry> log
        = TransferLogStore(db()).entriesFor(u"case"_s, QString::number(id));
    for (const TransferLogStore::Entry &e : log)
        states << e.state;
    QCOMPARE(states, QStringList({u"pending"_s, u"exporting"_s, u"failed"_s, u"exporting"_s,
                                  u"exported"_s}));
}

void tst_HttpExport::clientErrorIsPermanentAndNotRetried()
{
    const qint64 id = TransferTestCases::add(m_config, 4, {u"liite.pdf"_s}, u"LV-2026-00004"_s);
    QVERIFY(id);
    m_answers.enqueue({422, R"({"message": "Unknown service code"})", {}});
    auto exporter = makeExporter(url(u"/import"_s));
    QSignalSpy failed(exporter.get(), &CaseExporter::caseFailed);
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    QVERIFY(failed.at(0).at(1).toString().contains(u"Unknown service code"_s));
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY(c->exportError.contains(u"422"_s));
    QVERIFY(nextAttemptAt(id).isEmpty()); // waits for the officer

    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE cases SET updated_at = '2000-01-01T00:00:00.000Z'"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(0, 0));
    QCOMPARE(m_received.size(), 1);
}

void tst_HttpExport::missingTokenFailsWithoutSending()
{
    m_secrets = MemorySecretStore();
    const qint64 id = TransferTestCases::add(m_config, 5, {u"liite.pdf"_s}, u"LV-2026-00005"_s);
    QVERIFY(id);
    auto exporter = makeExporter(url(u"/import"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    QCOMPARE(m_received.size(), 0);
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY(c->exportError.contains(u"keychain"_s));
    QVERIFY(nextAttemptAt(id).isEmpty());
}

void tst_HttpExport::redirectIsNotFollowed()
{
    const qint64 id = TransferTestCases::add(m_config, 6, {u"liite.pdf"_s}, u"LV-2026-00006"_s);
    QVERIFY(id);
    m_answers.enqueue({307, "{}", url(u"/elsewhere"_s).toEncoded()});
    m_answers.enqueue({200, "{}", {}});
    auto exporter = makeExporter(url(u"/import"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    QCOMPARE(m_received.size(), 1);
    QCOMPARE(m_received.first().path, u"/import"_s);
    QCOMPARE(CaseStore(db()).caseById(id)->exportState, u"failed"_s);
    QVERIFY(nextAttemptAt(id).isEmpty());
}

void tst_HttpExport::stalledRegisterTimesOutAndIsRetried()
{
    const qint64 id = TransferTestCases::add(m_config, 8, {u"liite.pdf"_s}, u"LV-2026-00008"_s);
    QVERIFY(id);
    // A register that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    CaseExporter::Settings settings;
    settings.target = CaseExporter::Target::Http;
    settings.url = QUrl(u"http://127.0.0.1:%1/import"_s.arg(silent.serverPort()));
    settings.timeoutSeconds = 1;
    m_secrets.set(SecretKeys::exportToken(settings.url), "sekret-token-123");
    CaseExporter exporter(settings, m_config, m_writer.get(), &m_secrets, u"lvdesk"_s);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(runRound(exporter), std::make_pair(0, 1));
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(!held.isEmpty());
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY2(c->exportError.contains(u"in time"_s), qPrintable(c->exportError));
    QVERIFY(!nextAttemptAt(id).isEmpty()); // retried later
}

void tst_HttpExport::tokenIsBoundToTheExportOrigin()
{
    const qint64 id = TransferTestCases::add(m_config, 9, {u"liite.pdf"_s}, u"LV-2026-00009"_s);
    QVERIFY(id);
    // A second profile whose export URL points at another register (another port here): the
    // first register's token is in the keychain, but not for this origin.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&other, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = other.nextPendingConnection()) {
            ++connections;
            socket->deleteLater();
        }
    });
    const QUrl elsewhere(u"http://127.0.0.1:%1/import"_s.arg(other.serverPort()));
    auto exporter = makeExporter(elsewhere);
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    QCOMPARE(connections, 0); // nothing was sent, so the token cannot have leaked
    QCOMPARE(m_received.size(), 0);
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY2(c->exportError.contains(u"keychain"_s), qPrintable(c->exportError));

    // The first register, under its own origin, gets its token (and the case).
    QVERIFY(CaseStore(db()).setExportState(id, ExportState::Pending, QString(), u"officer.a"_s));
    m_answers.enqueue({200, "{}", {}});
    auto first = makeExporter(url(u"/import"_s));
    QCOMPARE(runRound(*first), std::make_pair(1, 0));
    QCOMPARE(m_received.size(), 1);
    QCOMPARE(m_received.first().authorization, QByteArray("Bearer sekret-token-123"));
}

void tst_HttpExport::plainHttpToAnotherHostIsRefused()
{
    const qint64 id = TransferTestCases::add(m_config, 7, {u"liite.pdf"_s}, u"LV-2026-00007"_s);
    QVERIFY(id);
    auto exporter = makeExporter(QUrl(u"http://register.example.invalid/import"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY(c->exportError.contains(u"https"_s));
    QVERIFY(nextAttemptAt(id).isEmpty());
}

void tst_HttpExport::asianhallintaZipIsPostedAsOneBody()
{
    QString error;
    const qint64 id = RichCase::ingest(m_config, {}, &error);
    QVERIFY2(id, qPrintable(error));
    bool answered = false;
    m_writer->submit(
        [id](QSqlDatabase &db) {
            StoreWriter::Result r;
            CaseStore cases(db);
            r.ok = cases.setDiaryNumber(id, u"LV-2026-00031"_s, u"officer"_s, &r.error)
                   && cases.setExportState(id, ExportState::Pending, QString(), u"officer"_s,
                                           &r.error);
            return r;
        },
        this, [&](const StoreWriter::Result &r) { answered = r.ok; });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 30000));
    m_answers.enqueue({200, "{}", {}});

    auto exporter = makeExporter(url(u"/import"_s), ExportFormat::Kind::Asianhallinta13);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    QCOMPARE(m_received.size(), 1);
    const ReceivedRequest &r = m_received.first();
    QCOMPARE(r.contentType, QByteArray("application/zip"));
    QCOMPARE(r.authorization, QByteArray("Bearer sekret-token-123"));
    QFile body(m_dir->filePath(u"received.zip"_s));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(r.body);
    body.close();
    const QMap<QString, QByteArray> files = ZipTestFiles::read(body.fileName(), &error);
    QVERIFY2(files.contains(u"UusiAsia.xml"_s), qPrintable(error));
    QVERIFY2(AsianhallintaSchema::validate(files.value(u"UusiAsia.xml"_s), &error),
             qPrintable(error));
    QVERIFY(files.contains(u"liitteet/application.pdf"_s));
    // The zip waited in lvdesk's private folder only while it was sent.
    QVERIFY(QDir(m_dir->filePath(u"data/uploads"_s)).isEmpty());
}

} // namespace lvdesk

QTEST_MAIN(lvdesk::tst_HttpExport)
#include "tst_httpexport.moc"
