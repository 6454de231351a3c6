// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace lvdesk {

class ExportPackage;

// HttpExportTarget: posts an export package to the case register's import endpoint as
// multipart/form-data (case.json, the documents, one part per attachment, manifest.json), or an
// asianhallinta zip as one application/zip body, with a bearer token. Redirects are not followed
// and a stalled transfer times out. Main thread; asynchronous.
class HttpExportTarget : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum Kind {
            Exported,
            Retryable, // network trouble, timeout, 408, 429, 5xx: try again later
            Permanent, // any other answer: needs the officer or IT support
        };
        Kind kind = Retryable;
        int httpStatus = 0; // 0 when no answer arrived
        QString diaryNumber; // the register's diary number, when it answered one
        QString error; // translated, for the officer
    };
    using Callback = std::function<void(const Outcome &)>;

    HttpExportTarget(const QUrl &url, int timeoutSeconds, QNetworkAccessManager *network,
                     QObject *parent = nullptr);
    ~HttpExportTarget() override;

    // Posts the package; done runs exactly once, later. One post at a time.
    void post(const ExportPackage &package, const QByteArray &token, Callback done);
    // Posts the file at path (streamed) as the body, with its name in Content-Disposition.
    void postFile(const QString &path, const QString &fileName, const QString &contentType,
                  const QByteArray &token, Callback done);
    void abort();

    // Whether the URL may carry a bearer token: https, or plain http only to this computer.
    static bool isAllowedUrl(const QUrl &url);

private:
    QNetworkRequest request(const QByteArray &token) const;
    void start(QNetworkReply *reply);
    void failLater(const QString &error);
    void finish(QNetworkReply *reply);

    QUrl m_url;
    int m_timeoutSeconds;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    Callback m_done;
};

} // namespace lvdesk
