// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace lvdesk {

// Why a response body could not be decoded: which field (a path such as
// "formdata.sections[0].fields[2].label.fi", empty for the body as a whole), what kind of problem,
// and a translated sentence for the officer or IT support that names the field.
struct DecodeError
{
    enum Kind {
        Missing, // a required field is absent (or null where null is not allowed)
        WrongType, // a field has the wrong JSON type
        BadDate, // not an existing YYYY-MM-DD date
        BadTimestamp, // not an RFC 3339 UTC timestamp
        OutOfRange, // a number or a list length outside its allowed range
        TooLong, // a string longer than its limit
        TooLarge, // the body is larger than the limit of its resource (checked before parsing)
        TooDeep, // JSON nested deeper than the limit
        BadUtf8, // the body is not valid UTF-8 (checked before parsing)
        NotJson, // the body is not JSON, or not the JSON value expected at the top
        BadValue, // a string of the right type but an impossible value (bad GUID, checksum, …)
    };

    QString path;
    Kind kind = NotJson;
    QString message;

    static QString kindName(Kind kind); // "Missing", "WrongType", … (stable, for logs and tests)
};

// Either a decoded value or the DecodeError that prevented it. Decoders never throw and never
// return a half-decoded value.
template<typename T>
class DecodeResult
{
public:
    DecodeResult(T value)
        : m_value(std::move(value))
    { }
    DecodeResult(DecodeError error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    // Only valid when isOk().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }

    // Only meaningful when !isOk().
    const DecodeError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

} // namespace lvdesk
