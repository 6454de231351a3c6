// SPDX-License-Identifier: EUPL-1.2
// IT support deploys the audit trail's key of a shared database to every workstation with the
// lvdesk command line, through the real keychain: what one workstation exports, another imports,
// and the key never appears on a command line.
#include "headlessrun.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditKeyCli : public QObject
{
    Q_OBJECT

private:
    using Run = lvdesk::HeadlessRun;
    static Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        return Run::run(arguments, input);
    }

private Q_SLOTS:
    void keyTravelsFromOneWorkstationToAnother()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("LVDESK_BIN"), "set LVDESK_BIN");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A shared database: the key belongs to it, not to a data folder.
        const QString profile = dir.filePath(u"shared.ini"_s);
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray host
            = "db" + QByteArray::number(QRandomGenerator::global()->generate()) + ".kunta.local";
        file.write("[store]\ndriver=postgresql\nhost=" + host
                   + "\ndatabase=lvdesk\nuser=lvdesk_app\nsslRootCert=/etc/lvdesk/db-ca.pem\n");
        file.close();

        // Nothing yet for this database.
        Run r = run({u"--profile"_s, profile, u"--audit-key-export"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());

        QByteArray key(32, Qt::Uninitialized);
        for (char &c : key)
            c = char(QRandomGenerator::global()->bounded(256));
        const QByteArray hex = key.toHex();
        r = run({u"--profile"_s, profile, u"--audit-key-import"_s}, hex + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"--profile"_s, profile, u"--audit-key-export"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QString::fromLatin1(hex));

        // Anything but 64 hex characters is refused, and the stored key stays.
        const QList<QByteArray> bad = {QByteArray("not a key\n"), QByteArray(hex.left(62) + '\n'),
                                       QByteArray(QByteArray(64, 'g') + '\n')};
        for (const QByteArray &line : bad) {
            r = run({u"--profile"_s, profile, u"--audit-key-import"_s}, line);
            QCOMPARE(r.exitCode, 2);
        }
        r = run({u"--profile"_s, profile, u"--audit-key-export"_s});
        QCOMPARE(r.out.trimmed(), QString::fromLatin1(hex));
        // Without a profile there is no database to name.
        QCOMPARE(run({u"--audit-key-export"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditKeyCli)
#include "tst_auditkeycli.moc"
