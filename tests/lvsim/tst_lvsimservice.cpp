// SPDX-License-Identifier: EUPL-1.2
// Proves lvsim's service behaviour through its real process: deterministic realistic data, the
// feed's paging and acknowledgement, idempotent and strictly validated writes, the X-Road checks,
// attachments that match what formdata announces, and the admin endpoint.

#include "finnishidcheck.h"
#include "lvsimprocess.h"
#include "simtestclient.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void collectFieldTypes(const QJsonArray &sections, QSet<QString> *types, bool *eventDate,
                       bool *nested, bool *labelsOk, int depth = 0)
{
    for (const QJsonValue &s : sections) {
        const QJsonObject section = s.toObject();
        if (depth > 0)
            *nested = true;
        const QJsonObject title = section.value(u"title"_s).toObject();
        if (title.value(u"fi"_s).toString().isEmpty() || title.value(u"sv"_s).toString().isEmpty())
            *labelsOk = false;
        for (const QJsonValue &f : section.value(u"fields"_s).toArray()) {
            const QJsonObject field = f.toObject();
            types->insert(field.value(u"type"_s).toString());
            if (field.value(u"deadlineRole"_s).toString() == u"eventDate"_s)
                *eventDate = true;
            const QJsonObject label = field.value(u"label"_s).toObject();
            if (label.value(u"fi"_s).toString().isEmpty()
                || label.value(u"sv"_s).toString().isEmpty())
                *labelsOk = false;
        }
        collectFieldTypes(section.value(u"sections"_s).toArray(), types, eventDate, nested,
                          labelsOk, depth + 1);
    }
}

} // namespace

class TestLvSimService : public QObject
{
    Q_OBJECT

private:
    QJsonArray wholeFeed(SimTestClient &client)
    {
        const auto r = client.call("GET", u"/actions?limit=500"_s);
        return r.json().value(u"items"_s).toArray();
    }

private Q_SLOTS:
    void sameSeedGivesSameFeedAndBodies();
    void populationIsRealistic();
    void feedPagesAreOrderedAndGapFree();
    void unacknowledgedItemsStayAndAcknowledgedLeave();
    void replayedMessageIdIsAnsweredOnceAndCounted();
    void writesAreValidatedStrictly();
    void withdrawnCaseRefusesStatusChangesButClosing();
    void supplementRequestMessageIsRecorded();
    void xroadChecksRejectWrongClientsAndPaths();
    void attachmentHeadersMatchTheBytes();
    void adminSubmissionsAppearInTheFeed();
    void otherAuthoritysCaseIsUnauthorizedAndUnknownIsNotFound();
    void statsCountRequestsByEndpointAndStatus();
    void feedOfHundredThousandCasesIsFast();
};

void TestLvSimService::sameSeedGivesSameFeedAndBodies()
{
    LvSimProcess a, b, c;
    QVERIFY(a.start({u"--seed"_s, u"42"_s, u"--cases"_s, u"30"_s}));
    QVERIFY(b.start({u"--seed"_s, u"42"_s, u"--cases"_s, u"30"_s}));
    QVERIFY(c.start({u"--seed"_s, u"43"_s, u"--cases"_s, u"30"_s}));
    SimTestClient ca(a.baseUrl()), cb(b.baseUrl()), cc(c.baseUrl());
    const QJsonArray feedA = wholeFeed(ca);
    QVERIFY(feedA.size() >= 30);
    QCOMPARE(wholeFeed(cb), feedA);
    QVERIFY(wholeFeed(cc) != feedA);
    for (int i = 0; i < 5; ++i) {
        const QString id = feedA.at(i).toObject().value(u"externalId"_s).toString();
        const auto ra = ca.call("GET", u"/commondata/"_s + id);
        QCOMPARE(ra.status, 200);
        QCOMPARE(cb.call("GET", u"/commondata/"_s + id).body, ra.body);
    }
}

