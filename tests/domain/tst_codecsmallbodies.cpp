// SPDX-License-Identifier: EUPL-1.2
// The small answers of the interface: acknowledgement (§2.3), status and message writes (§2.5), the
// service's own error body (§4), the X-Road error body (§1) and the listMethods metaservice.
#include "codectestdata.h"
#include "lv/lvcodec.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_CodecSmallBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ackResponseGivesTheCount_data();
    void ackResponseGivesTheCount();
    void statusResponseGivesAcceptedFlag_data();
    void statusResponseGivesAcceptedFlag();
    void messageResponseGivesTheServiceId_data();
    void messageResponseGivesTheServiceId();
    void serviceErrorOfTheContract_data();
    void serviceErrorOfTheContract();
    void malformedServiceErrorNamesTheField_data();
    void malformedServiceErrorNamesTheField();
    void xroadErrorOfTheContract();
    void malformedXRoadErrorNamesTheField_data();
    void malformedXRoadErrorNamesTheField();
    void listMethodsGivesTheServices();
    void malformedListMethodsNamesTheField_data();
    void malformedListMethodsNamesTheField();
};

void tst_CodecSmallBodies::ackResponseGivesTheCount_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count"); // -1: error
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("two") << QByteArray(R"({"acknowledged": 2})") << 2 << QString() << 0;
    QTest::newRow("zero, all already acknowledged")
        << QByteArray(R"({"acknowledged":0})") << 0 << QString() << 0;
    QTest::newRow("negative") << QByteArray(R"({"acknowledged":-1})") << -1 << u"acknowledged"_s
                              << int(DecodeError::OutOfRange);
    QTest::newRow("fraction") << QByteArray(R"({"acknowledged":1.5})") << -1 << u"acknowledged"_s
                              << int(DecodeError::WrongType);
    QTest::newRow("a string") << QByteArray(R"({"acknowledged":"2"})") << -1 << u"acknowledged"_s
                              << int(DecodeError::WrongType);
    QTest::newRow("missing") << QByteArray(R"({"accepted":2})") << -1 << u"acknowledged"_s
                             << int(DecodeError::Missing);
}

void tst_CodecSmallBodies::ackResponseGivesTheCount()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(QString, path);
    QFETCH(int, kind);
    const DecodeResult<int> result = LvCodec::decodeAckResponse(body);
    if (count >= 0) {
        QVERIFY(result.isOk());
        QCOMPARE(result.value(), count);
    } else {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().path, path);
        QCOMPARE(int(result.error().kind), kind);
    }
}

void tst_CodecSmallBodies::statusResponseGivesAcceptedFlag_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("accepted"); // -1: error
    QTest::addColumn<int>("kind");
    QTest::newRow("true") << QByteArray(R"({"accepted":true})") << 1 << 0;
    QTest::newRow("false") << QByteArray(R"({"accepted":false})") << 0 << 0;
    QTest::newRow("a string") << QByteArray(R"({"accepted":"true"})") << -1
                              << int(DecodeError::WrongType);
    QTest::newRow("null") << QByteArray(R"({"accepted":null})") << -1 << int(DecodeError::Missing);
    QTest::newRow("missing") << QByteArray("{}") << -1 << int(DecodeError::Missing);
}

void tst_CodecSmallBodies::statusResponseGivesAcceptedFlag()
{
    QFETCH(QByteArray, body);
    QFETCH(int, accepted);
    QFETCH(int, kind);
    const DecodeResult<bool> result = LvCodec::decodeStatusResponse(body);
    if (accepted >= 0) {
        QVERIFY(result.isOk());
        QCOMPARE(result.value(), accepted == 1);
    } else {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().path, u"accepted"_s);
        QCOMPARE(int(result.error().kind), kind);
    }
}

