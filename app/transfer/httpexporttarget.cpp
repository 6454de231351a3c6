// SPDX-License-Identifier: EUPL-1.2

#include "httpexporttarget.h"

#include "domain/loopbackaddress.h"
#include "domain/mediatype.h"
#include "exportpackage.h"
#include "transferlog.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The register names each part; the names are safe file names (SafeFileNames: no quotes, no
// backslashes, no control characters), so they can stand in the header as UTF-8 (RFC 7578 §4.2).
// The content type is the customer's browser's: on the wire only when it is a valid media type
// (MediaType), so no received string reaches a header as it is (tst_HttpExport).
QHttpPart part(const QString &name, const QString &fileName, const QString &contentType)
{
    QHttpPart p;
    const QByteArray disposition
        = "form-data; name=\"" + name.toUtf8() + "\"; filename=\"" + fileName.toUtf8() + '"';
    Q_ASSERT(MediaType::isSafeHeaderValue(disposition));
    p.setRawHeader("Content-Disposition", disposition);
    p.setRawHeader("Content-Type", MediaType::forHeader(contentType));
    return p;
}

} // namespace

HttpExportTarget::HttpExportTarget(const QUrl &url, int timeoutSeconds,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_timeoutSeconds(timeoutSeconds)
    , m_network(network)
{ }

HttpExportTarget::~HttpExportTarget()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpExportTarget::isAllowedUrl(const QUrl &url)
{
    return LoopbackAddress::allowsRequestTo(url);
}

QNetworkRequest HttpExportTarget::request(const QByteArray &token) const
{
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArrayLiteral("lvdesk/" LVDESK_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    return request;
}

void HttpExportTarget::start(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void HttpExportTarget::failLater(const QString &error)
{
    Outcome outcome;
    outcome.kind = Outcome::Retryable;
    outcome.error = error;
    QMetaObject::invokeMethod(
        this,
        [this, outcome] {
            if (m_done)
                std::exchange(m_done, {})(outcome);
        },
        Qt::QueuedConnection);
}

void HttpExportTarget::post(const ExportPackage &package, const QByteArray &token, Callback done)
{
    m_done = std::move(done);
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const ExportPackage::File &entry : package.files) {
        const QString fileName = entry.path.section(u'/', -1);
        QHttpPart p = part(entry.path, fileName, entry.contentType);
        if (entry.sourcePath.isEmpty()) {
            p.setBody(entry.bytes);
        } else {
            // Streamed from the blob store: attachments can be large.
            auto *file = new QFile(entry.sourcePath, multi);
            if (!file->open(QIODevice::ReadOnly)) {
                delete multi;
                failLater(tr("A stored attachment of the case could not be read."));
                return;
            }
            p.setBodyDevice(file);
        }
        multi->append(p);
    }
    QHttpPart manifest = part(u"manifest.json"_s, u"manifest.json"_s, u"application/json"_s);
    manifest.setBody(package.manifest(QDateTime::currentDateTimeUtc()));
    multi->append(manifest);

    QNetworkReply *reply = m_network->post(request(token), multi);
    multi->setParent(reply);
    start(reply);
}

void HttpExportTarget::postFile(const QString &path, const QString &fileName,
                                const QString &contentType, const QByteArray &token, Callback done)
{
    m_done = std::move(done);
    auto *file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        failLater(tr("The package to send could not be read."));
        return;
    }
    QNetworkRequest r = request(token);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // A safe file name: no quotes or backslashes (RFC 6266, UTF-8 as in the multipart parts).
    r.setRawHeader("Content-Disposition", "attachment; filename=\"" + fileName.toUtf8() + '"');
    QNetworkReply *reply = m_network->post(r, file);
    file->setParent(reply);
    start(reply);
}

void HttpExportTarget::abort()
{
    if (m_reply)
        m_reply->abort();
}

void HttpExportTarget::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    Outcome outcome;
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(64 * 1024);
    const int status = outcome.httpStatus;
    if (status >= 200 && status < 300) {
        outcome.kind = Outcome::Exported;
        const QJsonObject answer = QJsonDocument::fromJson(body).object();
        const QString diary = answer.value(u"diaryNumber"_s).toString().trimmed();
        if (diary.size() <= 100)
            outcome.diaryNumber = diary;
    } else if (status == 0) {
        outcome.kind = Outcome::Retryable;
        outcome.error
            = reply->error() == QNetworkReply::OperationCanceledError
                  ? tr("The case register did not answer in time.")
                  : tr("The case register could not be reached: %1").arg(reply->errorString());
    } else {
        // The register's own words, if it gave any, help IT support; shown as plain text.
        QString message = QJsonDocument::fromJson(body).object().value(u"message"_s).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(body.left(200)).simplified();
        const bool retryable = status == 408 || status == 429 || status >= 500;
        outcome.kind = retryable ? Outcome::Retryable : Outcome::Permanent;
        if (status >= 300 && status < 400)
            outcome.error = tr("The case register answered with a redirect (HTTP %1). Check the "
                               "export address in the profile.")
                                .arg(status);
        else if (status == 401 || status == 403)
            outcome.error = tr("The case register refused the export token (HTTP %1). Ask IT "
                               "support to check the token in the keychain.")
                                .arg(status);
        else if (retryable)
            outcome.error = tr("The case register is not available (HTTP %1); lvdesk tries again "
                               "later.")
                                .arg(status);
        else
            outcome.error = tr("The case register refused the package (HTTP %1): %2")
                                .arg(status)
                                .arg(message);
    }
    qCInfo(lcTransfer) << "Register answered HTTP" << status;
    if (m_done)
        std::exchange(m_done, {})(outcome);
}

} // namespace lvdesk