void TestLvSimService::populationIsRealistic()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"5"_s, u"--cases"_s, u"150"_s}));
    SimTestClient client(sim.baseUrl());
    const QJsonArray feed = wholeFeed(client);
    QSet<QString> services, actionTypes, languages, kinds, types, municipalities;
    bool eventDate = false, nested = false, labelsOk = true;
    int attachmentsSeen = 0;
    qint64 openingBytes = 0;
    int openings = 0;
    for (const QJsonValue &v : feed) {
        const QJsonObject item = v.toObject();
        services.insert(item.value(u"serviceCode"_s).toString());
        actionTypes.insert(item.value(u"actionType"_s).toString());
        const auto r
            = client.call("GET", u"/commondata/"_s + item.value(u"externalId"_s).toString());
        QCOMPARE(r.status, 200);
        const QJsonObject common = r.json().value(u"commondata"_s).toObject();
        const QJsonObject form = r.json().value(u"formdata"_s).toObject();
        const QJsonObject customer = common.value(u"customer"_s).toObject();
        kinds.insert(customer.value(u"kind"_s).toString());
        languages.insert(customer.value(u"language"_s).toString());
        if (customer.value(u"kind"_s).toString() == u"person"_s) {
            int year = 0;
            const QString hetu = customer.value(u"personalIdentityCode"_s).toString();
            QVERIFY2(FinnishIdCheck::hetu(hetu, &year), qPrintable(hetu));
            // Born 1940-2005: the century signs in use before 2023.
            QVERIFY(hetu.at(6) == u'-' || hetu.at(6) == u'A');
            QVERIFY(year >= 1940 && year <= 2005);
            QVERIFY(customer.value(u"businessId"_s).isNull());
        } else {
            QVERIFY2(FinnishIdCheck::yTunnus(customer.value(u"businessId"_s).toString()),
                     qPrintable(customer.value(u"businessId"_s).toString()));
            QVERIFY(customer.value(u"personalIdentityCode"_s).isNull());
        }
        const QJsonObject location = common.value(u"location"_s).toObject();
        municipalities.insert(location.value(u"municipalityCode"_s).toString());
        QVERIFY(location.value(u"propertyId"_s)
                    .toString()
                    .startsWith(location.value(u"municipalityCode"_s).toString() + u'-'));
        QCOMPARE(location.value(u"coordinates"_s).toObject().value(u"epsg"_s).toInt(), 3067);
        QCOMPARE(form.value(u"serviceCode"_s).toString(), item.value(u"serviceCode"_s).toString());
        collectFieldTypes(form.value(u"sections"_s).toArray(), &types, &eventDate, &nested,
                          &labelsOk);
        const int attachments = int(form.value(u"attachments"_s).toArray().size());
        QVERIFY(attachments <= 4);
        attachmentsSeen += attachments;
        if (QStringList{u"application"_s, u"notification"_s, u"registration"_s, u"plan"_s,
                        u"supervisionRequest"_s}
                .contains(item.value(u"actionType"_s).toString())) {
            openingBytes += r.body.size();
            ++openings;
        }
    }
    QVERIFY2(services.size() >= 8, qPrintable(QStringList(services.values()).join(u',')));
    for (const QString &t :
         {u"application"_s, u"notification"_s, u"registration"_s, u"plan"_s,
          u"supervisionRequest"_s, u"supplement"_s, u"message"_s, u"withdrawal"_s})
        QVERIFY2(actionTypes.contains(t), qPrintable(t));
    QVERIFY(languages.contains(u"fi"_s) && languages.contains(u"sv"_s));
    QVERIFY(kinds.contains(u"person"_s) && kinds.contains(u"organisation"_s));
    for (const QString &t : {u"text"_s, u"number"_s, u"date"_s, u"boolean"_s, u"choice"_s,
                             u"table"_s, u"attachmentRef"_s})
        QVERIFY2(types.contains(t), qPrintable(t));
    QVERIFY(eventDate);
    QVERIFY(nested);
    QVERIFY(labelsOk);
    QVERIFY(municipalities.size() >= 10);
    QVERIFY(attachmentsSeen > feed.size() / 2);
    // Realistic sizes by default: opening actions of roughly 20 KB of JSON.
    QVERIFY2(openingBytes / openings > 12000, qPrintable(QString::number(openingBytes / openings)));
}

