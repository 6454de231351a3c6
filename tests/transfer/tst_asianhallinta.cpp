// SPDX-License-Identifier: EUPL-1.2
// The asianhallinta 1.3 messages: the mapping from the contract, every message written valid
// against the project's schema (libxml2 in the program, xmllint beside it), no message at all
// where 1.3 cannot carry a case, and the register's replies read strictly.

#include "richcase.h"

#include "transfer/asianhallintamapper.h"
#include "transfer/asianhallintareader.h"
#include "transfer/asianhallintaschema.h"
#include "transfer/asianhallintawriter.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lvdesk {

class tst_Asianhallinta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCaseForAPersonMapsTheContract();
    void companyGetsItsRepresentativeAsContactPerson();
    void companyWithoutRepresentativeIsItsOwnContact();
    void optionalPlaceDataOnlyWhenItFits();
    void casesThatCannotBeCarriedGiveReasonAndNoMessage_data();
    void casesThatCannotBeCarriedGiveReasonAndNoMessage();
    void customerTextNeverMakesInvalidXml();
    void supplementNamesTheCaseAndTheRegistersId();
    void schemaRefusesInvalidMessages();
    void xmllintAgreesWithTheProgram();
    void mimeTypesAreMadePlain();
    void repliesAreReadStrictly_data();
    void repliesAreReadStrictly();
    void goodRepliesAreRead();

private:
    static QByteArray write(const AsianhallintaMessage &m)
    {
        QString error;
        const QByteArray xml = AsianhallintaWriter::write(m, &error);
        if (xml.isEmpty())
            qWarning() << error;
        return xml;
    }
    static AsianhallintaMessage newCase(const RichCase::Options &o, QString *reason = nullptr)
    {
        std::optional<AsianhallintaMessage> m
            = AsianhallintaMapper::newCase(RichCase::snapshot(o), reason);
        if (!m)
            return {};
        m->messageId = u"0c9f1e3a-6a51-4e6e-9d1e-5b2f7c7a0001"_s;
        return *m;
    }
    static bool validates(const QByteArray &xml)
    {
        QString error;
        const bool ok = AsianhallintaSchema::validate(xml, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }
};

void tst_Asianhallinta::newCaseForAPersonMapsTheContract()
{
    const AsianhallintaMessage m = newCase({});
    QCOMPARE(m.kind, AsianhallintaMessage::Kind::NewCase);
    QCOMPARE(m.type, u"KasiteltavaHakemus"_s);
    QCOMPARE(m.description, u"Uusi maa-aineksen ottoalue"_s);
    QCOMPARE(m.municipalityCode, u"837"_s);
    QCOMPARE(m.applicationId, RichCase::projectPartId(1));
    // Submitted 20.11. 22:14 UTC, which is 21.11. in Finland.
    QCOMPARE(m.submissionDate, QDate(2026, 11, 21));
    QCOMPARE(m.language, u"fi"_s);
    QCOMPARE(m.operations.size(), 1);
    QCOMPARE(m.operations.first().first, u"ymparistolupa"_s);
    QCOMPARE(m.operations.first().second, u"Ympäristölupa"_s);
    QVERIFY(m.point);
    QCOMPARE(m.point->first, 327000.5);
    QCOMPARE(m.point->second, 6822000.25);
    QCOMPARE(m.propertyId, u"837-401-12-34"_s);
    QCOMPARE(m.applicants.size(), 1);
    QVERIFY(m.applicants.first().person);
    const AsianhallintaMessage::Person &p = *m.applicants.first().person;
    QCOMPARE(p.firstNames, u"Maija Liisa"_s);
    QCOMPARE(p.lastName, u"Meikäläinen"_s);
    QCOMPARE(p.personalIdentityCode, u"131052-308T"_s);
    QCOMPARE(p.contact.street, u"Harjutie 4"_s);
    QCOMPARE(p.contact.email, u"maija@example.fi"_s);

    const QByteArray xml = write(m);
    QVERIFY(validates(xml));
    const QString text = QString::fromUtf8(xml);
    QVERIFY(text.contains(
        u"<UusiAsia xmlns=\"http://www.lupapiste.fi/asianhallinta\" version=\"1.3\" messageId=\"0c9f1e3a-6a51-4e6e-9d1e-5b2f7c7a0001\">"_s));
    QVERIFY(text.contains(u"<Sijaintipiste>327000.500 6822000.250</Sijaintipiste>"_s));
    QVERIFY(text.contains(u"<VireilletuloPvm>2026-11-21</VireilletuloPvm>"_s));
    QVERIFY(text.contains(u"<Henkilotunnus>131052-308T</Henkilotunnus>"_s));
    // In the schema's order.
    QVERIFY(text.indexOf(u"<Kuntanumero>"_s) < text.indexOf(u"<Hakijat>"_s));
    QVERIFY(text.indexOf(u"<HakemusTunnus>"_s) < text.indexOf(u"<VireilletuloPvm>"_s));
    QVERIFY(text.indexOf(u"<Asiointikieli>"_s) < text.indexOf(u"<Toimenpiteet>"_s));
    QVERIFY(text.indexOf(u"<Sijainti>"_s) < text.indexOf(u"<Kiinteistotunnus>"_s));
}

