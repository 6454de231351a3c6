// SPDX-License-Identifier: EUPL-1.2
// Every keychain key names what its secret belongs to, so a profile that points elsewhere never
// receives a secret stored for another endpoint, database or certificate.
#include "secrets/secretkeys.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::SecretKeys;

class TestSecretKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportTokenIsBoundToTheOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("another path of the same register")
            << u"https://register.kunta.fi/import"_s << u"https://register.kunta.fi/v2/in"_s
            << true;
        QTest::newRow("default port written or not")
            << u"https://register.kunta.fi/import"_s << u"https://register.kunta.fi:443/import"_s
            << true;
        QTest::newRow("host in another case") << u"https://Register.Kunta.FI/import"_s
                                              << u"https://register.kunta.fi/import"_s << true;
        QTest::newRow("another host") << u"https://register.kunta.fi/import"_s
                                      << u"https://register.evil.example/import"_s << false;
        QTest::newRow("a look-alike host")
            << u"https://register.kunta.fi/import"_s
            << u"https://register.kunta.fi.evil.example/import"_s << false;
        QTest::newRow("another port") << u"https://register.kunta.fi/import"_s
                                      << u"https://register.kunta.fi:8443/import"_s << false;
        QTest::newRow("plain http on the same host")
            << u"https://127.0.0.1:8443/import"_s << u"http://127.0.0.1:8443/import"_s << false;
        QTest::newRow("user info does not name another origin")
            << u"https://register.kunta.fi/import"_s
            << u"https://register.kunta.fi@evil.example/import"_s << false;
    }

    void exportTokenIsBoundToTheOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const QString keyA = SecretKeys::exportToken(QUrl(a));
        const QString keyB = SecretKeys::exportToken(QUrl(b));
        QVERIFY(keyA.startsWith(u"export/token/"_s));
        QCOMPARE(keyA == keyB, same);
    }

    void originWritesSchemeHostAndPort()
    {
        QCOMPARE(SecretKeys::origin(QUrl(u"https://Register.Kunta.FI/x?y#z"_s)),
                 u"https://register.kunta.fi:443"_s);
        QCOMPARE(SecretKeys::origin(QUrl(u"http://127.0.0.1:9000/import"_s)),
                 u"http://127.0.0.1:9000"_s);
        QCOMPARE(SecretKeys::origin(QUrl(u"http://[::1]/import"_s)), u"http://[::1]:80"_s);
        QCOMPARE(SecretKeys::origin(QUrl(u"https://rekisteri.kunta.fi/"_s)),
                 u"https://rekisteri.kunta.fi:443"_s);
        QVERIFY(SecretKeys::origin(QUrl(u"/only/a/path"_s)).isEmpty());
    }

    void databasePasswordNamesServerDatabaseAndRole()
    {
        const QString key
            = SecretKeys::databasePassword(u"DB.kunta.local"_s, 5432, u"lvdesk"_s, u"matti"_s);
        QCOMPARE(key, u"store/postgresql/matti@db.kunta.local:5432/lvdesk"_s);
        QVERIFY(
            key
            != SecretKeys::databasePassword(u"db.kunta.local"_s, 5433, u"lvdesk"_s, u"matti"_s));
        QVERIFY(key
                != SecretKeys::databasePassword(u"db.kunta.local"_s, 5432, u"other"_s, u"matti"_s));
        QVERIFY(
            key
            != SecretKeys::databasePassword(u"db.kunta.local"_s, 5432, u"lvdesk"_s, u"liisa"_s));
    }

    void passphraseFollowsTheCertificateNotItsPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"workstation.p12"_s);
        auto write = [&](const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                   && file.write(bytes) == bytes.size();
        };
        QVERIFY(write("certificate one"));
        QString error;
        const QByteArray first = SecretKeys::certificateFingerprint(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first, QCryptographicHash::hash("certificate one", QCryptographicHash::Sha256));
        QCOMPARE(SecretKeys::tlsPassphrase(first),
                 u"tls/passphrase/sha256:"_s + QString::fromLatin1(first.toHex()));
        // Another certificate at the same path is another secret.
        QVERIFY(write("certificate two"));
        QVERIFY(SecretKeys::certificateFingerprint(path) != first);

        // The asynchronous form answers later, in this thread, with the same key.
        QString key;
        bool answered = false;
        SecretKeys::tlsPassphraseFor(path, this, [&](const QString &k, const QString &e) {
            key = k;
            error = e;
            answered = true;
        });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QVERIFY(error.isEmpty());
        QCOMPARE(key, SecretKeys::tlsPassphrase(SecretKeys::certificateFingerprint(path)));

        answered = false;
        SecretKeys::tlsPassphraseFor(dir.filePath(u"missing.p12"_s), this,
                                     [&](const QString &k, const QString &e) {
                                         key = k;
                                         error = e;
                                         answered = true;
                                     });
        QTRY_VERIFY(answered);
        QVERIFY(key.isEmpty());
        QVERIFY(error.contains(u"missing.p12"_s));
    }

    void auditKeyNamesItsDatabase()
    {
        QVERIFY(SecretKeys::auditKey(u"postgresql://db:5432/lvdesk"_s)
                != SecretKeys::auditKey(u"postgresql://db:5432/other"_s));
        QVERIFY(SecretKeys::auditKey(u"sqlite:/home/a/lvdesk.sqlite"_s)
                    .startsWith(u"audit/hmacKey/"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecretKeys)
#include "tst_secretkeys.moc"