void TestLvSimService::feedPagesAreOrderedAndGapFree()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"9"_s, u"--cases"_s, u"60"_s}));
    SimTestClient client(sim.baseUrl());
    const QJsonArray all = wholeFeed(client);
    QJsonArray paged;
    QString since;
    QString lastCursor;
    for (int guard = 0; guard < 100; ++guard) {
        const auto r = client.call(
            "GET", u"/actions?limit=7"_s + (since.isEmpty() ? QString() : u"&since="_s + since));
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(u"items"_s).toArray())
            paged.append(v);
        const QString next = page.value(u"nextCursor"_s).toString();
        QVERIFY(QRegularExpression(u"^c-\\d{12}$"_s).match(next).hasMatch());
        QVERIFY(next > lastCursor);
        lastCursor = next;
        since = next;
        if (!page.value(u"hasMore"_s).toBool())
            break;
    }
    QCOMPARE(paged, all);
    // A follower comes after the opening action of its project part.
    QSet<QString> openedParts;
    int followers = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject item = v.toObject();
        const QString type = item.value(u"actionType"_s).toString();
        const QString part = item.value(u"projectPartId"_s).toString();
        if (type == u"supplement"_s || type == u"message"_s || type == u"withdrawal"_s
            || item.value(u"version"_s).toInt() > 1) {
            QVERIFY2(openedParts.contains(part), qPrintable(part));
            ++followers;
        } else {
            openedParts.insert(part);
        }
    }
    QVERIFY(followers > 0);
    QCOMPARE(client.call("GET", u"/actions?limit=501"_s).status, 400);
    QCOMPARE(client.call("GET", u"/actions?since=garbage"_s).status, 400);
    QCOMPARE(client.call("GET", u"/actions?sinse=c-000000000001"_s).status, 400);
}

void TestLvSimService::unacknowledgedItemsStayAndAcknowledgedLeave()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"11"_s, u"--cases"_s, u"20"_s}));
    SimTestClient client(sim.baseUrl());
    const auto first = client.call("GET", u"/actions?limit=5"_s).json().value(u"items"_s).toArray();
    QCOMPARE(first.size(), 5);
    // A client that lost its cursor reads the same items again.
    QCOMPARE(client.call("GET", u"/actions?limit=5"_s).json().value(u"items"_s).toArray(), first);

    const QString messageId = uuid();
    const QJsonArray ids{first.at(0).toObject().value(u"externalId"_s),
                         first.at(1).toObject().value(u"externalId"_s)};
    const QByteArray body = json({{u"messageId"_s, messageId}, {u"externalIds"_s, ids}});
    const auto ack = client.call("POST", u"/actions/ack"_s, body);
    QCOMPARE(ack.status, 200);
    QCOMPARE(ack.json().value(u"acknowledged"_s).toInt(), 2);
    const auto replay = client.call("POST", u"/actions/ack"_s, body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, ack.body);

    const QJsonArray after
        = client.call("GET", u"/actions?limit=5"_s).json().value(u"items"_s).toArray();
    QCOMPARE(after.at(0).toObject(), first.at(2).toObject());
    for (const QJsonValue &v : after)
        QVERIFY(!ids.contains(v.toObject().value(u"externalId"_s)));

    const QJsonObject received = sim.adminGet(u"/admin/received"_s);
    const QJsonObject acks = received.value(u"acks"_s).toObject();
    QCOMPARE(acks.value(u"requests"_s).toInt(), 2);
    QCOMPARE(acks.value(u"replayedMessageIds"_s).toInt(), 1);
    QCOMPARE(acks.value(u"acknowledged"_s).toInt(), 2);
    // Acknowledging an unknown id is refused, naming the offending element.
    const auto unknown = client.call(
        "POST", u"/actions/ack"_s,
        json({{u"messageId"_s, uuid()}, {u"externalIds"_s, QJsonArray{ids.at(0), uuid()}}}));
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.json().value(u"field"_s).toString(), u"externalIds[1]"_s);
}