void tst_Asianhallinta::companyGetsItsRepresentativeAsContactPerson()
{
    RichCase::Options o;
    o.customerKind = u"organisation"_s;
    o.representative = true;
    const AsianhallintaMessage m = newCase(o);
    QVERIFY(m.applicants.size() == 1 && m.applicants.first().company);
    const AsianhallintaMessage::Company &c = *m.applicants.first().company;
    QCOMPARE(c.name, u"Soramestarit Oy"_s);
    QCOMPARE(c.businessId, u"1234567-1"_s);
    QCOMPARE(c.contactPerson.firstNames, u"Pekka"_s);
    QCOMPARE(c.contactPerson.lastName, u"Edustaja"_s);
    QCOMPARE(c.contactPerson.contact.email, u"pekka@example.fi"_s);
    const QByteArray xml = write(m);
    QVERIFY(validates(xml));
    // The representative's henkilötunnus is not the applicant's: a contact person has none.
    QVERIFY(!xml.contains("120464-121C"));
}

void tst_Asianhallinta::companyWithoutRepresentativeIsItsOwnContact()
{
    RichCase::Options o;
    o.customerKind = u"organisation"_s;
    const AsianhallintaMessage m = newCase(o);
    QVERIFY(m.applicants.size() == 1 && m.applicants.first().company);
    QCOMPARE(m.applicants.first().company->contactPerson.lastName, u"Soramestarit Oy"_s);
    QCOMPARE(m.applicants.first().company->contactPerson.contact.street, u"Harjutie 4"_s);
    QVERIFY(validates(write(m)));
}

void tst_Asianhallinta::optionalPlaceDataOnlyWhenItFits()
{
    RichCase::Options o;
    o.propertyId = u"83740100120034"_s; // the 14-digit form: not the 1.3 pattern
    o.epsg = 4326; // not ETRS-TM35FIN
    o.language = u"en"_s;
    const AsianhallintaMessage m = newCase(o);
    QVERIFY(m.propertyId.isEmpty());
    QVERIFY(!m.point);
    QVERIFY(m.language.isEmpty());
    const QByteArray xml = write(m);
    QVERIFY(validates(xml));
    QVERIFY(!xml.contains("Kiinteistotunnus"));
    QVERIFY(!xml.contains("Sijainti"));
    QVERIFY(!xml.contains("Asiointikieli"));
}

void tst_Asianhallinta::casesThatCannotBeCarriedGiveReasonAndNoMessage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("location");
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no henkilötunnus")
        << QString() << true << u"837"_s << u"without a henkilötunnus"_s;
    // Valid since 2023, refused by the 1.3 pattern [-+A].
    QTest::newRow("century sign B") << u"010105B123P"_s << true << u"837"_s << u"2023"_s;
    QTest::newRow("century sign Y") << u"010195Y123X"_s << true << u"837"_s << u"2023"_s;
    QTest::newRow("no location") << u"131052-308T"_s << false << u"837"_s << u"municipality"_s;
    QTest::newRow("bad municipality") << u"131052-308T"_s << true << u"8370"_s << u"municipality"_s;
}

