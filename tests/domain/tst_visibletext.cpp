// SPDX-License-Identifier: EUPL-1.2

#include "domain/visibletext.h"

#include <QTest>

using namespace lvdesk;
using namespace Qt::StringLiterals;

// VisibleText: customer text is shown as plain text; characters that would hide or reorder it are
// named, never applied.
class tst_VisibleText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenCharactersAreMarked_data();
    void hiddenCharactersAreMarked();
    void multiLineKeepsLineBreaksAndTabs();
    void ordinaryTextIsUnchanged();
};

void tst_VisibleText::hiddenCharactersAreMarked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("right-to-left override")
        << u"invoice\u202Efdp.exe"_s << u"invoice\u27E8U+202E\u27E9fdp.exe"_s;
    QTest::newRow("left-to-right isolate") << u"a\u2066b"_s << u"a\u27E8U+2066\u27E9b"_s;
    QTest::newRow("zero-width space and joiner")
        << u"li\u200Bite\u200D"_s << u"li\u27E8U+200B\u27E9ite\u27E8U+200D\u27E9"_s;
    QTest::newRow("byte order mark") << u"\uFEFFname"_s << u"\u27E8U+FEFF\u27E9name"_s;
    QTest::newRow("control character") << u"a\u0007b"_s << u"a\u27E8U+0007\u27E9b"_s;
    QTest::newRow("newline in a single line") << u"a\nb"_s << u"a\u27E8U+000A\u27E9b"_s;
    QTest::newRow("C1 control") << u"a\u0085b"_s << u"a\u27E8U+0085\u27E9b"_s;
    QTest::newRow("tag character (outside the BMP)")
        << u"a"_s + QString::fromUcs4(U"\U000E0041") + u"b"_s << u"a\u27E8U+E0041\u27E9b"_s;
    QTest::newRow("soft hyphen") << u"ka\u00ADtu"_s << u"ka\u27E8U+00AD\u27E9tu"_s;
}

void tst_VisibleText::hiddenCharactersAreMarked()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QVERIFY(VisibleText::needsMarkers(text));
    QCOMPARE(VisibleText::of(text), shown);
    QVERIFY(!VisibleText::needsMarkers(VisibleText::of(text)));
}

void tst_VisibleText::multiLineKeepsLineBreaksAndTabs()
{
    const QString text = u"Rivi 1\n\tRivi 2\u202E"_s;
    QCOMPARE(VisibleText::of(text, VisibleText::Lines::Multi),
             u"Rivi 1\n\tRivi 2\u27E8U+202E\u27E9"_s);
    QCOMPARE(VisibleText::of(u"a\nb"_s, VisibleText::Lines::Multi), u"a\nb"_s);
}

void tst_VisibleText::ordinaryTextIsUnchanged()
{
    for (const QString &text : {u"Soramestarit Oy"_s, u"Käärijä & Ääriö <b>ltd</b>"_s, u"עברית"_s,
                                u"Ka\u0308a\u0308ri"_s, u"😀 emoji"_s, QString()}) {
        QVERIFY2(!VisibleText::needsMarkers(text), qPrintable(text));
        QCOMPARE(VisibleText::of(text), text);
    }
}

QTEST_GUILESS_MAIN(tst_VisibleText)
#include "tst_visibletext.moc"
