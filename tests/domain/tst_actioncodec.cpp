// SPDX-License-Identifier: EUPL-1.2
// One action (GET /commondata/{externalId} and its /commondata and /formdata parts, contract §2.2):
// every field of a full example, the raw body kept byte for byte, unknown values kept, string
// length limits, and each malformed input naming its field with the exact kind of problem.
#include "codectestdata.h"
#include "jsonmutation.h"
#include "lv/lvcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_ActionCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesEveryCommondataField();
    void decodesEveryFormdataField();
    void rawJsonIsTheBodyByteForByte();
    void keepsUnknownFieldTypeAndDeadlineRole();
    void keepsUnknownCustomerKind();
    void personNeedsNoBusinessId();
    void labelWithoutFinnishOrSwedishIsNoted_data();
    void labelWithoutFinnishOrSwedishIsNoted();
    void optionalPartsMayBeNullOrAbsent();
    void commondataAndFormdataDecodeAlone();
    void oddActionIsKeptWithANote_data();
    void oddActionIsKeptWithANote();
    void attachmentNamesOfAnyFormAreKeptAsSent_data();
    void attachmentNamesOfAnyFormAreKeptAsSent();
    void attachmentWithoutIdOrChecksumIsKeptButNotDownloadable();
    void valueOfTheWrongTypeIsShownAsSent();
    void fieldOrSectionThatIsNotAnObjectIsKept();
    void envelopeWithoutPartsIsKept();
    void rawByteOrderMarkInAStringIsKept();
    void invalidIdentityCodeIsNotRepeatedInTheNote();
    void longStringsAreKeptWithANote_data();
    void longStringsAreKeptWithANote();
    void nestedSectionsAreDecodedToAnyAllowedDepth();
    void decodesConcurrentlyFromSeveralThreads();

private:
    QByteArray m_action;
};

void tst_ActionCodec::initTestCase()
{
    m_action = CodecTestData::read("action.json");
    QVERIFY(!m_action.isEmpty());
}

void tst_ActionCodec::decodesEveryCommondataField()
{
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(m_action);
    QVERIFY2(result.isOk(), qPrintable(CodecTestData::describe(result.error())));
    const ActionData &action = result.value();
    QCOMPARE(action.version, 2);
    const Commondata &c = action.commondata;
    QCOMPARE(c.projectId, u"P-2026-004211"_s);
    QCOMPARE(c.projectPartId, u"PP-2026-009812"_s);
    QCOMPARE(c.projectName, u"Uusi maa-aineksen ottoalue"_s);
    QCOMPARE(c.submittedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), Qt::UTC));

    QCOMPARE(c.customer.kind.kind(), CustomerKind::Organisation);
    QCOMPARE(c.customer.name, u"Soramestarit Oy"_s);
    QCOMPARE(c.customer.businessId, u"1234567-1"_s);
    QCOMPARE(c.customer.personalIdentityCode, QString());
    QCOMPARE(c.customer.email, u"info@soramestarit.example"_s);
    QCOMPARE(c.customer.phone, u"+358401234567"_s);
    QCOMPARE(c.customer.address, (Address{u"Harjutie 4"_s, u"33100"_s, u"Tampere"_s}));
    QCOMPARE(c.customer.language, u"fi"_s);

    QVERIFY(c.representative.has_value());
    QCOMPARE(c.representative->kind.kind(), CustomerKind::Person);
    QCOMPARE(c.representative->name, u"Maija Meikäläinen"_s);
    QCOMPARE(c.representative->personalIdentityCode, u"131052-308T"_s);
    QCOMPARE(c.representative->maskedPersonalIdentityCode(), u"131052-****"_s);
    QCOMPARE(c.representative->businessId, QString());
    QCOMPARE(c.representative->email, QString());
    QVERIFY(c.representative->address.isEmpty());
    QCOMPARE(c.representative->language, u"sv"_s);

    QVERIFY(c.location.has_value());
    QCOMPARE(c.location->municipalityCode, u"837"_s);
    QCOMPARE(c.location->propertyId, u"837-401-12-34"_s);
    QCOMPARE(c.location->address, u"Harjutie 4, Tampere"_s);
    QVERIFY(c.location->coordinates.has_value());
    QCOMPARE(c.location->coordinates->epsg, 3067);
    QCOMPARE(c.location->coordinates->x, 327000.5);
    QCOMPARE(c.location->coordinates->y, 6822000.0);
}

