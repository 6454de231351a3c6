// SPDX-License-Identifier: EUPL-1.2

#include "lv/lvclient.h"
#include "lvtestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace lvdesk;
using Kind = LvError::Kind;

// A loopback HTTP/1.1 listener that records each request exactly as it arrived on the wire and
// answers it with bytes the test wrote by hand: the answers a real Security Server or proxy might
// give that lvsim does not (redirects, oversized and inconsistent bodies).
class CannedServer : public QObject
{
public:
    struct Request
    {
        QByteArray head; // request line and headers
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
    };
    // Writes the answer to socket; may leave the socket open to stream more.
    using Answer = std::function<void(QTcpSocket *)>;

    CannedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { read(socket); });
        });
    }

    QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server.serverPort()));
    }
    void setAnswer(Answer answer) { m_answer = std::move(answer); }
    const QList<Request> &requests() const { return m_requests; }

    static Answer reply(const QByteArray &statusLine, const QByteArray &headers,
                        const QByteArray &body, bool close = true)
    {
        return [=](QTcpSocket *socket) {
            socket->write("HTTP/1.1 " + statusLine + "\r\n" + headers + "Connection: close\r\n\r\n"
                          + body);
            if (close)
                socket->disconnectFromHost();
        };
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        r.head = buffer.left(end);
        const qsizetype length = r.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.clear();
        m_requests.append(r);
        if (m_answer)
            m_answer(socket);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    Answer m_answer;
};

class TestLvClientWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsCarryEveryContractHeaderOnTheWire();
    void writesSendTheCodecBodyWithContentType();
    void retriedWriteKeepsMessageIdButGetsNewXRoadId();
    void redirectIsReportedNotFollowed();
    void unknownHostIsAHostNotFound();
    void oversizedAnnouncedBodyIsAbortedUnread();
    void oversizedStreamedBodyIsAbortedWhileReading();
    void truncatedBodyIsANetworkFailure();
    void malformedBodyNamesTheField();
    void digestHeaderYieldsTheSha256Value();
    void attachmentIsVerifiedAndStoredByContent();
    void attachmentWithWrongContentLengthFailsBeforeReading();
    void attachmentWithWrongDigestHeaderIsNotStored();
    void attachmentLongerThanAnnouncedIsCutOff();

private:
    static AttachmentInfo infoFor(const QByteArray &bytes);
};

AttachmentInfo TestLvClientWire::infoFor(const QByteArray &bytes)
{
    AttachmentInfo info;
    info.id = u"a1"_s;
    info.fileName = u"asemapiirros.pdf"_s;
    info.contentType = u"application/pdf"_s;
    info.size = bytes.size();
    info.sha256Hex
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return info;
}

void TestLvClientWire::requestsCarryEveryContractHeaderOnTheWire()
{
    CannedServer server;
    const QByteArray body = R"({"items":[],"nextCursor":"c-1","hasMore":false})";
    server.setAnswer(CannedServer::reply("200 OK",
                                         "Content-Type: application/json\r\nContent-Length: "
                                             + QByteArray::number(body.size()) + "\r\n",
                                         body));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    auto *reply = client.fetchFeed(u"c-00+1"_s, 50);
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(server.requests().size(), 1);
    const CannedServer::Request &r = server.requests().first();
    QVERIFY2(r.head.startsWith(
                 "GET /r1/FI-TEST/GOV/0245437-2/LV/lvService/actions?since=c-00%2B1&limit=50 "
                 "HTTP/1.1"),
             r.head.constData());
    QCOMPARE(r.header("X-Road-Client"), "FI-TEST/MUN/0135202-4/lvdesk"_ba);
    QCOMPARE(r.header("X-Road-UserId"), "test.officer"_ba);
    QCOMPARE(r.header("X-Road-Id"), reply->requestId());
    QCOMPARE(r.header("Accept"), "application/json"_ba);
    QCOMPARE(r.header("User-Agent"), "lvdesk/" LVDESK_VERSION ""_ba);
    QVERIFY(r.header("Content-Type").isEmpty());
    QVERIFY(r.header("Cookie").isEmpty());
    QVERIFY2(reply->isOk(), LvTestSupport::describe(reply).constData());
    QVERIFY(reply->value().items.isEmpty());
    QCOMPARE(reply->value().nextCursor, u"c-1"_s);
}

void TestLvClientWire::writesSendTheCodecBodyWithContentType()
{
    CannedServer server;
    server.setAnswer(CannedServer::reply("200 OK",
                                         "Content-Type: application/json\r\nContent-Length: 18\r\n",
                                         R"({"acknowledged":2})"));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    const QUuid messageId = QUuid::createUuid();
    const QStringList ids{u"3f0c6a52-0000-4000-8000-000000000001"_s,
                          u"3f0c6a52-0000-4000-8000-000000000002"_s};
    auto *reply = client.acknowledge(messageId, ids);
    QVERIFY(LvTestSupport::waitFor(reply));
    QVERIFY2(reply->isOk(), LvTestSupport::describe(reply).constData());
    QCOMPARE(reply->value(), 2);
    const CannedServer::Request &r = server.requests().first();
    QVERIFY(r.head.startsWith("POST /r1/FI-TEST/GOV/0245437-2/LV/lvService/actions/ack HTTP/1.1"));
    QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(r.body, LvCodec::encodeAck(messageId, ids));
}

