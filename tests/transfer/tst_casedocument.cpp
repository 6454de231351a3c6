// SPDX-License-Identifier: EUPL-1.2
// The case as a document: PDF/A-1b with its fonts embedded, every value of the form recoverable as
// text, in the customer's language, the henkilötunnus in full only in the register's copy, customer
// text as plain text, and made off the GUI thread.

#include "richcase.h"

#include "transfer/casedocument.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lvdesk {

class tst_CaseDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applicationDocumentCarriesEveryValue();
    void pdfIsPdfA1bWithEveryFontEmbedded();
    void documentIsInTheCustomersLanguage_data();
    void documentIsInTheCustomersLanguage();
    void henkilotunnusInFullOnlyInTheRegistersCopy();
    void laterActionGetsItsOwnDocument();
    void customerTextStaysPlainText();
    void rendersOffTheGuiThread();

private:
    static QByteArray render(const CaseSnapshot &snapshot, CaseDocument::Copy copy,
                             qint64 eventId = 0)
    {
        CaseDocument::Options options;
        options.copy = copy;
        options.eventId = eventId;
        const CaseDocument document(snapshot, options);
        QString error;
        const QByteArray pdf = document.toPdf(&error);
        if (pdf.isEmpty())
            qWarning() << error;
        return pdf;
    }
};

void tst_CaseDocument::applicationDocumentCarriesEveryValue()
{
    const CaseSnapshot snapshot = RichCase::snapshot({});
    QString error;
    const QString text = RichCase::pdfText(render(snapshot, CaseDocument::Copy::Register), &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));

    // Head: service, project part, the action's id and dates (Finnish time: 21.11. 00:14).
    for (const QString &head : {u"Ympäristölupa (ymparistolupa)"_s, RichCase::projectPartId(1),
                                RichCase::externalId(1), u"21.11.2026 00:14"_s, u"LV-2026-00042"_s})
        QVERIFY2(text.contains(head), qPrintable(head));
    // The customer and the place.
    for (const QString &common :
         {u"Uusi maa-aineksen ottoalue"_s, u"Maija Liisa Meikäläinen"_s, u"maija@example.fi"_s,
          u"+358401234567"_s, u"Harjutie 4"_s, u"33100 Tampere"_s, u"837-401-12-34"_s,
          u"x = 327 000,5, y = 6 822 000,25"_s})
        QVERIFY2(text.contains(common), qPrintable(common));
    // Every section, every field's label and value, the table's cells, the unknown type as JSON.
    for (const QString &value : RichCase::fieldValues())
        QVERIFY2(text.contains(value), qPrintable(value));
    for (const QString &label :
         {u"Toiminta"_s, u"Ainekset"_s, u"Otettavat ainekset"_s, u"Aiempi lupa"_s, u"Kyllä"_s,
          u"Erikoistieto"_s, u"asemapiirros.pdf (a1)"_s})
        QVERIFY2(text.contains(label), qPrintable(label));
    // The attachments with size and SHA-256, the review marks, the events.
    const QByteArray first = RichCase::attachmentBytes(1, 0);
    for (const QString &a :
         QStringList{u"asemapiirros.pdf"_s, u"selvitys.pdf"_s,
                     RichCase::normalized(QLocale(u"fi_FI"_s).toString(first.size())) + u" tavua"_s,
                     BlobStore::sha256Of(first),
                     BlobStore::sha256Of(RichCase::attachmentBytes(1, 1)), u"Vaatii selvitystä"_s,
                     u"Kalliomäärä tarkistettava"_s, u"virkailija.a"_s, u"Tapahtumat"_s})
        QVERIFY2(text.contains(a), qPrintable(a));
}

void tst_CaseDocument::pdfIsPdfA1bWithEveryFontEmbedded()
{
    const QByteArray pdf = render(RichCase::snapshot({}), CaseDocument::Copy::Register);
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    // The PDF/A identification in the XMP metadata: part 1, conformance B.
    QVERIFY(QRegularExpression(u"pdfaid:part[^0-9]{0,4}1"_s)
                .match(QString::fromLatin1(pdf))
                .hasMatch());
    QVERIFY(QRegularExpression(u"pdfaid:conformance[^A-Z]{0,4}B"_s)
                .match(QString::fromLatin1(pdf))
                .hasMatch());
    QVERIFY(pdf.contains("/OutputIntents"));

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(pdf);
    file.flush();
    QProcess fonts;
    fonts.start(u"pdffonts"_s, {file.fileName()});
    QVERIFY(fonts.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput())
                                  .split(u'\n', Qt::SkipEmptyParts)
                                  .mid(2); // the header and its underline
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        // Columns: name type encoding emb sub uni object ID.
        const QStringList columns = line.simplified().split(u' ');
        QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == u"yes"_s,
                 qPrintable(line));
    }
}

