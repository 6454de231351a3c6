// SPDX-License-Identifier: EUPL-1.2

#include "lvreply.h"

#include "lv/errorclassifier.h"
#include "lv/lvcodec.h"
#include "lv/lvlog.h"

#include <QMetaObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace lvdesk {

LvReply::LvReply(const QString &endpoint, qint64 bodyLimit, bool decodeInBackground,
                 QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_bodyLimit(bodyLimit)
    , m_decodeInBackground(decodeInBackground)
{ }

LvReply::~LvReply()
{
    releaseNetworkReply();
}

void LvReply::releaseNetworkReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void LvReply::attach(QNetworkReply *reply, const QByteArray &requestId)
{
    m_reply = reply;
    m_requestId = requestId;
    connect(reply, &QNetworkReply::metaDataChanged, this, &LvReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &LvReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &LvReply::onNetworkFinished);
    // Collected, never ignored: a certificate problem always fails the call.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
}

void LvReply::failLater(const LvError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error]() { finish(error); }, Qt::QueuedConnection);
}

void LvReply::cancel()
{
    if (m_finished)
        return;
    releaseNetworkReply();
    finish(LvError::canceled());
}

std::optional<LvError> LvReply::checkHeaders(const QNetworkReply *reply)
{
    if (!m_isSuccessStatus)
        return std::nullopt;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_bodyLimit)
        return LvError::tooLarge(m_bodyLimit);
    return std::nullopt;
}

std::optional<LvError> LvReply::consumeBody(const QByteArray &chunk)
{
    if (m_body.size() + chunk.size() > m_bodyLimit)
        return LvError::tooLarge(m_bodyLimit);
    m_body += chunk;
    return std::nullopt;
}

void LvReply::completeOk()
{
    finish();
}

void LvReply::onMetaData()
{
    if (m_headersChecked || !m_reply || m_abortError)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersChecked = true;
    m_httpStatus = status.toInt();
    m_isSuccessStatus = m_httpStatus >= 200 && m_httpStatus < 300;
    m_responseXRoadId = m_reply->rawHeader("X-Road-Id");
    m_requestHash = m_reply->rawHeader("X-Road-Request-Hash");
    if (std::optional<LvError> error = checkHeaders(m_reply))
        abortWith(*error);
}

void LvReply::onReadyRead()
{
    // An aborted reply is closed: nothing more to read from it.
    if (!m_reply || m_abortError || !m_reply->isOpen())
        return;
    onMetaData();
    if (m_abortError)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_bytesReceived += chunk.size();
    if (m_isSuccessStatus) {
        if (std::optional<LvError> error = consumeBody(chunk))
            abortWith(*error);
    } else if (m_body.size() < LvCodec::kMaxSmallBodyBytes) {
        // An error body is only read for its code and message: keep the start, drop the rest.
        m_body += chunk.left(LvCodec::kMaxSmallBodyBytes - m_body.size());
    }
}

void LvReply::abortWith(const LvError &error)
{
    m_abortError = error;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // finished() follows synchronously; onNetworkFinished reports error
}

void LvReply::onNetworkFinished()
{
    if (!m_reply || m_finished)
        return;
    if (!m_abortError)
        onReadyRead(); // whatever is still buffered
    QNetworkReply *reply = m_reply;

    if (m_abortError) {
        const LvError error = *m_abortError;
        releaseNetworkReply();
        finish(error);
        return;
    }

    ErrorClassifier::Facts facts = ErrorClassifier::factsFrom(reply);
    facts.sslErrors = m_sslErrors;
    facts.body = m_body;
    facts.bytesReceived = m_bytesReceived;
    if (facts.httpStatus != 0)
        m_httpStatus = facts.httpStatus;
    if (m_responseXRoadId.isEmpty())
        m_responseXRoadId = reply->rawHeader("X-Road-Id");
    if (m_requestHash.isEmpty())
        m_requestHash = reply->rawHeader("X-Road-Request-Hash");
    releaseNetworkReply();

    const LvError error = ErrorClassifier::classify(facts);
    if (error.isError()) {
        finish(error);
        return;
    }
    completeOk();
}

void LvReply::finish(const LvError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    cleanUp();
    if (error.isError())
        qCWarning(lcLv).noquote() << m_endpoint << "failed:" << error.logText() << "x-road-id"
                                  << m_requestId;
    else
        qCDebug(lcLv).noquote() << m_endpoint << "ok, http" << m_httpStatus << "x-road-id"
                                << m_requestId;
    Q_EMIT finished();
}

} // namespace lvdesk
