// SPDX-License-Identifier: EUPL-1.2
// The officer is the operating system's account, never an environment variable: what lvdesk
// writes as audit actor and handler cannot be chosen by whoever starts it.
#include "config/osidentity.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::OsIdentity;

class TestOsIdentity : public QObject
{
    Q_OBJECT

private:
    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(10000) || process.exitCode() != 0)
            return {};
        return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void accountComesFromTheSystemNotTheEnvironment()
    {
        // Whatever the environment claims before the first question is asked …
        for (const char *name : {"USER", "LOGNAME", "USERNAME"})
            qputenv(name, "mallory");
        const OsIdentity identity = OsIdentity::current();
        QVERIFY2(identity.isValid(), qPrintable(identity.error()));
        // … the account is the one the kernel runs us as.
        const QString expected = run(u"id"_s, {u"-un"_s});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(identity.accountName(), expected);
        QVERIFY(identity.accountName() != u"mallory"_s);

        const QString passwd = run(u"getent"_s, {u"passwd"_s, run(u"id"_s, {u"-u"_s})});
        const QString gecos = passwd.section(u':', 4, 4);
        QCOMPARE(identity.fullName(), OsIdentity::fullNameFromGecos(gecos, expected));
        QVERIFY(identity.displayName().contains(identity.accountName()));
        // Asked once: the same answer later in the run.
        QCOMPARE(OsIdentity::current().accountName(), identity.accountName());
    }

    void fullNameIsTheFirstGecosField_data()
    {
        QTest::addColumn<QString>("gecos");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("plain") << u"Matti Meikäläinen"_s << u"mattim"_s << u"Matti Meikäläinen"_s;
        QTest::newRow("office fields") << u"Matti Meikäläinen,Huone 12,+358 40 123,"_s
                                       << u"mattim"_s << u"Matti Meikäläinen"_s;
        QTest::newRow("ampersand") << u"& Virtanen"_s << u"liisa"_s << u"Liisa Virtanen"_s;
        QTest::newRow("empty") << QString() << u"mattim"_s << QString();
        QTest::newRow("control characters")
            << u"Matti\r\nX-Evil: 1\u202E"_s << u"mattim"_s << u"MattiX-Evil: 1"_s;
    }

    void fullNameIsTheFirstGecosField()
    {
        QFETCH(QString, gecos);
        QFETCH(QString, account);
        QFETCH(QString, fullName);
        QCOMPARE(OsIdentity::fullNameFromGecos(gecos, account), fullName);
    }

    void displayNameNamesLoginAndPerson()
    {
        QCOMPARE(OsIdentity::describe(u"mattim"_s, u"Matti Meikäläinen"_s),
                 u"Matti Meikäläinen (mattim)"_s);
        QCOMPARE(OsIdentity::describe(u"mattim"_s, QString()), u"mattim"_s);
        QCOMPARE(OsIdentity::describe(u"root"_s, u"root"_s), u"root"_s);
    }
};

QTEST_GUILESS_MAIN(TestOsIdentity)
#include "tst_osidentity.moc"
