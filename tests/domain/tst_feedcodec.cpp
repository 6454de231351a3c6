// SPDX-License-Identifier: EUPL-1.2
// The feed of new actions (GET /actions, contract §2.1): a valid page field by field, boundaries of
// version, page size and string lengths, timestamps, and each malformed input naming its field.
#include "codectestdata.h"
#include "jsonmutation.h"
#include "lv/lvcodec.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_FeedCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesEveryFieldOfAFeedPage();
    void keepsUnknownActionTypeWithItsRawString();
    void decodesEmptyLastPage();
    void pageWithoutItemsIsRefused_data();
    void pageWithoutItemsIsRefused();
    void oddFeedEntryIsKeptWithANote_data();
    void oddFeedEntryIsKeptWithANote();
    void timestampsAreRfc3339InUtc_data();
    void timestampsAreRfc3339InUtc();
    void versionBoundaries_data();
    void versionBoundaries();
    void longIdsAreKeptWithANote();
    void pageOfMoreThan500ItemsIsKeptWithANote();
    void guidCheckAcceptsBothCasesOnly36Characters_data();
    void guidCheckAcceptsBothCasesOnly36Characters();

private:
    QByteArray m_feed;
};

void tst_FeedCodec::initTestCase()
{
    m_feed = CodecTestData::read("feed.json");
    QVERIFY(!m_feed.isEmpty());
}

void tst_FeedCodec::decodesEveryFieldOfAFeedPage()
{
    const DecodeResult<FeedPage> result = LvCodec::decodeFeedPage(m_feed);
    QVERIFY2(result.isOk(), qPrintable(CodecTestData::describe(result.error())));
    const FeedPage &page = result.value();
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.nextCursor, u"c-000000000120"_s);
    QCOMPARE(page.hasMore, true);

    const FeedItem &first = page.items.at(0);
    QCOMPARE(first.externalId, u"3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6"_s);
    QCOMPARE(first.projectId, u"P-2026-004211"_s);
    QCOMPARE(first.projectPartId, u"PP-2026-009812"_s);
    QCOMPARE(first.actionType.kind(), ActionType::Application);
    QCOMPARE(first.serviceCode, u"ymparistolupa"_s);
    QCOMPARE(first.submittedAt, QDateTime(QDate(2026, 11, 20), QTime(9, 14, 3), QTimeZone::utc()));
    QCOMPARE(first.submittedAt.timeSpec(), Qt::UTC);
    QCOMPARE(first.version, 1);

    const FeedItem &second = page.items.at(1);
    // Ids are kept exactly as sent, upper-case hex digits included.
    QCOMPARE(second.externalId, u"0A1B2C3D-4E5F-4a6b-8c7d-9e0f1a2b3c4d"_s);
    QCOMPARE(second.actionType.kind(), ActionType::Supplement);
    QCOMPARE(second.submittedAt,
             QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 250), QTimeZone::utc()));
    QCOMPARE(second.version, 3);
}

void tst_FeedCodec::keepsUnknownActionTypeWithItsRawString()
{
    const DecodeResult<FeedPage> result = LvCodec::decodeFeedPage(m_feed);
    QVERIFY(result.isOk());
    const FeedItem &third = result.value().items.at(2);
    QCOMPARE(third.actionType.kind(), ActionType::Unknown);
    QCOMPARE(third.actionType.toString(), u"appeal"_s);
    QCOMPARE(third.externalId, u"11111111-2222-3333-4444-555555555555"_s);
}

void tst_FeedCodec::decodesEmptyLastPage()
{
    const DecodeResult<FeedPage> result
        = LvCodec::decodeFeedPage(R"({"items":[],"nextCursor":"c-9","hasMore":false})");
    QVERIFY(result.isOk());
    QVERIFY(result.value().items.isEmpty());
    QCOMPARE(result.value().nextCursor, u"c-9"_s);
    QCOMPARE(result.value().hasMore, false);
}

void tst_FeedCodec::pageWithoutItemsIsRefused_data()
{
    QTest::addColumn<QByteArray>("json"); // empty: remove the member
    QTest::addColumn<int>("kind");
    QTest::newRow("items missing") << QByteArray() << int(DecodeError::Missing);
    QTest::newRow("items null") << QByteArray("null") << int(DecodeError::Missing);
    QTest::newRow("items an object") << QByteArray("{}") << int(DecodeError::WrongType);
}

void tst_FeedCodec::pageWithoutItemsIsRefused()
{
    // Without its list of items a page says nothing: the one thing in a feed page that is refused.
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    const DecodeResult<FeedPage> result
        = LvCodec::decodeFeedPage(JsonMutation::apply(m_feed, u"items"_s, json));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().path, u"items"_s);
    QCOMPARE(DecodeError::kindName(result.error().kind),
             DecodeError::kindName(DecodeError::Kind(kind)));
}

