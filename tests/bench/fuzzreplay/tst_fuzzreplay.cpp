// SPDX-License-Identifier: EUPL-1.2
// Replays the fuzz corpus and every crash input the fuzzers found (tests/fuzz/corpus and
// tests/fuzz/regressions, one folder per target) through the same entry points the libFuzzer
// targets use, in the normal build, so that a fixed crash stays fixed.

#include "fuzzentry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeedInputs();
    void replayedInputsKeepTheDecodersPromises_data();
    void replayedInputsKeepTheDecodersPromises();
    void damagedSeedsAreRefusedNotCrashed_data();
    void damagedSeedsAreRefusedNotCrashed();

private:
    static QString fuzzDir() { return QStringLiteral(LVDESK_FUZZ_DIR); }
    static void addInputs(const QString &kind);
};

void TestFuzzReplay::everyTargetHasSeedInputs()
{
    const QStringList targets = FuzzEntry::targetNames();
    for (const QString &name : targets) {
        const QDir dir(fuzzDir() + u"/corpus/"_s + name);
        QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(name));
    }
}

// Rows: every file under corpus/<target> and regressions/<target>. A file whose name starts with
// "valid-" is a real body of the interface (or a correct profile) and must also be accepted.
void TestFuzzReplay::addInputs(const QString &kind)
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QStringList targets = FuzzEntry::targetNames();
    for (const QString &name : targets) {
        const QDir dir(fuzzDir() + u'/' + kind + u'/' + name);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(name), qPrintable(file))
                << name << dir.filePath(file);
    }
}

void TestFuzzReplay::replayedInputsKeepTheDecodersPromises_data()
{
    addInputs(u"corpus"_s);
    addInputs(u"regressions"_s);
}

void TestFuzzReplay::replayedInputsKeepTheDecodersPromises()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    FuzzEntry::Target which;
    QVERIFY(FuzzEntry::targetFromName(target, &which));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    // A violated property or a crash ends the process: reaching the next line is the test.
    const bool accepted = FuzzEntry::run(which, input);
    if (QFileInfo(path).fileName().startsWith(u"valid-"_s))
        QVERIFY2(accepted, "a real body of the interface must be accepted");
}

void TestFuzzReplay::damagedSeedsAreRefusedNotCrashed_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QStringList targets = FuzzEntry::targetNames();
    for (const QString &name : targets) {
        if (name == u"profile"_s)
            continue; // an INI file stays an INI file when cut short
        const QDir dir(fuzzDir() + u"/corpus/"_s + name);
        const QStringList files = dir.entryList({u"valid-*"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(file))
                << name << dir.filePath(file);
    }
}

// Every prefix of a valid JSON body is invalid JSON: each must be refused (and not crash).
void TestFuzzReplay::damagedSeedsAreRefusedNotCrashed()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    FuzzEntry::Target which;
    QVERIFY(FuzzEntry::targetFromName(target, &which));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll().trimmed();
    const qsizetype step = std::max<qsizetype>(1, input.size() / 200);
    for (qsizetype length = 0; length < input.size(); length += step)
        QVERIFY2(!FuzzEntry::run(which, input.left(length)),
                 qPrintable(u"prefix of %1 bytes accepted"_s.arg(length)));
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
