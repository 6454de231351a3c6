// SPDX-License-Identifier: EUPL-1.2

#include "lv/lvclient.h"
#include "lv/tlsconfigloader.h"
#include "lvsimprocess.h"
#include "lvtestsupport.h"
#include "secrets/memorysecretstore.h"
#include "testpki.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lvdesk;
using Kind = LvError::Kind;
using TP = LvError::TlsProblem;

// Drives the real lvsim through LvClient over HTTP, HTTPS and mutual TLS: every endpoint of the
// contract, and each way a TLS connection can fail.
class TestLvClientLvSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyEndpointOverHttp();
    void everyEndpointOverHttps();
    void everyEndpointOverMutualTlsWithPkcs12();
    void everyEndpointOverMutualTlsWithPemKey();

    void feedPagesFollowTheCursorWithoutOverlap();
    void backgroundAndInPlaceDecodingAgree();
    void everyAttemptSendsAFreshXRoadIdAndGetsTheSecurityServerIds();
    void unknownActionIsAFinalServiceError();
    void wrongServicePathIsAnXRoadClientError();
    void cancelFinishesOnceWithCanceled();
    void settingsErrorFailsWithoutTouchingTheNetwork();
    void closedPortIsConnectionRefused();

    void missingClientCertificateIsRejectedByServer();
    void foreignClientCertificateIsRejectedByServer();
    void selfSignedServerCertificateIsUntrusted();
    void serverCertificateFromUnknownCaIsUntrusted();
    void expiredServerCertificateIsExpired();
    void serverCertificateForOtherHostIsAMismatch();
    void eachTlsFailureHasItsOwnMessage();

private:
    struct Sim
    {
        std::unique_ptr<LvSimProcess> process;
        std::unique_ptr<LvClient> client;
    };
    // Starts lvsim with args and an LvClient for it; the TLS configuration from settings.
    bool startSim(Sim &sim, const QStringList &args, ConnectionSettings settings = {},
                  SecretStore *store = nullptr);
    void exerciseEveryEndpoint(Sim &sim);
    LvError tlsFailure(const QStringList &serverArgs, const ConnectionSettings &clientTls);
    QStringList serverTls(const QString &cert, const QString &key) const;

    TestPki m_pki;
    QHash<int, QString> m_tlsMessages; // TlsProblem -> userMessage
};

