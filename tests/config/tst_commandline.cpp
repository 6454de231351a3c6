// SPDX-License-Identifier: EUPL-1.2
// The lvdesk executable's command line: help in the chosen language, the version, and a clear
// message instead of a crash when no display is available.
#include "headlessrun.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    using Run = lvdesk::HeadlessRun;
    static Run run(const QStringList &arguments) { return Run::run(arguments); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("LVDESK_BIN"), "set LVDESK_BIN"); }

    void helpListsEveryOptionInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fi") << u"fi"_s
                            << QStringList{u"Käyttö:"_s, u"Valitsimet:"_s,
                                           u"Käyttöliittymän kieli: fi, sv tai en."_s,
                                           u"--profile <tiedosto>"_s, u"--data-dir <kansio>"_s};
        QTest::newRow("sv") << u"sv"_s
                            << QStringList{u"Användning:"_s, u"Alternativ:"_s,
                                           u"Användargränssnittets språk: fi, sv eller en."_s,
                                           u"--profile <fil>"_s, u"--data-dir <mapp>"_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"Usage:"_s, u"Options:"_s,
                                           u"User interface language: fi, sv or en."_s,
                                           u"--profile <file>"_s, u"--data-dir <folder>"_s};
    }

    void helpListsEveryOptionInTheChosenLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        const Run r = run({u"--lang"_s, lang, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : {u"--help"_s, u"--version"_s, u"--lang"_s, u"--data-dir"_s,
                                      u"--profile"_s, u"--verbose"_s, u"--sync-once"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));
        for (const QString &text : expected)
            QVERIFY2(r.out.contains(text), qPrintable(text + u"\n"_s + r.out));
    }

    void versionPrintsTheVersion()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"lvdesk "_s + QString::fromLatin1(LVDESK_VERSION));
    }

    void withoutADisplayItSaysSoAndExits()
    {
        const Run r = run({u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no graphical display is available"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void aWrongCommandLineExitsWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{u"--lang"_s, u"en"_s, u"--sync-once"_s, u"--bogus"_s}
            << u"Unknown option 'bogus'."_s;
        QTest::newRow("missing value")
            << QStringList{u"--lang"_s, u"en"_s, u"--sync-once"_s, u"--profile"_s}
            << u"Missing value after '--profile'."_s;
    }

    void aWrongCommandLineExitsWith2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void syncOncePrintsEveryProfileRefusalInTheChosenLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"profile.ini"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[connection]\nsecurityServer=http://ss.kunta.local\nclient=FI/MUN/0135202-4/"
                   "lvdesk\nservice=FI/GOV/0245437-2/LV/lvService\nuserId=matti\\r\\nX: 1\n");
        file.close();
        const Run r = run({u"--lang"_s, u"fi"_s, u"--sync-once"_s, u"--profile"_s, path,
                           u"--data-dir"_s, dir.filePath(u"data"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        // Each refusal on its own line, naming the key and the reason in Finnish.
        QVERIFY2(r.err.contains(u"connection/securityServer"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"https"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"connection/userId"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"ohjausmerk"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"data/lvdesk.sqlite"_s)));
    }

    void unknownLanguageIsRefused()
    {
        const Run r = run({u"--lang"_s, u"de"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"\"de\""_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
