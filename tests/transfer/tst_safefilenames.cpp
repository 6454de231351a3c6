// SPDX-License-Identifier: EUPL-1.2
// Customers' attachment names made safe for Windows and Linux and unique within a package.

#include "domain/safefilenames.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lvdesk {

class tst_SafeFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileNamesBecomeSafeAndUnique();
    void hostileNamesStayInsideTheirFolder();
    void ordinaryNamesAreKept();
    void reservedDeviceNamesAreDefused_data();
    void reservedDeviceNamesAreDefused();
    void longNamesKeepTheirExtension();
    void namesDifferingOnlyInCaseOrNormalisationGetNumbered();
    void bidiOverrideCannotDisguiseTheExtension();

private:
    static QStringList hostileNames();
    static void checkSafe(const QString &name);
};

QStringList tst_SafeFileNames::hostileNames()
{
    return {
        u"../../etc/passwd"_s,
        u"..\\..\\Windows\\System32\\config\\SAM"_s,
        u"/absolute/path/plan.pdf"_s,
        u"C:\\Users\\Public\\plan.pdf"_s,
        u"CON"_s,
        u"con.txt"_s,
        u"NUL.tar.gz"_s,
        u"Com1.pdf"_s,
        u"lpt9"_s,
        u"aux .pdf"_s,
        u"COM\u00B9.txt"_s,
        u"."_s,
        u".."_s,
        u"..."_s,
        u""_s,
        u"   "_s,
        u".hidden"_s,
        u"trailing dot."_s,
        u"trailing space "_s,
        u"a<b>c:d\"e|f?g*h.pdf"_s,
        u"tab\there\nnewline\rreturn.pdf"_s,
        QString(u"nul\u0000byte.pdf"_s),
        u"\u0007bell\u001b[31mred\u007f.pdf"_s,
        u"invoice\u202Efdp.exe"_s,
        u"photo\u2066\u2069\u200E\u200F.jpg"_s,
        u"zero\u200Bwidth\u200D\uFEFFjoin.pdf"_s,
        u"fraction\u2044division\u2215full\uFF0Fwidth\uFF3Cslash.pdf"_s,
        u"e\u0301te\u0301.pdf"_s, // decomposed "été"
        u"\u00E9t\u00E9.pdf"_s, // the same, composed
        QString(300, u'x') + u".pdf"_s,
        QString(300, u'\u00E4') + u".pdf"_s, // two bytes each
        u"\U0001F600"_s.repeated(150) + u".png"_s, // four bytes each
        QString(300, u'y'), // no extension
        u"name."_s + QString(200, u'z'), // an "extension" too long to be one
        u"Report.PDF"_s,
        u"report.pdf"_s,
        u"report.pdf"_s,
        u"report (2).pdf"_s,
        QChar(0xD800) + u"lone surrogate.pdf"_s,
        u"..\u202E..\u200B/..\\.."_s,
    };
}

void tst_SafeFileNames::checkSafe(const QString &name)
{
    QVERIFY2(!name.isEmpty(), "empty name");
    QVERIFY2(name.toUtf8().size() <= SafeFileNames::maxUtf8Bytes, qPrintable(name));
    QVERIFY2(name != u"."_s && name != u".."_s, qPrintable(name));
    QVERIFY2(!name.contains(u".."_s), qPrintable(name));
    QVERIFY2(!name.startsWith(u'.') && !name.startsWith(u' '), qPrintable(name));
    QVERIFY2(!name.endsWith(u'.') && !name.endsWith(u' '), qPrintable(name));
    QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar ch = name.at(i);
        QVERIFY2(!u"<>:\"/\\|?*"_s.contains(ch), qPrintable(name));
        QVERIFY2(ch.unicode() >= 0x20 && !(ch.unicode() >= 0x7F && ch.unicode() <= 0x9F),
                 qPrintable(name));
        QVERIFY2(ch.category() != QChar::Other_Format, qPrintable(name));
        if (ch.isHighSurrogate()) {
            QVERIFY2(i + 1 < name.size() && name.at(i + 1).isLowSurrogate(), qPrintable(name));
            ++i;
        } else {
            QVERIFY2(!ch.isSurrogate(), qPrintable(name));
        }
    }
    static const QStringList devices = {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    QVERIFY2(!devices.contains(stem), qPrintable(name));
    QVERIFY2(!(stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s))),
             qPrintable(name));
    QVERIFY(SafeFileNames::isSafe(name));
}

void tst_SafeFileNames::hostileNamesBecomeSafeAndUnique()
{
    const QStringList originals = hostileNames();
    QVERIFY(originals.size() >= 20);
    SafeFileNames names;
    QSet<QString> folded;
    for (const QString &original : originals) {
        const QString safe = names.unique(original);
        checkSafe(safe);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!folded.contains(safe.toCaseFolded()), qPrintable(safe));
        folded.insert(safe.toCaseFolded());
    }
    QCOMPARE(folded.size(), originals.size());
}

