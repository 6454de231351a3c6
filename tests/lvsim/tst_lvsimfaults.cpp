// SPDX-License-Identifier: EUPL-1.2
// Proves that every fault kind of lvsim reaches a client in the form the contract gives it, that
// fault decisions depend only on seed, path and attempt, and that the command line is checked.

#include "lvsimprocess.h"
#include "simtestclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QProcess>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestLvSimFaults : public QObject
{
    Q_OBJECT

private:
    static bool setFaults(LvSimProcess &sim, const QString &spec)
    {
        sim.adminPost(u"/admin/faults"_s, {{u"spec"_s, spec}});
        return sim.lastAdminStatus() == 200;
    }
    static QString outcome(const SimTestClient::Reply &r)
    {
        if (r.timedOut)
            return u"timeout"_s;
        if (r.error != QNetworkReply::NoError && r.status == 0)
            return u"network"_s;
        QJsonParseError e;
        QJsonDocument::fromJson(r.body, &e);
        return QString::number(r.status)
               + (e.error == QJsonParseError::NoError ? u"/json"_s : u"/other"_s) + u'/'
               + QString::fromUtf8(r.header("X-Road-Error"));
    }

private Q_SLOTS:
    void eachFaultKindReachesTheClient();
    void stalledResponseCompletesAfterThePause();
    void faultsDependOnPathAndAttemptNotOnOrder();
    void writeWhoseAnswerIsLostIsAppliedOnceAndReplayed();
    void badCommandLineIsRefusedAndHelpListsEveryOption();
};

void TestLvSimFaults::eachFaultKindReachesTheClient()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"31"_s, u"--cases"_s, u"30"_s, u"--stall-ms"_s, u"3000"_s}));
    SimTestClient client(sim.baseUrl());
    // An attachment to corrupt, found while no faults are on.
    QString attachmentPath;
    QJsonObject attachment;
    for (const QJsonValue &v :
         client.call("GET", u"/actions?limit=500"_s).json().value(u"items"_s).toArray()) {
        const QString id = v.toObject().value(u"externalId"_s).toString();
        const QJsonArray list = client.call("GET", u"/commondata/"_s + id + u"/formdata"_s)
                                    .json()
                                    .value(u"attachments"_s)
                                    .toArray();
        if (!list.isEmpty()) {
            attachment = list.at(0).toObject();
            attachmentPath = u"/commondata/"_s + id + u"/attachments/"_s
                             + attachment.value(u"id"_s).toString();
            break;
        }
    }
    QVERIFY(!attachmentPath.isEmpty());

    QVERIFY(setFaults(sim, u"429=1"_s));
    auto r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 429);
    QVERIFY(!r.header("Retry-After").isEmpty());
    QVERIFY(r.header("X-Road-Error").isEmpty());
    QCOMPARE(r.json().value(u"error"_s).toString(), u"TooManyRequests"_s);
    // Both forms of Retry-After occur: seconds and an HTTP date.
    QSet<bool> forms;
    for (int i = 0; i < 12; ++i) {
        const QByteArray ra = client.call("GET", u"/actions?limit="_s + QString::number(i + 1))
                                  .header("Retry-After");
        bool isNumber = false;
        ra.toInt(&isNumber);
        QVERIFY(isNumber || ra.endsWith(" GMT"));
        forms.insert(isNumber);
    }
    QCOMPARE(forms.size(), 2);

    QVERIFY(setFaults(sim, u"500=1"_s));
    r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 500);
    QVERIFY(r.header("X-Road-Error").isEmpty());
    QCOMPARE(r.json().value(u"error"_s).toString(), u"InternalError"_s);

    QVERIFY(setFaults(sim, u"502=1"_s));
    r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("502 Bad Gateway"));

    QVERIFY(setFaults(sim, u"503=1"_s));
    r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.header("Retry-After"), "1");
    QCOMPARE(r.json().value(u"error"_s).toString(), u"ServiceUnavailable"_s);

    QVERIFY(setFaults(sim, u"xroad=1"_s));
    r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 500);
    QVERIFY(r.header("X-Road-Error").startsWith("Server."));
    QCOMPARE(r.json().value(u"type"_s).toString(), QString::fromUtf8(r.header("X-Road-Error")));

    QVERIFY(setFaults(sim, u"reset=1"_s));
    r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error != QNetworkReply::NoError && !r.timedOut, qPrintable(r.errorString));

    QVERIFY(setFaults(sim, u"truncate=1"_s));
    r = client.call("GET", u"/actions?limit=50"_s);
    QVERIFY2(r.error != QNetworkReply::NoError && !r.timedOut, qPrintable(r.errorString));

    QVERIFY(setFaults(sim, u"stall=1"_s));
    client.setTimeoutMs(500);
    r = client.call("GET", u"/actions"_s);
    QVERIFY(r.timedOut);
    client.setTimeoutMs(20000);

    QVERIFY(setFaults(sim, u"malformed=1"_s));
    r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(r.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    QVERIFY(setFaults(sim, u"checksum=1"_s));
    r = client.call("GET", attachmentPath);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), attachment.value(u"size"_s).toInteger());
    QVERIFY(
        QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex())
        != attachment.value(u"sha256"_s).toString());
    // A checksum fault cannot hit a JSON resource: it is left alone.
    QCOMPARE(client.call("GET", u"/actions"_s).status, 200);

    QVERIFY(setFaults(sim, QString()));
    QCOMPARE(client.call("GET", attachmentPath).status, 200);
    const QJsonObject faults = sim.adminGet(u"/admin/stats"_s).value(u"faults"_s).toObject();
    for (const QString &kind : {u"429"_s, u"500"_s, u"502"_s, u"503"_s, u"xroad"_s, u"reset"_s,
                                u"stall"_s, u"truncate"_s, u"malformed"_s, u"checksum"_s})
        QVERIFY2(faults.value(kind).toInt() >= 1, qPrintable(kind));
    QVERIFY(!setFaults(sim, u"teapot=1"_s));
    QVERIFY(!setFaults(sim, u"500=0.7,503=0.7"_s));
}