void TestLvClientWire::retriedWriteKeepsMessageIdButGetsNewXRoadId()
{
    CannedServer server;
    server.setAnswer(CannedServer::reply(
        "503 Service Unavailable",
        "Content-Type: application/json\r\nRetry-After: 30\r\nContent-Length: 52\r\n",
        R"({"error":"ServiceUnavailable","message":"Try later"})"));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    StatusUpdate update;
    update.messageId = QUuid::createUuid();
    update.state = ServiceState::Received;
    update.statusText.fi = u"Vastaanotettu"_s;
    update.statusText.sv = u"Mottaget"_s;
    update.statusDate = QDate(2026, 11, 26);
    const QString id = u"3f0c6a52-0000-4000-8000-000000000001"_s;
    auto *first = client.putStatus(id, update);
    QVERIFY(LvTestSupport::waitFor(first));
    QCOMPARE(first->error().kind(), Kind::Service);
    QCOMPARE(first->error().httpStatus(), 503);
    QVERIFY(first->error().retryable());
    QCOMPARE(first->error().retryAfter(), std::chrono::seconds(30));
    auto *second = client.putStatus(id, update);
    QVERIFY(LvTestSupport::waitFor(second));

    QCOMPARE(server.requests().size(), 2);
    const auto &a = server.requests().at(0);
    const auto &b = server.requests().at(1);
    const QByteArray expectedLine = "PUT /r1/FI-TEST/GOV/0245437-2/LV/lvService/commondata/"
                                    + id.toLatin1() + "/status HTTP/1.1";
    QVERIFY(a.head.startsWith(expectedLine));
    QCOMPARE(a.body, b.body); // same messageId, same content
    QVERIFY(a.body.contains(update.messageId.toByteArray(QUuid::WithoutBraces)));
    QVERIFY(a.header("X-Road-Id") != b.header("X-Road-Id"));
}

void TestLvClientWire::redirectIsReportedNotFollowed()
{
    CannedServer server;
    server.setAnswer(CannedServer::reply(
        "302 Found", "Location: http://127.0.0.1:1/elsewhere\r\nContent-Length: 0\r\n", {}));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    auto *reply = client.listMethods();
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::Redirect);
    QCOMPARE(reply->error().httpStatus(), 302);
    QCOMPARE(reply->error().redirectLocation(), QUrl(u"http://127.0.0.1:1/elsewhere"_s));
    QVERIFY(!reply->error().retryable());
    QCOMPARE(server.requests().size(), 1);
}

void TestLvClientWire::unknownHostIsAHostNotFound()
{
    // .invalid never resolves (RFC 6761).
    LvClient client(LvTestSupport::settingsFor(QUrl(u"https://ss.lvdesk-test.invalid:8443"_s)), {});
    auto *reply = client.listMethods();
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::Network);
    QCOMPARE(reply->error().networkProblem(), LvError::NetworkProblem::HostNotFound);
    QVERIFY(reply->error().retryable());
}

void TestLvClientWire::oversizedAnnouncedBodyIsAbortedUnread()
{
    CannedServer server;
    // Announces 300 MB and sends a little: the client must give up on the announcement alone.
    server.setAnswer(CannedServer::reply(
        "200 OK", "Content-Type: application/json\r\nContent-Length: 300000000\r\n", "[[[[",
        false));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    auto *reply = client.fetchFeed(QString(), 10);
    QVERIFY(LvTestSupport::waitFor(reply, 5000));
    QCOMPARE(reply->error().kind(), Kind::TooLarge);
    QVERIFY(!reply->error().retryable());
    QVERIFY(reply->body().isEmpty());
}

void TestLvClientWire::oversizedStreamedBodyIsAbortedWhileReading()
{
    CannedServer server;
    // No Content-Length: chunks keep coming until the client stops reading.
    server.setAnswer([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(1024 * 1024, ' ');
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk]() {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        });
        timer->start(5);
    });
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    auto *reply = client.listMethods(); // limit 1 MiB
    QVERIFY(LvTestSupport::waitFor(reply, 20000));
    QCOMPARE(reply->error().kind(), Kind::TooLarge);
    QVERIFY(reply->body().size() <= LvCodec::kMaxListMethodsBytes);
}

void TestLvClientWire::truncatedBodyIsANetworkFailure()
{
    CannedServer server;
    server.setAnswer(CannedServer::reply(
        "200 OK", "Content-Type: application/json\r\nContent-Length: 500\r\n", R"({"items":[)"));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    auto *reply = client.fetchFeed(QString(), 10);
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::Network);
    QCOMPARE(reply->error().networkProblem(), LvError::NetworkProblem::Truncated);
    QVERIFY(reply->error().retryable());
}

