// SPDX-License-Identifier: EUPL-1.2

#include "workflow/diarypattern.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

DiaryPattern::DiaryPattern(const QString &pattern)
    : m_pattern(pattern)
{
    if (pattern.trimmed().isEmpty()) {
        m_error = tr("The diary number pattern is empty.");
        return;
    }
    int sequences = 0;
    QString literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty()) {
            m_parts.append(Part{Part::Literal, literal, 0});
            literal.clear();
        }
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'}') {
            m_error
                = tr("The diary number pattern \"%1\" has a \"}\" without a \"{\".").arg(pattern);
            return;
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i + 1);
        if (close < 0) {
            m_error = tr("The diary number pattern \"%1\" has a \"{\" that is never closed.")
                          .arg(pattern);
            return;
        }
        const QString token = pattern.mid(i + 1, close - i - 1);
        flushLiteral();
        if (token == u"year"_s) {
            m_parts.append(Part{Part::Year, QString(), 0});
            m_hasYear = true;
        } else if (token == u"seq"_s) {
            m_parts.append(Part{Part::Sequence, QString(), 0});
            ++sequences;
        } else if (token.startsWith(u"seq:"_s)) {
            bool ok = false;
            const int width = token.mid(4).toInt(&ok);
            if (!ok || width < 1 || width > MaxWidth) {
                m_error = tr("The diary number pattern \"%1\": the width in {%2} must be a whole "
                             "number from 1 to %3.")
                              .arg(pattern, token)
                              .arg(MaxWidth);
                return;
            }
            m_parts.append(Part{Part::Sequence, QString(), width});
            ++sequences;
        } else {
            m_error = tr("The diary number pattern \"%1\" has the unknown token {%2}. Known tokens "
                         "are {year}, {seq} and {seq:N}.")
                          .arg(pattern, token);
            return;
        }
        i = close;
    }
    flushLiteral();
    if (sequences != 1) {
        m_error = tr("The diary number pattern \"%1\" must contain the sequence number ({seq} or "
                     "{seq:N}) exactly once.")
                      .arg(pattern);
        m_parts.clear();
    }
}

QString DiaryPattern::error() const
{
    if (!m_error.isEmpty() || !m_parts.isEmpty())
        return m_error;
    return tr("No diary number pattern is configured.");
}

QString DiaryPattern::format(int year, qint64 sequence) const
{
    if (!isValid())
        return {};
    QString out;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Part::Literal:
            out += part.text;
            break;
        case Part::Year:
            out += QString::number(year);
            break;
        case Part::Sequence:
            out += u"%1"_s.arg(sequence, part.width, 10, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

} // namespace lvdesk
