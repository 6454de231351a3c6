// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lvdesk {

// FuzzEntry: the entry points the fuzz targets and their regression replay share, so that a crash
// input found by a fuzzer is replayed through exactly the same code in the normal build. Each entry
// feeds one body to a decoder (or the profile parser) and checks the properties the decoder
// promises; a broken promise aborts, like a crash.
class FuzzEntry
{
public:
    enum class Target {
        FeedPage,
        ActionData,
        Commondata,
        Formdata,
        SmallBodies, // ack, status and message answers, listMethods
        Errors, // service and X-Road error bodies, the plain-text excerpt
        Profile
    };

    // Runs one input. Returns true when the input was accepted by the decoder (for statistics);
    // a violated property calls qFatal().
    static bool run(Target target, const QByteArray &input);

    static QStringList targetNames(); // "feedpage", "actiondata", … in enum order
    static bool targetFromName(const QString &name, Target *target);
};

} // namespace lvdesk
