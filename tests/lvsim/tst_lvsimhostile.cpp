// SPDX-License-Identifier: EUPL-1.2
// Proves lvsim's --hostile through its real process: every kind of hostile content occurs and is
// really in the data that /admin/hostile says carries it (checked here from the JSON and bytes,
// not from the generator's code), bodies stay valid UTF-8 JSON, attachments serve the size and
// SHA-256 they announce, headers stay clean, the data is reproducible from the seed, and cases
// that --hostile did not choose are exactly what lvsim serves without it.

#include "finnishidcheck.h"
#include "lvsimprocess.h"
#include "simtestclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

// The kinds GET /admin/hostile names, as docs/lvsim.md lists them.
const QStringList allKinds = {
    u"nameBidi"_s,
    u"nameZeroWidth"_s,
    u"nameCombining"_s,
    u"nameHtml"_s,
    u"nameLong"_s,
    u"businessIdWrongCheck"_s,
    u"hetu2023Century"_s,
    u"unknownActionType"_s,
    u"timestampOffset"_s,
    u"textBidi"_s,
    u"textZeroWidth"_s,
    u"textCombining"_s,
    u"textHtml"_s,
    u"textLong"_s,
    u"unknownFieldType"_s,
    u"unknownDeadlineRole"_s,
    u"labelMissingEn"_s,
    u"labelMissingFiOrSv"_s,
    u"labelOnlyEn"_s,
    u"choiceWithoutEn"_s,
    u"numberAsText"_s,
    u"dateNotIso"_s,
    u"booleanAsText"_s,
    u"tableRowWrongCells"_s,
    u"attachmentRefUnknown"_s,
    u"fileNamePath"_s,
    u"fileNameDots"_s,
    u"fileNameControl"_s,
    u"fileNameReserved"_s,
    u"fileNameForbiddenChars"_s,
    u"fileNameLeadingTrailing"_s,
    u"fileNameBidi"_s,
    u"fileNameZeroWidth"_s,
    u"fileNameCombining"_s,
    u"fileNameHtml"_s,
    u"fileNameLong"_s,
    u"fileNameDuplicate"_s,
    u"fileNameCaseOnly"_s,
    u"fileNameEmptyAfterSanitising"_s,
    u"contentTypeMismatch"_s,
    u"contentTypeMalformed"_s,
    u"contentBytesMismatch"_s,
    u"attachmentLarge"_s,
    u"attachmentIdRepeated"_s,
    u"attachmentWithoutChecksum"_s,
};

bool hasBidi(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c.unicode() >= 0x202a && c.unicode() <= 0x202e)
               || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
    });
}

bool hasZeroWidth(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200b || u == 0x200c || u == 0x200d || u == 0x2060 || u == 0xfeff;
    });
}

bool hasCombining(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
}

bool looksLikeHtml(const QString &s)
{
    static const QRegularExpression tag(u"<[A-Za-z/!]"_s);
    return tag.match(s).hasMatch();
}

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
    });
}

bool isMediaType(const QString &s)
{
    static const QRegularExpression re(
        u"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\\z"_s);
    return re.match(s).hasMatch();
}

QString extension(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > 0 ? fileName.mid(dot + 1).toLower() : QString();
}

// What one action's data holds, gathered from its JSON.
struct Walk
{
    QList<QJsonObject> fields;
    QList<QJsonObject> labels; // serviceName, section titles, field labels, table columns
};

void walkSections(const QJsonArray &sections, Walk &walk)
{
    for (const QJsonValue &s : sections) {
        const QJsonObject section = s.toObject();
        walk.labels.append(section.value(u"title"_s).toObject());
        for (const QJsonValue &f : section.value(u"fields"_s).toArray()) {
            const QJsonObject field = f.toObject();
            walk.fields.append(field);
            walk.labels.append(field.value(u"label"_s).toObject());
            if (field.value(u"type"_s).toString() == u"table"_s) {
                for (const QJsonValue &c :
                     field.value(u"value"_s).toObject().value(u"columns"_s).toArray())
                    walk.labels.append(c.toObject());
            }
        }
        walkSections(section.value(u"sections"_s).toArray(), walk);
    }
}

