// SPDX-License-Identifier: EUPL-1.2

#include "lv/lvcodec.h"

#include "domain/businessid.h"
#include "domain/personalidentitycode.h"
#include "lv/lvlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace lvdesk {

QString DecodeError::kindName(Kind kind)
{
    switch (kind) {
    case Missing:
        return u"Missing"_s;
    case WrongType:
        return u"WrongType"_s;
    case BadDate:
        return u"BadDate"_s;
    case BadTimestamp:
        return u"BadTimestamp"_s;
    case OutOfRange:
        return u"OutOfRange"_s;
    case TooLong:
        return u"TooLong"_s;
    case TooLarge:
        return u"TooLarge"_s;
    case TooDeep:
        return u"TooDeep"_s;
    case BadUtf8:
        return u"BadUtf8"_s;
    case NotJson:
        return u"NotJson"_s;
    case BadValue:
        return u"BadValue"_s;
    }
    return {};
}

namespace {

using Kind = DecodeError::Kind;

// The largest integer a JSON number (an IEEE double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

// ---------------------------------------------------------------------------------------------
// UTF-8 and structure, checked on the raw bytes before parsing: QJsonDocument replaces invalid
// UTF-8 silently and allows far deeper nesting than any resource of the contract needs.

// Length of the valid UTF-8 sequence starting at data[i], or 0 if it is invalid (overlong forms,
// surrogates and code points above U+10FFFF included).
int utf8SequenceLength(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char c = data[i];
    if (c < 0x80)
        return 1;
    auto cont = [&](qsizetype k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < size && data[k] >= lo && data[k] <= hi;
    };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c == 0xE0)
        return cont(i + 1, 0xA0, 0xBF) && cont(i + 2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    if (c == 0xED)
        return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
    if (c == 0xF0)
        return cont(i + 1, 0x90, 0xBF) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c == 0xF4)
        return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    return 0;
}

// One open container while scanning: for an object the last key seen (as a byte range of the body),
// for an array the index of the current element. Kept as offsets so that scanning allocates nothing
// per key; a path is only built when there is something to report.
struct ScanFrame
{
    bool object = false;
    bool expectKey = false;
    qsizetype keyStart = -1;
    qsizetype keyLength = 0;
    qsizetype index = 0;
};

QString scanPath(const QByteArray &body, const std::vector<ScanFrame> &frames)
{
    QString path;
    for (const ScanFrame &frame : frames) {
        if (frame.object) {
            if (frame.keyStart < 0)
                break;
            const QString key
                = QString::fromUtf8(body.constData() + frame.keyStart, frame.keyLength);
            path = path.isEmpty() ? key : path + u'.' + key;
        } else {
            path += u'[' + QString::number(frame.index) + u']';
        }
    }
    return path;
}

// A JSON value as compact text (a value of an unexpected type is kept this way).
QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return u"null"_s;
}

QString fieldName(const QString &path)
{
    return path.isEmpty() ? LvCodec::tr("the response body") : u'“' + path + u'”';
}