void TestLvClientLvSim::initTestCase()
{
    QVERIFY2(!LvSimProcess::program().isEmpty(), "LVDESK_LVSIM is not set");
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

QStringList TestLvClientLvSim::serverTls(const QString &cert, const QString &key) const
{
    return {u"--tls-cert"_s, cert, u"--tls-key"_s, key};
}

bool TestLvClientLvSim::startSim(Sim &sim, const QStringList &args, ConnectionSettings settings,
                                 SecretStore *store)
{
    sim.process = std::make_unique<LvSimProcess>();
    if (!sim.process->start(QStringList{u"--seed"_s, u"11"_s, u"--cases"_s, u"40"_s} + args))
        return false;
    ConnectionSettings s = LvTestSupport::settingsFor(sim.process->baseUrl());
    s.caFile = settings.caFile;
    s.clientCertificate = settings.clientCertificate;
    s.clientKey = settings.clientKey;
    s.passphraseKey = settings.passphraseKey;
    if (settings.transferTimeout != ConnectionSettings{}.transferTimeout)
        s.transferTimeout = settings.transferTimeout;
    std::optional<TlsConfigLoader::Result> tls;
    TlsConfigLoader::load(s, store, this, [&tls](const TlsConfigLoader::Result &r) { tls = r; });
    if (!QTest::qWaitFor([&tls]() { return tls.has_value(); }, 10000) || !tls->ok()) {
        qWarning() << "TLS configuration failed:"
                   << (tls && tls->error ? tls->error->userMessage() : u"timeout"_s);
        return false;
    }
    sim.client = std::make_unique<LvClient>(s, tls->configuration);
    return true;
}

void TestLvClientLvSim::exerciseEveryEndpoint(Sim &sim)
{
    LvClient &client = *sim.client;

    // listMethods: the connection test.
    auto *methods = client.listMethods();
    QVERIFY(LvTestSupport::waitFor(methods));
    QVERIFY2(methods->isOk(), LvTestSupport::describe(methods).constData());
    bool found = false;
    for (const LvCodec::ServiceDescription &d : methods->value())
        found = found || d.serviceCode == "lvService"_L1;
    QVERIFY(found);

    // The feed.
    auto *feed = client.fetchFeed(QString(), 60);
    QVERIFY(LvTestSupport::waitFor(feed));
    QVERIFY2(feed->isOk(), LvTestSupport::describe(feed).constData());
    const FeedPage page = feed->value();
    QVERIFY(!page.items.isEmpty());
    QVERIFY(page.items.size() <= 60);

    const FeedItem *opening = nullptr;
    for (const FeedItem &item : page.items) {
        if (item.actionType.isOpening()) {
            opening = &item;
            break;
        }
    }
    QVERIFY(opening);

    // One action, whole and in parts; the raw JSON is the body byte for byte.
    auto *action = client.fetchAction(opening->externalId);
    QVERIFY(LvTestSupport::waitFor(action));
    QVERIFY2(action->isOk(), LvTestSupport::describe(action).constData());
    QCOMPARE(action->value().version, opening->version);
    QCOMPARE(action->value().rawJson, action->body());
    QCOMPARE(action->value().commondata.projectPartId, opening->projectPartId);

    auto *common = client.fetchCommondata(opening->externalId);
    auto *form = client.fetchFormdata(opening->externalId);
    QVERIFY(LvTestSupport::waitFor(common));
    QVERIFY(LvTestSupport::waitFor(form));
    QVERIFY2(common->isOk(), LvTestSupport::describe(common).constData());
    QVERIFY2(form->isOk(), LvTestSupport::describe(form).constData());
    QVERIFY(common->value() == action->value().commondata);
    QVERIFY(form->value() == action->value().formdata);

    // An attachment: look through the page for an action that has one.
    std::optional<AttachmentInfo> attachment;
    QString attachmentOwner;
    for (const FeedItem &item : page.items) {
        auto *f = client.fetchFormdata(item.externalId);
        QVERIFY(LvTestSupport::waitFor(f));
        QVERIFY2(f->isOk(), LvTestSupport::describe(f).constData());
        if (!f->value().attachments.isEmpty()) {
            attachment = f->value().attachments.first();
            attachmentOwner = item.externalId;
            break;
        }
        f->deleteLater();
    }
    QVERIFY2(attachment, "no action with attachments in the first feed page");
    QTemporaryDir target;
    auto *download = client.downloadAttachment(attachmentOwner, *attachment, target.path());
    QVERIFY(LvTestSupport::waitFor(download));
    QVERIFY2(download->isOk(), LvTestSupport::describe(download).constData());
    QFile file(download->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.size(), attachment->size);
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        attachment->sha256Hex.toLower());
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QVERIFY(bytes.startsWith("%PDF-") || bytes.startsWith("\x89PNG"));

    // Writes: a status update and a message, each replayed with its messageId.
    StatusUpdate update;
    update.messageId = QUuid::createUuid();
    update.state = ServiceState::InProcessing;
    update.statusText.fi = u"Käsittelyssä"_s;
    update.statusText.sv = u"Under behandling"_s;
    update.statusDate = QDate(2026, 11, 26);
    update.diaryNumber = u"DNRO-2026-123"_s;
    update.handler = u"Test Officer"_s;
    update.processingStartDate = QDate(2026, 11, 26);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto *status = client.putStatus(opening->externalId, update);
        QVERIFY(LvTestSupport::waitFor(status));
        QVERIFY2(status->isOk(), LvTestSupport::describe(status).constData());
        QCOMPARE(status->value(), true);
    }

    OutgoingMessage message;
    message.messageId = QUuid::createUuid();
    message.subject = u"Täydennyspyyntö"_s;
    message.body = u"Lähettäkää asemapiirros."_s;
    message.supplementRequest = SupplementRequest{QDate(2026, 12, 18), {u"Asemapiirros"_s}};
    QString messageId;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto *posted = client.postMessage(opening->externalId, message);
        QVERIFY(LvTestSupport::waitFor(posted));
        QVERIFY2(posted->isOk(), LvTestSupport::describe(posted).constData());
        QCOMPARE(posted->httpStatus(), 201);
        QVERIFY(posted->value().startsWith("m-"_L1));
        if (attempt == 0)
            messageId = posted->value();
        else
            QCOMPARE(posted->value(), messageId); // the replay answers the original result
    }

    // The service applied each logical write once and counted the replays apart.
    const QJsonObject received
        = sim.process->adminGet(u"/admin/received?externalId="_s + opening->externalId);
    QCOMPARE(sim.process->lastAdminStatus(), 200);
    const QJsonObject record
        = received.value(u"cases"_s).toObject().value(opening->externalId).toObject();
    QCOMPARE(record.value(u"statusUpdates"_s).toArray().size(), 1);
    QCOMPARE(record.value(u"messages"_s).toArray().size(), 1);
    QCOMPARE(record.value(u"replayedMessageIds"_s).toInt(), 2);
    QCOMPARE(record.value(u"state"_s).toString(), u"supplementRequested"_s);

    // Acknowledge two actions (once more as a replay); they leave the feed.
    const QStringList acked{page.items.at(0).externalId, page.items.at(1).externalId};
    const QUuid ackId = QUuid::createUuid();
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto *ack = client.acknowledge(ackId, acked);
        QVERIFY(LvTestSupport::waitFor(ack));
        QVERIFY2(ack->isOk(), LvTestSupport::describe(ack).constData());
        QCOMPARE(ack->value(), 2);
    }
    const QJsonObject acks
        = sim.process->adminGet(u"/admin/received"_s).value(u"acks"_s).toObject();
    QCOMPARE(acks.value(u"requests"_s).toInt(), 2);
    QCOMPARE(acks.value(u"replayedMessageIds"_s).toInt(), 1);
    QCOMPARE(acks.value(u"acknowledged"_s).toInt(), 2);

    auto *again = client.fetchFeed(QString(), 60);
    QVERIFY(LvTestSupport::waitFor(again));
    QVERIFY2(again->isOk(), LvTestSupport::describe(again).constData());
    for (const FeedItem &item : again->value().items)
        QVERIFY(!acked.contains(item.externalId));
}