void tst_SafeFileNames::hostileNamesStayInsideTheirFolder()
{
    // Written for real: every file lands directly in the folder, under exactly its safe name.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QDir(root.path()).mkdir(u"package"_s);
    const QString folder = root.filePath(u"package"_s);
    SafeFileNames names;
    QSet<QString> expected;
    const QStringList originals = hostileNames();
    for (const QString &original : originals) {
        const QString safe = names.unique(original);
        QFile file(QDir(folder).filePath(safe));
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::NewOnly), qPrintable(safe));
        file.write("x");
        expected.insert(safe);
    }
    const QStringList inFolder = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(QSet<QString>(inFolder.begin(), inFolder.end()), expected);
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"package"_s});
}

void tst_SafeFileNames::ordinaryNamesAreKept()
{
    QCOMPARE(SafeFileNames::sanitize(u"asemapiirros.pdf"_s), u"asemapiirros.pdf"_s);
    QCOMPARE(SafeFileNames::sanitize(u"Ympäristölupa hakemus 2026.docx"_s),
             u"Ympäristölupa hakemus 2026.docx"_s);
    QCOMPARE(SafeFileNames::sanitize(u"kartta.tar.gz"_s), u"kartta.tar.gz"_s);
    QCOMPARE(SafeFileNames::sanitize(u"..."_s), u"attachment"_s);
}

void tst_SafeFileNames::reservedDeviceNamesAreDefused_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("Nul.tar.gz") << u"Nul.tar.gz"_s << u"_Nul.tar.gz"_s;
    QTest::newRow("COM9.pdf") << u"COM9.pdf"_s << u"_COM9.pdf"_s;
    QTest::newRow("lpt1") << u"lpt1"_s << u"_lpt1"_s;
    QTest::newRow("PRN .pdf") << u"PRN .pdf"_s << u"_PRN.pdf"_s;
    QTest::newRow("CONSOLE.pdf is fine") << u"CONSOLE.pdf"_s << u"CONSOLE.pdf"_s;
    QTest::newRow("COM10 is fine") << u"COM10"_s << u"COM10"_s;
}

void tst_SafeFileNames::reservedDeviceNamesAreDefused()
{
    QFETCH(QString, original);
    QFETCH(QString, expected);
    QCOMPARE(SafeFileNames::sanitize(original), expected);
}

void tst_SafeFileNames::longNamesKeepTheirExtension()
{
    const QString safe = SafeFileNames::sanitize(QString(300, u'\u00E4') + u".pdf"_s);
    QVERIFY(safe.endsWith(u".pdf"_s));
    QVERIFY(safe.toUtf8().size() <= SafeFileNames::maxUtf8Bytes);
    QVERIFY(safe.toUtf8().size() >= SafeFileNames::maxUtf8Bytes - 1); // cut at a character
    SafeFileNames names;
    const QString first = names.unique(QString(300, u'x') + u".pdf"_s);
    const QString second = names.unique(QString(300, u'x') + u".pdf"_s);
    QVERIFY(first != second);
    QVERIFY(second.endsWith(u" (2).pdf"_s));
    QVERIFY(second.toUtf8().size() <= SafeFileNames::maxUtf8Bytes);
}

void tst_SafeFileNames::namesDifferingOnlyInCaseOrNormalisationGetNumbered()
{
    SafeFileNames names;
    QCOMPARE(names.unique(u"Liite.PDF"_s), u"Liite.PDF"_s);
    QCOMPARE(names.unique(u"liite.pdf"_s), u"liite (2).pdf"_s);
    QCOMPARE(names.unique(u"\u00E9t\u00E9.pdf"_s), u"\u00E9t\u00E9.pdf"_s);
    QCOMPARE(names.unique(u"e\u0301te\u0301.pdf"_s), u"\u00E9t\u00E9 (2).pdf"_s);
    QCOMPARE(names.unique(u"\u00C9T\u00C9.PDF"_s), u"\u00C9T\u00C9 (3).PDF"_s);
}

void tst_SafeFileNames::bidiOverrideCannotDisguiseTheExtension()
{
    // Shown with the override, "invoice\u202Efdp.exe" reads "invoiceexe.pdf".
    QCOMPARE(SafeFileNames::sanitize(u"invoice\u202Efdp.exe"_s), u"invoicefdp.exe"_s);
    QCOMPARE(SafeFileNames::sanitize(u"a\u200Bb\u2060c.pdf"_s), u"abc.pdf"_s);
}

} // namespace lvdesk

QTEST_GUILESS_MAIN(lvdesk::tst_SafeFileNames)
#include "tst_safefilenames.moc"