// Checks UTF-8 validity and nesting depth in one pass. Syntax errors are left to the parser; the
// scan only needs to know where strings and containers begin and end to name the place of a
// problem.
std::optional<DecodeError> scanBody(const QByteArray &body)
{
    const auto *data = reinterpret_cast<const unsigned char *>(body.constData());
    const qsizetype size = body.size();
    std::vector<ScanFrame> frames;
    frames.reserve(16);
    bool inString = false;
    bool inKey = false;
    qsizetype stringStart = 0;

    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = data[i];
        if (c >= 0x80) {
            const int length = utf8SequenceLength(data, size, i);
            if (length == 0) {
                std::vector<ScanFrame> at = frames;
                if (inKey && !at.empty()) // name the object whose key is broken
                    at.back().keyStart = -1;
                const QString path = scanPath(body, at);
                return DecodeError{path, Kind::BadUtf8,
                                   LvCodec::tr("The response is not valid UTF-8: byte %1, in %2.")
                                       .arg(i)
                                       .arg(fieldName(path))};
            }
            i += length - 1;
            continue;
        }
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character; \uXXXX continues with plain hex digits
            } else if (c == '"') {
                inString = false;
                if (inKey) {
                    inKey = false;
                    frames.back().keyStart = stringStart;
                    frames.back().keyLength = i - stringStart;
                    frames.back().expectKey = false;
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            inKey = !frames.empty() && frames.back().object && frames.back().expectKey;
            break;
        case '{':
        case '[':
            if (int(frames.size()) >= LvCodec::kMaxDepth) {
                const QString path = scanPath(body, frames);
                return DecodeError{
                    path, Kind::TooDeep,
                    LvCodec::tr("The response is nested more than %1 levels deep at %2.")
                        .arg(LvCodec::kMaxDepth)
                        .arg(fieldName(path))};
            }
            frames.push_back(ScanFrame{c == '{', c == '{', -1, 0, 0});
            break;
        case '}':
        case ']':
            if (!frames.empty())
                frames.pop_back();
            break;
        case ',':
            if (!frames.empty()) {
                if (frames.back().object) {
                    frames.back().expectKey = true;
                    frames.back().keyStart = -1;
                } else {
                    ++frames.back().index;
                }
            }
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Values: each check names the field by its path and stops at the first problem.

QString childPath(const QString &path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString typeDescription(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return LvCodec::tr("null");
    case QJsonValue::Bool:
        return LvCodec::tr("true or false");
    case QJsonValue::Double:
        return LvCodec::tr("a number");
    case QJsonValue::String:
        return LvCodec::tr("a string");
    case QJsonValue::Array:
        return LvCodec::tr("a list");
    case QJsonValue::Object:
        return LvCodec::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return LvCodec::tr("missing");
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (i >= text.size() || !isDigit(text.at(i)))
            return -1;
        value = value * 10 + (text.at(i).unicode() - u'0');
    }
    return value;
}

QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2026-02-30, month 13, year 0
}

// RFC 3339 date-time: YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM), answered in UTC. The contract
// says UTC; a time with another offset names the same instant without doubt, so it is taken and
// converted rather than refused. RFC 3339 lets "T" and "Z" be lower case. Leap seconds (:60)
// cannot be represented and are refused.
QDateTime parseTimestamp(QStringView text)
{
    if (text.size() < 20)
        return {};
    const QDate date = parseDate(text.left(10));
    if (!date.isValid() || (text.at(10) != u'T' && text.at(10) != u't'))
        return {};
    if (text.at(13) != u':' || text.at(16) != u':')
        return {};
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return {};
    qsizetype pos = 19;
    int millisecond = 0;
    if (text.at(pos) == u'.') {
        ++pos;
        const qsizetype fractionStart = pos;
        while (pos < text.size() && isDigit(text.at(pos)))
            ++pos;
        const qsizetype fractionLength = pos - fractionStart;
        if (fractionLength == 0 || fractionLength > 9)
            return {};
        // Milliseconds are all QDateTime keeps; further digits are cut, not rounded up into
        // the next second.
        for (qsizetype k = 0; k < 3; ++k) {
            millisecond *= 10;
            if (k < fractionLength)
                millisecond += text.at(fractionStart + k).unicode() - u'0';
        }
    }
    const QStringView zone = text.mid(pos);
    const QTime time(hour, minute, second, millisecond);
    if (zone == u"Z" || zone == u"z")
        return QDateTime(date, time, Qt::UTC);
    if (zone.size() != 6 || (zone.at(0) != u'+' && zone.at(0) != u'-') || zone.at(3) != u':')
        return {};
    const int offsetHours = digits(zone, 1, 2);
    const int offsetMinutes = digits(zone, 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
        return {};
    const int offset = (zone.at(0) == u'-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

bool isHex(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

enum class Need {
    Required, // present and not null
    Optional, // absent or null gives the default
};

// Collects the first error of one decode. The check functions return false once anything failed,
// so that callers can stop with `if (!…) return false;`.
class Checker
{
public:
    std::optional<DecodeError> error;
    // Problems that did not make the body unusable (see keep()).
    DataNotes notes;

    // Runs a check whose failure does not make the whole body unusable: the problem becomes a note,
    // the field keeps what the check left in it (the value as sent where it can be kept, else the
    // caller's default), and decoding goes on. Received data is data: an odd value is kept and
    // made safe where it is used, never a reason to refuse the action.
    bool keep(bool ok)
    {
        if (!ok && error) {
            notes.append(DataNote{error->path, DecodeError::kindName(error->kind), error->message});
            error.reset();
        }
        return ok;
    }

    // A note for a problem found by the caller rather than by a check.
    void note(const QString &path, Kind kind, const QString &message)
    {
        notes.append(DataNote{path, DecodeError::kindName(kind), message});
    }

    bool fail(const QString &path, Kind kind, const QString &message)
    {
        if (!error)
            error = DecodeError{path, kind, message};
        return false;
    }

    bool wrongType(const QString &path, const QString &expected, const QJsonValue &actual)
    {
        return fail(path, Kind::WrongType,
                    LvCodec::tr("The field %1 must be %2, not %3.")
                        .arg(fieldName(path), expected, typeDescription(actual.type())));
    }

    // Fetches obj[key]; false (and Missing) if a required member is absent or null. Sets `present`
    // to whether there is a non-null value.
    bool member(const QJsonObject &obj, const QString &path, QLatin1StringView key, Need need,
                QJsonValue &out, bool &present)
    {
        const auto it = obj.constFind(key);
        present = it != obj.constEnd() && !it->isNull();
        if (present) {
            out = *it;
            return true;
        }
        if (need == Need::Optional)
            return true;
        const QString p = childPath(path, key);
        if (it == obj.constEnd())
            return fail(p, Kind::Missing,
                        LvCodec::tr("The field %1 is missing.").arg(fieldName(p)));
        return fail(p, Kind::Missing,
                    LvCodec::tr("The field %1 is null but must have a value.").arg(fieldName(p)));
    }

    bool checkLength(const QString &path, const QString &text, int maxLength)
    {
        if (text.size() <= maxLength)
            return true;
        return fail(path, Kind::TooLong,
                    LvCodec::tr("The field %1 is %2 characters long; at most %3 are allowed.")
                        .arg(fieldName(path))
                        .arg(text.size())
                        .arg(maxLength));
    }

    // Replaces U+0000 and lone surrogates, which no store can keep, with U+FFFD.
    static void repairText(QString &text)
    {
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (c.isNull() || c.isSurrogate())
                text[i] = QChar::ReplacementCharacter;
        }
    }

    // Length, and characters that JSON escapes can smuggle past the UTF-8 check: U+0000 (which
    // PostgreSQL text cannot store) and lone surrogates (which would turn into "?" on the way out).
    bool checkText(const QString &path, const QString &text, int maxLength)
    {
        if (!checkLength(path, text, maxLength))
            return false;
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (c.isNull() || c.isSurrogate())
                return fail(path, Kind::BadValue,
                            LvCodec::tr("The field %1 contains a character that is not allowed "
                                        "(U+0000 or a lone surrogate).")
                                .arg(fieldName(path)));
        }
        return true;
    }

    bool stringValue(const QJsonValue &value, const QString &path, int maxLength, bool nonEmpty,
                     QString &out)
    {
        if (!value.isString()) {
            // What was sent, as text, for a caller that keeps the value (see keep()).
            out = value.isNull() || value.isUndefined() ? QString() : jsonText(value);
            return wrongType(path, LvCodec::tr("a string"), value);
        }
        out = value.toString();
        if (!checkText(path, out, maxLength)) {
            repairText(out);
            return false;
        }
        if (nonEmpty && out.isEmpty())
            return fail(path, Kind::BadValue,
                        LvCodec::tr("The field %1 must not be empty.").arg(fieldName(path)));
        return true;
    }

    bool string(const QJsonObject &obj, const QString &path, QLatin1StringView key, Need need,
                int maxLength, QString &out, bool nonEmpty = false)
    {
        QJsonValue value;
        bool present = false;
        if (!member(obj, path, key, need, value, present))
            return false;
        if (!present) {
            out.clear();
            return true;
        }
        return stringValue(value, childPath(path, key), maxLength, nonEmpty, out);
    }

    bool id(const QJsonObject &obj, const QString &path, QLatin1StringView key, QString &out)
    {
        return string(obj, path, key, Need::Required, LvCodec::kMaxIdLength, out, true);
    }

    bool guid(const QJsonObject &obj, const QString &path, QLatin1StringView key, QString &out)
    {
        if (!id(obj, path, key, out))
            return false;
        if (LvCodec::isGuid(out))
            return true;
        const QString p = childPath(path, key);
        return fail(p, Kind::BadValue,
                    LvCodec::tr("The field %1 must be a GUID such as "
                                "3f0c6a52-1b2c-4d5e-8f90-a1b2c3d4e5f6.")
                        .arg(fieldName(p)));
    }

    bool integer(const QJsonObject &obj, const QString &path, QLatin1StringView key, double min,
                 double max, double &out)
    {
        QJsonValue value;
        bool present = false;
        if (!member(obj, path, key, Need::Required, value, present))
            return false;
        const QString p = childPath(path, key);
        if (!value.isDouble())
            return wrongType(p, LvCodec::tr("a whole number"), value);
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            return fail(p, Kind::OutOfRange,
                        LvCodec::tr("The field %1 must be between %2 and %3.")
                            .arg(fieldName(p))
                            .arg(qint64(min))
                            .arg(qint64(max)));
        if (std::floor(d) != d)
            return fail(p, Kind::WrongType,
                        LvCodec::tr("The field %1 must be a whole number, not a fraction.")
                            .arg(fieldName(p)));
        out = d;
        return true;
    }

    bool intMember(const QJsonObject &obj, const QString &path, QLatin1StringView key, int min,
                   int max, int &out)
    {
        double d = 0;
        if (!integer(obj, path, key, min, max, d))
            return false;
        out = int(d);
        return true;
    }

    bool number(const QJsonObject &obj, const QString &path, QLatin1StringView key, double &out)
    {
        QJsonValue value;
        bool present = false;
        if (!member(obj, path, key, Need::Required, value, present))
            return false;
        const QString p = childPath(path, key);
        if (!value.isDouble())
            return wrongType(p, LvCodec::tr("a number"), value);
        out = value.toDouble();
        if (!std::isfinite(out))
            return fail(p, Kind::OutOfRange,
                        LvCodec::tr("The field %1 is not a finite number.").arg(fieldName(p)));
        return true;
    }

    bool boolean(const QJsonObject &obj, const QString &path, QLatin1StringView key, bool &out)
    {
        QJsonValue value;
        bool present = false;
        if (!member(obj, path, key, Need::Required, value, present))
            return false;
        if (!value.isBool())
            return wrongType(childPath(path, key), LvCodec::tr("true or false"), value);
        out = value.toBool();
        return true;
    }

    bool timestamp(const QJsonObject &obj, const QString &path, QLatin1StringView key,
                   QDateTime &out)
    {
        QString text;
        if (!string(obj, path, key, Need::Required, LvCodec::kMaxIdLength, text))
            return false;
        out = parseTimestamp(text);
        if (out.isValid())
            return true;
        const QString p = childPath(path, key);
        return fail(p, Kind::BadTimestamp,
                    LvCodec::tr("The field %1 must be an RFC 3339 timestamp in UTC, such as "
                                "2026-11-26T08:15:00Z.")
                        .arg(fieldName(p)));
    }

    bool dateValue(const QJsonValue &value, const QString &path)
    {
        QString text;
        if (!stringValue(value, path, LvCodec::kMaxIdLength, false, text))
            return false;
        if (parseDate(text).isValid())
            return true;
        return fail(path, Kind::BadDate,
                    LvCodec::tr("The field %1 must be a date that exists, written YYYY-MM-DD.")
                        .arg(fieldName(path)));
    }

    // obj[key] as an object; `present` false for an optional member that is absent or null.
    bool object(const QJsonObject &obj, const QString &path, QLatin1StringView key, Need need,
                QJsonObject &out, bool &present)
    {
        QJsonValue value;
        if (!member(obj, path, key, need, value, present))
            return false;
        if (!present)
            return true;
        if (!value.isObject())
            return wrongType(childPath(path, key), LvCodec::tr("an object"), value);
        out = value.toObject();
        return true;
    }

    bool array(const QJsonObject &obj, const QString &path, QLatin1StringView key, Need need,
               QJsonArray &out)
    {
        QJsonValue value;
        bool present = false;
        if (!member(obj, path, key, need, value, present))
            return false;
        if (!present) {
            out = QJsonArray();
            return true;
        }
        if (!value.isArray())
            return wrongType(childPath(path, key), LvCodec::tr("a list"), value);
        out = value.toArray();
        return true;
    }

    bool objectElement(const QJsonValue &value, const QString &path, QJsonObject &out)
    {
        if (!value.isObject())
            return wrongType(path, LvCodec::tr("an object"), value);
        out = value.toObject();
        return true;
    }

    // {"fi", "sv", "en"}: each optional, but fi or sv must carry text (the contract: labels carry
    // fi and sv, and the UI falls back to fi, then sv).
    bool localizedValue(const QJsonValue &value, const QString &path, LocalizedText &out)
    {
        QJsonObject obj;
        if (!objectElement(value, path, obj))
            return false;
        const int max = LvCodec::kMaxLabelLength;
        if (!string(obj, path, "fi"_L1, Need::Optional, max, out.fi)
            || !string(obj, path, "sv"_L1, Need::Optional, max, out.sv)
            || !string(obj, path, "en"_L1, Need::Optional, max, out.en))
            return false;
        if (!out.fi.isEmpty() || !out.sv.isEmpty())
            return true;
        const QString p = childPath(path, "fi"_L1);
        return fail(p, Kind::Missing,
                    LvCodec::tr("The fields %1 and %2 are both missing or empty; a text needs a "
                                "Finnish or a Swedish version.")
                        .arg(fieldName(p), fieldName(childPath(path, "sv"_L1))));
    }

    bool localized(const QJsonObject &obj, const QString &path, QLatin1StringView key,
                   LocalizedText &out)
    {
        QJsonValue value;
        bool present = false;
        if (!member(obj, path, key, Need::Required, value, present))
            return false;
        return localizedValue(value, childPath(path, key), out);
    }

    // An enumerated string kept even when unknown: it only has to be a non-empty short string.
    bool enumName(const QJsonObject &obj, const QString &path, QLatin1StringView key, Need need,
                  QString &out)
    {
        return string(obj, path, key, need, LvCodec::kMaxIdLength, out, true);
    }
};

// ---------------------------------------------------------------------------------------------
// Body level: size, UTF-8, depth and syntax, then the resource.

std::optional<DecodeError> checkBody(const QByteArray &body, qsizetype maxBytes, QJsonDocument &doc)
{
    if (body.size() > maxBytes) {
        return DecodeError{QString(), Kind::TooLarge,
                           LvCodec::tr("The response is %1 bytes; at most %2 bytes are accepted "
                                       "for this resource.")
                               .arg(body.size())
                               .arg(maxBytes)};
    }
    const bool blank = std::all_of(body.cbegin(), body.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (blank)
        return DecodeError{QString(), Kind::NotJson, LvCodec::tr("The response body is empty.")};
    if (std::optional<DecodeError> scanError = scanBody(body))
        return scanError;
    QJsonParseError parseError;
    // Qt's parser (6.4) drops a raw U+FEFF at the start of a string value; written as an escape it
    // is kept. Outside strings JSON allows no such character, so every one but a leading byte-order
    // mark (which the parser skips) is inside a string.
    static const QByteArray bom("\xEF\xBB\xBF");
    const qsizetype firstBom = body.indexOf(bom, body.startsWith(bom) ? 3 : 0);
    if (firstBom >= 0) {
        QByteArray escaped = body;
        for (qsizetype at = escaped.indexOf(bom, firstBom); at >= 0;
             at = escaped.indexOf(bom, at + 6))
            escaped.replace(at, 3, "\\ufeff");
        doc = QJsonDocument::fromJson(escaped, &parseError);
    } else {
        doc = QJsonDocument::fromJson(body, &parseError);
    }
    if (parseError.error == QJsonParseError::DeepNesting)
        return DecodeError{QString(), Kind::TooDeep,
                           LvCodec::tr("The response is nested too deeply.")};
    if (parseError.error != QJsonParseError::NoError)
        return DecodeError{QString(), Kind::NotJson,
                           LvCodec::tr("The response is not valid JSON: %1 at byte %2.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)};
    if (!doc.isObject())
        return DecodeError{QString(), Kind::NotJson,
                           LvCodec::tr("The response must be a JSON object.")};
    return std::nullopt;
}

template<typename T, typename Fn>
DecodeResult<T> decodeObject(const QByteArray &body, qsizetype maxBytes, Fn &&decode)
{
    QJsonDocument doc;
    if (std::optional<DecodeError> bodyError = checkBody(body, maxBytes, doc))
        return *bodyError;
    Checker checker;
    T value{};
    if (!decode(checker, doc.object(), value)) {
        if (!checker.error) // every failing path records its error; this is a guard only
            checker.fail(QString(), Kind::BadValue, LvCodec::tr("The response is not valid."));
        // Kind and path name the schema, never the content: safe to log.
        qCDebug(lcLv) << "decode failed:" << DecodeError::kindName(checker.error->kind) << "at"
                      << checker.error->path;
        return *checker.error;
    }
    return value;
}

// ---------------------------------------------------------------------------------------------
// Resources.

bool isHexDigest(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), isHex);
}

// The action decoders below are total: apart from the body itself (size, UTF-8, depth, JSON
// syntax, an object at the top), nothing in an action makes it unusable. Each member is checked
// through Checker::keep(): a value of the wrong form is kept as sent where it can be (text as
// text, anything else as its JSON text) or left at its default, and the problem becomes a note
// (tst_ActionCodec::oddActionIsKeptWithANote).

// One feed entry. Only externalId is needed to fetch and acknowledge the action; every other member
// is kept when it can be and otherwise filled from the action itself by the sync. False when the
// entry names no action (no externalId): such an entry can only be reported.
bool decodeFeedItem(Checker &c, const QJsonObject &o, const QString &path, FeedItem &item)
{
    c.keep(c.id(o, path, "externalId"_L1, item.externalId));
    if (item.externalId.isEmpty())
        return false;
    if (!LvCodec::isGuid(item.externalId)) {
        const QString p = childPath(path, "externalId"_L1);
        c.note(p, Kind::BadValue,
               LvCodec::tr("The field %1 is not a GUID; it is used as sent.").arg(fieldName(p)));
    }
    QString actionType;
    c.keep(c.id(o, path, "projectId"_L1, item.projectId));
    c.keep(c.id(o, path, "projectPartId"_L1, item.projectPartId));
    c.keep(c.enumName(o, path, "actionType"_L1, Need::Required, actionType));
    c.keep(c.id(o, path, "serviceCode"_L1, item.serviceCode));
    c.keep(c.timestamp(o, path, "submittedAt"_L1, item.submittedAt));
    c.keep(c.intMember(o, path, "version"_L1, 1, INT_MAX, item.version));
    item.actionType = ActionType::fromString(actionType);
    return true;
}

bool decodeFeed(Checker &c, const QJsonObject &o, FeedPage &page)
{
    QJsonArray items;
    // Without a list of items the page says nothing: that is the one thing refused.
    if (!c.array(o, QString(), "items"_L1, Need::Required, items))
        return false;
    if (items.size() > LvCodec::kMaxFeedItems)
        c.note(u"items"_s, Kind::OutOfRange,
               LvCodec::tr("The feed page has %1 items; at most %2 were asked for.")
                   .arg(items.size())
                   .arg(LvCodec::kMaxFeedItems));
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = indexPath(u"items"_s, i);
        QJsonObject itemObject;
        FeedItem item;
        if (!c.keep(c.objectElement(items.at(i), path, itemObject))
            || !decodeFeedItem(c, itemObject, path, item)) {
            const QJsonValue entry = items.at(i);
            page.unusableItems.append(
                entry.isObject() ? QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact)
                                 : jsonText(entry).toUtf8());
            c.note(path, Kind::Missing,
                   LvCodec::tr("The feed entry %1 names no action (it has no externalId); it "
                               "cannot be read or acknowledged.")
                       .arg(fieldName(path)));
            continue;
        }
        page.items.append(item);
    }
    c.keep(c.string(o, QString(), "nextCursor"_L1, Need::Required, LvCodec::kMaxIdLength,
                    page.nextCursor));
    c.keep(c.boolean(o, QString(), "hasMore"_L1, page.hasMore));
    page.notes = std::exchange(c.notes, {});
    return true;
}

void decodeAddress(Checker &c, const QJsonObject &o, const QString &path, Address &address)
{
    const int max = LvCodec::kMaxNameLength;
    c.keep(c.string(o, path, "street"_L1, Need::Optional, max, address.street));
    c.keep(c.string(o, path, "postalCode"_L1, Need::Optional, LvCodec::kMaxIdLength,
                    address.postalCode));
    c.keep(c.string(o, path, "postOffice"_L1, Need::Optional, max, address.postOffice));
}

void decodeCustomer(Checker &c, const QJsonObject &o, const QString &path, Customer &customer)
{
    QString kind;
    c.keep(c.enumName(o, path, "kind"_L1, Need::Required, kind));
    customer.kind = CustomerKind::fromString(kind);
    const bool person = customer.kind.kind() == CustomerKind::Person;
    const bool organisation = customer.kind.kind() == CustomerKind::Organisation;
    c.keep(
        c.string(o, path, "name"_L1, Need::Required, LvCodec::kMaxNameLength, customer.name, true));
    // A person is identified by the henkilötunnus, an organisation by the Y-tunnus. A missing or
    // malformed one is kept as sent and noted: the officer sees it and can ask; the value itself
    // never appears in a note.
    c.keep(c.string(o, path, "businessId"_L1, organisation ? Need::Required : Need::Optional,
                    LvCodec::kMaxIdLength, customer.businessId, organisation));
    if (!customer.businessId.isEmpty() && !BusinessId::isValidId(customer.businessId)) {
        const QString p = childPath(path, "businessId"_L1);
        c.note(p, Kind::BadValue,
               LvCodec::tr("The field %1 is not a valid business id (Y-tunnus): wrong form or "
                           "check digit. It is kept as sent.")
                   .arg(fieldName(p)));
    }
    c.keep(c.string(o, path, "personalIdentityCode"_L1, person ? Need::Required : Need::Optional,
                    LvCodec::kMaxIdLength, customer.personalIdentityCode, person));
    if (!customer.personalIdentityCode.isEmpty()
        && !PersonalIdentityCode::isValidCode(customer.personalIdentityCode)) {
        const QString p = childPath(path, "personalIdentityCode"_L1);
        c.note(p, Kind::BadValue,
               LvCodec::tr("The field %1 is not a valid personal identity code: wrong date, "
                           "century sign, individual number or check character. It is kept as "
                           "sent.")
                   .arg(fieldName(p)));
    }
    QJsonObject address;
    bool hasAddress = false;
    c.keep(c.string(o, path, "email"_L1, Need::Optional, LvCodec::kMaxNameLength, customer.email));
    c.keep(c.string(o, path, "phone"_L1, Need::Optional, LvCodec::kMaxIdLength, customer.phone));
    if (c.keep(c.object(o, path, "address"_L1, Need::Optional, address, hasAddress)) && hasAddress)
        decodeAddress(c, address, childPath(path, "address"_L1), customer.address);
    c.keep(
        c.string(o, path, "language"_L1, Need::Optional, LvCodec::kMaxIdLength, customer.language));
}

void decodeLocation(Checker &c, const QJsonObject &o, const QString &path, Location &location)
{
    c.keep(c.id(o, path, "municipalityCode"_L1, location.municipalityCode));
    const QString &code = location.municipalityCode;
    if (!code.isEmpty()
        && (code.size() != 3 || !isDigit(code.at(0)) || !isDigit(code.at(1))
            || !isDigit(code.at(2)))) {
        const QString p = childPath(path, "municipalityCode"_L1);
        c.note(p, Kind::BadValue,
               LvCodec::tr("The field %1 is not a municipality code of three digits; it is kept "
                           "as sent.")
                   .arg(fieldName(p)));
    }
    QJsonObject coordinates;
    bool hasCoordinates = false;
    c.keep(c.string(o, path, "propertyId"_L1, Need::Optional, LvCodec::kMaxIdLength,
                    location.propertyId));
    c.keep(
        c.string(o, path, "address"_L1, Need::Optional, LvCodec::kMaxNameLength, location.address));
    if (!c.keep(c.object(o, path, "coordinates"_L1, Need::Optional, coordinates, hasCoordinates))
        || !hasCoordinates)
        return;
    // A point is only a point with all three members; otherwise there is none (and a note).
    const QString p = childPath(path, "coordinates"_L1);
    Coordinates point;
    const bool epsg = c.keep(c.intMember(coordinates, p, "epsg"_L1, 1, 999999, point.epsg));
    const bool x = c.keep(c.number(coordinates, p, "x"_L1, point.x));
    const bool y = c.keep(c.number(coordinates, p, "y"_L1, point.y));
    if (epsg && x && y)
        location.coordinates = point;
}

void decodeCommondataObject(Checker &c, const QJsonObject &o, const QString &path, Commondata &data)
{
    QJsonObject customer;
    QJsonObject representative;
    QJsonObject location;
    bool present = false;
    c.keep(c.id(o, path, "projectId"_L1, data.projectId));
    c.keep(c.id(o, path, "projectPartId"_L1, data.projectPartId));
    c.keep(c.string(o, path, "projectName"_L1, Need::Required, LvCodec::kMaxNameLength,
                    data.projectName));
    if (c.keep(c.object(o, path, "customer"_L1, Need::Required, customer, present)))
        decodeCustomer(c, customer, childPath(path, "customer"_L1), data.customer);
    if (c.keep(c.object(o, path, "representative"_L1, Need::Optional, representative, present))
        && present) {
        Customer decoded;
        decodeCustomer(c, representative, childPath(path, "representative"_L1), decoded);
        data.representative = decoded;
    }
    if (c.keep(c.object(o, path, "location"_L1, Need::Optional, location, present)) && present) {
        Location decoded;
        decodeLocation(c, location, childPath(path, "location"_L1), decoded);
        data.location = decoded;
    }
    c.keep(c.timestamp(o, path, "submittedAt"_L1, data.submittedAt));
}

bool decodeTableValue(Checker &c, const QJsonValue &value, const QString &path)
{
    QJsonObject table;
    QJsonArray columns;
    QJsonArray rows;
    if (!c.objectElement(value, path, table)
        || !c.array(table, path, "columns"_L1, Need::Required, columns)
        || !c.array(table, path, "rows"_L1, Need::Required, rows))
        return false;
    const QString columnsPath = childPath(path, "columns"_L1);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        LocalizedText label;
        if (!c.localizedValue(columns.at(i), indexPath(columnsPath, i), label))
            return false;
    }
    const QString rowsPath = childPath(path, "rows"_L1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString rowPath = indexPath(rowsPath, r);
        const QJsonValue row = rows.at(r);
        if (!row.isArray())
            return c.wrongType(rowPath, LvCodec::tr("a list"), row);
        const QJsonArray cells = row.toArray();
        if (cells.size() != columns.size())
            return c.fail(rowPath, Kind::BadValue,
                          LvCodec::tr("The table row %1 has %2 cells but the table has %3 columns.")
                              .arg(fieldName(rowPath))
                              .arg(cells.size())
                              .arg(columns.size()));
        for (qsizetype k = 0; k < cells.size(); ++k) {
            const QString cellPath = indexPath(rowPath, k);
            const QJsonValue cell = cells.at(k);
            switch (cell.type()) {
            case QJsonValue::String:
                if (!c.checkText(cellPath, cell.toString(), LvCodec::kMaxTextLength))
                    return false;
                break;
            case QJsonValue::Double:
            case QJsonValue::Bool:
            case QJsonValue::Null:
                break;
            default:
                return c.wrongType(cellPath, LvCodec::tr("a string, number, true, false or null"),
                                   cell);
            }
        }
    }
    return true;
}

// Checks a field's value against its type. Null means the customer left the field empty and is
// allowed for every type; an unknown type takes any JSON (it is shown as its JSON text). A value
// that fails is kept as sent and shown as its JSON text (FormField::valueMatchesType).
bool checkFieldValue(Checker &c, const FormField &field, const QString &path,
                     const QSet<QString> &attachmentIds)
{
    const QJsonValue &value = field.value;
    if (value.isNull())
        return true;
    switch (field.type.kind()) {
    case FieldType::Text: {
        QString text;
        return c.stringValue(value, path, LvCodec::kMaxTextLength, false, text);
    }
    case FieldType::Number:
        if (!value.isDouble())
            return c.wrongType(path, LvCodec::tr("a number"), value);
        return true;
    case FieldType::Date:
        return c.dateValue(value, path);
    case FieldType::Boolean:
        if (!value.isBool())
            return c.wrongType(path, LvCodec::tr("true or false"), value);
        return true;
    case FieldType::Choice: {
        LocalizedText label;
        return c.localizedValue(value, path, label);
    }
    case FieldType::Table:
        return decodeTableValue(c, value, path);
    case FieldType::AttachmentRef: {
        QString attachmentId;
        if (!c.stringValue(value, path, LvCodec::kMaxIdLength, true, attachmentId))
            return false;
        if (attachmentIds.contains(attachmentId))
            return true;
        return c.fail(path, Kind::BadValue,
                      LvCodec::tr("The field %1 refers to an attachment that formdata does not "
                                  "list.")
                          .arg(fieldName(path)));
    }
    case FieldType::Unknown:
        break;
    }
    return true;
}

// A member of a list that should be a field but is not an object: kept as a field of an unknown
// type holding the value, so that it is shown rather than dropped.
FormField fieldOfValue(const QJsonValue &value, const QString &fallbackId)
{
    FormField field;
    field.id = fallbackId;
    field.value = value;
    field.valueMatchesType = false;
    return field;
}

void decodeField(Checker &c, const QJsonObject &o, const QString &path,
                 const QSet<QString> &attachmentIds, const QString &fallbackId, FormField &field)
{
    QString type;
    QString role;
    c.keep(c.id(o, path, "id"_L1, field.id));
    if (field.id.isEmpty())
        field.id = fallbackId;
    c.keep(c.localized(o, path, "label"_L1, field.label));
    c.keep(c.enumName(o, path, "type"_L1, Need::Required, type));
    field.type = FieldType::fromString(type);
    // "value" must be there; null is an unanswered field.
    if (!o.contains("value"_L1)) {
        const QString p = childPath(path, "value"_L1);
        c.note(p, Kind::Missing, LvCodec::tr("The field %1 is missing.").arg(fieldName(p)));
    }
    field.value = o.value("value"_L1);
    if (field.value.isUndefined())
        field.value = QJsonValue(QJsonValue::Null);
    field.valueMatchesType
        = c.keep(checkFieldValue(c, field, childPath(path, "value"_L1), attachmentIds));
    c.keep(c.string(o, path, "unit"_L1, Need::Optional, LvCodec::kMaxIdLength, field.unit));
    c.keep(c.enumName(o, path, "deadlineRole"_L1, Need::Optional, role));
    field.deadlineRole = DeadlineRole::fromString(role);
    // A deadline role on a field that holds no date gives no deadline (FormField::dateValue()).
    const bool knownRole = !field.deadlineRole.isNone() && !field.deadlineRole.isUnknown();
    if (knownRole && field.type.kind() != FieldType::Date) {
        const QString p = childPath(path, "deadlineRole"_L1);
        c.note(p, Kind::BadValue,
               LvCodec::tr("The field %1 gives a deadline role to a field that is not a date; it "
                           "gives no deadline.")
                   .arg(fieldName(p)));
    }
}

void decodeSection(Checker &c, const QJsonObject &o, const QString &path,
                   const QSet<QString> &attachmentIds, const QString &fallbackId,
                   FormSection &section)
{
    QJsonArray fields;
    QJsonArray sections;
    c.keep(c.id(o, path, "id"_L1, section.id));
    if (section.id.isEmpty())
        section.id = fallbackId;
    c.keep(c.localized(o, path, "title"_L1, section.title));
    c.keep(c.array(o, path, "fields"_L1, Need::Required, fields));
    c.keep(c.array(o, path, "sections"_L1, Need::Optional, sections));
    const QString fieldsPath = childPath(path, "fields"_L1);
    section.fields.reserve(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString p = indexPath(fieldsPath, i);
        const QString id = section.id + u'#' + QString::number(i + 1);
        QJsonObject fieldObject;
        if (!c.keep(c.objectElement(fields.at(i), p, fieldObject))) {
            section.fields.append(fieldOfValue(fields.at(i), id));
            continue;
        }
        FormField field;
        decodeField(c, fieldObject, p, attachmentIds, id, field);
        section.fields.append(field);
    }
    const QString sectionsPath = childPath(path, "sections"_L1);
    section.sections.reserve(sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString p = indexPath(sectionsPath, i);
        const QString id = section.id + u'.' + QString::number(i + 1);
        QJsonObject sectionObject;
        FormSection child;
        if (!c.keep(c.objectElement(sections.at(i), p, sectionObject))) {
            child.id = id;
            child.fields.append(fieldOfValue(sections.at(i), id + u"#1"_s));
        } else {
            decodeSection(c, sectionObject, p, attachmentIds, id, child);
        }
        section.sections.append(child);
    }
}

// An attachment is kept whatever it says. Without an id it cannot be downloaded, without a valid
// checksum it cannot be verified: such an attachment is stored as described and fails visibly
// (AttachmentInfo::isDownloadable()); its file name is data of any form (contract §2.2).
void decodeAttachment(Checker &c, const QJsonObject &o, const QString &path, AttachmentInfo &info)
{
    c.keep(c.id(o, path, "id"_L1, info.id));
    c.keep(c.string(o, path, "fileName"_L1, Need::Required, LvCodec::kMaxNameLength, info.fileName,
                    true));
    c.keep(c.string(o, path, "contentType"_L1, Need::Required, LvCodec::kMaxNameLength,
                    info.contentType));
    double size = 0;
    info.size
        = c.keep(c.integer(o, path, "size"_L1, 0, kMaxExactInteger, size)) ? qint64(size) : -1;
    QString sha256;
    c.keep(c.id(o, path, "sha256"_L1, sha256));
    if (isHexDigest(sha256)) {
        info.sha256Hex = sha256.toLower();
    } else if (!sha256.isEmpty()) {
        const QString p = childPath(path, "sha256"_L1);
        c.note(p, Kind::BadValue,
               LvCodec::tr("The field %1 is not a SHA-256 digest of 64 hexadecimal digits; the "
                           "attachment cannot be verified.")
                   .arg(fieldName(p)));
    }
    c.keep(c.string(o, path, "description"_L1, Need::Optional, LvCodec::kMaxLabelLength,
                    info.description));
}

void decodeFormdataObject(Checker &c, const QJsonObject &o, const QString &path, Formdata &data)
{
    QJsonArray sections;
    QJsonArray attachments;
    c.keep(c.id(o, path, "serviceCode"_L1, data.serviceCode));
    c.keep(c.localized(o, path, "serviceName"_L1, data.serviceName));
    c.keep(c.id(o, path, "formVersion"_L1, data.formVersion));
    c.keep(c.array(o, path, "sections"_L1, Need::Required, sections));
    c.keep(c.array(o, path, "attachments"_L1, Need::Optional, attachments));
    // Attachments first: attachmentRef fields name one of them.
    const QString attachmentsPath = childPath(path, "attachments"_L1);
    QSet<QString> attachmentIds;
    data.attachments.reserve(attachments.size());
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString p = indexPath(attachmentsPath, i);
        QJsonObject attachmentObject;
        if (!c.keep(c.objectElement(attachments.at(i), p, attachmentObject)))
            continue; // not an attachment at all; the note and the raw JSON keep it
        AttachmentInfo info;
        decodeAttachment(c, attachmentObject, p, info);
        if (!info.id.isEmpty() && attachmentIds.contains(info.id)) {
            const QString idPath = childPath(p, "id"_L1);
            c.note(idPath, Kind::BadValue,
                   LvCodec::tr("The field %1 repeats the id of an earlier attachment; both are "
                               "kept.")
                       .arg(fieldName(idPath)));
        }
        attachmentIds.insert(info.id);
        data.attachments.append(info);
    }
    const QString sectionsPath = childPath(path, "sections"_L1);
    data.sections.reserve(sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString p = indexPath(sectionsPath, i);
        const QString id = u'#' + QString::number(i + 1);
        QJsonObject sectionObject;
        FormSection section;
        if (!c.keep(c.objectElement(sections.at(i), p, sectionObject))) {
            section.id = id;
            section.fields.append(fieldOfValue(sections.at(i), id + u"#1"_s));
        } else {
            decodeSection(c, sectionObject, p, attachmentIds, id, section);
        }
        data.sections.append(section);
    }
}

