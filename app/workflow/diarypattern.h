// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lvdesk {

// DiaryPattern: the authority's numbering pattern for diary numbers (profile key
// register/diaryPattern, e.g. "LV-{year}-{seq:5}" → "LV-2026-00042"). Tokens: {year}, {seq} and
// {seq:N} (the sequence padded with zeros to N digits); anything else in braces is an error, so a
// typing mistake in the profile is reported instead of producing odd numbers.
class DiaryPattern
{
    Q_DECLARE_TR_FUNCTIONS(DiaryPattern)

public:
    static constexpr int MaxWidth = 18; // a qint64 has at most 19 digits

    DiaryPattern() = default;
    explicit DiaryPattern(const QString &pattern);

    bool isValid() const { return m_error.isEmpty() && !m_parts.isEmpty(); }
    // Translated, for IT support; empty when valid.
    QString error() const;
    QString pattern() const { return m_pattern; }
    bool hasYear() const { return m_hasYear; }

    // The diary number for this year and sequence value; empty when the pattern is invalid.
    QString format(int year, qint64 sequence) const;
    // The year that keys the sequence: the year itself when the pattern shows it (numbering starts
    // again every year), else 0 (one sequence for ever, so that numbers never repeat).
    int sequenceYear(int year) const { return m_hasYear ? year : 0; }

private:
    struct Part
    {
        enum Kind {
            Literal,
            Year,
            Sequence
        };
        Kind kind = Literal;
        QString text; // Literal
        int width = 0; // Sequence: minimum digits
    };

    QString m_pattern;
    QList<Part> m_parts;
    QString m_error;
    bool m_hasYear = false;
};

} // namespace lvdesk