void tst_ActionCodec::decodesEveryFormdataField()
{
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(m_action);
    QVERIFY(result.isOk());
    const Formdata &f = result.value().formdata;
    QCOMPARE(f.serviceCode, u"ymparistolupa"_s);
    QCOMPARE(f.serviceName,
             (LocalizedText{u"Ympäristölupa"_s, u"Miljötillstånd"_s, u"Environmental permit"_s}));
    QCOMPARE(f.formVersion, u"2026.1"_s);
    QCOMPARE(f.sections.size(), 1);
    const FormSection &s = f.sections.at(0);
    QCOMPARE(s.id, u"toiminta"_s);
    QCOMPARE(s.title, (LocalizedText{u"Toiminta"_s, u"Verksamhet"_s, u"Activity"_s}));
    QCOMPARE(s.fields.size(), 9);

    const FormField &text = s.fields.at(0);
    QCOMPARE(text.id, u"kuvaus"_s);
    QCOMPARE(text.type.kind(), FieldType::Text);
    QCOMPARE(text.value, QJsonValue(u"Kalliokiviaineksen louhinta ja murskaus"_s));
    QVERIFY(text.deadlineRole.isNone());

    const FormField &number = s.fields.at(1);
    QCOMPARE(number.type.kind(), FieldType::Number);
    QCOMPARE(number.value, QJsonValue(120000));
    QCOMPARE(number.unit, u"m³/v"_s);

    const FormField &date = s.fields.at(2);
    QCOMPARE(date.type.kind(), FieldType::Date);
    QCOMPARE(date.dateValue(), QDate(2027, 1, 15));
    QCOMPARE(date.deadlineRole.kind(), DeadlineRole::EventDate);
    QCOMPARE(date.label, (LocalizedText{u"Tapahtumapäivä"_s, u"Datum"_s, QString()}));

    QCOMPARE(s.fields.at(3).type.kind(), FieldType::Boolean);
    QCOMPARE(s.fields.at(3).value, QJsonValue(true));
    QCOMPARE(s.fields.at(4).type.kind(), FieldType::Choice);
    QCOMPARE(s.fields.at(4).displayText(u"sv"), u"Brytning"_s);
    QCOMPARE(s.fields.at(5).type.kind(), FieldType::Table);
    QCOMPARE(s.fields.at(5).displayText(u"sv"), u"Maskin\tAntal\nMurskain\t2\nSeula\t"_s);
    QCOMPARE(s.fields.at(6).type.kind(), FieldType::AttachmentRef);
    QCOMPARE(s.fields.at(6).value, QJsonValue(u"a1"_s));
    QVERIFY(f.attachment(s.fields.at(6).value.toString()));

    const FormField &unanswered = s.fields.at(8);
    QCOMPARE(unanswered.id, u"lisatiedot"_s);
    QVERIFY(unanswered.value.isNull());
    QCOMPARE(unanswered.label.text(u"fi"), u"Tilläggsuppgifter"_s); // only sv given

    QCOMPARE(s.sections.size(), 1);
    const FormSection &nested = s.sections.at(0);
    QCOMPARE(nested.id, u"melu"_s);
    QCOMPARE(nested.fields.size(), 1);
    QCOMPARE(nested.fields.at(0).deadlineRole.kind(), DeadlineRole::RequestedBy);
    QCOMPARE(nested.fields.at(0).dateValue(), QDate(2027, 3, 31));
    QCOMPARE(f.allFields().size(), 10);

    QCOMPARE(f.attachments.size(), 2);
    const AttachmentInfo &pdf = f.attachments.at(0);
    QCOMPARE(pdf.id, u"a1"_s);
    QCOMPARE(pdf.fileName, u"asemapiirros.pdf"_s);
    QCOMPARE(pdf.contentType, u"application/pdf"_s);
    QCOMPARE(pdf.size, qint64(48211));
    // Upper-case hex is accepted and normalised, so that it compares with QCryptographicHash
    // output.
    QCOMPARE(pdf.sha256Hex, u"1b0e6a8c59bd44c89c0f0d6a4e2f4b0a6c2a6d42cc4af6f9f1ef1a0d2f6d4c11"_s);
    QCOMPARE(pdf.description, u"Asemapiirros"_s);
    const AttachmentInfo &empty = f.attachments.at(1);
    QCOMPARE(empty.fileName, u"tyhjä.png"_s);
    QCOMPARE(empty.size, qint64(0)); // an empty file is a valid boundary
    QCOMPARE(empty.description, QString());
}

void tst_ActionCodec::rawJsonIsTheBodyByteForByte()
{
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(m_action);
    QVERIFY(result.isOk());
    // Whitespace, member order, upper-case hex and the unknown member are all still there.
    QCOMPARE(result.value().rawJson, m_action);
    QVERIFY(result.value().rawJson.contains("\"someFutureKey\""));

    const QByteArray compact = QJsonDocument::fromJson(m_action).toJson(QJsonDocument::Compact);
    const DecodeResult<ActionData> again = LvCodec::decodeActionData(compact);
    QVERIFY(again.isOk());
    QCOMPARE(again.value().rawJson, compact);
    QCOMPARE(again.value().commondata, result.value().commondata);
    QCOMPARE(again.value().formdata, result.value().formdata);
}

