// SPDX-License-Identifier: EUPL-1.2
// The write bodies lvdesk sends: status update and message (§2.5) and acknowledgement (§2.3), byte
// for byte as the contract lists their members, with nulls, escaping and base64 where they belong.
#include "lv/lvcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_CodecEncoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusUpdateIsTheContractJson();
    void statusUpdateSendsNullForWhatIsNotYetKnown();
    void statusUpdateUsesTheWireNameOfEveryState_data();
    void statusUpdateUsesTheWireNameOfEveryState();
    void messageWithSupplementRequestIsTheContractJson();
    void messageWithoutSupplementRequestSendsNull();
    void stringsAreEscapedAndRoundTrip();
    void ackIsTheContractJson();
    void ackOfNothingIsAnEmptyList();

private:
    static QUuid messageId() { return QUuid(u"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b"_s); }
};

void tst_CodecEncoders::statusUpdateIsTheContractJson()
{
    StatusUpdate update;
    update.messageId = messageId();
    update.state = ServiceState::InProcessing;
    update.statusText = LocalizedText{u"Käsittelyssä"_s, u"Under behandling"_s, u"In processing"_s};
    update.statusDate = QDate(2026, 11, 26);
    update.diaryNumber = u"YMP/123/2026"_s;
    update.handler = u"Liisa Käsittelijä"_s;
    update.processingStartDate = QDate(2026, 11, 25);
    const QByteArray expected
        = R"({"messageId":"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b","state":"inProcessing",)"
          R"("statusText":{"fi":"Käsittelyssä","sv":"Under behandling","en":"In processing"},)"
          R"("statusDate":"2026-11-26","diaryNumber":"YMP/123/2026","handler":"Liisa Käsittelijä",)"
          R"("processingStartDate":"2026-11-25"})";
    QCOMPARE(LvCodec::encodeStatusUpdate(update), expected);
}

void tst_CodecEncoders::statusUpdateSendsNullForWhatIsNotYetKnown()
{
    StatusUpdate update;
    update.messageId = messageId();
    update.state = ServiceState::Received;
    update.statusText = LocalizedText{u"Vastaanotettu"_s, u"Mottaget"_s, QString()};
    update.statusDate = QDate(2026, 11, 26);
    const QByteArray expected
        = R"({"messageId":"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b","state":"received",)"
          R"("statusText":{"fi":"Vastaanotettu","sv":"Mottaget"},"statusDate":"2026-11-26",)"
          R"("diaryNumber":null,"handler":null,"processingStartDate":null})";
    QCOMPARE(LvCodec::encodeStatusUpdate(update), expected);
}

void tst_CodecEncoders::statusUpdateUsesTheWireNameOfEveryState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("received") << int(ServiceState::Received) << u"received"_s;
    QTest::newRow("inProcessing") << int(ServiceState::InProcessing) << u"inProcessing"_s;
    QTest::newRow("supplementRequested")
        << int(ServiceState::SupplementRequested) << u"supplementRequested"_s;
    QTest::newRow("decided") << int(ServiceState::Decided) << u"decided"_s;
    QTest::newRow("closed") << int(ServiceState::Closed) << u"closed"_s;
    QTest::newRow("transferredElsewhere")
        << int(ServiceState::TransferredElsewhere) << u"transferredElsewhere"_s;
}

void tst_CodecEncoders::statusUpdateUsesTheWireNameOfEveryState()
{
    QFETCH(int, state);
    QFETCH(QString, name);
    StatusUpdate update;
    update.messageId = messageId();
    update.state = ServiceState(state);
    update.statusDate = QDate(2026, 11, 26);
    const QJsonObject body = QJsonDocument::fromJson(LvCodec::encodeStatusUpdate(update)).object();
    QCOMPARE(body.value("state"_L1).toString(), name);
}

void tst_CodecEncoders::messageWithSupplementRequestIsTheContractJson()
{
    OutgoingMessage message;
    message.messageId = messageId();
    message.subject = u"Täydennyspyyntö"_s;
    message.body = u"Hei,\nhakemuksesta puuttuu asemapiirros."_s;
    message.supplementRequest
        = SupplementRequest{QDate(2026, 12, 18), {u"Asemapiirros"_s, u"Melumittaus"_s}};
    message.attachments = {OutgoingAttachment{u"ohje.txt"_s, u"text/plain"_s, QByteArray("ohje")},
                           OutgoingAttachment{u"tyhjä.pdf"_s, u"application/pdf"_s, QByteArray()}};
    const QByteArray expected
        = R"({"messageId":"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b","subject":"Täydennyspyyntö",)"
          R"("body":"Hei,\nhakemuksesta puuttuu asemapiirros.",)"
          R"("supplementRequest":{"dueDate":"2026-12-18","items":["Asemapiirros","Melumittaus"]},)"
          R"("attachments":[{"fileName":"ohje.txt","contentType":"text/plain","dataBase64":"b2hqZQ=="},)"
          R"({"fileName":"tyhjä.pdf","contentType":"application/pdf","dataBase64":""}]})";
    QCOMPARE(LvCodec::encodeMessage(message), expected);
}

void tst_CodecEncoders::messageWithoutSupplementRequestSendsNull()
{
    OutgoingMessage message;
    message.messageId = messageId();
    message.subject = u"Päätös"_s;
    message.body = u"Päätös on annettu."_s;
    const QByteArray expected
        = R"({"messageId":"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b","subject":"Päätös",)"
          R"("body":"Päätös on annettu.","supplementRequest":null,"attachments":[]})";
    QCOMPARE(LvCodec::encodeMessage(message), expected);
}

void tst_CodecEncoders::stringsAreEscapedAndRoundTrip()
{
    const QString tricky
        = u"quote \" backslash \\ tab \t cr \r nl \n bell \x07 nul-free ä 😀 </script>"_s;
    OutgoingMessage message;
    message.messageId = messageId();
    message.subject = tricky;
    message.body = tricky;
    message.supplementRequest = SupplementRequest{QDate(2027, 1, 31), {tricky}};
    const QByteArray encoded = LvCodec::encodeMessage(message);
    QVERIFY(encoded.contains(R"(quote \" backslash \\ tab \t cr \r nl \n bell \u0007)"));
    QVERIFY(encoded.contains("ä 😀")); // UTF-8 as is, not \u-escaped
    QVERIFY(!encoded.contains('\x07')); // no raw control characters
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(encoded, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.value("subject"_L1).toString(), tricky);
    QCOMPARE(body.value("body"_L1).toString(), tricky);
    QCOMPARE(
        body.value("supplementRequest"_L1).toObject().value("items"_L1).toArray().at(0).toString(),
        tricky);
    QVERIFY(LvCodec::isValidUtf8(encoded));
}

void tst_CodecEncoders::ackIsTheContractJson()
{
    const QByteArray expected = R"({"messageId":"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b",)"
                                R"("externalIds":["3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6",)"
                                R"("11111111-2222-3333-4444-555555555555"]})";
    QCOMPARE(LvCodec::encodeAck(messageId(), {u"3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6"_s,
                                              u"11111111-2222-3333-4444-555555555555"_s}),
             expected);
}

void tst_CodecEncoders::ackOfNothingIsAnEmptyList()
{
    QCOMPARE(
        LvCodec::encodeAck(messageId(), {}),
        QByteArray(R"({"messageId":"5b2f7c1e-8a4d-4e6f-9b0a-1c2d3e4f5a6b","externalIds":[]})"));
}

QTEST_GUILESS_MAIN(tst_CodecEncoders)
#include "tst_codecencoders.moc"