void TestLvSimService::replayedMessageIdIsAnsweredOnceAndCounted()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"12"_s, u"--cases"_s, u"10"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id = client.call("GET", u"/actions?limit=1"_s)
                           .json()
                           .value(u"items"_s)
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"externalId"_s)
                           .toString();
    QJsonObject status{{u"messageId"_s, uuid()},
                       {u"state"_s, u"inProcessing"_s},
                       {u"statusText"_s, QJsonObject{{u"fi"_s, u"Käsittelyssä"_s},
                                                     {u"sv"_s, u"Under behandling"_s}}},
                       {u"statusDate"_s, u"2026-11-26"_s},
                       {u"diaryNumber"_s, u"YMP/123/2026"_s},
                       {u"handler"_s, u"Liisa Käsittelijä"_s},
                       {u"processingStartDate"_s, u"2026-11-26"_s}};
    const auto first = client.call("PUT", u"/commondata/"_s + id + u"/status"_s, json(status));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"accepted"_s).toBool(), true);
    const auto replay = client.call("PUT", u"/commondata/"_s + id + u"/status"_s, json(status));
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, first.body);
    status.insert(u"messageId"_s, uuid()); // same logical write under a new messageId
    QCOMPARE(client.call("PUT", u"/commondata/"_s + id + u"/status"_s, json(status)).status, 200);

    const QJsonObject record = sim.adminGet(u"/admin/received?externalId="_s + id)
                                   .value(u"cases"_s)
                                   .toObject()
                                   .value(id)
                                   .toObject();
    QCOMPARE(record.value(u"statusUpdates"_s).toArray().size(), 1);
    QCOMPARE(record.value(u"replayedMessageIds"_s).toInt(), 1);
    QCOMPARE(record.value(u"duplicateWrites"_s).toInt(), 1);
    QCOMPARE(record.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(record.value(u"statusUpdates"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"diaryNumber"_s)
                 .toString(),
             u"YMP/123/2026"_s);

    const QJsonObject message{{u"messageId"_s, uuid()},
                              {u"subject"_s, u"Vastaanotettu"_s},
                              {u"body"_s, u"Asianne on vastaanotettu."_s},
                              {u"supplementRequest"_s, QJsonValue::Null},
                              {u"attachments"_s, QJsonArray()}};
    const auto m1 = client.call("POST", u"/commondata/"_s + id + u"/messages"_s, json(message));
    QCOMPARE(m1.status, 201);
    QVERIFY(m1.json().value(u"id"_s).toString().startsWith(u"m-"_s));
    const auto m2 = client.call("POST", u"/commondata/"_s + id + u"/messages"_s, json(message));
    QCOMPARE(m2.status, 201);
    QCOMPARE(m2.body, m1.body);
    const QJsonObject after = sim.adminGet(u"/admin/received"_s);
    QCOMPARE(after.value(u"messages"_s).toInt(), 1);
    QCOMPARE(after.value(u"statusUpdates"_s).toInt(), 1);
    QCOMPARE(after.value(u"replayedMessageIds"_s).toInt(), 2);
}

void TestLvSimService::writesAreValidatedStrictly()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"13"_s, u"--cases"_s, u"10"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id = client.call("GET", u"/actions?limit=1"_s)
                           .json()
                           .value(u"items"_s)
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"externalId"_s)
                           .toString();
    const QJsonObject good{
        {u"messageId"_s, uuid()},
        {u"state"_s, u"received"_s},
        {u"statusText"_s, QJsonObject{{u"fi"_s, u"Vastaanotettu"_s}, {u"sv"_s, u"Mottaget"_s}}},
        {u"statusDate"_s, u"2026-11-26"_s},
        {u"diaryNumber"_s, QJsonValue::Null},
        {u"handler"_s, QJsonValue::Null},
        {u"processingStartDate"_s, QJsonValue::Null}};
    const QString path = u"/commondata/"_s + id + u"/status"_s;
    auto expectInvalid = [&](QJsonObject body, const QString &field) {
        body.insert(u"messageId"_s, uuid());
        const auto r = client.call("PUT", path, json(body));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"Invalid"_s);
        QCOMPARE(r.json().value(u"field"_s).toString(), field);
    };
    QJsonObject b = good;
    b.insert(u"state"_s, u"approved"_s);
    expectInvalid(b, u"state"_s);
    b = good;
    b.insert(u"statusText"_s, QJsonObject{{u"fi"_s, u"Vastaanotettu"_s}});
    expectInvalid(b, u"statusText.sv"_s);
    b = good;
    b.insert(u"statusDate"_s, u"2026-02-30"_s);
    expectInvalid(b, u"statusDate"_s);
    b = good;
    b.insert(u"priority"_s, 1);
    expectInvalid(b, u"priority"_s);
    b = good;
    b.insert(u"handler"_s, 5);
    expectInvalid(b, u"handler"_s);
    b = good;
    b.insert(u"messageId"_s, u"not-a-uuid"_s);
    auto r = client.call("PUT", path, json(b));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"field"_s).toString(), u"messageId"_s);
    r = client.call("PUT", path, "<status/>", {{"Content-Type", "application/xml"}});
    QCOMPARE(r.status, 400);
    r = client.call("PUT", path, "{not json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"BadRequest"_s);

    const QString messages = u"/commondata/"_s + id + u"/messages"_s;
    const QJsonObject msg{
        {u"messageId"_s, uuid()},
        {u"subject"_s, u"Liite"_s},
        {u"body"_s, u"Ohessa liite."_s},
        {u"attachments"_s, QJsonArray{QJsonObject{{u"fileName"_s, u"a.pdf"_s},
                                                  {u"contentType"_s, u"application/pdf"_s},
                                                  {u"dataBase64"_s, u"%%%not base64"_s}}}}};
    r = client.call("POST", messages, json(msg));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"field"_s).toString(), u"attachments[0].dataBase64"_s);
    QJsonObject noSubject = msg;
    noSubject.remove(u"subject"_s);
    noSubject.insert(u"messageId"_s, uuid());
    r = client.call("POST", messages, json(noSubject));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"field"_s).toString(), u"subject"_s);
    QJsonObject badDue = msg;
    badDue.insert(u"messageId"_s, uuid());
    badDue.remove(u"attachments"_s);
    badDue.insert(u"supplementRequest"_s, QJsonObject{{u"dueDate"_s, u"18.12.2026"_s},
                                                      {u"items"_s, QJsonArray{u"Asemapiirros"_s}}});
    r = client.call("POST", messages, json(badDue));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"field"_s).toString(), u"supplementRequest.dueDate"_s);

    // A follower action cannot be written to: writes address the opening action.
    const auto submitted
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"message"_s}, {u"externalId"_s, id}});
    const QString followerId = submitted.value(u"externalId"_s).toString();
    QVERIFY(!followerId.isEmpty());
    b = good;
    b.insert(u"messageId"_s, uuid());
    r = client.call("PUT", u"/commondata/"_s + followerId + u"/status"_s, json(b));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value(u"field"_s).toString(), u"externalId"_s);
    QCOMPARE(client.call("PUT", path, json(good)).status, 200);
    QCOMPARE(sim.adminGet(u"/admin/received"_s).value(u"statusUpdates"_s).toInt(), 1);
}