void tst_ActionCodec::keepsUnknownFieldTypeAndDeadlineRole()
{
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(m_action);
    QVERIFY(result.isOk());
    const FormField &field = result.value().formdata.sections.at(0).fields.at(7);
    QCOMPARE(field.id, u"allekirjoitus"_s);
    QCOMPARE(field.type.kind(), FieldType::Unknown);
    QCOMPARE(field.type.toString(), u"signature"_s);
    QCOMPARE(field.value.toObject().value("signedBy"_L1), QJsonValue(u"x"_s));
    QCOMPARE(field.displayText(u"fi"), uR"({"at":3,"signedBy":"x"})"_s);
    QCOMPARE(field.deadlineRole.kind(), DeadlineRole::Unknown);
    QCOMPARE(field.deadlineRole.toString(), u"reviewBy"_s);
}

void tst_ActionCodec::keepsUnknownCustomerKind()
{
    QByteArray body = JsonMutation::apply(m_action, u"commondata.customer.kind"_s, "\"estate\"");
    body = JsonMutation::apply(body, u"commondata.customer.businessId"_s, {});
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(body);
    QVERIFY2(result.isOk(), qPrintable(CodecTestData::describe(result.error())));
    QCOMPARE(result.value().commondata.customer.kind.kind(), CustomerKind::Unknown);
    QCOMPARE(result.value().commondata.customer.kind.toString(), u"estate"_s);
    QCOMPARE(result.value().commondata.customer.businessId, QString());
}

void tst_ActionCodec::personNeedsNoBusinessId()
{
    // The representative is a person with "businessId": null; absent works the same.
    const QByteArray body
        = JsonMutation::apply(m_action, u"commondata.representative.businessId"_s, {});
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().commondata.representative->businessId, QString());
}

void tst_ActionCodec::labelWithoutFinnishOrSwedishIsNoted_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fi and sv") << QByteArray(R"({"fi":"A","sv":"B"})") << true;
    QTest::newRow("fi only") << QByteArray(R"({"fi":"A"})") << true;
    QTest::newRow("sv only") << QByteArray(R"({"sv":"B"})") << true;
    QTest::newRow("en null") << QByteArray(R"({"fi":"A","sv":"B","en":null})") << true;
    QTest::newRow("en only") << QByteArray(R"({"en":"C"})") << false;
    QTest::newRow("empty fi and sv") << QByteArray(R"({"fi":"","sv":""})") << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
}

void tst_ActionCodec::labelWithoutFinnishOrSwedishIsNoted()
{
    // The contract says labels carry fi and sv; one that does not is still shown (English, or
    // the field id), and noted.
    QFETCH(QByteArray, label);
    QFETCH(bool, ok);
    const QString path = u"formdata.sections[0].fields[0].label"_s;
    const DecodeResult<ActionData> result
        = LvCodec::decodeActionData(JsonMutation::apply(m_action, path, label));
    QVERIFY(result.isOk());
    const DataNotes notes = result.value().allNotes();
    QCOMPARE(notes.isEmpty(), ok);
    if (!ok) {
        QCOMPARE(notes.first().path, path + u".fi"_s);
        QCOMPARE(notes.first().problem, u"Missing"_s);
    }
    const FormField &field = result.value().formdata.sections.at(0).fields.at(0);
    if (label.contains("\"en\":\"C\""))
        QCOMPARE(field.label.text(u"fi"), u"C"_s);
}

void tst_ActionCodec::optionalPartsMayBeNullOrAbsent()
{
    QByteArray body = JsonMutation::apply(m_action, u"commondata.representative"_s, "null");
    body = JsonMutation::apply(body, u"commondata.location"_s, {});
    body = JsonMutation::apply(body, u"commondata.customer.address"_s, "null");
    body = JsonMutation::apply(body, u"commondata.customer.email"_s, {});
    body = JsonMutation::apply(body, u"formdata.sections[0].sections"_s, {});
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(body);
    QVERIFY2(result.isOk(), qPrintable(CodecTestData::describe(result.error())));
    QVERIFY(!result.value().commondata.representative.has_value());
    QVERIFY(!result.value().commondata.location.has_value());
    QVERIFY(result.value().commondata.customer.address.isEmpty());
    QCOMPARE(result.value().commondata.customer.email, QString());
    QVERIFY(result.value().formdata.sections.at(0).sections.isEmpty());

    const QByteArray noCoordinates
        = JsonMutation::apply(m_action, u"commondata.location.coordinates"_s, "null");
    const DecodeResult<ActionData> located = LvCodec::decodeActionData(noCoordinates);
    QVERIFY(located.isOk());
    QVERIFY(located.value().commondata.location.has_value());
    QVERIFY(!located.value().commondata.location->coordinates.has_value());
}

