// SPDX-License-Identifier: EUPL-1.2

#include "lvsimprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
constexpr int startTimeoutMs = 15000;
constexpr int adminTimeoutMs = 30000;
// Enough of stderr to explain a failure; --verbose runs would otherwise grow without bound.
constexpr qsizetype maxStderr = 1024 * 1024;
} // namespace

LvSimProcess::LvSimProcess()
{
    QObject::connect(&m_process, &QProcess::finished,
                     [this](int code, QProcess::ExitStatus status) {
                         if (m_stopping)
                             return;
                         collectStandardError();
                         qWarning("lvsim ended unexpectedly (exit code %d, %s)", code,
                                  status == QProcess::CrashExit ? "crashed" : "exited");
                         forwardStandardError();
                     });
}

LvSimProcess::~LvSimProcess()
{
    stop();
    // Nothing may reach the finished handler once this object is going away.
    QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
}

QString LvSimProcess::program()
{
    return qEnvironmentVariable("LVDESK_LVSIM");
}

bool LvSimProcess::start(const QStringList &extraArgs)
{
    stop();
    m_stopping = false;
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_adminUrl.clear();

    const QString binary = program();
    if (binary.isEmpty()) {
        qWarning("LVDESK_LVSIM is not set; the test must be registered with "
                 "ENVIRONMENT \"LVDESK_LVSIM=$<TARGET_FILE:lvsim>\"");
        return false;
    }
    QStringList args;
    if (!extraArgs.contains(u"--port"_s))
        args << u"--port"_s << u"0"_s;
    args << extraArgs;
    m_process.setProgram(binary);
    m_process.setArguments(args);
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(startTimeoutMs)) {
        qWarning("lvsim could not be started: %s", qPrintable(m_process.errorString()));
        return false;
    }

    const QByteArray listening = "lvsim listening on ";
    const QByteArray admin = "lvsim admin on ";
    QDeadlineTimer deadline(startTimeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_stdout += m_process.readAllStandardOutput();
        collectStandardError();
        if (m_baseUrl.isEmpty()) {
            const qsizetype at = m_stdout.indexOf(listening);
            const qsizetype end = m_stdout.indexOf('\n', at);
            if (at >= 0 && end > at)
                m_baseUrl = QUrl(QString::fromUtf8(
                    m_stdout.mid(at + listening.size(), end - at - listening.size()).trimmed()));
        }
        if (m_adminUrl.isEmpty()) {
            const qsizetype at = m_stderr.indexOf(admin);
            const qsizetype end = m_stderr.indexOf('\n', at);
            if (at >= 0 && end > at)
                m_adminUrl = QUrl(QString::fromUtf8(
                    m_stderr.mid(at + admin.size(), end - at - admin.size()).trimmed()));
        }
        if (m_baseUrl.isValid() && m_adminUrl.isValid())
            return true;
        if (m_process.state() != QProcess::Running)
            break;
    }
    qWarning("lvsim did not report that it is listening within %d ms", startTimeoutMs);
    collectStandardError();
    forwardStandardError();
    stop();
    return false;
}

void LvSimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    collectStandardError();
}

bool LvSimProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QJsonObject LvSimProcess::adminGet(const QString &path)
{
    return adminCall("GET", path, {});
}

QJsonObject LvSimProcess::adminPost(const QString &path, const QJsonObject &body)
{
    return adminCall("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject LvSimProcess::adminCall(const QByteArray &verb, const QString &path,
                                    const QByteArray &body)
{
    m_lastAdminStatus = 0;
    if (!m_adminUrl.isValid()) {
        qWarning("lvsim admin call before a successful start()");
        return {};
    }
    QString fullPath = path;
    if (!fullPath.startsWith(u"/admin"_s))
        fullPath = u"/admin/"_s + (fullPath.startsWith(u'/') ? fullPath.mid(1) : fullPath);
    QUrl url = m_adminUrl;
    const qsizetype q = fullPath.indexOf(u'?');
    url.setPath(q < 0 ? fullPath : fullPath.left(q));
    if (q >= 0)
        url.setQuery(fullPath.mid(q + 1));

    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(adminTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        qWarning("lvsim admin %s %s did not answer in time", verb.constData(),
                 qPrintable(fullPath));
        delete reply;
        collectStandardError();
        forwardStandardError();
        return {};
    }
    m_lastAdminStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString error
        = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    delete reply;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &parseError);
    // A refusal with a JSON error body is an answer for the test to check (lastAdminStatus());
    // anything else means lvsim is in trouble, so its stderr is shown.
    const bool refusal = m_lastAdminStatus / 100 == 4 && doc.isObject();
    if (!refusal && (m_lastAdminStatus / 100 != 2 || !doc.isObject())) {
        qWarning("lvsim admin %s %s failed: status %d %s %s", verb.constData(),
                 qPrintable(fullPath), m_lastAdminStatus, qPrintable(error),
                 answer.left(500).constData());
        collectStandardError();
        forwardStandardError();
        return doc.object();
    }
    return doc.object();
}

void LvSimProcess::collectStandardError()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > maxStderr)
        m_stderr = m_stderr.right(maxStderr);
}

void LvSimProcess::forwardStandardError()
{
    collectStandardError();
    if (m_stderr.isEmpty())
        return;
    qWarning("lvsim stderr:\n%s", m_stderr.constData());
}

} // namespace lvdesk