void tst_FeedCodec::oddFeedEntryIsKeptWithANote_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json"); // empty: remove the member
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("usable"); // false: the entry names no action (no externalId)

    auto row = [](const char *name, const QString &path, const QByteArray &json,
                  DecodeError::Kind kind, bool usable = true) {
        QTest::newRow(name) << path << json << int(kind) << usable;
    };
    row("item a string", u"items[1]"_s, "\"x\"", DecodeError::WrongType, false);
    row("externalId missing", u"items[1].externalId"_s, {}, DecodeError::Missing, false);
    row("externalId empty", u"items[1].externalId"_s, "\"\"", DecodeError::BadValue, false);
    row("externalId a number", u"items[0].externalId"_s, "42", DecodeError::WrongType);
    row("externalId not a GUID", u"items[0].externalId"_s, "\"3f0c6a52-1b2c\"",
        DecodeError::BadValue);
    row("externalId with braces", u"items[0].externalId"_s,
        "\"{3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6}\"", DecodeError::BadValue);
    row("projectId empty", u"items[0].projectId"_s, "\"\"", DecodeError::BadValue);
    row("projectId null", u"items[2].projectId"_s, "null", DecodeError::Missing);
    row("projectPartId missing", u"items[0].projectPartId"_s, {}, DecodeError::Missing);
    row("actionType empty", u"items[0].actionType"_s, "\"\"", DecodeError::BadValue);
    row("actionType an array", u"items[0].actionType"_s, "[\"application\"]",
        DecodeError::WrongType);
    row("serviceCode missing", u"items[0].serviceCode"_s, {}, DecodeError::Missing);
    row("submittedAt a date only", u"items[0].submittedAt"_s, "\"2026-11-20\"",
        DecodeError::BadTimestamp);
    row("submittedAt epoch number", u"items[0].submittedAt"_s, "1763630043",
        DecodeError::WrongType);
    row("version missing", u"items[0].version"_s, {}, DecodeError::Missing);
    row("version zero", u"items[0].version"_s, "0", DecodeError::OutOfRange);
    row("version negative", u"items[0].version"_s, "-1", DecodeError::OutOfRange);
    row("version fraction", u"items[0].version"_s, "1.5", DecodeError::WrongType);
    row("version a string", u"items[0].version"_s, "\"1\"", DecodeError::WrongType);
    row("nextCursor missing", u"nextCursor"_s, {}, DecodeError::Missing);
    row("nextCursor null", u"nextCursor"_s, "null", DecodeError::Missing);
    row("nextCursor a number", u"nextCursor"_s, "120", DecodeError::WrongType);
    row("hasMore missing", u"hasMore"_s, {}, DecodeError::Missing);
    row("hasMore a string", u"hasMore"_s, "\"true\"", DecodeError::WrongType);
    row("hasMore a number", u"hasMore"_s, "1", DecodeError::WrongType);
    row("NUL by escape", u"items[0].projectId"_s, "\"P-\\u0000\"", DecodeError::BadValue);
    row("lone surrogate by escape", u"items[0].serviceCode"_s, "\"x\\ud800\"",
        DecodeError::BadValue);
}

void tst_FeedCodec::oddFeedEntryIsKeptWithANote()
{
    // What the service sends is data: an odd member is kept (or left at its default) and noted,
    // and only an entry without an externalId cannot be used; it is kept as JSON for the officer.
    QFETCH(QString, path);
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(bool, usable);
    const QByteArray body = JsonMutation::apply(m_feed, path, json);
    QVERIFY2(!body.isEmpty(), "the mutation did not apply");
    const DecodeResult<FeedPage> result = LvCodec::decodeFeedPage(body);
    QVERIFY2(result.isOk(),
             result.isOk() ? "" : qPrintable(CodecTestData::describe(result.error())));
    const FeedPage &page = result.value();
    QCOMPARE(page.items.size(), usable ? 3 : 2);
    QCOMPARE(page.unusableItems.size(), usable ? 0 : 1);
    const QString kindName = DecodeError::kindName(DecodeError::Kind(kind));
    const auto note = std::find_if(page.notes.cbegin(), page.notes.cend(), [&](const DataNote &n) {
        return n.path == path && n.problem == kindName;
    });
    QVERIFY2(note != page.notes.cend(), qPrintable(path + u' ' + kindName));
    QVERIFY2(note->message.contains(u'“' + path + u'”'), qPrintable(note->message));
    for (const FeedItem &item : page.items) {
        // Text that no store keeps (U+0000, lone surrogates) is replaced, never passed on.
        for (const QString &text : {item.externalId, item.projectId, item.serviceCode}) {
            QVERIFY(!text.contains(QChar(0)));
            QVERIFY(text.isValidUtf16());
        }
    }
}