void TestLvSimService::withdrawnCaseRefusesStatusChangesButClosing()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"14"_s, u"--cases"_s, u"0"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s},
                                                          {u"serviceCode"_s, u"meluilmoitus"_s}})
                           .value(u"externalId"_s)
                           .toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject withdrawal
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"withdrawal"_s}, {u"externalId"_s, id}});
    QCOMPARE(withdrawal.value(u"actionType"_s).toString(), u"withdrawal"_s);
    const QJsonArray feed = wholeFeed(client); // the withdrawal is now delivered
    QCOMPARE(feed.size(), 2);
    QCOMPARE(feed.at(1).toObject().value(u"projectPartId"_s),
             feed.at(0).toObject().value(u"projectPartId"_s));
    QJsonObject status{{u"messageId"_s, uuid()},
                       {u"state"_s, u"inProcessing"_s},
                       {u"statusText"_s, QJsonObject{{u"fi"_s, u"Käsittelyssä"_s},
                                                     {u"sv"_s, u"Under behandling"_s}}},
                       {u"statusDate"_s, u"2026-11-26"_s}};
    auto r = client.call("PUT", u"/commondata/"_s + id + u"/status"_s, json(status));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"Conflict"_s);
    status.insert(u"messageId"_s, uuid());
    status.insert(u"state"_s, u"closed"_s);
    QCOMPARE(client.call("PUT", u"/commondata/"_s + id + u"/status"_s, json(status)).status, 200);
}