// ---------------------------------------------------------------------------------------------
// Encoding: written by hand so that members come in the contract's order and the bytes are stable.

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(kHex[c >> 4]);
                out.append(kHex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":");
}

void appendStringOrNull(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out.append("null");
    else
        appendJsonString(out, text);
}

void appendDateOrNull(QByteArray &out, const QDate &date)
{
    if (date.isValid())
        appendJsonString(out, date.toString(Qt::ISODate));
    else
        out.append("null");
}

void appendUuid(QByteArray &out, const QUuid &uuid)
{
    out.append('"');
    out.append(uuid.toByteArray(QUuid::WithoutBraces));
    out.append('"');
}

} // namespace

// -------------------------------------------------------------------------------------------------

DecodeResult<FeedPage> LvCodec::decodeFeedPage(const QByteArray &body)
{
    return decodeObject<FeedPage>(
        body, kMaxFeedBytes,
        [](Checker &c, const QJsonObject &o, FeedPage &page) { return decodeFeed(c, o, page); });
}

DecodeResult<ActionData> LvCodec::decodeActionData(const QByteArray &body)
{
    return decodeObject<ActionData>(
        body, kMaxActionBytes, [&body](Checker &c, const QJsonObject &o, ActionData &data) {
            QJsonObject commondata;
            QJsonObject formdata;
            bool present = false;
            if (c.keep(
                    c.object(o, QString(), "commondata"_L1, Need::Required, commondata, present)))
                decodeCommondataObject(c, commondata, u"commondata"_s, data.commondata);
            data.commondata.notes = std::exchange(c.notes, {});
            if (c.keep(c.object(o, QString(), "formdata"_L1, Need::Required, formdata, present)))
                decodeFormdataObject(c, formdata, u"formdata"_s, data.formdata);
            data.formdata.notes = std::exchange(c.notes, {});
            // Without a version of its own the action is the feed's version (SyncEngine).
            c.keep(c.intMember(o, QString(), "version"_L1, 1, INT_MAX, data.version));
            data.notes = std::exchange(c.notes, {});
            data.rawJson = body; // the bytes as received, for the audit trail
            return true;
        });
}