void tst_FeedCodec::timestampsAreRfc3339InUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: kept out, with a note
    const QDate day(2026, 11, 20);
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("Z") << u"2026-11-20T09:14:03Z"_s << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("+00:00") << u"2026-11-20T09:14:03+00:00"_s
                            << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("lower-case t and z (RFC 3339 allows)")
        << u"2026-11-20t09:14:03z"_s << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("one fraction digit")
        << u"2026-11-20T09:14:03.5Z"_s << QDateTime(day, QTime(9, 14, 3, 500), utc);
    QTest::newRow("nine fraction digits, cut to ms")
        << u"2026-11-20T09:14:03.123999999Z"_s << QDateTime(day, QTime(9, 14, 3, 123), utc);
    QTest::newRow("end of day") << u"2026-11-20T23:59:59Z"_s
                                << QDateTime(day, QTime(23, 59, 59), utc);
    QTest::newRow("leap day") << u"2028-02-29T00:00:00Z"_s
                              << QDateTime(QDate(2028, 2, 29), QTime(0, 0), utc);
    // Another offset names the same instant without doubt: taken, in UTC.
    QTest::newRow("offset +02:00")
        << u"2026-11-20T11:14:03+02:00"_s << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("offset -05:30")
        << u"2026-11-20T03:44:03-05:30"_s << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("offset -00:00 (unknown local offset)")
        << u"2026-11-20T09:14:03-00:00"_s << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("offset across midnight")
        << u"2026-11-21T01:14:03+16:00"_s << QDateTime(day, QTime(9, 14, 3), utc);
    QTest::newRow("no zone") << u"2026-11-20T09:14:03"_s << QDateTime();
    QTest::newRow("offset without colon") << u"2026-11-20T11:14:03+0200"_s << QDateTime();
    QTest::newRow("offset minutes 60") << u"2026-11-20T11:14:03+01:60"_s << QDateTime();
    QTest::newRow("space instead of T") << u"2026-11-20 09:14:03Z"_s << QDateTime();
    QTest::newRow("no seconds") << u"2026-11-20T09:14Z"_s << QDateTime();
    QTest::newRow("hour 24") << u"2026-11-20T24:00:00Z"_s << QDateTime();
    QTest::newRow("leap second") << u"2026-12-31T23:59:60Z"_s << QDateTime();
    QTest::newRow("30 February") << u"2026-02-30T09:14:03Z"_s << QDateTime();
    QTest::newRow("empty fraction") << u"2026-11-20T09:14:03.Z"_s << QDateTime();
    QTest::newRow("ten fraction digits") << u"2026-11-20T09:14:03.1234567890Z"_s << QDateTime();
    QTest::newRow("Finnish style") << u"20.11.2026 09:14"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void tst_FeedCodec::timestampsAreRfc3339InUtc()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QByteArray value = '"' + text.toUtf8() + '"';
    const DecodeResult<FeedPage> result
        = LvCodec::decodeFeedPage(JsonMutation::apply(m_feed, u"items[0].submittedAt"_s, value));
    QVERIFY2(result.isOk(),
             result.isOk() ? "" : qPrintable(CodecTestData::describe(result.error())));
    const FeedItem &item = result.value().items.at(0);
    if (expected.isValid()) {
        QCOMPARE(item.submittedAt, expected);
        QCOMPARE(item.submittedAt.timeSpec(), Qt::UTC);
        QVERIFY(result.value().notes.isEmpty());
    } else {
        QVERIFY(!item.submittedAt.isValid());
        QCOMPARE(result.value().notes.size(), 1);
        QCOMPARE(result.value().notes.first().path, u"items[0].submittedAt"_s);
        // An empty string is a present but empty timestamp; everything else is not RFC 3339.
        if (!text.isEmpty())
            QCOMPARE(result.value().notes.first().problem, u"BadTimestamp"_s);
    }
}

void tst_FeedCodec::versionBoundaries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected"); // 0: rejected as OutOfRange
    QTest::newRow("1, the first version") << QByteArray("1") << 1;
    QTest::newRow("1.0 is the integer 1") << QByteArray("1.0") << 1;
    QTest::newRow("largest int") << QByteArray("2147483647") << 2147483647;
    QTest::newRow("beyond int") << QByteArray("2147483648") << 0;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("-0.5") << QByteArray("-0.5") << 0;
}

void tst_FeedCodec::versionBoundaries()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    const DecodeResult<FeedPage> result
        = LvCodec::decodeFeedPage(JsonMutation::apply(m_feed, u"items[0].version"_s, json));
    QVERIFY(result.isOk());
    if (expected > 0) {
        QCOMPARE(result.value().items.at(0).version, expected);
        QVERIFY(result.value().notes.isEmpty());
    } else {
        // Left at 0: the sync takes the action's own version (at least 1).
        QCOMPARE(result.value().items.at(0).version, 0);
        QCOMPARE(result.value().notes.size(), 1);
        QCOMPARE(result.value().notes.first().path, u"items[0].version"_s);
        QCOMPARE(result.value().notes.first().problem, u"OutOfRange"_s);
    }
}

