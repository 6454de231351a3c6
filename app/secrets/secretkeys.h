// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace lvdesk {

// SecretKeys: the keychain key of every secret lvdesk keeps. Each key names what the secret belongs
// to, so that a profile pointing somewhere else never receives it: the export token by the origin
// of the export URL, a database password by server, port, database and role, a TLS passphrase by
// the fingerprint of its certificate, the audit key by the database it signs (tst_secretkeys,
// tst_httpexport::tokenIsBoundToTheExportOrigin).
class SecretKeys
{
    Q_DECLARE_TR_FUNCTIONS(SecretKeys)

public:
    // "export/token/https://register.kunta.local:443": scheme, host and port only (the default port
    // written out), so every path of one register shares its token and nothing else does.
    static QString exportToken(const QUrl &url);
    // "store/postgresql/<role>@<host>:<port>/<database>" (host in lower case).
    static QString databasePassword(const QString &host, int port, const QString &database,
                                    const QString &role);
    // "tls/passphrase/sha256:<hex>": the passphrase of the certificate (PKCS#12 file, or the key
    // of a PEM certificate) whose file has this SHA-256.
    static QString tlsPassphrase(const QByteArray &certificateSha256);
    // "audit/hmacKey/<store>": the key that signs the audit trail of one database; store is
    // StoreConfig::identity() ("postgresql://host:port/database#schema", "sqlite:/path").
    static QString auditKey(const QString &storeIdentity);

    // scheme://host:port in lower case with the port always written; empty for a URL without a
    // host.
    static QString origin(const QUrl &url);

    // The SHA-256 of a certificate file (at most 1 MB): the fingerprint its passphrase is kept
    // under. Reads and hashes the file: never on the GUI thread. Empty with error set on failure.
    static QByteArray certificateFingerprint(const QString &path, QString *error = nullptr);
    // tlsPassphrase(certificateFingerprint(path)), worked out on a pool thread and answered
    // through done in the thread of context (not at all if context is gone first).
    static void
    tlsPassphraseFor(const QString &certificatePath, QObject *context,
                     std::function<void(const QString &key, const QString &error)> done);
};

} // namespace lvdesk