DecodeResult<Commondata> LvCodec::decodeCommondata(const QByteArray &body)
{
    return decodeObject<Commondata>(body, kMaxActionBytes,
                                    [](Checker &c, const QJsonObject &o, Commondata &data) {
                                        decodeCommondataObject(c, o, QString(), data);
                                        data.notes = std::exchange(c.notes, {});
                                        return true;
                                    });
}

DecodeResult<Formdata> LvCodec::decodeFormdata(const QByteArray &body)
{
    return decodeObject<Formdata>(body, kMaxActionBytes,
                                  [](Checker &c, const QJsonObject &o, Formdata &data) {
                                      decodeFormdataObject(c, o, QString(), data);
                                      data.notes = std::exchange(c.notes, {});
                                      return true;
                                  });
}

DecodeResult<int> LvCodec::decodeAckResponse(const QByteArray &body)
{
    return decodeObject<int>(
        body, kMaxSmallBodyBytes, [](Checker &c, const QJsonObject &o, int &acknowledged) {
            return c.intMember(o, QString(), "acknowledged"_L1, 0, INT_MAX, acknowledged);
        });
}

DecodeResult<bool> LvCodec::decodeStatusResponse(const QByteArray &body)
{
    return decodeObject<bool>(body, kMaxSmallBodyBytes,
                              [](Checker &c, const QJsonObject &o, bool &accepted) {
                                  return c.boolean(o, QString(), "accepted"_L1, accepted);
                              });
}

