// SPDX-License-Identifier: EUPL-1.2
// The value types: language fallback, wire/storage names of every enum (the store persists them, so
// they are asserted literally), unknown values kept, and how form values read for the officer.
#include "domain/actiontype.h"
#include "domain/casestate.h"
#include "domain/customerkind.h"
#include "domain/deadlinerole.h"
#include "domain/exportstate.h"
#include "domain/fieldtype.h"
#include "domain/formdata.h"
#include "domain/inboundstate.h"
#include "domain/localizedtext.h"
#include "domain/outboxstate.h"
#include "domain/servicestate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_DomainTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void localizedTextPrefersLanguageThenFinnishThenSwedish_data();
    void localizedTextPrefersLanguageThenFinnishThenSwedish();
    void actionTypeMapsEveryWireName_data();
    void actionTypeMapsEveryWireName();
    void unknownActionTypeKeepsItsRawString();
    void customerKindKeepsUnknownValues();
    void fieldTypeMapsEveryWireName_data();
    void fieldTypeMapsEveryWireName();
    void deadlineRoleDistinguishesNoneKnownAndUnknown();
    void serviceStateNamesAreTheContractNames();
    void caseStateNamesAreStable();
    void transferStateNamesAreStable();
    void unknownStateNamesAreRejected_data();
    void unknownStateNamesAreRejected();
    void formFieldDisplayTextFollowsType_data();
    void formFieldDisplayTextFollowsType();
    void formFieldDateValueOnlyForDateFields();
    void formdataListsFieldsDepthFirstAndFindsAttachments();
};

void tst_DomainTypes::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // numbers in displayText follow the default locale
}

void tst_DomainTypes::localizedTextPrefersLanguageThenFinnishThenSwedish_data()
{
    QTest::addColumn<QString>("fi");
    QTest::addColumn<QString>("sv");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sv asked, present")
        << u"Toiminta"_s << u"Verksamhet"_s << u"Activity"_s << u"sv"_s << u"Verksamhet"_s;
    QTest::newRow("en asked, present")
        << u"Toiminta"_s << u"Verksamhet"_s << u"Activity"_s << u"en"_s << u"Activity"_s;
    QTest::newRow("en asked, missing: fi")
        << u"Toiminta"_s << u"Verksamhet"_s << QString() << u"en"_s << u"Toiminta"_s;
    QTest::newRow("sv asked, missing: fi")
        << u"Toiminta"_s << QString() << QString() << u"sv"_s << u"Toiminta"_s;
    QTest::newRow("fi asked, missing: sv")
        << QString() << u"Verksamhet"_s << u"Activity"_s << u"fi"_s << u"Verksamhet"_s;
    QTest::newRow("unknown language: fi")
        << u"Toiminta"_s << u"Verksamhet"_s << u"Activity"_s << u"de"_s << u"Toiminta"_s;
    QTest::newRow("only en") << QString() << QString() << u"Activity"_s << u"fi"_s << u"Activity"_s;
    QTest::newRow("all empty") << QString() << QString() << QString() << u"fi"_s << QString();
}

void tst_DomainTypes::localizedTextPrefersLanguageThenFinnishThenSwedish()
{
    QFETCH(QString, fi);
    QFETCH(QString, sv);
    QFETCH(QString, en);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const LocalizedText text{fi, sv, en};
    QCOMPARE(text.text(language), expected);
    QCOMPARE(text.isEmpty(), fi.isEmpty() && sv.isEmpty() && en.isEmpty());
}

void tst_DomainTypes::actionTypeMapsEveryWireName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("opening");
    QTest::newRow("application") << u"application"_s << int(ActionType::Application) << true;
    QTest::newRow("notification") << u"notification"_s << int(ActionType::Notification) << true;
    QTest::newRow("registration") << u"registration"_s << int(ActionType::Registration) << true;
    QTest::newRow("plan") << u"plan"_s << int(ActionType::Plan) << true;
    QTest::newRow("supervisionRequest")
        << u"supervisionRequest"_s << int(ActionType::SupervisionRequest) << true;
    QTest::newRow("supplement") << u"supplement"_s << int(ActionType::Supplement) << false;
    QTest::newRow("message") << u"message"_s << int(ActionType::Message) << false;
    QTest::newRow("withdrawal") << u"withdrawal"_s << int(ActionType::Withdrawal) << false;
}

