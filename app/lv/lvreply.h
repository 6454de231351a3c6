// SPDX-License-Identifier: EUPL-1.2

#pragma once

// LvReply: one call to the service in progress. It watches the QNetworkReply, bounds the body,
// classifies failures and emits finished() exactly once, always after the call that created it has
// returned. Typed results come from LvValueReply<T>; attachments from AttachmentDownload.

#include "lv/lverror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <optional>

class QNetworkReply;

namespace lvdesk {

class LvReply : public QObject
{
    Q_OBJECT

public:
    ~LvReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    // Kind::None until finished, and after a success.
    const LvError &error() const { return m_error; }

    int httpStatus() const { return m_httpStatus; }
    // The body exactly as received (a 2xx body for decoding, else the error body, bounded).
    // Empty for attachment downloads, which go to a file.
    QByteArray body() const { return m_body; }
    // X-Road-Id sent with this attempt, and the X-Road-Id / X-Road-Request-Hash the Security
    // Server answered with (for correlating with the SS's logs).
    QByteArray requestId() const { return m_requestId; }
    QByteArray responseXRoadId() const { return m_responseXRoadId; }
    QByteArray requestHash() const { return m_requestHash; }

    // Stops the call; finished() is emitted before cancel() returns, with Kind::Canceled.
    // Nothing happens if the reply has already finished.
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    LvReply(const QString &endpoint, qint64 bodyLimit, bool decodeInBackground, QObject *parent);

    // Checks the status and headers of an answer before its body is read; an error aborts.
    virtual std::optional<LvError> checkHeaders(const QNetworkReply *reply);
    // Takes one chunk of a 2xx body; an error aborts the transfer.
    virtual std::optional<LvError> consumeBody(const QByteArray &chunk);
    // A complete 2xx answer arrived: decode or verify, then finish().
    virtual void completeOk();
    // Called once when the reply ends for any reason before finished() is emitted.
    virtual void cleanUp() { }

    void finish(const LvError &error = {});
    bool decodeInBackground() const { return m_decodeInBackground; }
    qint64 bodyLimit() const { return m_bodyLimit; }
    QByteArray &bodyBuffer() { return m_body; }
    qint64 bodyBytesReceived() const { return m_bytesReceived; }

private:
    friend class LvClient;

    void attach(QNetworkReply *reply, const QByteArray &requestId);
    void failLater(const LvError &error);

    void onMetaData();
    void onReadyRead();
    void onNetworkFinished();
    void abortWith(const LvError &error);
    void releaseNetworkReply();

    QString m_endpoint; // resource name for the log, never ids or data
    qint64 m_bodyLimit = 0;
    bool m_decodeInBackground = false;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_requestId;
    QByteArray m_responseXRoadId;
    QByteArray m_requestHash;
    QByteArray m_body;
    qint64 m_bytesReceived = 0;
    QList<QSslError> m_sslErrors;
    std::optional<LvError> m_abortError;
    LvError m_error;
    int m_httpStatus = 0;
    bool m_headersChecked = false;
    bool m_isSuccessStatus = false;
    bool m_finished = false;
};

} // namespace lvdesk
