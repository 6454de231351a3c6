// SPDX-License-Identifier: EUPL-1.2

#include "fuzzentry.h"

#include "config/profile.h"
#include "lv/lvcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// A property the decoders document; its violation is a finding just like a crash.
void require(bool condition, const char *what)
{
    if (!condition)
        qFatal("fuzz property violated: %s", what);
}

bool runProfile(const QByteArray &input)
{
    // Profile::load reads a file: the input is written to a per-process scratch file first.
    static const QString path = QDir::temp().filePath(
        u"lvdesk-fuzz-profile-%1.ini"_s.arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(input);
    file.close();
    QList<Profile::Issue> issues;
    const Profile profile = Profile::load(path, &issues);
    for (const Profile::Issue &issue : std::as_const(issues))
        require(!issue.message.isEmpty(), "every profile issue has a message");
    // Values outside their documented range are reported, never kept.
    require(profile.concurrency >= 1 && profile.concurrency <= 16, "sync/concurrency in 1..16");
    require(profile.timeoutSeconds >= 5 && profile.timeoutSeconds <= 600,
            "connection/timeoutSeconds in 5..600");
    require(profile.intervalMinutes >= 1 && profile.intervalMinutes <= 1440,
            "sync/intervalMinutes in 1..1440");
    QFile::remove(path);
    return issues.isEmpty();
}

} // namespace

bool FuzzEntry::run(Target target, const QByteArray &input)
{
    switch (target) {
    case Target::FeedPage: {
        const auto page = LvCodec::decodeFeedPage(input);
        if (page)
            require(page.value().items.size() <= LvCodec::kMaxFeedItems, "feed page item limit");
        return page.isOk();
    }
    case Target::ActionData: {
        const auto action = LvCodec::decodeActionData(input);
        if (action)
            require(action.value().rawJson == input, "rawJson is the body byte for byte");
        return action.isOk();
    }
    case Target::Commondata:
        return LvCodec::decodeCommondata(input).isOk();
    case Target::Formdata:
        return LvCodec::decodeFormdata(input).isOk();
    case Target::SmallBodies: {
        const auto ack = LvCodec::decodeAckResponse(input);
        if (ack)
            require(ack.value() >= 0, "acknowledged count is not negative");
        const bool status = LvCodec::decodeStatusResponse(input).isOk();
        const bool message = LvCodec::decodeMessageResponse(input).isOk();
        const bool methods = LvCodec::decodeListMethods(input).isOk();
        return ack.isOk() || status || message || methods;
    }
    case Target::Errors: {
        const bool service = LvCodec::decodeServiceError(input).isOk();
        const bool xroad = LvCodec::decodeXRoadError(input).isOk();
        const QString excerpt = LvCodec::plainTextExcerpt(input, 200);
        require(excerpt.size() <= 200, "excerpt is at most maxChars long");
        for (const QChar c : excerpt)
            require(c == u'\n' || c == u'\t' || c.unicode() >= 0x20,
                    "excerpt has no control characters");
        return service || xroad;
    }
    case Target::Profile:
        return runProfile(input);
    }
    return false;
}

QStringList FuzzEntry::targetNames()
{
    return {u"feedpage"_s,    u"actiondata"_s, u"commondata"_s, u"formdata"_s,
            u"smallbodies"_s, u"errors"_s,     u"profile"_s};
}

bool FuzzEntry::targetFromName(const QString &name, Target *target)
{
    const int index = targetNames().indexOf(name);
    if (index < 0)
        return false;
    *target = static_cast<Target>(index);
    return true;
}

} // namespace lvdesk