void tst_CodecSmallBodies::messageResponseGivesTheServiceId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id"); // empty: error
    QTest::addColumn<int>("kind");
    QTest::newRow("id") << QByteArray(R"({"id":"m-000123"})") << u"m-000123"_s << 0;
    QTest::newRow("empty id") << QByteArray(R"({"id":""})") << QString()
                              << int(DecodeError::BadValue);
    QTest::newRow("numeric id") << QByteArray(R"({"id":123})") << QString()
                                << int(DecodeError::WrongType);
    QTest::newRow("id too long") << QByteArray("{\"id\":\"" + QByteArray(201, 'm') + "\"}")
                                 << QString() << int(DecodeError::TooLong);
    QTest::newRow("missing") << QByteArray(R"({"messageId":"m-1"})") << QString()
                             << int(DecodeError::Missing);
}

void tst_CodecSmallBodies::messageResponseGivesTheServiceId()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QFETCH(int, kind);
    const DecodeResult<QString> result = LvCodec::decodeMessageResponse(body);
    if (!id.isEmpty()) {
        QVERIFY(result.isOk());
        QCOMPARE(result.value(), id);
    } else {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().path, u"id"_s);
        QCOMPARE(int(result.error().kind), kind);
    }
}

void tst_CodecSmallBodies::serviceErrorOfTheContract_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("400 NotFound") << QByteArray(
        R"({"error": "NotFound", "message": "Project part action not found with externalId"})")
                                  << u"NotFound"_s
                                  << u"Project part action not found with externalId"_s
                                  << QString();
    QTest::newRow("401 Unauthorized")
        << QByteArray(R"({"error": "Unauthorized", "message": "Unauthorized request"})")
        << u"Unauthorized"_s << u"Unauthorized request"_s << QString();
    QTest::newRow("409 Conflict") << QByteArray(
        R"({"error":"Conflict","message":"Project part was withdrawn"})")
                                  << u"Conflict"_s << u"Project part was withdrawn"_s << QString();
    QTest::newRow("422 Invalid with field") << QByteArray(
        R"({"error":"Invalid","message":"Due date is in the past","field":"supplementRequest.dueDate"})")
                                            << u"Invalid"_s << u"Due date is in the past"_s
                                            << u"supplementRequest.dueDate"_s;
    QTest::newRow("field null") << QByteArray(R"({"error":"Invalid","message":"","field":null})")
                                << u"Invalid"_s << QString() << QString();
}

void tst_CodecSmallBodies::serviceErrorOfTheContract()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    const DecodeResult<LvCodec::ServiceErrorBody> result = LvCodec::decodeServiceError(body);
    QVERIFY2(result.isOk(),
             result.isOk() ? "" : qPrintable(CodecTestData::describe(result.error())));
    QCOMPARE(result.value().code, code);
    QCOMPARE(result.value().message, message);
    QCOMPARE(result.value().field, field);
}

void tst_CodecSmallBodies::malformedServiceErrorNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("error missing")
        << QByteArray(R"({"message":"x"})") << u"error"_s << int(DecodeError::Missing);
    QTest::newRow("error a number") << QByteArray(R"({"error":404,"message":"x"})") << u"error"_s
                                    << int(DecodeError::WrongType);
    QTest::newRow("message missing")
        << QByteArray(R"({"error":"NotFound"})") << u"message"_s << int(DecodeError::Missing);
    QTest::newRow("field a list") << QByteArray(
        R"({"error":"Invalid","message":"x","field":["a"]})")
                                  << u"field"_s << int(DecodeError::WrongType);
    QTest::newRow("plain text body")
        << QByteArray("Service Unavailable") << QString() << int(DecodeError::NotJson);
}

void tst_CodecSmallBodies::malformedServiceErrorNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(int, kind);
    const DecodeResult<LvCodec::ServiceErrorBody> result = LvCodec::decodeServiceError(body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().path, path);
    QCOMPARE(int(result.error().kind), kind);
}

