// SPDX-License-Identifier: EUPL-1.2

#include "lv/lvclient.h"
#include "lvsimprocess.h"
#include "lvtestsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lvdesk;
using Kind = LvError::Kind;
using NP = LvError::NetworkProblem;

Q_DECLARE_METATYPE(LvError::Kind)
Q_DECLARE_METATYPE(LvError::NetworkProblem)

// Acceptance 3: with lvsim's --faults on, every fault kind reaches LvClient and is classified as
// the contract says (§1, §3, §4), including whether it may be retried.
class TestLvClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFaultKindIsClassified_data();
    void everyFaultKindIsClassified();
    void wrongAttachmentChecksumIsNeverStored();
    void mixedFaultsAreAllRetryableAndRetriesGetThrough();

private:
    // A client for a running lvsim, with a transfer timeout well below lvsim's stall.
    static std::unique_ptr<LvClient> clientFor(const LvSimProcess &sim);
};

void TestLvClientFaults::initTestCase()
{
    QVERIFY2(!LvSimProcess::program().isEmpty(), "LVDESK_LVSIM is not set");
}

std::unique_ptr<LvClient> TestLvClientFaults::clientFor(const LvSimProcess &sim)
{
    ConnectionSettings s = LvTestSupport::settingsFor(sim.baseUrl());
    s.transferTimeout = std::chrono::milliseconds(1500);
    return std::make_unique<LvClient>(s, QSslConfiguration());
}

void TestLvClientFaults::everyFaultKindIsClassified_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<LvError::Kind>("kind");
    QTest::addColumn<LvError::NetworkProblem>("problem");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryAfter");

    QTest::newRow("429") << u"429"_s << Kind::Service << NP::None << 429 << true;
    QTest::newRow("500") << u"500"_s << Kind::Service << NP::None << 500 << false;
    QTest::newRow("502") << u"502"_s << Kind::Service << NP::None << 502 << false;
    QTest::newRow("503") << u"503"_s << Kind::Service << NP::None << 503 << true;
    QTest::newRow("xroad") << u"xroad"_s << Kind::XRoadServer << NP::None << 500 << false;
    QTest::newRow("reset") << u"reset"_s << Kind::Network << NP::ConnectionReset << 0 << false;
    QTest::newRow("stall") << u"stall"_s << Kind::Network << NP::Timeout << 200 << false;
    QTest::newRow("truncate") << u"truncate"_s << Kind::Network << NP::Truncated << 200 << false;
    QTest::newRow("malformed") << u"malformed"_s << Kind::Malformed << NP::None << 200 << false;
}

void TestLvClientFaults::everyFaultKindIsClassified()
{
    QFETCH(QString, fault);
    QFETCH(LvError::Kind, kind);
    QFETCH(LvError::NetworkProblem, problem);
    QFETCH(int, status);
    QFETCH(bool, retryAfter);

    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"3"_s, u"--cases"_s, u"10"_s, u"--faults"_s, fault + u"=1"_s,
                       u"--stall-ms"_s, u"10000"_s}));
    const std::unique_ptr<LvClient> client = clientFor(sim);

    auto *reply = client->fetchFeed(QString(), 20);
    QVERIFY(LvTestSupport::waitFor(reply));
    const LvError &e = reply->error();
    QVERIFY2(e.kind() == kind, LvTestSupport::describe(reply).constData());
    if (kind == Kind::Network)
        QVERIFY2(e.networkProblem() == problem, LvTestSupport::describe(reply).constData());
    if (status != 0 && kind != Kind::Network)
        QCOMPARE(e.httpStatus(), status);
    QVERIFY2(e.retryable(), LvTestSupport::describe(reply).constData());
    QCOMPARE(e.retryAfter().has_value(), retryAfter);
    QVERIFY(!e.userMessage().isEmpty());
    if (kind == Kind::XRoadServer)
        QVERIFY2(e.code().startsWith(u"Server."_s), qPrintable(e.code()));
    if (fault == "502"_L1)
        QVERIFY(!e.message().isEmpty()); // the proxy's page, as plain text

    // lvsim injected exactly this kind.
    const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    QCOMPARE(sim.lastAdminStatus(), 200);
    QVERIFY2(stats.value(u"faults"_s).toObject().value(fault).toInt() >= 1,
             QJsonDocument(stats).toJson().constData());
}

void TestLvClientFaults::wrongAttachmentChecksumIsNeverStored()
{
    LvSimProcess sim;
    QVERIFY(
        sim.start({u"--seed"_s, u"3"_s, u"--cases"_s, u"30"_s, u"--faults"_s, u"checksum=1"_s}));
    const std::unique_ptr<LvClient> client = clientFor(sim);

    auto *feed = client->fetchFeed(QString(), 60);
    QVERIFY(LvTestSupport::waitFor(feed));
    QVERIFY2(feed->isOk(), LvTestSupport::describe(feed).constData());
    int checked = 0;
    for (const FeedItem &item : feed->value().items) {
        auto *form = client->fetchFormdata(item.externalId);
        QVERIFY(LvTestSupport::waitFor(form));
        QVERIFY2(form->isOk(), LvTestSupport::describe(form).constData());
        for (const AttachmentInfo &info : form->value().attachments) {
            QTemporaryDir target;
            auto *download = client->downloadAttachment(item.externalId, info, target.path());
            QVERIFY(LvTestSupport::waitFor(download));
            const LvError &e = download->error();
            QVERIFY2(e.kind() == Kind::ChecksumMismatch || e.kind() == Kind::SizeMismatch,
                     LvTestSupport::describe(download).constData());
            QVERIFY(e.retryable());
            QVERIFY(download->filePath().isEmpty());
            // Nothing unverified is left behind, not even the temporary file.
            QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
            ++checked;
        }
        if (checked >= 3)
            break;
    }
    QVERIFY(checked > 0);
}

void TestLvClientFaults::mixedFaultsAreAllRetryableAndRetriesGetThrough()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"5"_s, u"--cases"_s, u"10"_s, u"--faults"_s, u"mixed=0.5"_s,
                       u"--stall-ms"_s, u"10000"_s}));
    const std::unique_ptr<LvClient> client = clientFor(sim);

    // What the sync engine does: retry what may be retried. With half the attempts failing, a
    // handful of attempts gets each page through, and every failure on the way is retryable.
    QString cursor;
    int pages = 0;
    int failures = 0;
    bool hasMore = true;
    while (hasMore && pages < 5) {
        bool done = false;
        for (int attempt = 0; attempt < 30 && !done; ++attempt) {
            auto *reply = client->fetchFeed(cursor, 3);
            QVERIFY(LvTestSupport::waitFor(reply));
            if (reply->isOk()) {
                cursor = reply->value().nextCursor;
                hasMore = reply->value().hasMore;
                done = true;
            } else {
                ++failures;
                QVERIFY2(reply->error().retryable(), LvTestSupport::describe(reply).constData());
            }
            reply->deleteLater();
        }
        QVERIFY(done);
        ++pages;
    }
    QVERIFY(pages > 1);
    QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(TestLvClientFaults)
#include "tst_lvclientfaults.moc"