void tst_ActionCodec::commondataAndFormdataDecodeAlone()
{
    const QJsonObject root = QJsonDocument::fromJson(m_action).object();
    const QByteArray commondataBody
        = QJsonDocument(root.value("commondata"_L1).toObject()).toJson();
    const QByteArray formdataBody = QJsonDocument(root.value("formdata"_L1).toObject()).toJson();
    const DecodeResult<ActionData> all = LvCodec::decodeActionData(m_action);
    QVERIFY(all.isOk());

    const DecodeResult<Commondata> commondata = LvCodec::decodeCommondata(commondataBody);
    QVERIFY(commondata.isOk());
    QCOMPARE(commondata.value(), all.value().commondata);
    const DecodeResult<Formdata> formdata = LvCodec::decodeFormdata(formdataBody);
    QVERIFY(formdata.isOk());
    QCOMPARE(formdata.value(), all.value().formdata);

    // Paths of notes then start at the object's own members.
    const DecodeResult<Commondata> broken
        = LvCodec::decodeCommondata(JsonMutation::apply(commondataBody, u"customer.name"_s, {}));
    QVERIFY(broken.isOk());
    QCOMPARE(broken.value().notes.size(), 1);
    QCOMPARE(broken.value().notes.first().path, u"customer.name"_s);
    QCOMPARE(broken.value().notes.first().problem, u"Missing"_s);
    const DecodeResult<Formdata> brokenForm = LvCodec::decodeFormdata(
        JsonMutation::apply(formdataBody, u"attachments[0].size"_s, "-1"));
    QVERIFY(brokenForm.isOk());
    QCOMPARE(brokenForm.value().notes.size(), 1);
    QCOMPARE(brokenForm.value().notes.first().path, u"attachments[0].size"_s);
    QCOMPARE(brokenForm.value().notes.first().problem, u"OutOfRange"_s);
    QCOMPARE(brokenForm.value().attachments.at(0).size, -1);

    // Each part is a resource of its own: the whole action read as commondata has none of its
    // members where commondata keeps them, and says so.
    const DecodeResult<Commondata> whole = LvCodec::decodeCommondata(m_action);
    QVERIFY(whole.isOk());
    QCOMPARE(whole.value().notes.first().path, u"projectId"_s);
}