struct ActionSeen
{
    QJsonObject feedItem;
    QJsonObject commondata;
    QJsonObject formdata;
    QHash<QString, QByteArray> served; // attachment id -> bytes
};

// The hostile kinds the action's data shows, judged from the data alone.
QSet<QString> detectKinds(const ActionSeen &a, qint64 largeBytes)
{
    QSet<QString> found;
    auto mark = [&](const QString &kind, bool present) {
        if (present)
            found.insert(kind);
    };

    const QJsonObject customer = a.commondata.value(u"customer"_s).toObject();
    const QStringList names
        = {customer.value(u"name"_s).toString(),
           a.commondata.value(u"projectName"_s).toString(),
           a.commondata.value(u"location"_s).toObject().value(u"address"_s).toString(),
           customer.value(u"address"_s).toObject().value(u"street"_s).toString(),
           customer.value(u"address"_s).toObject().value(u"postOffice"_s).toString(),
           a.commondata.value(u"representative"_s).toObject().value(u"name"_s).toString()};
    for (const QString &n : names) {
        mark(u"nameBidi"_s, hasBidi(n));
        mark(u"nameZeroWidth"_s, hasZeroWidth(n));
        mark(u"nameCombining"_s, hasCombining(n));
        mark(u"nameHtml"_s, looksLikeHtml(n));
        mark(u"nameLong"_s, n.size() >= 300);
    }
    const QString businessId = customer.value(u"businessId"_s).toString();
    static const QRegularExpression yForm(u"^\\d{7}-\\d$"_s);
    mark(u"businessIdWrongCheck"_s,
         yForm.match(businessId).hasMatch() && !FinnishIdCheck::yTunnus(businessId));
    const QString hetu = customer.value(u"personalIdentityCode"_s).toString();
    int year = 0;
    mark(u"hetu2023Century"_s,
         FinnishIdCheck::hetu(hetu, &year) && hetu.at(6) != u'-' && hetu.at(6) != u'A');

    const QStringList knownTypes
        = {u"application"_s,        u"notification"_s, u"registration"_s, u"plan"_s,
           u"supervisionRequest"_s, u"supplement"_s,   u"message"_s,      u"withdrawal"_s};
    mark(u"unknownActionType"_s,
         !knownTypes.contains(a.feedItem.value(u"actionType"_s).toString()));
    static const QRegularExpression offset(u"[+-]\\d\\d:\\d\\d$"_s);
    const QString feedTime = a.feedItem.value(u"submittedAt"_s).toString();
    const QString commonTime = a.commondata.value(u"submittedAt"_s).toString();
    mark(u"timestampOffset"_s, offset.match(feedTime).hasMatch()
                                   && offset.match(commonTime).hasMatch()
                                   && !feedTime.endsWith(u"+00:00"_s)
                                   && QDateTime::fromString(feedTime, Qt::ISODate)
                                          == QDateTime::fromString(commonTime, Qt::ISODate));

    Walk walk;
    walk.labels.append(a.formdata.value(u"serviceName"_s).toObject());
    walkSections(a.formdata.value(u"sections"_s).toArray(), walk);
    const QJsonArray attachments = a.formdata.value(u"attachments"_s).toArray();
    QSet<QString> attachmentIds;
    for (const QJsonValue &v : attachments)
        attachmentIds.insert(v.toObject().value(u"id"_s).toString());

    const QStringList knownFieldTypes = {u"text"_s,   u"number"_s, u"date"_s,         u"boolean"_s,
                                         u"choice"_s, u"table"_s,  u"attachmentRef"_s};
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    bool anyChoice = false, choiceEn = false;
    for (const QJsonObject &field : std::as_const(walk.fields)) {
        const QString type = field.value(u"type"_s).toString();
        const QJsonValue value = field.value(u"value"_s);
        if (type == u"text"_s && value.isString()) {
            const QString text = value.toString();
            mark(u"textBidi"_s, hasBidi(text));
            mark(u"textZeroWidth"_s, hasZeroWidth(text));
            mark(u"textCombining"_s, hasCombining(text));
            mark(u"textHtml"_s, looksLikeHtml(text));
            mark(u"textLong"_s, text.size() >= 90000);
        }
        mark(u"unknownFieldType"_s, !knownFieldTypes.contains(type));
        const QJsonValue role = field.value(u"deadlineRole"_s);
        mark(u"unknownDeadlineRole"_s, !role.isUndefined() && role.toString() != u"eventDate"_s
                                           && role.toString() != u"requestedBy"_s);
        mark(u"numberAsText"_s, type == u"number"_s && value.isString());
        mark(u"dateNotIso"_s,
             type == u"date"_s && value.isString() && !isoDate.match(value.toString()).hasMatch());
        mark(u"booleanAsText"_s, type == u"boolean"_s && !value.isBool());
        if (type == u"table"_s) {
            const qsizetype columns = value.toObject().value(u"columns"_s).toArray().size();
            for (const QJsonValue &row : value.toObject().value(u"rows"_s).toArray())
                mark(u"tableRowWrongCells"_s, row.toArray().size() != columns);
        }
        mark(u"attachmentRefUnknown"_s,
             type == u"attachmentRef"_s && !attachmentIds.contains(value.toString()));
        if (type == u"choice"_s) {
            anyChoice = true;
            choiceEn = choiceEn || value.toObject().contains(u"en"_s);
        }
    }
    mark(u"choiceWithoutEn"_s, anyChoice && !choiceEn);
    bool labelWithEn = false;
    for (const QJsonObject &l : std::as_const(walk.labels)) {
        const bool fi = !l.value(u"fi"_s).toString().isEmpty();
        const bool sv = !l.value(u"sv"_s).toString().isEmpty();
        const bool en = !l.value(u"en"_s).toString().isEmpty();
        mark(u"labelMissingFiOrSv"_s, fi != sv);
        mark(u"labelOnlyEn"_s, en && !fi && !sv);
        labelWithEn = labelWithEn || (en && (fi || sv));
    }
    mark(u"labelMissingEn"_s, !labelWithEn);

    QList<QPair<QString, QString>> seenIdsAndNames;
    for (const QJsonValue &v : attachments) {
        const QJsonObject att = v.toObject();
        const QString id = att.value(u"id"_s).toString();
        const QString name = att.value(u"fileName"_s).toString();
        const QString type = att.value(u"contentType"_s).toString();
        // Two attachments (other ids) with the same name or names that differ only in case.
        for (const auto &[otherId, otherName] : std::as_const(seenIdsAndNames)) {
            mark(u"attachmentIdRepeated"_s, otherId == id);
            if (otherId == id)
                continue;
            mark(u"fileNameDuplicate"_s, otherName == name);
            mark(u"fileNameCaseOnly"_s,
                 otherName != name && otherName.toCaseFolded() == name.toCaseFolded());
        }
        seenIdsAndNames.append({id, name});
        mark(u"fileNamePath"_s, name.contains(u'/') || name.contains(u'\\'));
        mark(u"fileNameDots"_s, name == u"."_s || name == u".."_s);
        mark(u"fileNameControl"_s, hasControl(name));
        const QString device = name.section(u'.', 0, 0).toUpper();
        static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"_s);
        mark(u"fileNameReserved"_s, reserved.match(device).hasMatch());
        mark(u"fileNameForbiddenChars"_s, std::any_of(name.cbegin(), name.cend(), [](QChar c) {
                 return u":*?\"<>|"_s.contains(c);
             }));
        mark(u"fileNameLeadingTrailing"_s, !name.isEmpty()
                                               && (name.front() == u'.' || name.front() == u' '
                                                   || name.back() == u'.' || name.back() == u' '));
        mark(u"fileNameBidi"_s, hasBidi(name));
        mark(u"fileNameZeroWidth"_s, hasZeroWidth(name));
        mark(u"fileNameCombining"_s, hasCombining(name));
        mark(u"fileNameHtml"_s, looksLikeHtml(name));
        mark(u"fileNameLong"_s, name.size() >= 300 && name.size() <= 500);
        mark(u"fileNameEmptyAfterSanitising"_s,
             !name.isEmpty() && name != u"."_s && name != u".."_s
                 && std::all_of(name.cbegin(), name.cend(),
                                [](QChar c) { return c == u'.' || c == u' '; }));

        const QString ext = extension(name);
        const QString expectedType = ext == u"pdf"_s   ? u"application/pdf"_s
                                     : ext == u"png"_s ? u"image/png"_s
                                                       : QString();
        mark(u"contentTypeMismatch"_s,
             isMediaType(type) && !expectedType.isEmpty() && type != expectedType);
        mark(u"contentTypeMalformed"_s, !isMediaType(type));
        const QByteArray bytes = a.served.value(id);
        mark(u"contentBytesMismatch"_s,
             (ext == u"pdf"_s && !bytes.startsWith("%PDF-"))
                 || (ext == u"png"_s && !bytes.startsWith("\x89PNG\r\n\x1a\n")));
        mark(u"attachmentLarge"_s, att.value(u"size"_s).toInteger() > largeBytes);
        mark(u"attachmentWithoutChecksum"_s, !att.contains(u"sha256"_s));
    }
    return found;
}

