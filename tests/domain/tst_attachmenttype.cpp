// SPDX-License-Identifier: EUPL-1.2

#include "domain/attachmenttype.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace lvdesk;
using namespace Qt::StringLiterals;

// AttachmentType: the content decides what a file is; only PDF and images are shown inside
// lvdesk, only harmless consistent files open outside it, and programs are only saved.
class tst_AttachmentType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void dangerousExtensionsAnyCase();
};

namespace {

QByteArray png()
{
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QByteArray pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"_ba;
const QByteArray exe = "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"_ba
                       + QByteArray(48, '\0') + "This program cannot be run in DOS mode"_ba;
const QByteArray elf = "\x7f"
                       "ELF\x02\x01\x01\x00"_ba
                       + QByteArray(56, '\0');
const QByteArray script = "#!/bin/sh\nrm -rf ~\n"_ba;
const QByteArray text = "Hei,\nliitteenä lisäselvitys.\n"_ba;

} // namespace

void tst_AttachmentType::decides_data()
{
    using H = AttachmentType::Handling;
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("handling");
    QTest::newRow("pdf") << u"asemapiirros.pdf"_s << pdf << int(H::PreviewPdf);
    QTest::newRow("pdf without extension") << u"asemapiirros"_s << pdf << int(H::PreviewPdf);
    QTest::newRow("png") << u"kuva.png"_s << png() << int(H::PreviewImage);
    QTest::newRow("png called jpg") << u"kuva.jpg"_s << png() << int(H::PreviewImage);
    QTest::newRow("text file") << u"selvitys.txt"_s << text << int(H::OpenExternally);
    QTest::newRow("program") << u"ohjelma.exe"_s << exe << int(H::SaveOnlyDangerous);
    QTest::newRow("program called pdf") << u"lasku.pdf"_s << exe << int(H::SaveOnlyDangerous);
    QTest::newRow("bidi trick after sanitising")
        << u"invoicefdp.exe"_s << pdf << int(H::SaveOnlyDangerous);
    QTest::newRow("linux program") << u"kartta.dat"_s << elf << int(H::SaveOnlyDangerous);
    QTest::newRow("shell script called txt")
        << u"ohje.txt"_s << script << int(H::SaveOnlyDangerous);
    QTest::newRow("javascript") << u"liite.js"_s << text << int(H::SaveOnlyDangerous);
    QTest::newRow("shortcut") << u"liite.lnk"_s << text << int(H::SaveOnlyDangerous);
    QTest::newRow("desktop entry") << u"liite.desktop"_s << text << int(H::SaveOnlyDangerous);
    QTest::newRow("html page") << u"sivu.html"_s << "<html><script>x</script></html>"_ba
                               << int(H::SaveOnlyDangerous);
    QTest::newRow("macro document")
        << u"taulukko.xlsm"_s << "PK\x03\x04"_ba << int(H::SaveOnlyDangerous);
    QTest::newRow("text called docx") << u"lomake.docx"_s << text << int(H::SaveOnly);
    QTest::newRow("unknown kind") << u"data.xyz"_s << QByteArray("\x01\x02\x03\x04", 4)
                                  << int(H::SaveOnly);
}

void tst_AttachmentType::decides()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, handling);
    const AttachmentType::Decision d = AttachmentType::decide(name, content);
    QCOMPARE(int(d.handling), handling);
    const bool savedOnly = d.handling == AttachmentType::Handling::SaveOnly
                           || d.handling == AttachmentType::Handling::SaveOnlyDangerous;
    QCOMPARE(!d.reason.isEmpty(), savedOnly); // a file that is not opened says why
    QVERIFY(!d.detectedType.isEmpty());
}

void tst_AttachmentType::dangerousExtensionsAnyCase()
{
    for (const QString &suffix :
         {u"EXE"_s, u"Bat"_s, u"cmd"_s, u"PS1"_s, u"vbs"_s, u"jse"_s, u"wsf"_s, u"hta"_s, u"scr"_s,
          u"msi"_s, u"jar"_s, u"sh"_s, u"AppImage"_s, u"com"_s})
        QVERIFY2(AttachmentType::isDangerousExtension(suffix), qPrintable(suffix));
    QVERIFY(!AttachmentType::isDangerousExtension(u"pdf"_s));
    QVERIFY(!AttachmentType::isDangerousExtension(u"docx"_s));
}

QTEST_GUILESS_MAIN(tst_AttachmentType)
#include "tst_attachmenttype.moc"
