// SPDX-License-Identifier: EUPL-1.2
// OutboxPayload: a queued body read back gives exactly the write that was queued, so that every
// retry sends the same write under the same messageId.

#include "lv/lvcodec.h"
#include "sync/outboxpayload.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_OutboxPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusUpdateReadsBackExactly();
    void statusUpdateWithNullsReadsBackExactly();
    void messageWithSupplementAndAttachmentReadsBackExactly();
    void brokenPayloadsAreRefused();
};

void tst_OutboxPayload::statusUpdateReadsBackExactly()
{
    StatusUpdate update;
    update.messageId = QUuid::createUuid();
    update.state = ServiceState::InProcessing;
    update.statusText = {u"Käsittelyssä"_s, u"Under behandling"_s, u"In processing"_s};
    update.statusDate = QDate(2026, 11, 26);
    update.diaryNumber = u"LV-2026-00012"_s;
    update.handler = u"mvirtanen"_s;
    update.processingStartDate = QDate(2026, 11, 25);
    const QByteArray body = LvCodec::encodeStatusUpdate(update);
    QString error;
    const auto decoded = OutboxPayload::statusUpdate(body, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, update);
    QCOMPARE(LvCodec::encodeStatusUpdate(*decoded), body);
}

void tst_OutboxPayload::statusUpdateWithNullsReadsBackExactly()
{
    StatusUpdate update;
    update.messageId = QUuid::createUuid();
    update.state = ServiceState::Closed;
    update.statusText = {u"Käsitelty"_s, u"Behandlad"_s, QString()};
    update.statusDate = QDate(2026, 12, 1);
    const QByteArray body = LvCodec::encodeStatusUpdate(update);
    const auto decoded = OutboxPayload::statusUpdate(body, nullptr);
    QVERIFY(decoded);
    QCOMPARE(LvCodec::encodeStatusUpdate(*decoded), body);
}

void tst_OutboxPayload::messageWithSupplementAndAttachmentReadsBackExactly()
{
    OutgoingMessage message;
    message.messageId = QUuid::createUuid();
    message.subject = u"Täydennyspyyntö"_s;
    message.body = u"Lisätkää asemapiirros."_s;
    message.supplementRequest = SupplementRequest{QDate(2026, 12, 18), {u"Asemapiirros"_s}};
    message.attachments << OutgoingAttachment{u"ohje.pdf"_s, u"application/pdf"_s,
                                              QByteArray("%PDF-1.4\n\x01\x02\xff", 12)};
    const QByteArray body = LvCodec::encodeMessage(message);
    QString error;
    const auto decoded = OutboxPayload::message(body, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(*decoded, message);
    QCOMPARE(LvCodec::encodeMessage(*decoded), body);
}

void tst_OutboxPayload::brokenPayloadsAreRefused()
{
    QString error;
    QVERIFY(!OutboxPayload::statusUpdate("not json", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!OutboxPayload::statusUpdate(R"({"state":"inProcessing","statusDate":"2026-11-26"})",
                                         &error));
    QVERIFY(!OutboxPayload::statusUpdate(
        R"({"messageId":"6f1c9d4e-1b7a-4c55-9a43-3f5a5b0f2e11","state":"bogus","statusDate":"2026-11-26"})",
        &error));
    QVERIFY(!OutboxPayload::message(
        R"({"messageId":"6f1c9d4e-1b7a-4c55-9a43-3f5a5b0f2e11","subject":"s","body":"b","supplementRequest":null,"attachments":[{"fileName":"a","contentType":"x","dataBase64":"@@@"}]})",
        &error));
}

QTEST_GUILESS_MAIN(tst_OutboxPayload)
#include "tst_outboxpayload.moc"