DecodeResult<QString> LvCodec::decodeMessageResponse(const QByteArray &body)
{
    return decodeObject<QString>(body, kMaxSmallBodyBytes,
                                 [](Checker &c, const QJsonObject &o, QString &id) {
                                     return c.id(o, QString(), "id"_L1, id);
                                 });
}

DecodeResult<LvCodec::ServiceErrorBody> LvCodec::decodeServiceError(const QByteArray &body)
{
    return decodeObject<ServiceErrorBody>(
        body, kMaxSmallBodyBytes, [](Checker &c, const QJsonObject &o, ServiceErrorBody &e) {
            return c.id(o, QString(), "error"_L1, e.code)
                   && c.string(o, QString(), "message"_L1, Need::Required, kMaxTextLength,
                               e.message)
                   && c.string(o, QString(), "field"_L1, Need::Optional, kMaxNameLength, e.field);
        });
}

DecodeResult<LvCodec::XRoadErrorBody> LvCodec::decodeXRoadError(const QByteArray &body)
{
    return decodeObject<XRoadErrorBody>(
        body, kMaxSmallBodyBytes, [](Checker &c, const QJsonObject &o, XRoadErrorBody &e) {
            return c.string(o, QString(), "type"_L1, Need::Required, kMaxNameLength, e.type, true)
                   && c.string(o, QString(), "message"_L1, Need::Optional, kMaxTextLength,
                               e.message)
                   && c.string(o, QString(), "detail"_L1, Need::Optional, kMaxNameLength, e.detail);
        });
}