void tst_CodecSmallBodies::xroadErrorOfTheContract()
{
    const DecodeResult<LvCodec::XRoadErrorBody> result = LvCodec::decodeXRoadError(
        R"({"type": "Server.ServerProxy.ServiceFailed", "message": "Service failed",)"
        R"( "detail": "6f1c1c43-4a9d-4d43-9c1e-2f4b1a7a9e10"})");
    QVERIFY(result.isOk());
    QCOMPARE(result.value().type, u"Server.ServerProxy.ServiceFailed"_s);
    QCOMPARE(result.value().message, u"Service failed"_s);
    QCOMPARE(result.value().detail, u"6f1c1c43-4a9d-4d43-9c1e-2f4b1a7a9e10"_s);

    // message and detail may be missing; the type alone classifies the error.
    const DecodeResult<LvCodec::XRoadErrorBody> bare
        = LvCodec::decodeXRoadError(R"({"type":"Client.BadRequest"})");
    QVERIFY(bare.isOk());
    QCOMPARE(bare.value().type, u"Client.BadRequest"_s);
    QCOMPARE(bare.value().message, QString());
}

void tst_CodecSmallBodies::malformedXRoadErrorNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("type missing") << QByteArray(R"({"message":"x"})") << u"type"_s
                                  << int(DecodeError::Missing);
    QTest::newRow("type empty") << QByteArray(R"({"type":""})") << u"type"_s
                                << int(DecodeError::BadValue);
    QTest::newRow("type a number")
        << QByteArray(R"({"type":500})") << u"type"_s << int(DecodeError::WrongType);
    QTest::newRow("detail an object") << QByteArray(R"({"type":"Server.X","detail":{}})")
                                      << u"detail"_s << int(DecodeError::WrongType);
}

void tst_CodecSmallBodies::malformedXRoadErrorNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(int, kind);
    const DecodeResult<LvCodec::XRoadErrorBody> result = LvCodec::decodeXRoadError(body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().path, path);
    QCOMPARE(int(result.error().kind), kind);
}

void tst_CodecSmallBodies::listMethodsGivesTheServices()
{
    const DecodeResult<QList<LvCodec::ServiceDescription>> result = LvCodec::decodeListMethods(
        R"({"service": [{"object_type": "SERVICE", "xroad_instance": "FI-TEST",)"
        R"( "member_class": "GOV", "member_code": "0245437-2", "subsystem_code": "LV",)"
        R"( "service_code": "lvService", "service_version": "v1"},)"
        R"( {"service_code": "otherService"}]})");
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), 2);
    const LvCodec::ServiceDescription &first = result.value().at(0);
    QCOMPARE(first.serviceCode, u"lvService"_s);
    QCOMPARE(first.serviceVersion, u"v1"_s);
    QCOMPARE(first.xroadInstance, u"FI-TEST"_s);
    QCOMPARE(first.memberClass, u"GOV"_s);
    QCOMPARE(first.memberCode, u"0245437-2"_s);
    QCOMPARE(first.subsystemCode, u"LV"_s);
    QCOMPARE(result.value().at(1).serviceCode, u"otherService"_s);
    QCOMPARE(result.value().at(1).memberClass, QString());

    const DecodeResult<QList<LvCodec::ServiceDescription>> none
        = LvCodec::decodeListMethods(R"({"service":[]})");
    QVERIFY(none.isOk());
    QVERIFY(none.value().isEmpty());
}

void tst_CodecSmallBodies::malformedListMethodsNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("service missing")
        << QByteArray("{}") << u"service"_s << int(DecodeError::Missing);
    QTest::newRow("service an object")
        << QByteArray(R"({"service":{}})") << u"service"_s << int(DecodeError::WrongType);
    QTest::newRow("entry a string") << QByteArray(R"({"service":["lvService"]})") << u"service[0]"_s
                                    << int(DecodeError::WrongType);
    QTest::newRow("service_code missing")
        << QByteArray(R"({"service":[{"service_code":"a"},{"member_class":"GOV"}]})")
        << u"service[1].service_code"_s << int(DecodeError::Missing);
}

void tst_CodecSmallBodies::malformedListMethodsNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(int, kind);
    const DecodeResult<QList<LvCodec::ServiceDescription>> result
        = LvCodec::decodeListMethods(body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().path, path);
    QCOMPARE(int(result.error().kind), kind);
}

QTEST_GUILESS_MAIN(tst_CodecSmallBodies)
#include "tst_codecsmallbodies.moc"