QJsonArray wholeFeed(SimTestClient &client)
{
    return client.call("GET", u"/actions?limit=500"_s).json().value(u"items"_s).toArray();
}

} // namespace

class TestLvSimHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindOccursWhereListedAndAttachmentsMatch();
    void sameSeedGivesSameHostileData();
    void casesNotChosenStayOrdinary();
};

void TestLvSimHostile::everyKindOccursWhereListedAndAttachmentsMatch()
{
    const qint64 largeBytes = 600000;
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"21"_s, u"--cases"_s, u"80"_s, u"--hostile"_s, u"1"_s,
                       u"--hostile-large-bytes"_s, QString::number(largeBytes)}));
    SimTestClient client(sim.baseUrl());
    const auto feedReply = client.call("GET", u"/actions?limit=500"_s);
    QCOMPARE(feedReply.status, 200);
    QVERIFY(QByteArrayView(feedReply.body).isValidUtf8());

    const QJsonObject report = sim.adminGet(u"/admin/hostile"_s);
    QCOMPARE(report.value(u"fraction"_s).toDouble(), 1.0);
    QCOMPARE(report.value(u"largeBytes"_s).toInteger(), largeBytes);
    QCOMPARE(report.value(u"hostileCases"_s).toInt(), 80);
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue &v : report.value(u"actions"_s).toArray())
        listed.insert(v.toObject().value(u"externalId"_s).toString(), v.toObject());
    QCOMPARE(report.value(u"hostileActions"_s).toInt(), int(listed.size()));

    QHash<QString, QJsonObject> feedItems; // a corrected version repeats its externalId
    for (const QJsonValue &v : feedReply.json().value(u"items"_s).toArray())
        feedItems.insert(v.toObject().value(u"externalId"_s).toString(), v.toObject());
    QCOMPARE(listed.size(), feedItems.size()); // with --hostile 1 every action carries something

    QHash<QString, int> kindActions;
    for (auto it = feedItems.cbegin(); it != feedItems.cend(); ++it) {
        const QString id = it.key();
        const auto r = client.call("GET", u"/commondata/"_s + id);
        QCOMPARE(r.status, 200);
        QVERIFY2(QByteArrayView(r.body).isValidUtf8(), qPrintable(id));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(id));

        ActionSeen seen;
        seen.feedItem = it.value();
        seen.commondata = doc.object().value(u"commondata"_s).toObject();
        seen.formdata = doc.object().value(u"formdata"_s).toObject();
        QSet<QString> large, withoutChecksum;
        for (const QJsonValue &v : seen.formdata.value(u"attachments"_s).toArray()) {
            const QJsonObject att = v.toObject();
            const QString attId = att.value(u"id"_s).toString();
            const auto a = client.call("GET", u"/commondata/"_s + id + u"/attachments/"_s + attId);
            QCOMPARE(a.status, 200);
            const QByteArray digest = QCryptographicHash::hash(a.body, QCryptographicHash::Sha256);
            // Served bytes are what formdata announces (both entries of a repeated id alike).
            QCOMPARE(qint64(a.body.size()), att.value(u"size"_s).toInteger());
            if (att.contains(u"sha256"_s))
                QCOMPARE(att.value(u"sha256"_s).toString(), QString::fromLatin1(digest.toHex()));
            else
                withoutChecksum.insert(attId);
            QCOMPARE(a.header("Digest"), "sha-256=" + digest.toBase64());
            if (a.body.size() > largeBytes)
                large.insert(attId);
            else
                QVERIFY(a.body.size() < 512 * 1024); // ordinary ones stay below any large limit
            // Nothing the customer sent reaches lvsim's own headers.
            QVERIFY(!a.headers.contains("x-injected"));
            QVERIFY(!a.headers.contains("set-cookie"));
            const QByteArray type = a.header("Content-Type");
            QVERIFY2(isMediaType(QString::fromLatin1(type)), type.constData());
            QVERIFY(type == att.value(u"contentType"_s).toString().toLatin1()
                    || type == "application/octet-stream");
            QVERIFY(a.header("Content-Disposition").startsWith("attachment; filename=\""));
            seen.served.insert(attId, a.body);
        }
        const QJsonObject entry = listed.value(id);
        auto idSet = [](const QJsonValue &array) {
            QSet<QString> out;
            for (const QJsonValue &v : array.toArray())
                out.insert(v.toString());
            return out;
        };
        QCOMPARE(idSet(entry.value(u"largeAttachments"_s)), large);
        QCOMPARE(idSet(entry.value(u"attachmentsWithoutChecksum"_s)), withoutChecksum);
        QCOMPARE(entry.value(u"actionType"_s).toString(),
                 seen.feedItem.value(u"actionType"_s).toString());

        const QSet<QString> detected = detectKinds(seen, largeBytes);
        const QJsonArray kinds = entry.value(u"kinds"_s).toArray();
        QVERIFY(!kinds.isEmpty());
        for (const QJsonValue &k : kinds) {
            QVERIFY2(allKinds.contains(k.toString()), qPrintable(k.toString()));
            QVERIFY2(detected.contains(k.toString()), qPrintable(id + u' ' + k.toString()));
            ++kindActions[k.toString()];
        }
    }
    const QJsonObject counts = report.value(u"kindCounts"_s).toObject();
    for (const QString &kind : allKinds) {
        QVERIFY2(kindActions.value(kind) > 0, qPrintable(kind));
        QCOMPARE(counts.value(kind).toInt(), kindActions.value(kind));
    }
    QCOMPARE(counts.size(), allKinds.size());

    // One action alone.
    const QString one = listed.constBegin().key();
    const QJsonArray filtered
        = sim.adminGet(u"/admin/hostile?externalId="_s + one).value(u"actions"_s).toArray();
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(filtered.at(0).toObject(), listed.value(one));
}