void TestLvSimService::supplementRequestMessageIsRecorded()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"15"_s, u"--cases"_s, u"3"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id = client.call("GET", u"/actions?limit=1"_s)
                           .json()
                           .value(u"items"_s)
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(u"externalId"_s)
                           .toString();
    const QByteArray pdf = "%PDF-1.4\n%%EOF\n";
    const QJsonObject message{
        {u"messageId"_s, uuid()},
        {u"subject"_s, u"Täydennyspyyntö"_s},
        {u"body"_s, u"Toimittakaa asemapiirros."_s},
        {u"supplementRequest"_s,
         QJsonObject{{u"dueDate"_s, u"2026-12-18"_s}, {u"items"_s, QJsonArray{u"Asemapiirros"_s}}}},
        {u"attachments"_s,
         QJsonArray{QJsonObject{{u"fileName"_s, u"ohje.pdf"_s},
                                {u"contentType"_s, u"application/pdf"_s},
                                {u"dataBase64"_s, QString::fromLatin1(pdf.toBase64())}}}}};
    QCOMPARE(client.call("POST", u"/commondata/"_s + id + u"/messages"_s, json(message)).status,
             201);
    const QJsonObject record
        = sim.adminGet(u"/admin/received"_s).value(u"cases"_s).toObject().value(id).toObject();
    QCOMPARE(record.value(u"state"_s).toString(), u"supplementRequested"_s);
    const QJsonObject stored = record.value(u"messages"_s).toArray().at(0).toObject();
    QCOMPARE(stored.value(u"supplementRequest"_s).toObject().value(u"dueDate"_s).toString(),
             u"2026-12-18"_s);
    const QJsonObject attachment = stored.value(u"attachments"_s).toArray().at(0).toObject();
    QCOMPARE(attachment.value(u"size"_s).toInt(), int(pdf.size()));
    QCOMPARE(
        attachment.value(u"sha256"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
}

void TestLvSimService::xroadChecksRejectWrongClientsAndPaths()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"16"_s, u"--cases"_s, u"3"_s}));
    SimTestClient client(sim.baseUrl());
    auto expectXRoad = [](const SimTestClient::Reply &r, const QString &type) {
        QCOMPARE(r.status, 400);
        QCOMPARE(QString::fromUtf8(r.header("X-Road-Error")), type);
        QCOMPARE(r.json().value(u"type"_s).toString(), type);
        QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
        QVERIFY(!r.json().value(u"detail"_s).toString().isEmpty());
    };
    client.setClient(QByteArray());
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.BadRequest"_s);
    client.setClient("FI-TEST/MUN/0135202-4");
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.InvalidClientIdentifier"_s);
    client.setClient("FI-TEST/XXX/0135202-4/lvdesk");
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.InvalidClientIdentifier"_s);
    client.setClient("FI-TEST/MUN/1234567-1/other");
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.AccessDenied"_s);
    client.setClient("FI-TEST/MUN/0135202-4/lvdesk");
    client.setServicePath(u"/r1/FI-TEST/GOV/0245437-2/LV/otherService"_s);
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.UnknownService"_s);
    client.setServicePath(u"/r1/FI/GOV/0245437-2/LV/lvService"_s);
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.UnknownService"_s);
    client.setServicePath(u"/lvService"_s);
    expectXRoad(client.call("GET", u"/actions"_s), u"Client.BadRequest"_s);

    // Percent-encoded identifier parts are decoded one by one and then match.
    client.setServicePath(u"/r1/FI%2DTEST/GOV/0245437%2D2/LV/lvService"_s);
    const QByteArray xroadId = "0d4f3c1e-5b7a-4c2e-9f10-123456789abc";
    const auto ok
        = client.call("GET", u"/actions?limit=1"_s, QByteArray(), {{"X-Road-Id", xroadId}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("X-Road-Id"), xroadId);
    QCOMPARE(QByteArray::fromBase64(ok.header("X-Road-Request-Hash")).size(), 64);
    QVERIFY(ok.header("X-Road-Error").isEmpty());

    const auto methods = client.raw("GET", u"/r1/FI-TEST/GOV/0245437-2/LV/listMethods"_s);
    QCOMPARE(methods.status, 200);
    QCOMPARE(methods.json()
                 .value(u"service"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"service_code"_s)
                 .toString(),
             u"lvService"_s);
    // Unknown resources inside the service come from the service itself, without X-Road-Error.
    client.setServicePath(u"/r1/FI-TEST/GOV/0245437-2/LV/lvService"_s);
    const auto missing = client.call("GET", u"/nothing-here"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.header("X-Road-Error").isEmpty());
    QCOMPARE(missing.json().value(u"error"_s).toString(), u"NotFound"_s);

    const QJsonObject xroad = sim.adminGet(u"/admin/stats"_s).value(u"xroad"_s).toObject();
    QCOMPARE(xroad.value(u"rejected"_s).toInt(), 7);
    QCOMPARE(xroad.value(u"reusedXRoadId"_s).toInt(), 0);
    client.call("GET", u"/actions?limit=1"_s, QByteArray(), {{"X-Road-Id", xroadId}});
    QCOMPARE(sim.adminGet(u"/admin/stats"_s)
                 .value(u"xroad"_s)
                 .toObject()
                 .value(u"reusedXRoadId"_s)
                 .toInt(),
             1);
}

