// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QRegularExpression>
#include <QString>

namespace lvdesk {

// Checks of the Finnish identifiers for lvsim's own tests, written from the public rules rather
// than from the generator's code.
class FinnishIdCheck
{
public:
    // A henkilötunnus DDMMYYCZZZQ with a date that exists and the right check character. The
    // century sign C gives birthYear: + 1800s; -, U, V, W, X, Y 1900s; A, B, C, D, E, F 2000s
    // (the letters other than A since 2023).
    static bool hetu(const QString &hetu, int *birthYear)
    {
        static const QRegularExpression re(
            QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])(\\d{3})([0-9A-Y])$"));
        const auto m = re.match(hetu);
        if (!m.hasMatch())
            return false;
        const qint64 n
            = QString(m.captured(1) + m.captured(2) + m.captured(3) + m.captured(5)).toLongLong();
        const QString check = QStringLiteral("0123456789ABCDEFHJKLMNPRSTUVWXY");
        const QChar sign = m.captured(4).at(0);
        const int century = sign == u'+' ? 1800 : (sign >= u'A' && sign <= u'F' ? 2000 : 1900);
        *birthYear = century + m.captured(3).toInt();
        return QDate(*birthYear, m.captured(2).toInt(), m.captured(1).toInt()).isValid()
               && check.at(int(n % 31)) == m.captured(6).at(0);
    }

    // A Y-tunnus NNNNNNN-C: weights 7 9 10 5 8 4 2, remainder 1 never issued.
    static bool yTunnus(const QString &id)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{7})-(\\d)$"));
        const auto m = re.match(id);
        if (!m.hasMatch())
            return false;
        const int weights[] = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; ++i)
            sum += m.captured(1).at(i).digitValue() * weights[i];
        const int rem = sum % 11;
        return rem != 1 && (rem == 0 ? 0 : 11 - rem) == m.captured(2).toInt();
    }
};

} // namespace lvdesk