void TestLvSimHostile::sameSeedGivesSameHostileData()
{
    LvSimProcess a, b, c;
    const QStringList args = {u"--cases"_s, u"25"_s, u"--hostile"_s, u"0.6"_s};
    QVERIFY(a.start(QStringList{u"--seed"_s, u"33"_s} + args));
    QVERIFY(b.start(QStringList{u"--seed"_s, u"33"_s} + args));
    QVERIFY(c.start(QStringList{u"--seed"_s, u"34"_s} + args));
    SimTestClient ca(a.baseUrl()), cb(b.baseUrl()), cc(c.baseUrl());
    const QJsonArray feed = wholeFeed(ca);
    QCOMPARE(wholeFeed(cb), feed);
    QVERIFY(wholeFeed(cc) != feed);
    const QJsonObject report = a.adminGet(u"/admin/hostile"_s);
    QVERIFY(report.value(u"hostileActions"_s).toInt() > 0);
    QCOMPARE(b.adminGet(u"/admin/hostile"_s), report);
    QVERIFY(c.adminGet(u"/admin/hostile"_s) != report);
    for (const QJsonValue &v : report.value(u"actions"_s).toArray()) {
        const QString id = v.toObject().value(u"externalId"_s).toString();
        const auto ra = ca.call("GET", u"/commondata/"_s + id);
        QCOMPARE(ra.status, 200);
        QCOMPARE(cb.call("GET", u"/commondata/"_s + id).body, ra.body);
        for (const QJsonValue &att :
             ra.json().value(u"formdata"_s).toObject().value(u"attachments"_s).toArray()) {
            const QString path = u"/commondata/"_s + id + u"/attachments/"_s
                                 + att.toObject().value(u"id"_s).toString();
            QCOMPARE(cb.call("GET", path).body, ca.call("GET", path).body);
        }
    }
}