void tst_ActionCodec::oddActionIsKeptWithANote_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json"); // empty: remove the member
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<int>("kind");

    auto row = [](const char *name, const QString &path, const QByteArray &json,
                  DecodeError::Kind kind, const QString &expectedPath = QString()) {
        QTest::newRow(name) << path << json << (expectedPath.isEmpty() ? path : expectedPath)
                            << int(kind);
    };
    const QString field = u"formdata.sections[0].fields"_s;
    const QString att = u"formdata.attachments"_s;
    // The envelope.
    row("commondata missing", u"commondata"_s, {}, DecodeError::Missing);
    row("commondata a list", u"commondata"_s, "[]", DecodeError::WrongType);
    row("formdata missing", u"formdata"_s, {}, DecodeError::Missing);
    row("formdata a string", u"formdata"_s, "\"{}\"", DecodeError::WrongType);
    row("version missing", u"version"_s, {}, DecodeError::Missing);
    row("version zero", u"version"_s, "0", DecodeError::OutOfRange);
    row("version a string", u"version"_s, "\"2\"", DecodeError::WrongType);
    // commondata.
    row("projectId missing", u"commondata.projectId"_s, {}, DecodeError::Missing);
    row("projectName a number", u"commondata.projectName"_s, "7", DecodeError::WrongType);
    row("customer missing", u"commondata.customer"_s, {}, DecodeError::Missing);
    row("customer null", u"commondata.customer"_s, "null", DecodeError::Missing);
    row("customer kind missing", u"commondata.customer.kind"_s, {}, DecodeError::Missing);
    row("customer kind a number", u"commondata.customer.kind"_s, "1", DecodeError::WrongType);
    row("customer name missing", u"commondata.customer.name"_s, {}, DecodeError::Missing);
    row("customer name empty", u"commondata.customer.name"_s, "\"\"", DecodeError::BadValue);
    row("organisation without businessId", u"commondata.customer.businessId"_s, {},
        DecodeError::Missing);
    row("organisation with null businessId", u"commondata.customer.businessId"_s, "null",
        DecodeError::Missing);
    row("businessId with wrong check digit", u"commondata.customer.businessId"_s, "\"1234567-8\"",
        DecodeError::BadValue);
    row("person without identity code", u"commondata.representative.personalIdentityCode"_s, {},
        DecodeError::Missing);
    row("identity code with wrong check", u"commondata.representative.personalIdentityCode"_s,
        "\"131052-308U\"", DecodeError::BadValue);
    row("identity code a number", u"commondata.representative.personalIdentityCode"_s, "1310523",
        DecodeError::WrongType);
    row("address a string", u"commondata.customer.address"_s, "\"Harjutie 4\"",
        DecodeError::WrongType);
    row("postal code a number", u"commondata.customer.address.postalCode"_s, "33100",
        DecodeError::WrongType);
    row("email a number", u"commondata.customer.email"_s, "5", DecodeError::WrongType);
    row("representative a list", u"commondata.representative"_s, "[]", DecodeError::WrongType);
    row("municipality code two digits", u"commondata.location.municipalityCode"_s, "\"83\"",
        DecodeError::BadValue);
    row("municipality code a number", u"commondata.location.municipalityCode"_s, "837",
        DecodeError::WrongType);
    row("municipality code letters", u"commondata.location.municipalityCode"_s, "\"TRE\"",
        DecodeError::BadValue);
    row("epsg fraction", u"commondata.location.coordinates.epsg"_s, "3067.5",
        DecodeError::WrongType);
    row("epsg negative", u"commondata.location.coordinates.epsg"_s, "-3067",
        DecodeError::OutOfRange);
    row("x a string", u"commondata.location.coordinates.x"_s, "\"327000\"", DecodeError::WrongType);
    row("y missing", u"commondata.location.coordinates.y"_s, {}, DecodeError::Missing);
    row("submittedAt 30 February", u"commondata.submittedAt"_s, "\"2026-02-30T09:14:03Z\"",
        DecodeError::BadTimestamp);
    row("submittedAt missing", u"commondata.submittedAt"_s, {}, DecodeError::Missing);
    // formdata.
    row("serviceCode missing", u"formdata.serviceCode"_s, {}, DecodeError::Missing);
    row("serviceName a string", u"formdata.serviceName"_s, "\"Ympäristölupa\"",
        DecodeError::WrongType);
    row("serviceName only en", u"formdata.serviceName"_s, R"({"en":"Permit"})",
        DecodeError::Missing, u"formdata.serviceName.fi"_s);
    row("formVersion a number", u"formdata.formVersion"_s, "2026.1", DecodeError::WrongType);
    row("sections an object", u"formdata.sections"_s, "{}", DecodeError::WrongType);
    row("sections missing", u"formdata.sections"_s, {}, DecodeError::Missing);
    row("section a string", u"formdata.sections[0]"_s, "\"toiminta\"", DecodeError::WrongType);
    row("section id missing", u"formdata.sections[0].id"_s, {}, DecodeError::Missing);
    row("section title missing", u"formdata.sections[0].title"_s, {}, DecodeError::Missing);
    row("fields missing", field, {}, DecodeError::Missing);
    row("field id empty", field + u"[1].id"_s, "\"\"", DecodeError::BadValue);
    row("label missing", field + u"[2].label"_s, {}, DecodeError::Missing);
    row("label.fi a number", field + u"[2].label.fi"_s, "3", DecodeError::WrongType);
    row("label.sv a list", field + u"[2].label.sv"_s, "[\"Datum\"]", DecodeError::WrongType);
    row("type missing", field + u"[0].type"_s, {}, DecodeError::Missing);
    row("value missing", field + u"[0].value"_s, {}, DecodeError::Missing);
    row("text value a number", field + u"[0].value"_s, "5", DecodeError::WrongType);
    row("number value a string", field + u"[1].value"_s, "\"120000\"", DecodeError::WrongType);
    row("date value 30 February", field + u"[2].value"_s, "\"2026-02-30\"", DecodeError::BadDate);
    row("date value Finnish style", field + u"[2].value"_s, "\"15.1.2027\"", DecodeError::BadDate);
    row("date value with time", field + u"[2].value"_s, "\"2027-01-15T00:00:00Z\"",
        DecodeError::BadDate);
    row("date value month 13", field + u"[2].value"_s, "\"2027-13-01\"", DecodeError::BadDate);
    row("date value a number", field + u"[2].value"_s, "20270115", DecodeError::WrongType);
    row("boolean value a string", field + u"[3].value"_s, "\"true\"", DecodeError::WrongType);
    row("choice value a string", field + u"[4].value"_s, "\"Louhinta\"", DecodeError::WrongType);
    row("choice value without fi or sv", field + u"[4].value"_s, R"({"en":"Quarrying"})",
        DecodeError::Missing, field + u"[4].value.fi"_s);
    row("table columns missing", field + u"[5].value.columns"_s, {}, DecodeError::Missing);
    row("table column a string", field + u"[5].value.columns[1]"_s, "\"Määrä\"",
        DecodeError::WrongType);
    row("table row too short", field + u"[5].value.rows[1]"_s, "[\"Seula\"]",
        DecodeError::BadValue);
    row("table row not a list", field + u"[5].value.rows[0]"_s, "\"Murskain\"",
        DecodeError::WrongType);
    row("table cell an object", field + u"[5].value.rows[0][0]"_s, R"({"a":1})",
        DecodeError::WrongType);
    row("attachmentRef to nothing", field + u"[6].value"_s, "\"a9\"", DecodeError::BadValue);
    row("attachmentRef a number", field + u"[6].value"_s, "1", DecodeError::WrongType);
    row("no attachments for a reference", att, "null", DecodeError::BadValue,
        field + u"[6].value"_s);
    row("deadlineRole on a text field", field + u"[0].deadlineRole"_s, "\"eventDate\"",
        DecodeError::BadValue);
    row("deadlineRole a number", field + u"[2].deadlineRole"_s, "5", DecodeError::WrongType);
    row("unit a number", field + u"[1].unit"_s, "3", DecodeError::WrongType);
    row("nested date 31 April", u"formdata.sections[0].sections[0].fields[0].value"_s,
        "\"2027-04-31\"", DecodeError::BadDate);
    row("nested sections an object", u"formdata.sections[0].sections"_s, "{}",
        DecodeError::WrongType);
    // Attachments.
    row("attachments an object", att, "{}", DecodeError::WrongType);
    row("negative size", att + u"[0].size"_s, "-1", DecodeError::OutOfRange);
    row("size fraction", att + u"[0].size"_s, "1.5", DecodeError::WrongType);
    row("size a string", att + u"[0].size"_s, "\"48211\"", DecodeError::WrongType);
    row("size beyond 2^53", att + u"[0].size"_s, "9007199254740994", DecodeError::OutOfRange);
    row("size missing", att + u"[0].size"_s, {}, DecodeError::Missing);
    row("sha256 too short", att + u"[0].sha256"_s, "\"9f2c\"", DecodeError::BadValue);
    row("sha256 not hex", att + u"[1].sha256"_s,
        "\"z3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"",
        DecodeError::BadValue);
    row("sha256 missing", att + u"[0].sha256"_s, {}, DecodeError::Missing);
    row("fileName empty", att + u"[0].fileName"_s, "\"\"", DecodeError::BadValue);
    row("duplicate attachment id", att + u"[1].id"_s, "\"a1\"", DecodeError::BadValue);
    row("text with NUL", field + u"[0].value"_s, "\"a\\u0000b\"", DecodeError::BadValue);
}

