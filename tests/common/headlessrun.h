// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lvdesk {

// HeadlessRun: runs the lvdesk executable (LVDESK_BIN) with no display at all, as in an SSH
// session or a scheduled job, feeding input to its stdin; for the tests of its command line.
class HeadlessRun
{
public:
    int exitCode = -1; // -1 when it did not start or did not end in time
    QString out;
    QString err;

    static HeadlessRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("LVDESK_BIN"), arguments);
        HeadlessRun result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return result;
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};

} // namespace lvdesk