void TestLvClientLvSim::everyEndpointOverHttp()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    QCOMPARE(sim.process->baseUrl().scheme(), u"http"_s);
    exerciseEveryEndpoint(sim);
}

void TestLvClientLvSim::everyEndpointOverHttps()
{
    Sim sim;
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    QVERIFY(startSim(sim, serverTls(m_pki.serverCertificate(), m_pki.serverKey()), tls));
    QCOMPARE(sim.process->baseUrl().scheme(), u"https"_s);
    exerciseEveryEndpoint(sim);
}

void TestLvClientLvSim::everyEndpointOverMutualTlsWithPkcs12()
{
    MemorySecretStore store;
    store.set(u"lv/clientCertificate"_s, TestPki::passphrase());
    Sim sim;
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    tls.clientCertificate = m_pki.clientPkcs12();
    tls.passphraseKey = u"lv/clientCertificate"_s;
    QVERIFY(startSim(sim,
                     serverTls(m_pki.serverCertificate(), m_pki.serverKey())
                         + QStringList{u"--client-ca"_s, m_pki.caCertificate()},
                     tls, &store));
    exerciseEveryEndpoint(sim);
}

void TestLvClientLvSim::everyEndpointOverMutualTlsWithPemKey()
{
    MemorySecretStore store;
    store.set(u"lv/clientKey"_s, TestPki::passphrase());
    Sim sim;
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    tls.clientCertificate = m_pki.clientCertificate();
    tls.clientKey = m_pki.clientEncryptedKey();
    tls.passphraseKey = u"lv/clientKey"_s;
    QVERIFY(startSim(sim,
                     serverTls(m_pki.serverCertificate(), m_pki.serverKey())
                         + QStringList{u"--client-ca"_s, m_pki.caCertificate()},
                     tls, &store));
    auto *feed = sim.client->fetchFeed(QString(), 5);
    QVERIFY(LvTestSupport::waitFor(feed));
    QVERIFY2(feed->isOk(), LvTestSupport::describe(feed).constData());
    QCOMPARE(feed->value().items.size(), 5);
}