DecodeResult<QList<LvCodec::ServiceDescription>> LvCodec::decodeListMethods(const QByteArray &body)
{
    return decodeObject<QList<ServiceDescription>>(
        body, kMaxListMethodsBytes,
        [](Checker &c, const QJsonObject &o, QList<ServiceDescription> &services) {
            QJsonArray list;
            if (!c.array(o, QString(), "service"_L1, Need::Required, list))
                return false;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString p = indexPath(u"service"_s, i);
                QJsonObject entry;
                ServiceDescription s;
                const int max = kMaxIdLength;
                if (!c.objectElement(list.at(i), p, entry)
                    || !c.id(entry, p, "service_code"_L1, s.serviceCode)
                    || !c.string(entry, p, "service_version"_L1, Need::Optional, max,
                                 s.serviceVersion)
                    || !c.string(entry, p, "xroad_instance"_L1, Need::Optional, max,
                                 s.xroadInstance)
                    || !c.string(entry, p, "member_class"_L1, Need::Optional, max, s.memberClass)
                    || !c.string(entry, p, "member_code"_L1, Need::Optional, max, s.memberCode)
                    || !c.string(entry, p, "subsystem_code"_L1, Need::Optional, max,
                                 s.subsystemCode))
                    return false;
                services.append(s);
            }
            return true;
        });
}