void tst_DomainTypes::actionTypeMapsEveryWireName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(bool, opening);
    const ActionType type = ActionType::fromString(name);
    QCOMPARE(int(type.kind()), kind);
    QVERIFY(!type.isUnknown());
    QCOMPARE(type.toString(), name);
    QCOMPARE(type.isOpening(), opening);
    QCOMPARE(ActionType(ActionType::Kind(kind)), type);
    QVERIFY(!type.displayName().isEmpty());
    QVERIFY(type.displayName() != name); // a translated label, not the wire name
}

void tst_DomainTypes::unknownActionTypeKeepsItsRawString()
{
    const ActionType appeal = ActionType::fromString(u"appeal"_s);
    QCOMPARE(appeal.kind(), ActionType::Unknown);
    QVERIFY(appeal.isUnknown());
    QCOMPARE(appeal.toString(), u"appeal"_s);
    QCOMPARE(appeal.displayName(), u"appeal"_s);
    QVERIFY(!appeal.isOpening());
    // Case matters on the wire: "Application" is not "application".
    QCOMPARE(ActionType::fromString(u"Application"_s).kind(), ActionType::Unknown);
    QVERIFY(ActionType::fromString(u"appeal"_s) != ActionType::fromString(u"objection"_s));
}

void tst_DomainTypes::customerKindKeepsUnknownValues()
{
    QCOMPARE(CustomerKind::fromString(u"person"_s).kind(), CustomerKind::Person);
    QCOMPARE(CustomerKind::fromString(u"organisation"_s).kind(), CustomerKind::Organisation);
    QCOMPARE(CustomerKind(CustomerKind::Organisation).toString(), u"organisation"_s);
    const CustomerKind estate = CustomerKind::fromString(u"estate"_s);
    QCOMPARE(estate.kind(), CustomerKind::Unknown);
    QCOMPARE(estate.toString(), u"estate"_s);
    QCOMPARE(estate.displayName(), u"estate"_s);
    QCOMPARE(CustomerKind::fromString(u"organization"_s).kind(), CustomerKind::Unknown);
}

void tst_DomainTypes::fieldTypeMapsEveryWireName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("text") << u"text"_s << int(FieldType::Text);
    QTest::newRow("number") << u"number"_s << int(FieldType::Number);
    QTest::newRow("date") << u"date"_s << int(FieldType::Date);
    QTest::newRow("boolean") << u"boolean"_s << int(FieldType::Boolean);
    QTest::newRow("choice") << u"choice"_s << int(FieldType::Choice);
    QTest::newRow("table") << u"table"_s << int(FieldType::Table);
    QTest::newRow("attachmentRef") << u"attachmentRef"_s << int(FieldType::AttachmentRef);
    QTest::newRow("unknown signature") << u"signature"_s << int(FieldType::Unknown);
}

void tst_DomainTypes::fieldTypeMapsEveryWireName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    const FieldType type = FieldType::fromString(name);
    QCOMPARE(int(type.kind()), kind);
    QCOMPARE(type.toString(), name);
    QCOMPARE(type.isUnknown(), kind == FieldType::Unknown);
}

void tst_DomainTypes::deadlineRoleDistinguishesNoneKnownAndUnknown()
{
    QCOMPARE(DeadlineRole::fromString(QString()).kind(), DeadlineRole::None);
    QVERIFY(DeadlineRole().isNone());
    QCOMPARE(DeadlineRole::fromString(u"eventDate"_s).kind(), DeadlineRole::EventDate);
    QCOMPARE(DeadlineRole::fromString(u"requestedBy"_s).kind(), DeadlineRole::RequestedBy);
    QCOMPARE(DeadlineRole(DeadlineRole::RequestedBy).toString(), u"requestedBy"_s);
    const DeadlineRole other = DeadlineRole::fromString(u"reviewBy"_s);
    QVERIFY(other.isUnknown());
    QCOMPARE(other.toString(), u"reviewBy"_s);
}

