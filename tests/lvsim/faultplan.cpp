// SPDX-License-Identifier: EUPL-1.2

#include "faultplan.h"

#include "simrandom.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
const char *const names[] = {"none",  "429",   "500",      "502",       "503",     "xroad",
                             "reset", "stall", "truncate", "malformed", "checksum"};
constexpr int kindCount = 11;
} // namespace

QString FaultPlan::name(Kind kind)
{
    return QString::fromLatin1(names[int(kind)]);
}

QStringList FaultPlan::kindNames()
{
    QStringList out;
    for (int i = 1; i < kindCount; ++i)
        out << QString::fromLatin1(names[i]);
    return out;
}

bool FaultPlan::parse(const QString &spec, QString *error)
{
    double rates[kindCount] = {};
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            *error = u"fault \"%1\" is not kind=rate"_s.arg(part);
            return false;
        }
        const QString kind = part.left(eq).trimmed();
        bool ok = false;
        const double rate = part.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok || rate < 0.0 || rate > 1.0) {
            *error = u"fault rate \"%1\" must be a number from 0 to 1"_s.arg(part.mid(eq + 1));
            return false;
        }
        if (kind == u"mixed"_s) {
            for (int i = 1; i < kindCount; ++i)
                rates[i] += rate / (kindCount - 1);
            continue;
        }
        int index = -1;
        for (int i = 1; i < kindCount; ++i) {
            if (kind == QLatin1String(names[i]))
                index = i;
        }
        if (index < 0) {
            *error = u"unknown fault kind \"%1\" (known: %2, mixed)"_s.arg(
                kind, kindNames().join(u", "_s));
            return false;
        }
        rates[index] += rate;
    }
    double total = 0;
    for (const double r : rates)
        total += r;
    if (total > 1.0 + 1e-9) {
        *error = u"fault rates add up to more than 1"_s;
        return false;
    }
    std::copy(std::begin(rates), std::end(rates), std::begin(m_rates));
    m_spec = spec;
    m_attempts.clear();
    return true;
}

bool FaultPlan::isActive() const
{
    for (int i = 1; i < kindCount; ++i) {
        if (m_rates[i] > 0)
            return true;
    }
    return false;
}

FaultPlan::Kind FaultPlan::decide(const QString &target, bool isJson, bool isAttachment,
                                  bool *variant)
{
    *variant = false;
    if (!isActive())
        return Kind::None;
    const quint32 attempt = ++m_attempts[target];
    const QByteArray digest = QCryptographicHash::hash(target.toUtf8(), QCryptographicHash::Sha1);
    quint64 targetKey = 0;
    for (int i = 0; i < 8; ++i)
        targetKey = (targetKey << 8) | quint8(digest.at(i));
    SimRandom rnd(m_seed, targetKey, attempt, 0xfa17);
    const double u = rnd.unit();
    *variant = (rnd.next() & 1) != 0;
    double acc = 0;
    for (int i = 1; i < kindCount; ++i) {
        acc += m_rates[i];
        if (u < acc) {
            const Kind kind = Kind(i);
            // A fault that cannot happen on this resource leaves the request alone, so that rates
            // mean the same on every endpoint.
            if (kind == Kind::Checksum && !isAttachment)
                return Kind::None;
            if (kind == Kind::Malformed && !isJson)
                return Kind::None;
            return kind;
        }
    }
    return Kind::None;
}

} // namespace lvdesk