void TestLvClientLvSim::feedPagesFollowTheCursorWithoutOverlap()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    auto *first = sim.client->fetchFeed(QString(), 7);
    QVERIFY(LvTestSupport::waitFor(first));
    QVERIFY2(first->isOk(), LvTestSupport::describe(first).constData());
    QCOMPARE(first->value().items.size(), 7);
    QVERIFY(first->value().hasMore);
    QVERIFY(!first->value().nextCursor.isEmpty());

    auto *second = sim.client->fetchFeed(first->value().nextCursor, 7);
    QVERIFY(LvTestSupport::waitFor(second));
    QVERIFY2(second->isOk(), LvTestSupport::describe(second).constData());
    QSet<QString> seen;
    for (const FeedItem &item : first->value().items)
        seen.insert(item.externalId + u'#' + QString::number(item.version));
    for (const FeedItem &item : second->value().items)
        QVERIFY(!seen.contains(item.externalId + u'#' + QString::number(item.version)));
}

void TestLvClientLvSim::backgroundAndInPlaceDecodingAgree()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    sim.client->setDecodeInBackground(true);
    auto *background = sim.client->fetchFeed(QString(), 50);
    QVERIFY(LvTestSupport::waitFor(background));
    sim.client->setDecodeInBackground(false);
    auto *inPlace = sim.client->fetchFeed(QString(), 50);
    QVERIFY(LvTestSupport::waitFor(inPlace));
    QVERIFY2(background->isOk(), LvTestSupport::describe(background).constData());
    QVERIFY2(inPlace->isOk(), LvTestSupport::describe(inPlace).constData());
    QVERIFY(background->value() == inPlace->value());
    QCOMPARE(background->body(), inPlace->body());
}

void TestLvClientLvSim::everyAttemptSendsAFreshXRoadIdAndGetsTheSecurityServerIds()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    auto *a = sim.client->fetchFeed(QString(), 1);
    auto *b = sim.client->fetchFeed(QString(), 1);
    QVERIFY(LvTestSupport::waitFor(a));
    QVERIFY(LvTestSupport::waitFor(b));
    QVERIFY2(a->isOk(), LvTestSupport::describe(a).constData());
    QVERIFY(!QUuid::fromString(QString::fromLatin1(a->requestId())).isNull());
    QVERIFY(a->requestId() != b->requestId());
    // The Security Server answers with the message's X-Road-Id and the request hash.
    QCOMPARE(a->responseXRoadId(), a->requestId());
    QVERIFY(!a->requestHash().isEmpty());
}

void TestLvClientLvSim::unknownActionIsAFinalServiceError()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    auto *reply = sim.client->fetchAction(u"00000000-0000-4000-8000-000000000000"_s);
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::Service);
    QCOMPARE(reply->error().httpStatus(), 400);
    QCOMPARE(reply->error().code(), u"NotFound"_s);
    QVERIFY(!reply->error().retryable());
    QVERIFY(reply->error().userMessage().contains(u"not found"_s, Qt::CaseInsensitive));
}

void TestLvClientLvSim::wrongServicePathIsAnXRoadClientError()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    ConnectionSettings s = LvTestSupport::settingsFor(sim.process->baseUrl());
    s.service = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/otherService"_s, XRoadId::Type::Service);
    LvClient client(s, {});
    auto *reply = client.fetchFeed(QString(), 5);
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::XRoadClient);
    QVERIFY2(reply->error().code().startsWith(u"Client."_s), qPrintable(reply->error().code()));
    QVERIFY(!reply->error().retryable());
}

void TestLvClientLvSim::cancelFinishesOnceWithCanceled()
{
    Sim sim;
    QVERIFY(startSim(sim, {}));
    auto *reply = sim.client->fetchFeed(QString(), 100);
    QSignalSpy finished(reply, &LvReply::finished);
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind(), Kind::Canceled);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestLvClientLvSim::settingsErrorFailsWithoutTouchingTheNetwork()
{
    ConnectionSettings s = LvTestSupport::settingsFor(QUrl(u"http://ss.kunta.example:8080"_s));
    LvClient client(s, {});
    auto *reply = client.fetchFeed(QString(), 5);
    QSignalSpy finished(reply, &LvReply::finished);
    QVERIFY(!reply->isFinished()); // never synchronously
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error().kind(), Kind::Configuration);
    QVERIFY(reply->error().userMessage().contains(u"Plain HTTP"_s));
}

void TestLvClientLvSim::closedPortIsConnectionRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    LvClient client(
        LvTestSupport::settingsFor(QUrl(u"http://127.0.0.1:"_s + QString::number(port))), {});
    auto *reply = client.listMethods();
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::Network);
    QCOMPARE(reply->error().networkProblem(), LvError::NetworkProblem::ConnectionRefused);
    QVERIFY(reply->error().retryable());
}