void TestLvSimFaults::stalledResponseCompletesAfterThePause()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"32"_s, u"--cases"_s, u"5"_s, u"--faults"_s, u"stall=1"_s,
                       u"--stall-ms"_s, u"600"_s}));
    SimTestClient client(sim.baseUrl());
    QElapsedTimer timer;
    timer.start();
    const auto r = client.call("GET", u"/actions"_s);
    QVERIFY(timer.elapsed() >= 550);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"items"_s).toArray().size() >= 5);
}

void TestLvSimFaults::faultsDependOnPathAndAttemptNotOnOrder()
{
    const QStringList args{u"--seed"_s, u"33"_s, u"--cases"_s, u"20"_s, u"--stall-ms"_s, u"50"_s};
    LvSimProcess a, b;
    QVERIFY(a.start(args));
    QVERIFY(b.start(args));
    SimTestClient ca(a.baseUrl()), cb(b.baseUrl());
    QStringList paths{u"/actions?limit=3"_s, u"/actions?limit=4"_s};
    for (const QJsonValue &v :
         ca.call("GET", u"/actions?limit=4"_s).json().value(u"items"_s).toArray())
        paths << u"/commondata/"_s + v.toObject().value(u"externalId"_s).toString()
                     + u"/commondata"_s;
    QVERIFY(setFaults(a, u"mixed=0.7"_s));
    QVERIFY(setFaults(b, u"mixed=0.7"_s));
    constexpr int attempts = 4;
    QMap<QString, QString> byPathFirst, byAttemptFirst;
    for (const QString &p : paths) {
        for (int n = 0; n < attempts; ++n)
            byPathFirst.insert(p + u'#' + QString::number(n), outcome(ca.call("GET", p)));
    }
    for (int n = 0; n < attempts; ++n) {
        for (qsizetype i = paths.size() - 1; i >= 0; --i)
            byAttemptFirst.insert(paths.at(i) + u'#' + QString::number(n),
                                  outcome(cb.call("GET", paths.at(i))));
    }
    for (auto it = byPathFirst.cbegin(); it != byPathFirst.cend(); ++it) {
        if (byAttemptFirst.value(it.key()) != it.value())
            qWarning("%s: %s vs %s", qPrintable(it.key()), qPrintable(it.value()),
                     qPrintable(byAttemptFirst.value(it.key())));
    }
    QCOMPARE(byAttemptFirst, byPathFirst);
    // At 70 % some requests fail and some succeed.
    const QStringList outcomes = byPathFirst.values();
    QVERIFY(outcomes.contains(u"200/json/"_s));
    QVERIFY(outcomes.size() - outcomes.count(u"200/json/"_s) > 0);
}

