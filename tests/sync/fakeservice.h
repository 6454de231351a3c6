// SPDX-License-Identifier: EUPL-1.2

#pragma once

// FakeService: a scripted stand-in for the service behind the Security Server, for engine tests
// that need exactly the odd answer a real server of the contract might give (an entry without an
// id, a 404 for a listed action, a body that is not JSON, an attachment the service refuses, a
// write that always meets 503). lvsim stays the faithful simulator; this one says what it is told.
// Plain HTTP/1.1 on loopback, one request per connection.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace lvdesk {

class FakeService : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        Answer(int s = 200, const QByteArray &b = {}, const QByteArray &type = "application/json",
               const QByteArray &headers = {})
            : status(s)
            , body(b)
            , contentType(type)
            , extraHeaders(headers)
        { }
        int status;
        QByteArray body;
        QByteArray contentType;
        QByteArray extraHeaders; // e.g. "Retry-After: 3600\r\n"
    };

    explicit FakeService(QObject *parent = nullptr);
    bool start();
    QUrl baseUrl() const; // the Security Server base URL to give lvdesk

    // The feed: entries in order (any JSON; an entry with "externalId" leaves the feed once
    // acknowledged). Cursors are positions ("c3").
    void appendFeedEntry(const QJsonValue &entry);
    // GET /commondata/{id}: the answer for one action.
    void setAction(const QString &externalId, const Answer &answer);
    // GET /commondata/{id}/attachments/{attachmentId}: bytes (with Digest) or another answer.
    void setAttachment(const QString &externalId, const QString &attachmentId,
                       const QByteArray &bytes);
    void setAttachmentAnswer(const QString &externalId, const QString &attachmentId,
                             const Answer &answer);
    // Every write (PUT status, POST messages) gets this answer (default 200 {"accepted":true}).
    void setWriteAnswer(const Answer &answer) { m_writeAnswer = answer; }

    QStringList acknowledged() const { return m_acknowledged; }
    int requests(const QString &pathPart) const; // how many requests had pathPart in their path
    int writes() const { return m_writes; }

private:
    void serve(QTcpSocket *socket);
    Answer answer(const QByteArray &method, const QString &path, const QByteArray &body);

    QTcpServer m_server;
    QList<QJsonValue> m_feed;
    QHash<QString, Answer> m_actions;
    QHash<QString, Answer> m_attachments;
    Answer m_writeAnswer;
    QStringList m_acknowledged;
    QStringList m_paths;
    int m_writes = 0;
};

} // namespace lvdesk