void tst_ActionCodec::oddActionIsKeptWithANote()
{
    // Received data is data: an action whose members do not have the contract's form is still
    // decoded, every problem is a note naming the field, and nothing is refused.
    QFETCH(QString, path);
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedPath);
    QFETCH(int, kind);
    const QByteArray body = JsonMutation::apply(m_action, path, json);
    QVERIFY2(!body.isEmpty(), "the mutation did not apply");
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(body);
    QVERIFY2(result.isOk(),
             result.isOk() ? "" : qPrintable(CodecTestData::describe(result.error())));
    QCOMPARE(result.value().rawJson, body); // the bytes as received, whatever they say
    const DataNotes notes = result.value().allNotes();
    const QString kindName = DecodeError::kindName(DecodeError::Kind(kind));
    const auto note = std::find_if(notes.cbegin(), notes.cend(), [&](const DataNote &n) {
        return n.path == expectedPath && n.problem == kindName;
    });
    QVERIFY2(note != notes.cend(), qPrintable(expectedPath + u' ' + kindName));
    QVERIFY2(note->message.contains(expectedPath), qPrintable(note->message));
    // Every string that reaches the store is one a store can keep.
    const ActionData &data = result.value();
    for (const QString &text :
         {data.commondata.projectId, data.commondata.customer.name, data.formdata.serviceCode})
        QVERIFY(!text.contains(QChar(0)) && text.isValidUtf16());
}

void tst_ActionCodec::attachmentNamesOfAnyFormAreKeptAsSent_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("folders") << u"../../etc/passwd"_s;
    QTest::newRow("backslashes") << u"C:\\temp\\x.pdf"_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("dot") << u"."_s;
    QTest::newRow("newline") << u"a\nb.pdf"_s;
    QTest::newRow("control characters") << u"a\u0001\u001f\u007fb.pdf"_s;
    QTest::newRow("right-to-left override") << u"invoice\u202Efdp.exe"_s;
    QTest::newRow("zero-width joiner") << u"liite\u200D\u200B.pdf"_s;
    QTest::newRow("reserved device") << u"CON.txt"_s;
    QTest::newRow("windows forbidden") << u"a<b>c:d\"e|f?g*h.pdf"_s;
    QTest::newRow("html") << u"<b>bold</b><script>alert(1)</script>.pdf"_s;
    QTest::newRow("combining") << u"Ka\u0308a\u0308ria\u0308inen.pdf"_s;
    QTest::newRow("500 characters") << QString(496, u'ä') + u".pdf"_s;
    QTest::newRow("only spaces and dots") << u" . . "_s;
}

void tst_ActionCodec::attachmentNamesOfAnyFormAreKeptAsSent()
{
    // Contract §2.2: a file name is data of any form; lvdesk keeps it as sent and derives its own
    // names where files are written (tst_SafeFileNames).
    QFETCH(QString, name);
    const QByteArray json = QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact);
    const QByteArray value = json.mid(1, json.size() - 2);
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(
        JsonMutation::apply(m_action, u"formdata.attachments[0].fileName"_s, value));
    QVERIFY2(result.isOk(),
             result.isOk() ? "" : qPrintable(CodecTestData::describe(result.error())));
    QCOMPARE(result.value().formdata.attachments.at(0).fileName, name);
    QVERIFY(result.value().formdata.attachments.at(0).isDownloadable());
    QVERIFY(result.value().allNotes().isEmpty());
}