void TestLvSimFaults::writeWhoseAnswerIsLostIsAppliedOnceAndReplayed()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"34"_s, u"--cases"_s, u"3"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id = client.call("GET", u"/actions?limit=1"_s)
                           .json()
                           .value(u"items"_s)
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"externalId"_s)
                           .toString();
    // A message: POST is not idempotent, so the HTTP client never resends it by itself and every
    // attempt below is the test's own.
    const QByteArray body
        = QJsonDocument(
              QJsonObject{{u"messageId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {u"subject"_s, u"Vastaanotettu"_s},
                          {u"body"_s, u"Asianne on vastaanotettu."_s}})
              .toJson(QJsonDocument::Compact);
    const QString path = u"/commondata/"_s + id + u"/messages"_s;

    // 503 answers before the service acts: nothing is applied.
    QVERIFY(setFaults(sim, u"503=1"_s));
    QCOMPARE(client.call("POST", path, body).status, 503);
    QCOMPARE(sim.adminGet(u"/admin/received"_s).value(u"messages"_s).toInt(), 0);
    // A reset loses the answer of a write that was applied ...
    QVERIFY(setFaults(sim, u"reset=1"_s));
    const auto lost = client.call("POST", path, body);
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.error != QNetworkReply::NoError);
    QCOMPARE(sim.adminGet(u"/admin/received"_s).value(u"messages"_s).toInt(), 1);
    // ... and the retry with the same messageId gets the original answer, applying nothing twice.
    QVERIFY(setFaults(sim, QString()));
    const auto retry = client.call("POST", path, body);
    QCOMPARE(retry.status, 201);
    QVERIFY(retry.json().value(u"id"_s).toString().startsWith(u"m-"_s));
    const QJsonObject received = sim.adminGet(u"/admin/received"_s);
    QCOMPARE(received.value(u"messages"_s).toInt(), 1);
    QCOMPARE(received.value(u"duplicateWrites"_s).toInt(), 0);
    // Besides the test's own retry, the replays are the HTTP stack's resends after the reset,
    // which repeat the request as it was, X-Road-Id included.
    const int replays = received.value(u"replayedMessageIds"_s).toInt();
    QVERIFY(replays >= 1);
    const QJsonObject xroad = sim.adminGet(u"/admin/stats"_s).value(u"xroad"_s).toObject();
    QCOMPARE(xroad.value(u"reusedXRoadId"_s).toInt(), replays - 1);
}

void TestLvSimFaults::badCommandLineIsRefusedAndHelpListsEveryOption()
{
    const QString program = LvSimProcess::program();
    QVERIFY(!program.isEmpty());
    QProcess help;
    help.start(program, {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const QString &option :
         {u"--listen"_s, u"--port"_s, u"--admin-port"_s, u"--seed"_s, u"--cases"_s, u"--epoch"_s,
          u"--tls-cert"_s, u"--tls-key"_s, u"--client-ca"_s, u"--faults"_s, u"--stall-ms"_s,
          u"--client"_s, u"--service"_s, u"--attachment-cache-mb"_s, u"--hostile"_s,
          u"--hostile-large-bytes"_s, u"--verbose"_s})
        QVERIFY2(text.contains(option), qPrintable(option));

    auto refused = [&](const QStringList &args, const QByteArray &expected) {
        QProcess p;
        p.start(program, args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(expected), err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    };
    refused({u"--faults"_s, u"bogus=1"_s}, "unknown fault kind");
    refused({u"--faults"_s, u"500=2"_s}, "from 0 to 1");
    refused({u"--client"_s, u"FI-TEST/MUN/0135202-4"_s.chopped(3)}, "--client");
    refused({u"--service"_s, u"FI-TEST/GOV/0245437-2/LV"_s}, "--service");
    refused({u"--cases"_s, u"-1"_s}, "--cases");
    refused({u"--tls-cert"_s, u"missing.pem"_s}, "go together");
    refused({u"--hostile"_s, u"1.5"_s}, "--hostile must be");
    refused({u"--hostile"_s, u"-0.1"_s}, "--hostile must be");
    refused({u"--hostile"_s, u"some"_s}, "--hostile must be");
    refused({u"--hostile"_s, u"nan"_s}, "--hostile must be");
    refused({u"--hostile-large-bytes"_s, u"1000"_s}, "--hostile-large-bytes");
}

QTEST_GUILESS_MAIN(TestLvSimFaults)
#include "tst_lvsimfaults.moc"
