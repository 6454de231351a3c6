// SPDX-License-Identifier: EUPL-1.2
// Proves lvsim's HTTPS and mutual-TLS modes with certificates the test makes with openssl: a
// trusted server answers, an untrusted one is refused, and with --client-ca only a client
// certificate from that CA gets through.

#include "lvsimprocess.h"
#include "simtestclient.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestLvSimTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(u"openssl"_s, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
            return false;
        }
        return true;
    }
    bool makeCa(const QString &name)
    {
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                        name + u".key"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s,
                        u"-subj"_s, u"/CN="_s + name});
    }
    bool makeLeaf(const QString &name, const QString &ca, const QString &extensions)
    {
        QFile ext(path(name + u".ext"_s));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(extensions.toUtf8());
        ext.close();
        return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                        name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                        u"/CN="_s + name})
               && openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s,
                           ca + u".pem"_s, u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s,
                           u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                           name + u".ext"_s});
    }
    QSslConfiguration trusting(const QString &ca, const QString &clientName = QString()) const
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromPath(path(ca + u".pem"_s)));
        if (!clientName.isEmpty()) {
            conf.setLocalCertificate(
                QSslCertificate::fromPath(path(clientName + u".pem"_s)).value(0));
            QFile key(path(clientName + u".key"_s));
            if (key.open(QIODevice::ReadOnly))
                conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        }
        return conf;
    }
    QStringList serverArgs() const
    {
        return {u"--cases"_s,          u"3"_s,         u"--tls-cert"_s,
                path(u"server.pem"_s), u"--tls-key"_s, path(u"server.key"_s)};
    }

private Q_SLOTS:
    void initTestCase();
    void httpsAnswersAClientThatTrustsItsCa();
    void httpsIsRefusedByAClientThatDoesNotTrustIt();
    void mutualTlsAcceptsOnlyCertificatesOfItsClientCa();
};

void TestLvSimTls::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("openssl is needed to make the test certificates");
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCa(u"ca"_s));
    QVERIFY(makeCa(u"otherca"_s));
    QVERIFY(makeLeaf(u"server"_s, u"ca"_s,
                     u"subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"_s));
    QVERIFY(makeLeaf(u"client"_s, u"ca"_s, u"extendedKeyUsage=clientAuth\n"_s));
    QVERIFY(makeLeaf(u"stranger"_s, u"otherca"_s, u"extendedKeyUsage=clientAuth\n"_s));
}

void TestLvSimTls::httpsAnswersAClientThatTrustsItsCa()
{
    LvSimProcess sim;
    QVERIFY(sim.start(serverArgs()));
    QCOMPARE(sim.baseUrl().scheme(), u"https"_s);
    SimTestClient client(sim.baseUrl());
    client.setSslConfiguration(trusting(u"ca"_s));
    const auto r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"items"_s).toArray().size() >= 3);
    // The admin endpoint stays plain HTTP on loopback.
    QCOMPARE(sim.adminUrl().scheme(), u"http"_s);
    QCOMPARE(sim.adminGet(u"/admin/stats"_s).value(u"requests"_s).toInt(), 1);
}

void TestLvSimTls::httpsIsRefusedByAClientThatDoesNotTrustIt()
{
    LvSimProcess sim;
    QVERIFY(sim.start(serverArgs()));
    SimTestClient client(sim.baseUrl());
    client.setSslConfiguration(trusting(u"otherca"_s));
    const auto r = client.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestLvSimTls::mutualTlsAcceptsOnlyCertificatesOfItsClientCa()
{
    LvSimProcess sim;
    QVERIFY(sim.start(serverArgs() << u"--client-ca"_s << path(u"ca.pem"_s)));
    SimTestClient good(sim.baseUrl());
    good.setSslConfiguration(trusting(u"ca"_s, u"client"_s));
    QCOMPARE(good.call("GET", u"/actions"_s).status, 200);

    SimTestClient anonymous(sim.baseUrl());
    anonymous.setSslConfiguration(trusting(u"ca"_s));
    auto r = anonymous.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error != QNetworkReply::NoError && !r.timedOut, qPrintable(r.errorString));
    // Refused inside the handshake with a TLS alert, not by a dropped connection afterwards.
    QVERIFY2(r.errorString.contains(u"alert"_s, Qt::CaseInsensitive), qPrintable(r.errorString));

    SimTestClient stranger(sim.baseUrl());
    stranger.setSslConfiguration(trusting(u"ca"_s, u"stranger"_s));
    r = stranger.call("GET", u"/actions"_s);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error != QNetworkReply::NoError && !r.timedOut, qPrintable(r.errorString));
    // Refused inside the handshake with a TLS alert, not by a dropped connection afterwards.
    QVERIFY2(r.errorString.contains(u"alert"_s, Qt::CaseInsensitive), qPrintable(r.errorString));
    // Only the good client's request reached the service.
    QCOMPARE(sim.adminGet(u"/admin/stats"_s).value(u"requests"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestLvSimTls)
#include "tst_lvsimtls.moc"