void tst_ActionCodec::attachmentWithoutIdOrChecksumIsKeptButNotDownloadable()
{
    const QString att = u"formdata.attachments[0]"_s;
    const QList<std::pair<QString, QByteArray>> mutations{
        {u".id"_s, QByteArray()},         {u".id"_s, QByteArray("\"\"")},
        {u".sha256"_s, QByteArray()},     {u".sha256"_s, QByteArray("\"9f2c\"")},
        {u".sha256"_s, QByteArray("42")},
    };
    for (const auto &[member, json] : mutations) {
        const DecodeResult<ActionData> result
            = LvCodec::decodeActionData(JsonMutation::apply(m_action, att + member, json));
        QVERIFY(result.isOk());
        const Formdata &form = result.value().formdata;
        QCOMPARE(form.attachments.size(), 2); // kept, described as sent
        QVERIFY(!form.attachments.at(0).isDownloadable());
        QVERIFY(form.attachments.at(1).isDownloadable());
        QCOMPARE(form.attachments.at(0).fileName, u"asemapiirros.pdf"_s);
        QVERIFY(!result.value().allNotes().isEmpty());
    }
    // A size that is not a whole number of bytes: unknown (-1), still downloadable by checksum.
    const DecodeResult<ActionData> sized
        = LvCodec::decodeActionData(JsonMutation::apply(m_action, att + u".size"_s, "\"big\""));
    QVERIFY(sized.isOk());
    QCOMPARE(sized.value().formdata.attachments.at(0).size, -1);
    QVERIFY(!sized.value().formdata.attachments.at(0).sizeKnown());
    QVERIFY(sized.value().formdata.attachments.at(0).isDownloadable());
}

void tst_ActionCodec::valueOfTheWrongTypeIsShownAsSent()
{
    const QString field = u"formdata.sections[0].fields"_s;
    // A date that is not one: kept, shown as sent, no deadline from it.
    const DecodeResult<ActionData> date = LvCodec::decodeActionData(
        JsonMutation::apply(m_action, field + u"[2].value"_s, "\"15.1.2027\""));
    QVERIFY(date.isOk());
    const FormField &d = date.value().formdata.sections.at(0).fields.at(2);
    QVERIFY(!d.valueMatchesType);
    QVERIFY(!d.dateValue().isValid());
    QCOMPARE(d.displayText(u"fi"), u"\"15.1.2027\""_s);
    // A number sent as text.
    const DecodeResult<ActionData> number = LvCodec::decodeActionData(
        JsonMutation::apply(m_action, field + u"[1].value"_s, "\"120 000\""));
    QVERIFY(number.isOk());
    const FormField &n = number.value().formdata.sections.at(0).fields.at(1);
    QVERIFY(!n.valueMatchesType);
    QCOMPARE(n.value, QJsonValue(u"120 000"_s));
    QCOMPARE(n.displayText(u"fi"), u"\"120 000\""_s);
    // A value that fits keeps its type's form.
    QVERIFY(LvCodec::decodeActionData(m_action)
                .value()
                .formdata.sections.at(0)
                .fields.at(1)
                .valueMatchesType);
}

void tst_ActionCodec::fieldOrSectionThatIsNotAnObjectIsKept()
{
    const DecodeResult<ActionData> field = LvCodec::decodeActionData(
        JsonMutation::apply(m_action, u"formdata.sections[0].fields[0]"_s, "\"just text\""));
    QVERIFY(field.isOk());
    const FormSection &section = field.value().formdata.sections.at(0);
    QCOMPARE(section.fields.at(0).value, QJsonValue(u"just text"_s));
    QVERIFY(section.fields.at(0).type.isUnknown());
    QCOMPARE(section.fields.at(0).id, section.id + u"#1"_s);

    const DecodeResult<ActionData> sections = LvCodec::decodeActionData(
        JsonMutation::apply(m_action, u"formdata.sections[0]"_s, "[1,2]"));
    QVERIFY(sections.isOk());
    QCOMPARE(sections.value().formdata.sections.at(0).id, u"#1"_s);
    QCOMPARE(sections.value().formdata.sections.at(0).fields.at(0).displayText(u"fi"), u"[1,2]"_s);
}

void tst_ActionCodec::envelopeWithoutPartsIsKept()
{
    // Even an action without commondata, formdata or a version is stored: the feed entry says
    // what it is, and the raw body keeps what came.
    QByteArray body = JsonMutation::apply(m_action, u"commondata"_s, {});
    body = JsonMutation::apply(body, u"formdata"_s, "\"{}\"");
    body = JsonMutation::apply(body, u"version"_s, "0");
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().version, 0);
    QVERIFY(result.value().formdata.attachments.isEmpty());
    QStringList paths;
    for (const DataNote &note : result.value().allNotes())
        paths << note.path;
    QCOMPARE(paths, (QStringList{u"version"_s, u"commondata"_s, u"formdata"_s}));
}

void tst_ActionCodec::invalidIdentityCodeIsNotRepeatedInTheNote()
{
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(JsonMutation::apply(
        m_action, u"commondata.representative.personalIdentityCode"_s, "\"131052-308U\""));
    QVERIFY(result.isOk());
    // Kept as sent (the officer sees it masked) and noted without the value.
    QCOMPARE(result.value().commondata.representative->personalIdentityCode, u"131052-308U"_s);
    const DataNotes notes = result.value().allNotes();
    QCOMPARE(notes.size(), 1);
    QVERIFY(!notes.first().message.contains(u"131052"_s));
    QVERIFY(!notes.first().message.contains(u"308U"_s));
}