void tst_Asianhallinta::casesThatCannotBeCarriedGiveReasonAndNoMessage()
{
    QFETCH(QString, code);
    QFETCH(bool, location);
    QFETCH(QString, municipality);
    QFETCH(QString, reason);
    CaseSnapshot snapshot = RichCase::snapshot({});
    // Set on the decoded data: the interface's codec may refuse some of these itself.
    Commondata &common = *snapshot.events.first().commondata;
    common.customer.personalIdentityCode = code;
    if (location)
        common.location->municipalityCode = municipality;
    else
        common.location.reset();
    QString why;
    QVERIFY(!AsianhallintaMapper::newCase(snapshot, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(why.contains(u"lvdesk's own package format"_s));
    // The reason names no customer data.
    QVERIFY(code.isEmpty() || !why.contains(code));
}

void tst_Asianhallinta::customerTextNeverMakesInvalidXml()
{
    AsianhallintaMessage m = newCase({});
    m.description = u"Otto\u0001alue <&> \"x\" \uFFFF loppu"_s;
    AsianhallintaMessage::Attachment a;
    a.description = u"kuva\u000Bnimi.pdf"_s;
    a.mimeType = u"application/pdf"_s;
    a.link = u"liitteet/kuva.pdf"_s;
    a.metadata << QPair<QString, QString>(u"tiedostonimi"_s, u"x\u0002y.pdf"_s);
    m.attachments << a;
    const QByteArray xml = write(m);
    QVERIFY(validates(xml));
    QVERIFY(xml.contains("Otto\xEF\xBF\xBD"
                         "alue &lt;&amp;&gt;"));
}

void tst_Asianhallinta::supplementNamesTheCaseAndTheRegistersId()
{
    AsianhallintaMessage m
        = AsianhallintaMapper::supplement(RichCase::snapshot({}), u"REK 12/2026"_s);
    m.messageId = u"0c9f1e3a-6a51-4e6e-9d1e-5b2f7c7a0002"_s;
    QByteArray xml = write(m);
    QVERIFY(validates(xml));
    QVERIFY(xml.contains("<TaydennysAsiaan "));
    QVERIFY(xml.contains("<AsianTunnus>REK 12/2026</AsianTunnus>"));
    const QByteArray id
        = "<HakemusTunnus>" + RichCase::projectPartId(1).toUtf8() + "</HakemusTunnus>";
    QVERIFY(xml.contains(id));
    // Before the register answered: no AsianTunnus at all.
    m.registerCaseId.clear();
    xml = write(m);
    QVERIFY(validates(xml));
    QVERIFY(!xml.contains("AsianTunnus"));
}

void tst_Asianhallinta::schemaRefusesInvalidMessages()
{
    const QByteArray good = write(newCase({}));
    QVERIFY(validates(good));
    QString error;
    QByteArray bad = good;
    bad.replace("<Kuntanumero>837</Kuntanumero>", "<Kuntanumero>83</Kuntanumero>");
    QVERIFY(!AsianhallintaSchema::validate(bad, &error));
    QVERIFY(error.contains(u"Kuntanumero"_s));
    // The rejected value itself is not repeated (it may be personal data).
    bad = good;
    bad.replace("131052-308T", "131052B308T");
    QVERIFY(!AsianhallintaSchema::validate(bad, &error));
    QVERIFY2(!error.contains(u"131052B308T"_s), qPrintable(error));
    QVERIFY(error.contains(u"Henkilotunnus"_s));
    bad = good;
    bad.replace("version=\"1.3\" ", "");
    QVERIFY(!AsianhallintaSchema::validate(bad, &error));
    QVERIFY(!AsianhallintaSchema::validate("<UusiAsia", &error));
    // The writer never answers an invalid message.
    AsianhallintaMessage m = newCase({});
    m.municipalityCode = u"1"_s;
    QVERIFY(AsianhallintaWriter::write(m, &error).isEmpty());
    QVERIFY(error.contains(u"Kuntanumero"_s));
}

void tst_Asianhallinta::xmllintAgreesWithTheProgram()
{
    const QString schema = qEnvironmentVariable("LVDESK_ASIANHALLINTA_XSD");
    QVERIFY(QFile::exists(schema));
    RichCase::Options company;
    company.customerKind = u"organisation"_s;
    company.representative = true;
    AsianhallintaMessage supplement
        = AsianhallintaMapper::supplement(RichCase::snapshot({}), u"A-1"_s);
    supplement.messageId = u"m-2"_s;
    for (const QByteArray &xml : {write(newCase({})), write(newCase(company)), write(supplement)}) {
        QVERIFY(!xml.isEmpty());
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(xml);
        file.flush();
        QProcess lint;
        lint.setProcessChannelMode(QProcess::MergedChannels);
        lint.start(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, schema, file.fileName()});
        QVERIFY(lint.waitForFinished(60000));
        QVERIFY2(lint.exitCode() == 0, lint.readAll().constData());
    }
}

void tst_Asianhallinta::mimeTypesAreMadePlain()
{
    QCOMPARE(AsianhallintaMapper::mimeType(u"application/pdf"_s), u"application/pdf"_s);
    QCOMPARE(AsianhallintaMapper::mimeType(u"Application/PDF; name=\"x\""_s), u"application/pdf"_s);
    QCOMPARE(AsianhallintaMapper::mimeType(u"not a type"_s), u"application/octet-stream"_s);
    QCOMPARE(AsianhallintaMapper::mimeType(QString()), u"application/octet-stream"_s);
    QCOMPARE(AsianhallintaMapper::mimeType(u"text/html<script>"_s), u"application/octet-stream"_s);
}

void tst_Asianhallinta::repliesAreReadStrictly_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");
    const QByteArray ns = "xmlns=\"http://www.lupapiste.fi/asianhallinta\"";
    QTest::newRow("not xml") << QByteArray("PK\x03\x04 zip bytes") << u"well-formed"_s;
    QTest::newRow("unknown root") << ("<Kuittaus " + ns + " version=\"1.3\"/>") << u"unknown"_s;
    QTest::newRow("other namespace")
        << QByteArray("<AsianTunnusVastaus xmlns=\"urn:x\" version=\"1.3\"/>") << u"namespace"_s;
    QTest::newRow("a message, not a reply")
        << ("<TaydennysAsiaan " + ns
            + " version=\"1.3\"><HakemusTunnus>PP</HakemusTunnus></TaydennysAsiaan>")
        << u"not a reply"_s;
    QTest::newRow("missing messageId")
        << ("<AsianTunnusVastaus " + ns
            + " version=\"1.3\"><HakemusTunnus>PP</HakemusTunnus>"
              "<AsianTunnus>A</AsianTunnus><VastaanotettuPvm>2026-12-01</VastaanotettuPvm>"
              "</AsianTunnusVastaus>")
        << u"schema"_s;
    QTest::newRow("bad date")
        << ("<AsianTunnusVastaus " + ns
            + " version=\"1.3\" messageId=\"m\"><HakemusTunnus>PP"
              "</HakemusTunnus><AsianTunnus>A</AsianTunnus><VastaanotettuPvm>1.12.2026"
              "</VastaanotettuPvm></AsianTunnusVastaus>")
        << u"schema"_s;
    QTest::newRow("entity expansion")
        << ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\"><!ENTITY y "
            "\"&x;&x;&x;\">]>"
            "<AsianTunnusVastaus "
            + ns
            + " version=\"1.3\" messageId=\"m\"><HakemusTunnus>&y;"
              "</HakemusTunnus><AsianTunnus>A</AsianTunnus><VastaanotettuPvm>2026-12-01"
              "</VastaanotettuPvm></AsianTunnusVastaus>")
        << u"document type"_s;
}

