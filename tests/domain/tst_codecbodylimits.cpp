// SPDX-License-Identifier: EUPL-1.2
// What every decoder checks on the raw bytes before it looks at any field: the body size limit of
// its resource (a body of hundreds of megabytes is refused at once), UTF-8 validity (which the JSON
// parser would otherwise paper over), the nesting limit, and bodies that are not JSON objects at
// all.
#include "codectestdata.h"
#include "jsonmutation.h"
#include "lv/lvcodec.h"

#include <QElapsedTimer>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {
// Every decoder reduced to its error, so that one test can run all of them on the same body.
using AnyDecoder = std::function<std::optional<DecodeError>(const QByteArray &)>;

template<typename T>
std::optional<DecodeError> errorOf(const DecodeResult<T> &result)
{
    if (result.isOk())
        return std::nullopt;
    return result.error();
}

QList<QPair<QString, AnyDecoder>> allDecoders()
{
    return {
        {u"feed"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeFeedPage(b));
         }},
        {u"action"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeActionData(b));
         }},
        {u"commondata"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeCommondata(b));
         }},
        {u"formdata"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeFormdata(b));
         }},
        {u"ack"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeAckResponse(b));
         }},
        {u"status"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeStatusResponse(b));
         }},
        {u"message"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeMessageResponse(b));
         }},
        {u"service error"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeServiceError(b));
         }},
        {u"X-Road error"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeXRoadError(b));
         }},
        {u"listMethods"_s,
         [](const QByteArray &b) {
             return errorOf(LvCodec::decodeListMethods(b));
         }},
    };
}
} // namespace

class tst_CodecBodyLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyOfHundredsOfMegabytesIsRefusedAtOnce();
    void sizeLimitOfEachResourceIsInclusive_data();
    void sizeLimitOfEachResourceIsInclusive();
    void invalidUtf8IsRefusedNamingTheField_data();
    void invalidUtf8IsRefusedNamingTheField();
    void validMultibyteTextIsKept();
    void utf8CheckRejectsEveryInvalidForm_data();
    void utf8CheckRejectsEveryInvalidForm();
    void nestingDeeperThanTheLimitIsTooDeep();
    void nestingAtTheLimitIsParsed();
    void bodyThatIsNotAJsonObjectIsNotJson_data();
    void bodyThatIsNotAJsonObjectIsNotJson();
    void htmlErrorPageGivesPlainTextExcerpt();

private:
    QByteArray m_feed;
    QByteArray m_action;
};

void tst_CodecBodyLimits::initTestCase()
{
    m_feed = CodecTestData::read("feed.json");
    m_action = CodecTestData::read("action.json");
    QVERIFY(!m_feed.isEmpty());
    QVERIFY(!m_action.isEmpty());
}

void tst_CodecBodyLimits::bodyOfHundredsOfMegabytesIsRefusedAtOnce()
{
    // 300 MiB of "[": parsing it would take seconds (and nest 300 million levels); the size check
    // must refuse it before anything else looks at it.
    const QByteArray huge(300 * 1024 * 1024, '[');
    const auto decoders = allDecoders();
    for (const auto &[name, decode] : decoders) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<DecodeError> error = decode(huge);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(error.has_value(), qPrintable(name));
        QCOMPARE(error->kind, DecodeError::TooLarge);
        QCOMPARE(error->path, QString());
        QVERIFY2(error->message.contains(QString::number(huge.size())), qPrintable(error->message));
        QVERIFY2(elapsed < 100, qPrintable(name + u": "_s + QString::number(elapsed) + u" ms"_s));
    }
}

void tst_CodecBodyLimits::sizeLimitOfEachResourceIsInclusive_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QByteArray>("body"); // valid; padded with trailing spaces to the limit
    QTest::addColumn<qsizetype>("limit");
    QTest::newRow("feed 8 MiB") << u"feed"_s << CodecTestData::read("feed.json")
                                << qsizetype(8 * 1024 * 1024);
    QTest::newRow("action 16 MiB")
        << u"action"_s << CodecTestData::read("action.json") << qsizetype(16 * 1024 * 1024);
    QTest::newRow("ack 64 KiB") << u"ack"_s << QByteArray(R"({"acknowledged":2})")
                                << qsizetype(64 * 1024);
    QTest::newRow("service error 64 KiB")
        << u"service error"_s << QByteArray(R"({"error":"NotFound","message":"x"})")
        << qsizetype(64 * 1024);
    QTest::newRow("listMethods 1 MiB")
        << u"listMethods"_s << QByteArray(R"({"service":[{"service_code":"lvService"}]})")
        << qsizetype(1024 * 1024);
}