void TestLvSimService::attachmentHeadersMatchTheBytes()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"17"_s, u"--cases"_s, u"25"_s}));
    SimTestClient client(sim.baseUrl());
    int pdfs = 0, pngs = 0;
    for (const QJsonValue &v : wholeFeed(client)) {
        const QString id = v.toObject().value(u"externalId"_s).toString();
        const QJsonObject form = client.call("GET", u"/commondata/"_s + id + u"/formdata"_s).json();
        for (const QJsonValue &a : form.value(u"attachments"_s).toArray()) {
            const QJsonObject att = a.toObject();
            const auto r = client.call("GET", u"/commondata/"_s + id + u"/attachments/"_s
                                                  + att.value(u"id"_s).toString());
            QCOMPARE(r.status, 200);
            const QByteArray digest = QCryptographicHash::hash(r.body, QCryptographicHash::Sha256);
            QCOMPARE(r.body.size(), att.value(u"size"_s).toInteger());
            QCOMPARE(QString::fromLatin1(digest.toHex()), att.value(u"sha256"_s).toString());
            QCOMPARE(r.header("Digest"), "sha-256=" + digest.toBase64());
            QCOMPARE(r.header("Content-Length").toLongLong(), qint64(r.body.size()));
            QCOMPARE(QString::fromLatin1(r.header("Content-Type")),
                     att.value(u"contentType"_s).toString());
            QVERIFY(r.body.size() >= 20000 && r.body.size() <= 400000);
            if (att.value(u"contentType"_s).toString() == u"application/pdf"_s) {
                QVERIFY(r.body.startsWith("%PDF-1.4"));
                QVERIFY(r.body.endsWith("%%EOF\n"));
                // The xref offset after startxref points at the xref table.
                const qsizetype at = r.body.lastIndexOf("startxref\n");
                const qint64 xref
                    = r.body.mid(at + 10, r.body.indexOf('\n', at + 10) - at - 10).toLongLong();
                QVERIFY(r.body.mid(xref, 4) == "xref");
                ++pdfs;
            } else {
                QImage image;
                QVERIFY(image.loadFromData(r.body, "PNG"));
                QVERIFY(image.width() > 100);
                ++pngs;
            }
        }
    }
    QVERIFY(pdfs > 0);
    QVERIFY(pngs > 0);
}

void TestLvSimService::adminSubmissionsAppearInTheFeed()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"18"_s, u"--cases"_s, u"5"_s}));
    SimTestClient client(sim.baseUrl());
    const QJsonObject page = client.call("GET", u"/actions?limit=500"_s).json();
    const QString cursor = page.value(u"nextCursor"_s).toString();
    QVERIFY(!page.value(u"hasMore"_s).toBool());

    const QJsonObject added
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s},
                                             {u"serviceCode"_s, u"kemikaalivarasto"_s},
                                             {u"language"_s, u"sv"_s},
                                             {u"customerKind"_s, u"organisation"_s},
                                             {u"attachments"_s, 2}});
    const QString id = added.value(u"externalId"_s).toString();
    QVERIFY(!id.isEmpty());
    QJsonArray fresh
        = client.call("GET", u"/actions?since="_s + cursor).json().value(u"items"_s).toArray();
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.at(0).toObject().value(u"externalId"_s).toString(), id);
    QCOMPARE(fresh.at(0).toObject().value(u"serviceCode"_s).toString(), u"kemikaalivarasto"_s);
    QCOMPARE(fresh.at(0).toObject().value(u"actionType"_s).toString(), u"notification"_s);
    QJsonObject data = client.call("GET", u"/commondata/"_s + id).json();
    QCOMPARE(data.value(u"version"_s).toInt(), 1);
    QCOMPARE(data.value(u"commondata"_s)
                 .toObject()
                 .value(u"customer"_s)
                 .toObject()
                 .value(u"language"_s)
                 .toString(),
             u"sv"_s);
    QCOMPARE(data.value(u"formdata"_s).toObject().value(u"attachments"_s).toArray().size(), 2);

    const QJsonObject version
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"version"_s}, {u"externalId"_s, id}});
    QCOMPARE(version.value(u"version"_s).toInt(), 2);
    const QJsonObject supplement
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"supplement"_s},
                                             {u"externalId"_s, id},
                                             {u"text"_s, u"Bifogar utredningen."_s}});
    const QString supplementId = supplement.value(u"externalId"_s).toString();
    QVERIFY(supplementId != id);
    fresh = client.call("GET", u"/actions?since="_s + cursor).json().value(u"items"_s).toArray();
    QCOMPARE(fresh.size(), 3);
    QCOMPARE(fresh.at(1).toObject().value(u"externalId"_s).toString(), id);
    QCOMPARE(fresh.at(1).toObject().value(u"version"_s).toInt(), 2);
    QCOMPARE(fresh.at(2).toObject().value(u"actionType"_s).toString(), u"supplement"_s);
    QCOMPARE(fresh.at(2).toObject().value(u"projectPartId"_s),
             fresh.at(0).toObject().value(u"projectPartId"_s));
    data = client.call("GET", u"/commondata/"_s + id).json();
    QCOMPARE(data.value(u"version"_s).toInt(), 2);
    const QJsonObject supplementForm
        = client.call("GET", u"/commondata/"_s + supplementId + u"/formdata"_s).json();
    QVERIFY(QJsonDocument(supplementForm).toJson().contains("Bifogar utredningen."));
    // Unknown action types can be injected to test that clients keep them.
    const QJsonObject odd = sim.adminPost(u"/admin/submit"_s,
                                          {{u"kind"_s, u"case"_s}, {u"actionType"_s, u"appeal"_s}});
    QCOMPARE(odd.value(u"actionType"_s).toString(), u"appeal"_s);
    const QJsonObject refused
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"nonsense"_s}, {u"externalId"_s, id}});
    QCOMPARE(refused.value(u"error"_s).toString(), u"BadRequest"_s);
    QCOMPARE(sim.lastAdminStatus(), 400);
}

