// SPDX-License-Identifier: EUPL-1.2

#include "domain/mediatype.h"

#include <QTest>

using namespace lvdesk;
using namespace Qt::StringLiterals;

// MediaType: a received content type reaches a header only when it is a valid media type.
class tst_MediaType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data();
    void validity();
    void headerValues();
};

void tst_MediaType::validity_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("valid");
    QTest::newRow("pdf") << u"application/pdf"_s << true;
    QTest::newRow("vendor tree")
        << u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s << true;
    QTest::newRow("parameter") << u"text/plain; charset=utf-8"_s << true;
    QTest::newRow("quoted parameter") << u"text/plain; name=\"a b.txt\""_s << true;
    QTest::newRow("quoted semicolon") << u"text/plain; name=\"a;b\"; charset=utf-8"_s << true;
    QTest::newRow("no slash") << u"pdf"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("empty subtype") << u"image/"_s << false;
    QTest::newRow("two slashes") << u"image/png/x"_s << false;
    QTest::newRow("CRLF") << u"application/pdf\r\nX-Injected: 1"_s << false;
    QTest::newRow("LF in parameter") << u"text/plain; charset=\"a\nb\""_s << false;
    QTest::newRow("space in type") << u"image /png"_s << false;
    QTest::newRow("non-ASCII") << u"image/pngä"_s << false;
    QTest::newRow("parameter without value") << u"text/plain; charset"_s << false;
    QTest::newRow("starts with a dot") << u".image/png"_s << false;
}

void tst_MediaType::validity()
{
    QFETCH(QString, type);
    QFETCH(bool, valid);
    QCOMPARE(MediaType::isValid(type), valid);
    QCOMPARE(MediaType::forHeader(type),
             valid ? type.toLatin1() : QByteArray("application/octet-stream"));
    QVERIFY(MediaType::isSafeHeaderValue(MediaType::forHeader(type)));
}

void tst_MediaType::headerValues()
{
    QVERIFY(MediaType::isSafeHeaderValue("anna.virtanen"));
    QVERIFY(MediaType::isSafeHeaderValue("form-data; name=\"a\"\tx"));
    QVERIFY(!MediaType::isSafeHeaderValue("a\r\nb"));
    QVERIFY(!MediaType::isSafeHeaderValue("a\nb"));
    QVERIFY(!MediaType::isSafeHeaderValue(QByteArray("a\0b", 3)));
    QVERIFY(!MediaType::isSafeHeaderValue("a\x7f"));
}

QTEST_GUILESS_MAIN(tst_MediaType)
#include "tst_mediatype.moc"