LvError TestLvClientLvSim::tlsFailure(const QStringList &serverArgs,
                                      const ConnectionSettings &clientTls)
{
    Sim sim;
    if (!startSim(sim, serverArgs, clientTls))
        return LvError::configuration(u"lvsim did not start"_s);
    auto *reply = sim.client->listMethods();
    if (!LvTestSupport::waitFor(reply))
        return LvError::configuration(u"no answer"_s);
    return reply->error();
}

void TestLvClientLvSim::missingClientCertificateIsRejectedByServer()
{
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    const LvError e = tlsFailure(serverTls(m_pki.serverCertificate(), m_pki.serverKey())
                                     + QStringList{u"--client-ca"_s, m_pki.caCertificate()},
                                 tls);
    QCOMPARE(e.kind(), Kind::Tls);
    QCOMPARE(e.tlsProblem(), TP::ClientCertificateRejected);
    QVERIFY(!e.retryable());
    m_tlsMessages.insert(int(e.tlsProblem()), e.userMessage());
}

void TestLvClientLvSim::foreignClientCertificateIsRejectedByServer()
{
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    tls.clientCertificate = m_pki.foreignClientCertificate();
    tls.clientKey = m_pki.foreignClientKey();
    const LvError e = tlsFailure(serverTls(m_pki.serverCertificate(), m_pki.serverKey())
                                     + QStringList{u"--client-ca"_s, m_pki.caCertificate()},
                                 tls);
    QCOMPARE(e.kind(), Kind::Tls);
    QCOMPARE(e.tlsProblem(), TP::ClientCertificateRejected);
    QVERIFY(e.userMessage().contains(u"did not accept this workstation's client certificate"_s));
}

void TestLvClientLvSim::selfSignedServerCertificateIsUntrusted()
{
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    const LvError e = tlsFailure(
        serverTls(m_pki.selfSignedServerCertificate(), m_pki.selfSignedServerKey()), tls);
    QCOMPARE(e.kind(), Kind::Tls);
    QCOMPARE(e.tlsProblem(), TP::Untrusted);
    QVERIFY(!e.retryable());
    m_tlsMessages.insert(int(e.tlsProblem()), e.userMessage());
}

void TestLvClientLvSim::serverCertificateFromUnknownCaIsUntrusted()
{
    // A proper certificate, but the CA file that vouches for it is not configured.
    const LvError e
        = tlsFailure(serverTls(m_pki.serverCertificate(), m_pki.serverKey()), ConnectionSettings{});
    QCOMPARE(e.kind(), Kind::Tls);
    QCOMPARE(e.tlsProblem(), TP::Untrusted);
    QVERIFY(e.userMessage().contains(u"CA file"_s));
}

void TestLvClientLvSim::expiredServerCertificateIsExpired()
{
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    const LvError e
        = tlsFailure(serverTls(m_pki.expiredServerCertificate(), m_pki.expiredServerKey()), tls);
    QCOMPARE(e.kind(), Kind::Tls);
    QCOMPARE(e.tlsProblem(), TP::Expired);
    QVERIFY(e.userMessage().contains(u"has expired"_s));
    m_tlsMessages.insert(int(e.tlsProblem()), e.userMessage());
}

void TestLvClientLvSim::serverCertificateForOtherHostIsAMismatch()
{
    ConnectionSettings tls;
    tls.caFile = m_pki.caCertificate();
    const LvError e = tlsFailure(
        serverTls(m_pki.otherHostServerCertificate(), m_pki.otherHostServerKey()), tls);
    QCOMPARE(e.kind(), Kind::Tls);
    QCOMPARE(e.tlsProblem(), TP::HostNameMismatch);
    m_tlsMessages.insert(int(e.tlsProblem()), e.userMessage());
}

void TestLvClientLvSim::eachTlsFailureHasItsOwnMessage()
{
    QCOMPARE(m_tlsMessages.size(), 4);
    const QList<QString> messages = m_tlsMessages.values();
    QCOMPARE(QSet<QString>(messages.begin(), messages.end()).size(), 4);
}

QTEST_GUILESS_MAIN(TestLvClientLvSim)
#include "tst_lvclientlvsim.moc"
