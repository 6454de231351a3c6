// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace lvdesk {

// Runs the real lvsim simulator as a child process for integration tests: starts it on a free
// loopback port, reports its Security Server base URL and talks to its admin endpoint
// synchronously.
class LvSimProcess
{
public:
    LvSimProcess();
    ~LvSimProcess();
    LvSimProcess(const LvSimProcess &) = delete;
    LvSimProcess &operator=(const LvSimProcess &) = delete;

    // The binary named by the environment variable LVDESK_LVSIM.
    static QString program();

    // Starts lvsim with "--port 0" plus extraArgs and waits (at most 15 s) for its "listening"
    // line. On failure the process's stderr is written to the test log and false is returned.
    bool start(const QStringList &extraArgs = {});
    void stop();
    bool isRunning() const;

    // scheme://127.0.0.1:port, the Security Server base the client library is pointed at.
    QUrl baseUrl() const { return m_baseUrl; }
    // http://127.0.0.1:port of the plain loopback admin listener (also when the main one is HTTPS).
    QUrl adminUrl() const { return m_adminUrl; }

    // Synchronous admin calls. path is "/admin/stats" or just "stats". Returns the JSON object
    // answered (also the error object of a 4xx refusal: check lastAdminStatus()), or an empty
    // object with a warning carrying lvsim's stderr when lvsim did not answer properly.
    QJsonObject adminGet(const QString &path);
    QJsonObject adminPost(const QString &path, const QJsonObject &body);
    // HTTP status of the last admin call (0 when no answer arrived).
    int lastAdminStatus() const { return m_lastAdminStatus; }

    QByteArray standardError() const { return m_stderr; }
    // Writes what lvsim printed on stderr to the test log.
    void forwardStandardError();

private:
    QJsonObject adminCall(const QByteArray &verb, const QString &path, const QByteArray &body);
    void collectStandardError();

    QProcess m_process;
    QUrl m_baseUrl;
    QUrl m_adminUrl;
    QByteArray m_stdout;
    QByteArray m_stderr;
    int m_lastAdminStatus = 0;
    bool m_stopping = false;
};

} // namespace lvdesk