void tst_DomainTypes::serviceStateNamesAreTheContractNames()
{
    const QList<QPair<ServiceState, QString>> expected = {
        {ServiceState::Received, u"received"_s},
        {ServiceState::InProcessing, u"inProcessing"_s},
        {ServiceState::SupplementRequested, u"supplementRequested"_s},
        {ServiceState::Decided, u"decided"_s},
        {ServiceState::Closed, u"closed"_s},
        {ServiceState::TransferredElsewhere, u"transferredElsewhere"_s},
    };
    for (const auto &[state, name] : expected) {
        QCOMPARE(toString(state), name);
        QCOMPARE(serviceStateFromString(name), std::optional<ServiceState>(state));
        QVERIFY(!displayName(state).isEmpty());
    }
}

void tst_DomainTypes::caseStateNamesAreStable()
{
    const QList<QPair<CaseState, QString>> expected = {
        {CaseState::New, u"new"_s},
        {CaseState::InReview, u"inReview"_s},
        {CaseState::Approved, u"approved"_s},
        {CaseState::Registered, u"registered"_s},
        {CaseState::SupplementRequested, u"supplementRequested"_s},
        {CaseState::InProcessing, u"inProcessing"_s},
        {CaseState::Decided, u"decided"_s},
        {CaseState::Closed, u"closed"_s},
        {CaseState::TransferredElsewhere, u"transferredElsewhere"_s},
        {CaseState::Withdrawn, u"withdrawn"_s},
    };
    QSet<QString> labels;
    for (const auto &[state, name] : expected) {
        QCOMPARE(toString(state), name);
        QCOMPARE(caseStateFromString(name), std::optional<CaseState>(state));
        labels.insert(displayName(state));
    }
    QCOMPARE(labels.size(), expected.size()); // every state reads differently for the officer
}

void tst_DomainTypes::transferStateNamesAreStable()
{
    const QList<QPair<InboundState, QString>> inbound = {
        {InboundState::Discovered, u"discovered"_s},
        {InboundState::Downloading, u"downloading"_s},
        {InboundState::Received, u"received"_s},
        {InboundState::Acknowledged, u"acknowledged"_s},
    };
    for (const auto &[state, name] : inbound) {
        QCOMPARE(toString(state), name);
        QCOMPARE(inboundStateFromString(name), std::optional<InboundState>(state));
        QVERIFY(!displayName(state).isEmpty());
    }
    const QList<QPair<ExportState, QString>> exports = {
        {ExportState::Pending, u"pending"_s},
        {ExportState::Exporting, u"exporting"_s},
        {ExportState::Exported, u"exported"_s},
        {ExportState::Failed, u"failed"_s},
    };
    for (const auto &[state, name] : exports) {
        QCOMPARE(toString(state), name);
        QCOMPARE(exportStateFromString(name), std::optional<ExportState>(state));
        QVERIFY(!displayName(state).isEmpty());
    }
    const QList<QPair<OutboxState, QString>> outbox = {
        {OutboxState::Queued, u"queued"_s},       {OutboxState::Sending, u"sending"_s},
        {OutboxState::Delivered, u"delivered"_s}, {OutboxState::Retrying, u"retrying"_s},
        {OutboxState::Failed, u"failed"_s},
    };
    for (const auto &[state, name] : outbox) {
        QCOMPARE(toString(state), name);
        QCOMPARE(outboxStateFromString(name), std::optional<OutboxState>(state));
        QVERIFY(!displayName(state).isEmpty());
    }
}

void tst_DomainTypes::unknownStateNamesAreRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("other case") << u"Received"_s;
    QTest::newRow("padded") << u" received"_s;
    QTest::newRow("unknown") << u"archived"_s;
}

void tst_DomainTypes::unknownStateNamesAreRejected()
{
    QFETCH(QString, name);
    QCOMPARE(serviceStateFromString(name), std::nullopt);
    QCOMPARE(caseStateFromString(name), std::nullopt);
    QCOMPARE(inboundStateFromString(name), std::nullopt);
    QCOMPARE(exportStateFromString(name), std::nullopt);
    QCOMPARE(outboxStateFromString(name), std::nullopt);
}