void tst_CodecBodyLimits::sizeLimitOfEachResourceIsInclusive()
{
    QFETCH(QString, resource);
    QFETCH(QByteArray, body);
    QFETCH(qsizetype, limit);
    AnyDecoder decode;
    const auto decoders = allDecoders();
    for (const auto &[name, d] : decoders) {
        if (name == resource)
            decode = d;
    }
    QVERIFY(decode);
    QByteArray atLimit = body;
    atLimit.append(QByteArray(limit - body.size(), ' '));
    QCOMPARE(atLimit.size(), limit);
    const std::optional<DecodeError> ok = decode(atLimit);
    QVERIFY2(!ok.has_value(), ok ? qPrintable(CodecTestData::describe(*ok)) : "");

    const std::optional<DecodeError> over = decode(atLimit + ' ');
    QVERIFY(over.has_value());
    QCOMPARE(over->kind, DecodeError::TooLarge);
}

void tst_CodecBodyLimits::invalidUtf8IsRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("path");
    QTest::newRow("lone continuation byte in a name")
        << u"action"_s << QByteArray("Soramestarit Oy") << QByteArray("Soramestarit \x80 Oy")
        << u"commondata.customer.name"_s;
    QTest::newRow("Latin-1 ä instead of UTF-8")
        << u"action"_s << QByteArray("Maija Meik\xc3\xa4l\xc3\xa4inen")
        << QByteArray("Maija Meik\xe4l\xe4inen") << u"commondata.representative.name"_s;
    QTest::newRow("overlong slash")
        << u"feed"_s << QByteArray("c-000000000120") << QByteArray("c-\xc0\xaf") << u"nextCursor"_s;
    QTest::newRow("UTF-16 surrogate encoded")
        << u"action"_s << QByteArray("Kalliokiviaineksen") << QByteArray("Kallio\xed\xa0\x80")
        << u"formdata.sections[0].fields[0].value"_s;
    QTest::newRow("beyond U+10FFFF")
        << u"action"_s << QByteArray("\"Murskain\"") << QByteArray("\"\xf4\x90\x80\x80\"")
        << u"formdata.sections[0].fields[5].value.rows[0][0]"_s;
    QTest::newRow("byte 0xFF") << u"feed"_s << QByteArray("ilotulitus")
                               << QByteArray("ilo\xfftulitus") << u"items[2].serviceCode"_s;
    QTest::newRow("sequence cut short by the quote")
        << u"feed"_s << QByteArray("P-2026-004212") << QByteArray("P-2026-\xe2\x82")
        << u"items[1].projectId"_s;
    QTest::newRow("in a member name: names the object")
        << u"feed"_s << QByteArray("\"newKey\"") << QByteArray("\"new\xffKey\"") << u"items[2]"_s;
    QTest::newRow("in an unknown member's value")
        << u"action"_s << QByteArray("\"ignored\"") << QByteArray("\"ign\xc3\"")
        << u"someFutureKey"_s;
}

void tst_CodecBodyLimits::invalidUtf8IsRefusedNamingTheField()
{
    QFETCH(QString, resource);
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, path);
    QByteArray body = resource == u"feed"_s ? m_feed : m_action;
    QVERIFY(body.contains(find));
    body.replace(find, replace);
    const std::optional<DecodeError> error = resource == u"feed"_s
                                                 ? errorOf(LvCodec::decodeFeedPage(body))
                                                 : errorOf(LvCodec::decodeActionData(body));
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, DecodeError::BadUtf8);
    QCOMPARE(error->path, path);
    QVERIFY2(error->message.contains(path), qPrintable(error->message));
}

void tst_CodecBodyLimits::validMultibyteTextIsKept()
{
    // Two-, three- and four-byte sequences: ä, €, and an emoji outside the BMP.
    const QByteArray name = "\"\xc3\xa4 \xe2\x82\xac \xf0\x9f\x98\x80\"";
    const DecodeResult<ActionData> result = LvCodec::decodeActionData(
        JsonMutation::apply(m_action, u"commondata.projectName"_s, name));
    QVERIFY2(result.isOk(),
             result.isOk() ? "" : qPrintable(CodecTestData::describe(result.error())));
    QCOMPARE(result.value().commondata.projectName, u"ä € 😀"_s);
}

void tst_CodecBodyLimits::utf8CheckRejectsEveryInvalidForm_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ASCII") << QByteArray("abc") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("U+0080 smallest two-byte") << QByteArray("\xc2\x80") << true;
    QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << true;
    QTest::newRow("U+10FFFF largest") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("overlong two-byte NUL") << QByteArray("\xc0\x80") << false;
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong four-byte") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate U+D800") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("U+110000") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F5 lead byte") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("truncated at end") << QByteArray("ab\xe2\x82") << false;
    QTest::newRow("continuation alone") << QByteArray("\xbf") << false;
}