void tst_ActionCodec::longStringsAreKeptWithANote_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::newRow("id") << u"commondata.projectPartId"_s << 200;
    QTest::newRow("project name") << u"commondata.projectName"_s << 500;
    QTest::newRow("customer name") << u"commondata.customer.name"_s << 500;
    QTest::newRow("street") << u"commondata.customer.address.street"_s << 500;
    QTest::newRow("label") << u"formdata.sections[0].fields[0].label.fi"_s << 2000;
    QTest::newRow("free text answer") << u"formdata.sections[0].fields[0].value"_s << 100000;
    QTest::newRow("table cell") << u"formdata.sections[0].fields[5].value.rows[0][0]"_s << 100000;
    QTest::newRow("file name") << u"formdata.attachments[0].fileName"_s << 500;
    QTest::newRow("attachment description") << u"formdata.attachments[0].description"_s << 2000;
}

void tst_ActionCodec::longStringsAreKeptWithANote()
{
    QFETCH(QString, path);
    QFETCH(int, limit);
    const DecodeResult<ActionData> atLimit
        = LvCodec::decodeActionData(JsonMutation::withLongString(m_action, path, limit));
    QVERIFY2(atLimit.isOk(),
             atLimit.isOk() ? "" : qPrintable(CodecTestData::describe(atLimit.error())));
    QVERIFY(atLimit.value().allNotes().isEmpty());

    // Longer than the contract's form: kept whole (nothing of what came is cut), and noted.
    const DecodeResult<ActionData> over
        = LvCodec::decodeActionData(JsonMutation::withLongString(m_action, path, limit + 1));
    QVERIFY(over.isOk());
    const DataNotes notes = over.value().allNotes();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().path, path);
    QCOMPARE(notes.first().problem, u"TooLong"_s);
}

void tst_ActionCodec::nestedSectionsAreDecodedToAnyAllowedDepth()
{
    // Each nesting level adds two JSON levels (the section object and its "sections" list).
    auto nest = [](int levels) -> QByteArray {
        QByteArray section = R"({"id":"s","title":{"fi":"T"},"fields":[]})";
        for (int i = 0; i < levels; ++i)
            section = R"({"id":"s","title":{"fi":"T"},"fields":[],"sections":[)" + section + "]}";
        return R"({"serviceCode":"x","serviceName":{"fi":"X"},"formVersion":"1","sections":[)"
               + section + "]}";
    };
    const DecodeResult<Formdata> deep = LvCodec::decodeFormdata(nest(29));
    QVERIFY2(deep.isOk(), deep.isOk() ? "" : qPrintable(CodecTestData::describe(deep.error())));
    int depth = 0;
    const FormSection *section = &deep.value().sections.at(0);
    while (!section->sections.isEmpty()) {
        section = &section->sections.at(0);
        ++depth;
    }
    QCOMPARE(depth, 29);

    const DecodeResult<Formdata> tooDeep = LvCodec::decodeFormdata(nest(40));
    QVERIFY(!tooDeep.isOk());
    QCOMPARE(tooDeep.error().kind, DecodeError::TooDeep);
    QVERIFY(tooDeep.error().path.startsWith(u"sections[0].sections[0].sections[0]"_s));
}

void tst_ActionCodec::decodesConcurrentlyFromSeveralThreads()
{
    // The client decodes large bodies off the UI thread: the codec must hold no shared state.
    const DecodeResult<ActionData> reference = LvCodec::decodeActionData(m_action);
    QVERIFY(reference.isOk());
    const QByteArray odd = JsonMutation::apply(m_action, u"formdata.attachments[0].size"_s, "-1");
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const DecodeResult<ActionData> ok = LvCodec::decodeActionData(m_action);
                if (!ok.isOk() || ok.value() != reference.value())
                    ++mismatches;
                const DecodeResult<ActionData> noted = LvCodec::decodeActionData(odd);
                if (!noted.isOk() || noted.value().allNotes().size() != 1
                    || noted.value().allNotes().first().path != u"formdata.attachments[0].size"_s)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void tst_ActionCodec::rawByteOrderMarkInAStringIsKept()
{
    // Qt's own parser drops a raw U+FEFF at the start of a string; the codec keeps it, as the
    // escaped form is kept too.
    QByteArray raw = m_action;
    raw.replace("\"asemapiirros.pdf\"", "\"\xEF\xBB\xBFliite.pdf\"");
    QVERIFY(raw.contains("\xEF\xBB\xBF"));
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(raw);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().formdata.attachments.at(0).fileName, u"\uFEFFliite.pdf"_s);
    QCOMPARE(result.value().rawJson, raw);
    // A byte-order mark before the body (which JSON does not want, but parsers skip) is no problem.
    QVERIFY(LvCodec::decodeActionData("\xEF\xBB\xBF" + m_action).isOk());
}

QTEST_GUILESS_MAIN(tst_ActionCodec)
#include "tst_actioncodec.moc"
