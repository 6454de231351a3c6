// SPDX-License-Identifier: EUPL-1.2
// The feed of new actions (GET /actions, contract §2.1): a valid page field by field, boundaries of
// version, page size and string lengths, timestamps, and each malformed input naming its field.
#include "codectestdata.h"
#include "jsonmutation.h"
#include "lv/lvcodec.h"

#include <QTest>
#include <QTimeZone>

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
    void malformedFeedNamesTheField_data();
    void malformedFeedNamesTheField();
    void timestampsMustBeRfc3339Utc_data();
    void timestampsMustBeRfc3339Utc();
    void versionBoundaries_data();
    void versionBoundaries();
    void idLengthLimitIsInclusive();
    void pageOfMoreThan500ItemsIsOutOfRange();
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

void tst_FeedCodec::malformedFeedNamesTheField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json"); // empty: remove the member
    QTest::addColumn<int>("kind");

    auto row = [](const char *name, const QString &path, const QByteArray &json,
                  DecodeError::Kind kind) {
        QTest::newRow(name) << path << json << int(kind);
    };
    row("items missing", u"items"_s, {}, DecodeError::Missing);
    row("items null", u"items"_s, "null", DecodeError::Missing);
    row("items an object", u"items"_s, "{}", DecodeError::WrongType);
    row("item a string", u"items[1]"_s, "\"x\"", DecodeError::WrongType);
    row("externalId missing", u"items[1].externalId"_s, {}, DecodeError::Missing);
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

void tst_FeedCodec::malformedFeedNamesTheField()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    const QByteArray body = JsonMutation::apply(m_feed, path, json);
    QVERIFY2(!body.isEmpty(), "the mutation did not apply");
    const DecodeResult<FeedPage> result = LvCodec::decodeFeedPage(body);
    QVERIFY(!result.isOk());
    const DecodeError &error = result.error();
    QCOMPARE(error.path, path);
    QCOMPARE(DecodeError::kindName(error.kind), DecodeError::kindName(DecodeError::Kind(kind)));
    QVERIFY2(error.message.contains(u'“' + path + u'”'), qPrintable(error.message));
}

void tst_FeedCodec::timestampsMustBeRfc3339Utc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be rejected
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
    QTest::newRow("offset +02:00") << u"2026-11-20T11:14:03+02:00"_s << QDateTime();
    QTest::newRow("offset -00:00 (unknown local offset)")
        << u"2026-11-20T09:14:03-00:00"_s << QDateTime();
    QTest::newRow("no zone") << u"2026-11-20T09:14:03"_s << QDateTime();
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

void tst_FeedCodec::timestampsMustBeRfc3339Utc()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QByteArray value = '"' + text.toUtf8() + '"';
    const DecodeResult<FeedPage> result
        = LvCodec::decodeFeedPage(JsonMutation::apply(m_feed, u"items[0].submittedAt"_s, value));
    if (expected.isValid()) {
        QVERIFY2(result.isOk(), qPrintable(CodecTestData::describe(result.error())));
        QCOMPARE(result.value().items.at(0).submittedAt, expected);
        QCOMPARE(result.value().items.at(0).submittedAt.timeSpec(), Qt::UTC);
    } else {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().path, u"items[0].submittedAt"_s);
        QCOMPARE(result.error().kind, DecodeError::BadTimestamp);
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
    if (expected > 0) {
        QVERIFY(result.isOk());
        QCOMPARE(result.value().items.at(0).version, expected);
    } else {
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().path, u"items[0].version"_s);
        QCOMPARE(result.error().kind, DecodeError::OutOfRange);
    }
}

void tst_FeedCodec::idLengthLimitIsInclusive()
{
    const int limit = LvCodec::kMaxIdLength;
    QCOMPARE(limit, 200);
    const DecodeResult<FeedPage> atLimit = LvCodec::decodeFeedPage(
        JsonMutation::withLongString(m_feed, u"items[0].projectId"_s, limit));
    QVERIFY(atLimit.isOk());
    QCOMPARE(atLimit.value().items.at(0).projectId.size(), limit);

    // Length counts characters, not bytes: 200 × "ä" is 400 bytes and still allowed.
    const QByteArray umlauts = '"' + QString(limit, u'ä').toUtf8() + '"';
    QVERIFY(LvCodec::decodeFeedPage(JsonMutation::apply(m_feed, u"items[0].projectId"_s, umlauts))
                .isOk());

    const DecodeResult<FeedPage> overLimit = LvCodec::decodeFeedPage(
        JsonMutation::withLongString(m_feed, u"items[0].projectId"_s, limit + 1));
    QVERIFY(!overLimit.isOk());
    QCOMPARE(overLimit.error().path, u"items[0].projectId"_s);
    QCOMPARE(overLimit.error().kind, DecodeError::TooLong);
    QVERIFY2(overLimit.error().message.contains(u"201"_s)
                 && overLimit.error().message.contains(u"200"_s),
             qPrintable(overLimit.error().message));
}

void tst_FeedCodec::pageOfMoreThan500ItemsIsOutOfRange()
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

    const DecodeResult<FeedPage> tooMany = LvCodec::decodeFeedPage(pageOf(501));
    QVERIFY(!tooMany.isOk());
    QCOMPARE(tooMany.error().path, u"items"_s);
    QCOMPARE(tooMany.error().kind, DecodeError::OutOfRange);
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
