// SPDX-License-Identifier: EUPL-1.2

#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::MemorySecretStore;
using lvdesk::SecretStore;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersLaterNotDuringTheCall()
    {
        MemorySecretStore store;
        store.set(u"k"_s, "v");
        bool answered = false;
        store.read(u"k"_s, this, [&](const SecretStore::Result &r) {
            answered = true;
            QCOMPARE(r.secret, QByteArray("v"));
        });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void writeReadRemoveRoundTrip()
    {
        MemorySecretStore store;
        SecretStore::Result last;
        int answers = 0;
        const auto keep = [&](const SecretStore::Result &r) {
            last = r;
            ++answers;
        };
        store.write(u"db/password"_s, "s3cret", this, keep);
        QTRY_COMPARE(answers, 1);
        QVERIFY(last.ok());
        store.read(u"db/password"_s, this, keep);
        QTRY_COMPARE(answers, 2);
        QCOMPARE(last.secret, QByteArray("s3cret"));
        store.remove(u"db/password"_s, this, keep);
        QTRY_COMPARE(answers, 3);
        QVERIFY(last.ok());
        store.read(u"db/password"_s, this, keep);
        QTRY_COMPARE(answers, 4);
        QCOMPARE(last.error, SecretStore::Error::NotFound);
        QVERIFY(!last.message.isEmpty());
    }

    void missingServiceIsReportedAsSuch()
    {
        MemorySecretStore store;
        store.setServiceAvailable(false);
        SecretStore::Result last;
        bool answered = false;
        store.write(u"k"_s, "v", this, [&](const SecretStore::Result &r) {
            last = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(last.error, SecretStore::Error::NoService);
        QCOMPARE(last.message, SecretStore::describe(SecretStore::Error::NoService));
        QVERIFY(!store.contains(u"k"_s));
    }

    void noAnswerAfterContextIsGone()
    {
        MemorySecretStore store;
        store.set(u"k"_s, "v");
        bool answered = false;
        auto *context = new QObject;
        store.read(u"k"_s, context, [&](const SecretStore::Result &) { answered = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