void tst_DomainTypes::formFieldDisplayTextFollowsType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("valueJson");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << u"text"_s << QByteArray("\"Louhinta\"") << QString() << u"fi"_s
                          << u"Louhinta"_s;
    QTest::newRow("number with unit")
        << u"number"_s << QByteArray("120000") << u"m³/v"_s << u"fi"_s << u"120000 m³/v"_s;
    QTest::newRow("fraction") << u"number"_s << QByteArray("2.5") << QString() << u"fi"_s
                              << u"2.5"_s;
    QTest::newRow("date") << u"date"_s << QByteArray("\"2027-01-15\"") << QString() << u"fi"_s
                          << u"2027-01-15"_s;
    QTest::newRow("boolean") << u"boolean"_s << QByteArray("false") << QString() << u"fi"_s
                             << u"No"_s;
    QTest::newRow("choice in sv") << u"choice"_s
                                  << QByteArray(R"({"fi":"Louhinta","sv":"Brytning"})") << QString()
                                  << u"sv"_s << u"Brytning"_s;
    QTest::newRow("table") << u"table"_s
                           << QByteArray(R"({"columns":[{"fi":"Kone"},{"fi":"Määrä"}],)"
                                         R"("rows":[["Murskain",2],["Seula",null]]})")
                           << QString() << u"fi"_s << u"Kone\tMäärä\nMurskain\t2\nSeula\t"_s;
    QTest::newRow("attachmentRef")
        << u"attachmentRef"_s << QByteArray("\"a1\"") << QString() << u"fi"_s << u"a1"_s;
    QTest::newRow("unknown type shows JSON")
        << u"signature"_s << QByteArray(R"({"signedBy":"x","at":3})") << QString() << u"fi"_s
        << uR"({"at":3,"signedBy":"x"})"_s;
    QTest::newRow("unknown type, scalar")
        << u"rating"_s << QByteArray("4") << QString() << u"fi"_s << u"4"_s;
    QTest::newRow("null is empty")
        << u"text"_s << QByteArray("null") << QString() << u"fi"_s << QString();
}

void tst_DomainTypes::formFieldDisplayTextFollowsType()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, valueJson);
    QFETCH(QString, unit);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    FormField field;
    field.type = FieldType::fromString(type);
    field.value = QJsonDocument::fromJson("[" + valueJson + "]").array().at(0);
    field.unit = unit;
    QCOMPARE(field.displayText(language), expected);
}

void tst_DomainTypes::formFieldDateValueOnlyForDateFields()
{
    FormField field;
    field.type = FieldType(FieldType::Date);
    field.value = u"2027-01-15"_s;
    QCOMPARE(field.dateValue(), QDate(2027, 1, 15));
    field.value = QJsonValue::Null;
    QVERIFY(!field.dateValue().isValid());
    field.type = FieldType(FieldType::Text);
    field.value = u"2027-01-15"_s;
    QVERIFY(!field.dateValue().isValid());
}

void tst_DomainTypes::formdataListsFieldsDepthFirstAndFindsAttachments()
{
    auto field = [](const QString &id) {
        FormField f;
        f.id = id;
        return f;
    };
    FormSection inner{u"inner"_s, {}, {field(u"b"_s)}, {}};
    FormSection outer{u"outer"_s, {}, {field(u"a"_s)}, {inner}};
    FormSection second{u"second"_s, {}, {field(u"c"_s)}, {}};
    Formdata data;
    data.sections = {outer, second};
    data.attachments = {AttachmentInfo{u"a1"_s, u"x.pdf"_s, u"application/pdf"_s, 3, {}, {}}};
    QStringList ids;
    const QList<FormField> fields = data.allFields();
    for (const FormField &f : fields)
        ids.append(f.id);
    QCOMPARE(ids, QStringList({u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(data.attachment(u"a1"_s));
    QCOMPARE(data.attachment(u"a1"_s)->fileName, u"x.pdf"_s);
    QCOMPARE(data.attachment(u"a2"_s), nullptr);
}

QTEST_GUILESS_MAIN(tst_DomainTypes)
#include "tst_domaintypes.moc"