void tst_FeedCodec::longIdsAreKeptWithANote()
{
    const int limit = LvCodec::kMaxIdLength;
    QCOMPARE(limit, 200);
    const DecodeResult<FeedPage> atLimit = LvCodec::decodeFeedPage(
        JsonMutation::withLongString(m_feed, u"items[0].projectId"_s, limit));
    QVERIFY(atLimit.isOk());
    QCOMPARE(atLimit.value().items.at(0).projectId.size(), limit);
    QVERIFY(atLimit.value().notes.isEmpty());

    // Length counts characters, not bytes: 200 × "ä" is 400 bytes and no note.
    const QByteArray umlauts = '"' + QString(limit, u'ä').toUtf8() + '"';
    const DecodeResult<FeedPage> wide
        = LvCodec::decodeFeedPage(JsonMutation::apply(m_feed, u"items[0].projectId"_s, umlauts));
    QVERIFY(wide.isOk() && wide.value().notes.isEmpty());

    // Longer than ids usually are: kept whole, with a note naming the lengths.
    const DecodeResult<FeedPage> over = LvCodec::decodeFeedPage(
        JsonMutation::withLongString(m_feed, u"items[0].projectId"_s, 5000));
    QVERIFY(over.isOk());
    QCOMPARE(over.value().items.at(0).projectId.size(), 5000);
    QCOMPARE(over.value().notes.size(), 1);
    QCOMPARE(over.value().notes.first().path, u"items[0].projectId"_s);
    QCOMPARE(over.value().notes.first().problem, u"TooLong"_s);
    QVERIFY2(over.value().notes.first().message.contains(u"5000"_s)
                 && over.value().notes.first().message.contains(u"200"_s),
             qPrintable(over.value().notes.first().message));
}

void tst_FeedCodec::pageOfMoreThan500ItemsIsKeptWithANote()
{
    auto pageOf = [](int count) -> QByteArray {
        QByteArray body = "{\"items\":[";
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                body += ',';
            body += "{\"externalId\":\"3f0c6a52-1b2c-4d5e-8f90-"
                    + QByteArray::number(100000000000LL + i)
                    + "\",\"projectId\":\"P\",\"projectPartId\":\"PP\",\"actionType\":\"plan\","
                      "\"serviceCode\":\"s\",\"submittedAt\":\"2026-11-20T09:14:03Z\",\"version\":"
                      "1}";
        }
        return body + "],\"nextCursor\":\"c\",\"hasMore\":true}";
    };
    const DecodeResult<FeedPage> full = LvCodec::decodeFeedPage(pageOf(500));
    QVERIFY2(full.isOk(), full.isOk() ? "" : qPrintable(CodecTestData::describe(full.error())));
    QCOMPARE(full.value().items.size(), 500);
    QCOMPARE(full.value().items.last().externalId, u"3f0c6a52-1b2c-4d5e-8f90-100000000499"_s);
    QVERIFY(full.value().notes.isEmpty());

    // More than lvdesk asked for: every entry is still taken (none is lost), and noted.
    const DecodeResult<FeedPage> tooMany = LvCodec::decodeFeedPage(pageOf(501));
    QVERIFY(tooMany.isOk());
    QCOMPARE(tooMany.value().items.size(), 501);
    QCOMPARE(tooMany.value().notes.size(), 1);
    QCOMPARE(tooMany.value().notes.first().path, u"items"_s);
    QCOMPARE(tooMany.value().notes.first().problem, u"OutOfRange"_s);
}

void tst_FeedCodec::guidCheckAcceptsBothCasesOnly36Characters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guid");
    QTest::newRow("lower") << u"3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6"_s << true;
    QTest::newRow("upper") << u"3F0C6A52-1B2C-4D5E-8F90-A1B2C3D4E5F6"_s << true;
    QTest::newRow("braces") << u"{3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6}"_s << false;
    QTest::newRow("no hyphens") << u"3f0c6a521b2c4d5e8f90a1b2c3d4e5f6"_s << false;
    QTest::newRow("hyphen moved") << u"3f0c6a5-21b2c-4d5e-8f90-a1b2c3d4e5f6"_s << false;
    QTest::newRow("not hex") << u"3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5fg"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_FeedCodec::guidCheckAcceptsBothCasesOnly36Characters()
{
    QFETCH(QString, text);
    QFETCH(bool, guid);
    QCOMPARE(LvCodec::isGuid(text), guid);
}

QTEST_GUILESS_MAIN(tst_FeedCodec)
#include "tst_feedcodec.moc"