void TestLvClientWire::malformedBodyNamesTheField()
{
    CannedServer server;
    // A page without its list of items is the one thing a feed page cannot be without.
    const QByteArray body = R"({"items":"none","nextCursor":"c-1","hasMore":true})";
    server.setAnswer(CannedServer::reply("200 OK",
                                         "Content-Type: application/json\r\nContent-Length: "
                                             + QByteArray::number(body.size()) + "\r\n",
                                         body));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    auto *reply = client.fetchFeed(QString(), 10);
    QVERIFY(LvTestSupport::waitFor(reply));
    QCOMPARE(reply->error().kind(), Kind::Malformed);
    QCOMPARE(reply->error().decodePath(), u"items"_s);
    QVERIFY(reply->error().retryable());
    QCOMPARE(reply->error().code(), u"WrongType"_s);
    QVERIFY(reply->error().logText().contains(u"code=WrongType path=items"_s));
}

void TestLvClientWire::digestHeaderYieldsTheSha256Value()
{
    QCOMPARE(AttachmentDownload::sha256FromDigestHeader("sha-256=q1w2e3=="), "q1w2e3=="_ba);
    QCOMPARE(AttachmentDownload::sha256FromDigestHeader("MD5=abc==, SHA-256=Xy+/9=="),
             "Xy+/9=="_ba);
    QVERIFY(AttachmentDownload::sha256FromDigestHeader("md5=abc==").isEmpty());
    QVERIFY(AttachmentDownload::sha256FromDigestHeader("").isEmpty());
}

void TestLvClientWire::attachmentIsVerifiedAndStoredByContent()
{
    const QByteArray bytes = "%PDF-1.4\n" + QByteArray(200000, 'x') + "\n%%EOF\n";
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    CannedServer server;
    server.setAnswer(CannedServer::reply("200 OK",
                                         "Content-Type: application/pdf\r\nContent-Length: "
                                             + QByteArray::number(bytes.size())
                                             + "\r\nDigest: SHA-256=" + digest.toBase64() + "\r\n",
                                         bytes));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    QTemporaryDir target;
    const AttachmentInfo info = infoFor(bytes);
    auto *download
        = client.downloadAttachment(u"3f0c6a52-0000-4000-8000-000000000001"_s, info, target.path());
    QVERIFY(LvTestSupport::waitFor(download));
    QVERIFY2(download->isOk(), LvTestSupport::describe(download).constData());
    QVERIFY(server.requests().first().head.startsWith(
        "GET /r1/FI-TEST/GOV/0245437-2/LV/lvService/commondata/"
        "3f0c6a52-0000-4000-8000-000000000001/attachments/a1 HTTP/1.1"));
    QCOMPARE(download->filePath(), QDir(target.path()).filePath(info.sha256Hex));
    QFile file(download->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestLvClientWire::attachmentWithWrongContentLengthFailsBeforeReading()
{
    const QByteArray bytes(1000, 'p');
    CannedServer server;
    server.setAnswer(CannedServer::reply(
        "200 OK", "Content-Type: application/pdf\r\nContent-Length: 999\r\n", bytes.left(999)));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    QTemporaryDir target;
    auto *download = client.downloadAttachment(u"x"_s, infoFor(bytes), target.path());
    QVERIFY(LvTestSupport::waitFor(download));
    QCOMPARE(download->error().kind(), Kind::SizeMismatch);
    QVERIFY(download->error().retryable());
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestLvClientWire::attachmentWithWrongDigestHeaderIsNotStored()
{
    const QByteArray bytes(1000, 'p');
    const QByteArray wrong = QCryptographicHash::hash("other", QCryptographicHash::Sha256);
    CannedServer server;
    server.setAnswer(CannedServer::reply("200 OK",
                                         "Content-Type: application/pdf\r\nContent-Length: 1000\r\n"
                                         "Digest: sha-256="
                                             + wrong.toBase64() + "\r\n",
                                         bytes));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    QTemporaryDir target;
    auto *download = client.downloadAttachment(u"x"_s, infoFor(bytes), target.path());
    QVERIFY(LvTestSupport::waitFor(download));
    QCOMPARE(download->error().kind(), Kind::ChecksumMismatch);
    QVERIFY(download->error().retryable());
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestLvClientWire::attachmentLongerThanAnnouncedIsCutOff()
{
    const QByteArray announced(1000, 'p');
    CannedServer server;
    // No Content-Length: the body just goes on past the announced size.
    server.setAnswer(CannedServer::reply("200 OK", "Content-Type: application/pdf\r\n",
                                         announced + QByteArray(5000, 'q')));
    LvClient client(LvTestSupport::settingsFor(server.url()), {});
    QTemporaryDir target;
    auto *download = client.downloadAttachment(u"x"_s, infoFor(announced), target.path());
    QVERIFY(LvTestSupport::waitFor(download));
    QCOMPARE(download->error().kind(), Kind::SizeMismatch);
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

QTEST_GUILESS_MAIN(TestLvClientWire)
#include "tst_lvclientwire.moc"