QByteArray LvCodec::encodeStatusUpdate(const StatusUpdate &update)
{
    QByteArray out;
    out.reserve(256);
    out.append('{');
    appendKey(out, "messageId");
    appendUuid(out, update.messageId);
    out.append(',');
    appendKey(out, "state");
    appendJsonString(out, toString(update.state));
    out.append(',');
    appendKey(out, "statusText");
    out.append('{');
    appendKey(out, "fi");
    appendJsonString(out, update.statusText.fi);
    out.append(',');
    appendKey(out, "sv");
    appendJsonString(out, update.statusText.sv);
    if (!update.statusText.en.isEmpty()) {
        out.append(',');
        appendKey(out, "en");
        appendJsonString(out, update.statusText.en);
    }
    out.append("},");
    appendKey(out, "statusDate");
    appendDateOrNull(out, update.statusDate);
    out.append(',');
    appendKey(out, "diaryNumber");
    appendStringOrNull(out, update.diaryNumber);
    out.append(',');
    appendKey(out, "handler");
    appendStringOrNull(out, update.handler);
    out.append(',');
    appendKey(out, "processingStartDate");
    appendDateOrNull(out, update.processingStartDate);
    out.append('}');
    return out;
}

QByteArray LvCodec::encodeMessage(const OutgoingMessage &message)
{
    QByteArray out;
    out.append('{');
    appendKey(out, "messageId");
    appendUuid(out, message.messageId);
    out.append(',');
    appendKey(out, "subject");
    appendJsonString(out, message.subject);
    out.append(',');
    appendKey(out, "body");
    appendJsonString(out, message.body);
    out.append(',');
    appendKey(out, "supplementRequest");
    if (message.supplementRequest) {
        out.append('{');
        appendKey(out, "dueDate");
        appendDateOrNull(out, message.supplementRequest->dueDate);
        out.append(',');
        appendKey(out, "items");
        out.append('[');
        const QStringList &items = message.supplementRequest->items;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendJsonString(out, items.at(i));
        }
        out.append("]}");
    } else {
        out.append("null");
    }
    out.append(',');
    appendKey(out, "attachments");
    out.append('[');
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const OutgoingAttachment &attachment = message.attachments.at(i);
        if (i > 0)
            out.append(',');
        out.append('{');
        appendKey(out, "fileName");
        appendJsonString(out, attachment.fileName);
        out.append(',');
        appendKey(out, "contentType");
        appendJsonString(out, attachment.contentType);
        out.append(',');
        appendKey(out, "dataBase64");
        out.append('"');
        out.append(attachment.data.toBase64());
        out.append("\"}");
    }
    out.append("]}");
    return out;
}

QByteArray LvCodec::encodeAck(const QUuid &messageId, const QStringList &externalIds)
{
    QByteArray out;
    out.append('{');
    appendKey(out, "messageId");
    appendUuid(out, messageId);
    out.append(',');
    appendKey(out, "externalIds");
    out.append('[');
    for (qsizetype i = 0; i < externalIds.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(out, externalIds.at(i));
    }
    out.append("]}");
    return out;
}

QString LvCodec::plainTextExcerpt(const QByteArray &body, int maxChars)
{
    // Four bytes per character at most, so this prefix holds the first maxChars characters.
    const QString text = QString::fromUtf8(body.left(qsizetype(maxChars) * 4));
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars));
    for (QChar c : text) {
        if (out.size() >= maxChars)
            break;
        if (c == u'\n' || c == u'\t' || (c.category() != QChar::Other_Control))
            out.append(c);
    }
    return out;
}

bool LvCodec::isGuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!isHex(c)) {
            return false;
        }
    }
    return true;
}

bool LvCodec::isValidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const int length = utf8SequenceLength(data, size, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

} // namespace lvdesk