void TestLvSimHostile::casesNotChosenStayOrdinary()
{
    LvSimProcess hostile, plain;
    QVERIFY(hostile.start({u"--seed"_s, u"35"_s, u"--cases"_s, u"40"_s, u"--hostile"_s, u"0.3"_s}));
    QVERIFY(plain.start({u"--seed"_s, u"35"_s, u"--cases"_s, u"40"_s}));
    SimTestClient ch(hostile.baseUrl()), cp(plain.baseUrl());

    const QJsonObject report = hostile.adminGet(u"/admin/hostile"_s);
    // About 30 % of the cases; the default size limit of large attachments.
    const int cases = report.value(u"hostileCases"_s).toInt();
    QVERIFY2(cases >= 4 && cases <= 22, qPrintable(QString::number(cases)));
    QCOMPARE(report.value(u"largeBytes"_s).toInteger(), 3 * 1024 * 1024);
    QSet<QString> listed;
    for (const QJsonValue &v : report.value(u"actions"_s).toArray())
        listed.insert(v.toObject().value(u"externalId"_s).toString());

    const QJsonArray hostileFeed = wholeFeed(ch);
    const QJsonArray plainFeed = wholeFeed(cp);
    QCOMPARE(hostileFeed.size(), plainFeed.size());
    int changed = 0;
    for (int i = 0; i < hostileFeed.size(); ++i) {
        const QString id = hostileFeed.at(i).toObject().value(u"externalId"_s).toString();
        QCOMPARE(plainFeed.at(i).toObject().value(u"externalId"_s).toString(), id);
        const QByteArray hostileBody = ch.call("GET", u"/commondata/"_s + id).body;
        const QByteArray plainBody = cp.call("GET", u"/commondata/"_s + id).body;
        const bool same = hostileFeed.at(i) == plainFeed.at(i) && hostileBody == plainBody;
        if (listed.contains(id)) {
            QVERIFY2(!same, qPrintable(id));
            ++changed;
        } else {
            QVERIFY2(same, qPrintable(id));
        }
    }
    QVERIFY(changed > 0);

    // Without --hostile nothing is listed, and the setting shows in the stats.
    const QJsonObject none = plain.adminGet(u"/admin/hostile"_s);
    QCOMPARE(none.value(u"hostileActions"_s).toInt(), 0);
    QVERIFY(none.value(u"actions"_s).toArray().isEmpty());
    QCOMPARE(plain.adminGet(u"/admin/stats"_s)
                 .value(u"service"_s)
                 .toObject()
                 .value(u"hostile"_s)
                 .toObject()
                 .value(u"fraction"_s)
                 .toDouble(),
             0.0);
}

QTEST_GUILESS_MAIN(TestLvSimHostile)
#include "tst_lvsimhostile.moc"
