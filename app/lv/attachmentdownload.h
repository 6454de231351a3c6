// SPDX-License-Identifier: EUPL-1.2

#pragma once

// AttachmentDownload: downloads one attachment (§2.4) straight to disk, hashing as the bytes
// arrive, and keeps the file only when its size, Content-Length, Digest and SHA-256 all match what
// formdata announced (an attachment announced without a size is checked by its SHA-256 alone and
// may not exceed the workstation's limit). Anything else deletes the partial file and fails: a
// mismatch retryably, a body beyond the limit as TooLarge.

#include "domain/attachmentinfo.h"
#include "lv/lvreply.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace lvdesk {

class AttachmentDownload : public LvReply
{
    Q_OBJECT

public:
    ~AttachmentDownload() override;

    const AttachmentInfo &attachment() const { return m_info; }
    // Where the verified file is, once isOk(): <targetDir>/<sha256 hex>. Named by content so that
    // no file name chosen by a customer reaches the file system, and the same bytes are kept once.
    QString filePath() const { return m_finalPath; }
    QString sha256Hex() const { return m_sha256Hex; }
    qint64 bytesWritten() const { return m_written; }

    // Where a download of info into targetDir ends up.
    static QString targetPath(const QString &targetDir, const AttachmentInfo &info);
    // The base64 SHA-256 of a "Digest" header ("sha-256=…", possibly among other algorithms), or
    // an empty array when it carries none.
    static QByteArray sha256FromDigestHeader(const QByteArray &header);

Q_SIGNALS:
    void progress(qint64 bytesReceived, qint64 bytesTotal);

protected:
    std::optional<LvError> checkHeaders(const QNetworkReply *reply) override;
    std::optional<LvError> consumeBody(const QByteArray &chunk) override;
    void completeOk() override;
    void cleanUp() override;

private:
    friend class LvClient;
    AttachmentDownload(const AttachmentInfo &info, const QString &targetDir, qint64 maxBytes,
                       QObject *parent);
    // Opens the temporary file; a configuration error when the folder cannot be written.
    std::optional<LvError> open();

    AttachmentInfo m_info;
    QString m_targetDir;
    QString m_finalPath;
    QString m_sha256Hex;
    QByteArray m_digestHeader;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_written = 0;
    qint64 m_limit = 0; // the announced size, or the workstation's limit when none was announced
};

} // namespace lvdesk
