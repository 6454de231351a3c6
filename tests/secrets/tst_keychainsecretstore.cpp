// SPDX-License-Identifier: EUPL-1.2

#include "secrets/keychainsecretstore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using lvdesk::KeychainSecretStore;
using lvdesk::SecretStore;

// Runs against the real OS keychain. LVDESK_EXPECT_KEYCHAIN says what the environment provides:
// "available" (a Secret Service in a private D-Bus session) or "absent" (D-Bus points at nothing).
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretStore::Result call(const std::function<void(SecretStore::Callback)> &start)
    {
        SecretStore::Result result;
        bool answered = false;
        start([&](const SecretStore::Result &r) {
            result = r;
            answered = true;
        });
        // Generous: the first call may start the keyring daemon through D-Bus activation.
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            result.message = u"no answer from the keychain within 20 s"_s;
        return result;
    }

    QString expectation() const { return qEnvironmentVariable("LVDESK_EXPECT_KEYCHAIN"); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString e = expectation();
        QVERIFY2(e == u"available"_s || e == u"absent"_s,
                 "Set LVDESK_EXPECT_KEYCHAIN to available or absent; scripts/test runs this test "
                 "with a private keyring.");
    }

    void secretRoundTripsThroughTheKeychain()
    {
        if (expectation() != u"available"_s)
            QSKIP("this run checks the error without a keychain service");
        KeychainSecretStore store(u"lvdesk-test"_s);
        const QString key = u"roundtrip/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray secret("pässwörd with \0 byte and ünïcode", 33);

        auto written = call([&](auto cb) { store.write(key, secret, this, cb); });
        QVERIFY2(written.ok(), qPrintable(written.message));

        auto read = call([&](auto cb) { store.read(key, this, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);

        auto removed = call([&](auto cb) { store.remove(key, this, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));

        auto gone = call([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(gone.error, SecretStore::Error::NotFound);
    }

    void missingServiceGivesAClearError()
    {
        if (expectation() != u"absent"_s)
            QSKIP("this run has a keychain service");
        KeychainSecretStore store(u"lvdesk-test"_s);
        auto written = call([&](auto cb) { store.write(u"k"_s, "v", this, cb); });
        QCOMPARE(written.error, SecretStore::Error::NoService);
        QCOMPARE(written.message, SecretStore::describe(SecretStore::Error::NoService));
        auto read = call([&](auto cb) { store.read(u"k"_s, this, cb); });
        QCOMPARE(read.error, SecretStore::Error::NoService);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