void tst_Asianhallinta::repliesAreReadStrictly()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!AsianhallintaReader::read(xml, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void tst_Asianhallinta::goodRepliesAreRead()
{
    const QByteArray ns = "xmlns=\"http://www.lupapiste.fi/asianhallinta\"";
    QString error;
    const QByteArray vastaus = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AsianTunnusVastaus "
                               + ns
                               + " version=\"1.3\" messageId=\"m-1\">\n  <HakemusTunnus>PP-1"
                                 "</HakemusTunnus>\n  <AsianTunnus>YMP 12/2026</AsianTunnus>\n"
                                 "  <VastaanotettuPvm>2026-12-01+02:00</VastaanotettuPvm>\n"
                                 "</AsianTunnusVastaus>\n";
    std::optional<RegisterReply> r = AsianhallintaReader::read(vastaus, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->kind, RegisterReply::Kind::DiaryNumber);
    QCOMPARE(r->messageId, u"m-1"_s);
    QCOMPARE(r->applicationId, u"PP-1"_s);
    QCOMPARE(r->registerCaseId, u"YMP 12/2026"_s);
    QCOMPARE(r->receivedOn, QDate(2026, 12, 1));

    const QByteArray paatos = "<AsianPaatos " + ns
                              + " version=\"1.3\"><HakemusTunnus>PP-1</HakemusTunnus>"
                                "<AsianTunnus>YMP 12/2026</AsianTunnus><PaatoksenTunnus>P-7"
                                "</PaatoksenTunnus><PaatoksenPvm>2027-01-10</PaatoksenPvm>"
                                "<PaatosKoodi>myönnetty</PaatosKoodi><Pykala>12 §</Pykala>"
                                "<Liitteet><Liite><Kuvaus>Päätös</Kuvaus><Tyyppi>application/pdf"
                                "</Tyyppi><LinkkiLiitteeseen>paatos.pdf</LinkkiLiitteeseen>"
                                "</Liite></Liitteet></AsianPaatos>";
    r = AsianhallintaReader::read(paatos, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->kind, RegisterReply::Kind::Decision);
    QVERIFY(r->messageId.isEmpty());
    QCOMPARE(r->decisionId, u"P-7"_s);
    QCOMPARE(r->decisionDate, QDate(2027, 1, 10));
    QCOMPARE(r->decisionCode, u"myönnetty"_s);
    QCOMPARE(r->section, u"12 §"_s);
    QCOMPARE(r->attachmentLinks, QStringList{u"paatos.pdf"_s});
}

} // namespace lvdesk

QTEST_MAIN(lvdesk::tst_Asianhallinta)
#include "tst_asianhallinta.moc"
