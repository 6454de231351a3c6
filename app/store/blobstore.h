// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// BlobStore: attachment bytes in a content-addressed folder under the data directory, one file per
// SHA-256 (attachments/ab/abcdef…). A file is written to a temporary name, flushed to disk and
// renamed, so a crash leaves either the whole file or none; equal contents are stored once.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    explicit BlobStore(const QString &directory);

    QString directory() const { return m_directory; }

    // Stores bytes and answers their SHA-256 (lower-case hex); empty on failure with error set.
    QString put(const QByteArray &bytes, QString *error = nullptr);
    // Stores bytes only when they hash to expectedSha256 (what formdata promised).
    bool putVerified(const QByteArray &bytes, const QString &expectedSha256,
                     QString *error = nullptr);

    bool contains(const QString &sha256) const;
    QString pathOf(const QString &sha256) const;
    // Reads a blob and checks it still matches its name; empty with error set otherwise.
    QByteArray read(const QString &sha256, QString *error = nullptr) const;
    // Reads a blob in chunks and checks it against its name, and its size when one is known
    // (expectedSize >= 0). Nothing is kept in memory: for files of any size, off the GUI thread.
    bool verify(const QString &sha256, qint64 expectedSize, QString *error = nullptr) const;
    // Copies a blob to destination, checking it on the way: the copy appears (whole, by rename)
    // only if the bytes match; a mismatch leaves nothing. privateCopy: mode 0600 (a temporary
    // copy for a viewer). head, when given, receives the first bytes (for the content's type).
    bool copyVerified(const QString &sha256, qint64 expectedSize, const QString &destination,
                      bool privateCopy, QByteArray *head = nullptr, QString *error = nullptr) const;

    static QString sha256Of(const QByteArray &bytes);
    static bool isValidName(const QString &sha256);

private:
    QString m_directory;
};

} // namespace lvdesk
