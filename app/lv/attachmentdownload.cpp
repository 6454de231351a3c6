// SPDX-License-Identifier: EUPL-1.2

#include "attachmentdownload.h"

#include "lv/lvlog.h"

#include <QDir>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace lvdesk {

AttachmentDownload::AttachmentDownload(const AttachmentInfo &info, const QString &targetDir,
                                       qint64 maxBytes, QObject *parent)
    // The announced size is the limit: a longer body is wrong however it ends.
    : LvReply(u"attachment"_s, info.sizeKnown() ? info.size : maxBytes, false, parent)
    , m_info(info)
    , m_targetDir(targetDir)
    , m_limit(info.sizeKnown() ? info.size : maxBytes)
{ }

AttachmentDownload::~AttachmentDownload() = default;

QString AttachmentDownload::targetPath(const QString &targetDir, const AttachmentInfo &info)
{
    return QDir(targetDir).filePath(info.sha256Hex.toLower());
}

QByteArray AttachmentDownload::sha256FromDigestHeader(const QByteArray &header)
{
    // RFC 3230: Digest: <algorithm>=<value>[, <algorithm>=<value>]; algorithm names are
    // case-insensitive, the base64 value is not.
    const QList<QByteArray> entries = header.split(',');
    for (const QByteArray &entry : entries) {
        const qsizetype eq = entry.indexOf('=');
        if (eq <= 0)
            continue;
        if (entry.left(eq).trimmed().toLower() == "sha-256")
            return entry.mid(eq + 1).trimmed();
    }
    return {};
}

std::optional<LvError> AttachmentDownload::open()
{
    if (!QDir().mkpath(m_targetDir))
        return LvError::configuration(
            tr("The attachment folder %1 could not be created. Check the data folder's "
               "permissions.")
                .arg(m_targetDir));
    m_file = std::make_unique<QSaveFile>(targetPath(m_targetDir, m_info));
    // Never fall back to writing the final name directly: a half file must not look complete.
    m_file->setDirectWriteFallback(false);
    if (!m_file->open(QIODevice::WriteOnly))
        return LvError::configuration(tr("The attachment could not be written to %1: %2")
                                          .arg(m_targetDir, m_file->errorString()));
    // The customer's file is the officer's alone, set explicitly (it keeps this mode when it is
    // renamed into place).
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return std::nullopt;
}

std::optional<LvError> AttachmentDownload::checkHeaders(const QNetworkReply *reply)
{
    if (httpStatus() < 200 || httpStatus() >= 300)
        return std::nullopt;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && m_info.sizeKnown() && length.toLongLong() != m_info.size)
        return LvError::sizeMismatch(m_info.size, length.toLongLong());
    if (length.isValid() && !m_info.sizeKnown() && length.toLongLong() > m_limit)
        return LvError::tooLarge(m_limit);
    m_digestHeader = sha256FromDigestHeader(reply->rawHeader("Digest"));
    return std::nullopt;
}

std::optional<LvError> AttachmentDownload::consumeBody(const QByteArray &chunk)
{
    if (m_written + chunk.size() > m_limit)
        return m_info.sizeKnown() ? LvError::sizeMismatch(m_info.size, m_written + chunk.size())
                                  : LvError::tooLarge(m_limit);
    if (!m_file || m_file->write(chunk) != chunk.size())
        return LvError::configuration(
            tr("The attachment could not be written to %1: %2")
                .arg(m_targetDir, m_file ? m_file->errorString() : QString()));
    m_hash.addData(chunk);
    m_written += chunk.size();
    Q_EMIT progress(m_written, m_info.sizeKnown() ? m_info.size : -1);
    return std::nullopt;
}

void AttachmentDownload::completeOk()
{
    if (m_info.sizeKnown() && m_written != m_info.size) {
        finish(LvError::sizeMismatch(m_info.size, m_written));
        return;
    }
    const QByteArray digest = m_hash.result();
    m_sha256Hex = QString::fromLatin1(digest.toHex());
    if (m_sha256Hex.compare(m_info.sha256Hex, Qt::CaseInsensitive) != 0) {
        finish(LvError::checksumMismatch(m_info.sha256Hex.toLower(), m_sha256Hex));
        return;
    }
    if (!m_digestHeader.isEmpty() && m_digestHeader != digest.toBase64()) {
        // The bytes match formdata but not what the server said it sent: something in between
        // is wrong, and the file is not trusted.
        finish(LvError::checksumMismatch(
            QString::fromLatin1(QByteArray::fromBase64(m_digestHeader).toHex()), m_sha256Hex));
        return;
    }
    if (!m_file->commit()) {
        finish(LvError::configuration(tr("The attachment could not be saved in %1: %2")
                                          .arg(m_targetDir, m_file->errorString())));
        return;
    }
    m_finalPath = targetPath(m_targetDir, m_info);
    m_file.reset();
    finish();
}

void AttachmentDownload::cleanUp()
{
    // Not committed: QSaveFile removes its temporary file, so nothing unverified stays on disk.
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

} // namespace lvdesk