void tst_CodecBodyLimits::utf8CheckRejectsEveryInvalidForm()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(LvCodec::isValidUtf8(bytes), valid);
}

void tst_CodecBodyLimits::nestingDeeperThanTheLimitIsTooDeep()
{
    QCOMPARE(LvCodec::kMaxDepth, 64);
    // The top object, the items list and 63 more lists: 65 levels.
    const QByteArray body = "{\"items\":[" + QByteArray(63, '[') + QByteArray(63, ']')
                            + "],\"nextCursor\":\"\",\"hasMore\":false}";
    const DecodeResult<FeedPage> result = LvCodec::decodeFeedPage(body);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind, DecodeError::TooDeep);
    QString expectedPath = u"items"_s;
    for (int i = 0; i < 63; ++i)
        expectedPath += u"[0]"_s;
    QCOMPARE(result.error().path, expectedPath);

    // Far beyond Qt's own parser limit too, inside an unknown member.
    QByteArray deep = m_action;
    deep.replace("{ \"ignored\": [1, 2, 3] }",
                 QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']')));
    const DecodeResult<ActionData> action = LvCodec::decodeActionData(deep);
    QVERIFY(!action.isOk());
    QCOMPARE(action.error().kind, DecodeError::TooDeep);
    QVERIFY(action.error().path.startsWith(u"someFutureKey[0][0]"_s));
}

void tst_CodecBodyLimits::nestingAtTheLimitIsParsed()
{
    // 64 levels pass the nesting check; the decoder then notes the real problem: a list where an
    // item object belongs, which names no action.
    const QByteArray body = "{\"items\":[" + QByteArray(62, '[') + QByteArray(62, ']')
                            + "],\"nextCursor\":\"\",\"hasMore\":false}";
    const DecodeResult<FeedPage> result = LvCodec::decodeFeedPage(body);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().unusableItems.size(), 1);
    QCOMPARE(result.value().notes.first().problem, u"WrongType"_s);
    QCOMPARE(result.value().notes.first().path, u"items[0]"_s);
}

void tst_CodecBodyLimits::bodyThatIsNotAJsonObjectIsNotJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \r\n\t");
    QTest::newRow("HTML from a proxy")
        << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("truncated") << CodecTestData::read("feed.json").left(100);
    QTest::newRow("top-level list") << QByteArray("[{\"items\":[]}]");
    QTest::newRow("top-level string") << QByteArray("\"items\"");
    QTest::newRow("trailing garbage") << QByteArray("{\"items\":[]} x");
    QTest::newRow("NaN") << QByteArray("{\"acknowledged\":NaN}");
    QTest::newRow("number beyond double") << QByteArray("{\"acknowledged\":1e400}");
    QTest::newRow("single quotes") << QByteArray("{'acknowledged':1}");
}

void tst_CodecBodyLimits::bodyThatIsNotAJsonObjectIsNotJson()
{
    QFETCH(QByteArray, body);
    const auto decoders = allDecoders();
    for (const auto &[name, decode] : decoders) {
        const std::optional<DecodeError> error = decode(body);
        QVERIFY2(error.has_value(), qPrintable(name));
        QVERIFY2(error->kind == DecodeError::NotJson,
                 qPrintable(name + u": "_s + CodecTestData::describe(*error)));
        QCOMPARE(error->path, QString());
        QVERIFY(!error->message.isEmpty());
    }
}

void tst_CodecBodyLimits::htmlErrorPageGivesPlainTextExcerpt()
{
    QByteArray page = "<html>\r\n<body>\x01" + QByteArray(300, 'x') + "</body></html>";
    page.append("\xff");
    QVERIFY(!LvCodec::decodeServiceError(page).isOk());
    const QString excerpt = LvCodec::plainTextExcerpt(page);
    QCOMPARE(excerpt.size(), 200);
    QVERIFY(excerpt.startsWith(u"<html>\n<body>xxx"_s)); // \r and \x01 dropped, \n kept
    QCOMPARE(LvCodec::plainTextExcerpt("short\tand\nplain", 200), u"short\tand\nplain"_s);
    QCOMPARE(LvCodec::plainTextExcerpt("bad \xff byte"), u"bad \uFFFD byte"_s);
}

QTEST_GUILESS_MAIN(tst_CodecBodyLimits)
#include "tst_codecbodylimits.moc"
