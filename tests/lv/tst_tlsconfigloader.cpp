// SPDX-License-Identifier: EUPL-1.2

#include "lv/tlsconfigloader.h"
#include "secrets/memorysecretstore.h"
#include "testpki.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestTlsConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsCaFileToSystemStore();
    void loadsPemCertificateWithPlainKey();
    void loadsEncryptedPemKeyWithPassphraseFromSecretStore();
    void loadsPkcs12WithPassphraseFromSecretStore();
    void wrongPassphraseIsAClearError();
    void missingPassphraseSaysItIsNotInTheKeychain();
    void unreadableKeychainIsReported();
    void expiredClientCertificateIsRefusedBeforeConnecting();
    void missingFilesAreNamed();
    void answersLaterNeverSynchronously();

private:
    TlsConfigLoader::Result loadWith(const ConnectionSettings &settings, SecretStore *store);

    TestPki m_pki;
};

void TestTlsConfigLoader::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

TlsConfigLoader::Result TestTlsConfigLoader::loadWith(const ConnectionSettings &settings,
                                                      SecretStore *store)
{
    std::optional<TlsConfigLoader::Result> result;
    TlsConfigLoader::load(settings, store, this,
                          [&result](const TlsConfigLoader::Result &r) { result = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    }();
    return result.value_or(TlsConfigLoader::Result{});
}

void TestTlsConfigLoader::addsCaFileToSystemStore()
{
    ConnectionSettings s;
    s.caFile = m_pki.caCertificate();
    const TlsConfigLoader::Result r = TlsConfigLoader::build(s, {});
    QVERIFY(r.ok());
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_pki.caCertificate());
    QCOMPARE(ca.size(), 1);
    const QList<QSslCertificate> all = r.configuration.caCertificates();
    QVERIFY(all.contains(ca.first()));
    // The system store stays: the default CAs are all still there.
    for (const QSslCertificate &system : QSslConfiguration::defaultConfiguration().caCertificates())
        QVERIFY(all.contains(system));
    QCOMPARE(r.configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestTlsConfigLoader::loadsPemCertificateWithPlainKey()
{
    ConnectionSettings s;
    s.clientCertificate = m_pki.clientCertificate();
    s.clientKey = m_pki.clientKey();
    const TlsConfigLoader::Result r = TlsConfigLoader::build(s, {});
    QVERIFY2(r.ok(), qPrintable(r.error->userMessage()));
    QCOMPARE(r.configuration.localCertificate(),
             QSslCertificate::fromPath(m_pki.clientCertificate()).value(0));
    QVERIFY(!r.configuration.privateKey().isNull());
}

void TestTlsConfigLoader::loadsEncryptedPemKeyWithPassphraseFromSecretStore()
{
    MemorySecretStore store;
    store.set(u"lv/clientKeyPassphrase"_s, TestPki::passphrase());
    ConnectionSettings s;
    s.clientCertificate = m_pki.clientCertificate();
    s.clientKey = m_pki.clientEncryptedKey();
    s.passphraseKey = u"lv/clientKeyPassphrase"_s;
    const TlsConfigLoader::Result r = loadWith(s, &store);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->userMessage() : QString()));
    QVERIFY(!r.configuration.privateKey().isNull());
    QCOMPARE(r.configuration.privateKey().algorithm(), QSsl::Ec);
}

void TestTlsConfigLoader::loadsPkcs12WithPassphraseFromSecretStore()
{
    MemorySecretStore store;
    store.set(u"lv/p12"_s, TestPki::passphrase());
    ConnectionSettings s;
    s.clientCertificate = m_pki.clientPkcs12();
    s.passphraseKey = u"lv/p12"_s;
    const TlsConfigLoader::Result r = loadWith(s, &store);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->userMessage() : QString()));
    QCOMPARE(r.configuration.localCertificate(),
             QSslCertificate::fromPath(m_pki.clientCertificate()).value(0));
    QVERIFY(!r.configuration.privateKey().isNull());
    // The CA bundled in the PKCS#12 file travels as the chain.
    QCOMPARE(r.configuration.localCertificateChain().size(), 2);
}

void TestTlsConfigLoader::wrongPassphraseIsAClearError()
{
    MemorySecretStore store;
    store.set(u"k"_s, "wrong"_ba);
    ConnectionSettings s;
    s.clientCertificate = m_pki.clientPkcs12();
    s.passphraseKey = u"k"_s;
    TlsConfigLoader::Result r = loadWith(s, &store);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind(), LvError::Kind::Configuration);
    QVERIFY2(r.error->userMessage().contains(u"passphrase is wrong"_s),
             qPrintable(r.error->userMessage()));

    s.clientCertificate = m_pki.clientCertificate();
    s.clientKey = m_pki.clientEncryptedKey();
    r = loadWith(s, &store);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->userMessage().contains(u"passphrase is wrong"_s),
             qPrintable(r.error->userMessage()));
}

void TestTlsConfigLoader::missingPassphraseSaysItIsNotInTheKeychain()
{
    MemorySecretStore store;
    ConnectionSettings s;
    s.clientCertificate = m_pki.clientPkcs12();
    s.passphraseKey = u"not/there"_s;
    const TlsConfigLoader::Result r = loadWith(s, &store);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->userMessage().contains(u"not stored in the keychain"_s),
             qPrintable(r.error->userMessage()));
}

void TestTlsConfigLoader::unreadableKeychainIsReported()
{
    MemorySecretStore store;
    store.set(u"k"_s, TestPki::passphrase());
    store.setServiceAvailable(false);
    ConnectionSettings s;
    s.clientCertificate = m_pki.clientPkcs12();
    s.passphraseKey = u"k"_s;
    const TlsConfigLoader::Result r = loadWith(s, &store);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->userMessage().contains(u"could not be read from the keychain"_s),
             qPrintable(r.error->userMessage()));
}

void TestTlsConfigLoader::expiredClientCertificateIsRefusedBeforeConnecting()
{
    ConnectionSettings s;
    s.clientCertificate = m_pki.expiredClientCertificate();
    s.clientKey = m_pki.expiredClientKey();
    const TlsConfigLoader::Result r = TlsConfigLoader::build(s, {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error->userMessage().contains(u"expired on 2020-02-01"_s),
             qPrintable(r.error->userMessage()));
}

void TestTlsConfigLoader::missingFilesAreNamed()
{
    ConnectionSettings s;
    s.caFile = m_pki.path(u"nope.pem"_s);
    TlsConfigLoader::Result r = TlsConfigLoader::build(s, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error->userMessage().contains(u"nope.pem"_s));

    s = {};
    s.caFile = m_pki.path(u"ca.cnf"_s); // readable, but no certificate in it
    r = TlsConfigLoader::build(s, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error->userMessage().contains(u"contains no certificate"_s));

    s = {};
    s.clientCertificate = m_pki.clientCertificate();
    s.clientKey = m_pki.path(u"missing.key"_s);
    r = TlsConfigLoader::build(s, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error->userMessage().contains(u"missing.key"_s));
}

void TestTlsConfigLoader::answersLaterNeverSynchronously()
{
    bool answered = false;
    TlsConfigLoader::load(ConnectionSettings{}, nullptr, this,
                          [&answered](const TlsConfigLoader::Result &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

QTEST_GUILESS_MAIN(TestTlsConfigLoader)
#include "tst_tlsconfigloader.moc"