void tst_CaseDocument::documentIsInTheCustomersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("fi") << u"fi"_s
                        << QStringList{u"Hakemus – Uusi maa-aineksen ottoalue"_s, u"Asiakas"_s,
                                       u"Toiminta"_s, u"Murskaus"_s, u"Liitteet"_s}
                        << QStringList{u"Ansökan"_s, u"Verksamhet"_s};
    QTest::newRow("sv") << u"sv"_s
                        << QStringList{u"Ansökan – Uusi maa-aineksen ottoalue"_s,
                                       u"Kund"_s,
                                       u"Verksamhet"_s,
                                       u"Krossning"_s,
                                       u"Bilagor"_s,
                                       u"Miljötillstånd"_s,
                                       u"120 000 m³/v"_s}
                        << QStringList{u"Hakemus"_s, u"Liitteet"_s};
    // Any other language: Finnish.
    QTest::newRow("en") << u"en"_s << QStringList{u"Hakemus"_s, u"Asiakas"_s}
                        << QStringList{u"Application –"_s, u"Customer"_s, u"Attachments"_s};
}

void tst_CaseDocument::documentIsInTheCustomersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    RichCase::Options o;
    o.language = language;
    const QString text
        = RichCase::pdfText(render(RichCase::snapshot(o), CaseDocument::Copy::Officer));
    for (const QString &e : std::as_const(expected))
        QVERIFY2(text.contains(e), qPrintable(e));
    for (const QString &a : std::as_const(absent))
        QVERIFY2(!text.contains(a), qPrintable(a));
}

void tst_CaseDocument::henkilotunnusInFullOnlyInTheRegistersCopy()
{
    const CaseSnapshot snapshot = RichCase::snapshot({});
    const QString officer = RichCase::pdfText(render(snapshot, CaseDocument::Copy::Officer));
    const QString registerCopy = RichCase::pdfText(render(snapshot, CaseDocument::Copy::Register));
    QVERIFY(!officer.isEmpty() && !registerCopy.isEmpty());
    QVERIFY(officer.contains(u"131052-****"_s));
    QVERIFY(!officer.contains(u"131052-308T"_s));
    QVERIFY(registerCopy.contains(u"131052-308T"_s));
}

void tst_CaseDocument::laterActionGetsItsOwnDocument()
{
    CaseSnapshot snapshot = RichCase::snapshot({});
    RichCase::Options later;
    later.actionType = u"supplement"_s;
    later.submittedAt = u"2026-12-02T10:00:00Z"_s;
    later.attachmentNames = {u"lisaselvitys.pdf"_s};
    later.extraText = u"Täydennetty louhintasuunnitelma"_s;
    CaseSnapshot::EventData supplement = RichCase::snapshot(later).events.first();
    supplement.event.id = 900;
    supplement.event.externalId = RichCase::externalId(1, 2);
    snapshot.events << supplement;

    QCOMPARE(CaseDocument::fileNameFor(snapshot, 0), u"application.pdf"_s);
    QCOMPARE(CaseDocument::fileNameFor(snapshot, 900), u"supplement-2.pdf"_s);
    const QString text = RichCase::pdfText(render(snapshot, CaseDocument::Copy::Register, 900));
    QVERIFY(text.contains(u"Täydennys"_s));
    QVERIFY(text.contains(RichCase::externalId(1, 2)));
    QVERIFY(text.contains(u"Täydennetty louhintasuunnitelma"_s));
    QVERIFY(text.contains(u"lisaselvitys.pdf"_s));
    // Its own attachments only; the events so far include the application before it.
    QVERIFY(!text.contains(u"asemapiirros.pdf"_s + u" "_s + u"Kuvaus"_s));
    QVERIFY(text.contains(RichCase::externalId(1)));
    // The application's document is not the supplement's.
    const QString application = RichCase::pdfText(render(snapshot, CaseDocument::Copy::Register));
    QVERIFY(!application.contains(u"Täydennetty louhintasuunnitelma"_s));
}

void tst_CaseDocument::customerTextStaysPlainText()
{
    RichCase::Options o;
    o.extraText = u"<b>lihava</b> & <img src=x> &amp; \"lainaus\""_s;
    const CaseSnapshot snapshot = RichCase::snapshot(o);
    const QString text = RichCase::pdfText(render(snapshot, CaseDocument::Copy::Officer));
    QVERIFY2(text.contains(u"<b>lihava</b> & <img src=x> &amp; \"lainaus\""_s), qPrintable(text));
}

void tst_CaseDocument::rendersOffTheGuiThread()
{
    const CaseSnapshot snapshot = RichCase::snapshot({});
    QByteArray pdf;
    bool onGuiThread = true;
    QThread *worker = QThread::create([&] {
        onGuiThread = QThread::currentThread() == qApp->thread();
        pdf = render(snapshot, CaseDocument::Copy::Register);
    });
    worker->start();
    QVERIFY(worker->wait(120000));
    delete worker;
    QVERIFY(!onGuiThread);
    QVERIFY(RichCase::pdfText(pdf).contains(u"Kalliokiviaineksen louhinta ja murskaus"_s));
}

} // namespace lvdesk

QTEST_MAIN(lvdesk::tst_CaseDocument)
#include "tst_casedocument.moc"