void TestLvSimService::otherAuthoritysCaseIsUnauthorizedAndUnknownIsNotFound()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"19"_s, u"--cases"_s, u"2"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id
        = sim.adminPost(u"/admin/submit"_s, {{u"kind"_s, u"case"_s}, {u"foreign"_s, true}})
              .value(u"externalId"_s)
              .toString();
    QVERIFY(!id.isEmpty());
    auto r = client.call("GET", u"/commondata/"_s + id);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json(), (QJsonObject{{u"error"_s, u"Unauthorized"_s},
                                    {u"message"_s, u"Unauthorized request"_s}}));
    for (const QJsonValue &v : wholeFeed(client)) // not in this authority's feed
        QVERIFY(v.toObject().value(u"externalId"_s).toString() != id);
    r = client.call("GET", u"/commondata/"_s + uuid());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json(),
             (QJsonObject{{u"error"_s, u"NotFound"_s},
                          {u"message"_s, u"Project part action not found with externalId"_s}}));
    QVERIFY(r.header("X-Road-Error").isEmpty());
}

void TestLvSimService::statsCountRequestsByEndpointAndStatus()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"20"_s, u"--cases"_s, u"3"_s}));
    SimTestClient client(sim.baseUrl());
    const QString id = wholeFeed(client).at(0).toObject().value(u"externalId"_s).toString();
    client.call("GET", u"/commondata/"_s + id + u"/commondata"_s);
    client.call("GET", u"/commondata/"_s + uuid());
    QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    QCOMPARE(stats.value(u"requests"_s).toInt(), 3);
    QCOMPARE(stats.value(u"byEndpoint"_s).toObject().value(u"GET /actions"_s).toInt(), 1);
    QCOMPARE(
        stats.value(u"byEndpoint"_s).toObject().value(u"GET /commondata/{id}/commondata"_s).toInt(),
        1);
    QCOMPARE(stats.value(u"byEndpoint"_s).toObject().value(u"GET /commondata/{id}"_s).toInt(), 1);
    QCOMPARE(stats.value(u"byStatus"_s).toObject().value(u"200"_s).toInt(), 2);
    QCOMPARE(stats.value(u"byStatus"_s).toObject().value(u"400"_s).toInt(), 1);
    sim.adminPost(u"/admin/reset-stats"_s, {});
    stats = sim.adminGet(u"/admin/stats"_s);
    QCOMPARE(stats.value(u"requests"_s).toInt(), 0);
    QVERIFY(stats.value(u"byStatus"_s).toObject().isEmpty());
}

void TestLvSimService::feedOfHundredThousandCasesIsFast()
{
    LvSimProcess sim;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(sim.start({u"--seed"_s, u"21"_s, u"--cases"_s, u"100000"_s}));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    SimTestClient client(sim.baseUrl());
    QString since;
    timer.restart();
    int items = 0;
    for (int page = 0; page < 20; ++page) {
        const QJsonObject r
            = client
                  .call("GET", u"/actions?limit=500"_s
                                   + (since.isEmpty() ? QString() : u"&since="_s + since))
                  .json();
        items += int(r.value(u"items"_s).toArray().size());
        since = r.value(u"nextCursor"_s).toString();
    }
    QCOMPARE(items, 10000);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    const QJsonObject summary = sim.adminGet(u"/admin/stats"_s).value(u"service"_s).toObject();
    QCOMPARE(summary.value(u"cases"_s).toInt(), 100000);
    QVERIFY(summary.value(u"feedLength"_s).toInt() > 100000);
}

QTEST_GUILESS_MAIN(TestLvSimService)
#include "tst_lvsimservice.moc"
