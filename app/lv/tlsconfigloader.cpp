// SPDX-License-Identifier: EUPL-1.2

#include "tlsconfigloader.h"

#include "lv/lvlog.h"
#include "secrets/secretstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Certificate and key files are small; anything bigger is the wrong file.
constexpr qint64 maxTlsFileSize = 1024 * 1024;

bool readSmallFile(const QString &path, QByteArray *data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxTlsFileSize)
        return false;
    *data = file.readAll();
    return true;
}

bool looksLikePem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

QSslKey readPrivateKey(const QByteArray &data, QSsl::EncodingFormat format,
                       const QByteArray &passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        QSslKey key(data, algorithm, format, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

TlsConfigLoader::Result TlsConfigLoader::build(const ConnectionSettings &settings,
                                               const QByteArray &passphrase)
{
    Result result;
    auto fail = [&result](const QString &message) {
        result.error = LvError::configuration(message);
        return result;
    };

    // The system store comes with the default configuration; the CA file adds to it.
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);

    if (!settings.caFile.isEmpty()) {
        QByteArray data;
        if (!readSmallFile(settings.caFile, &data))
            return fail(tr("The CA file %1 could not be read. Check the path in the settings.")
                            .arg(settings.caFile));
        QList<QSslCertificate> cas
            = QSslCertificate::fromData(data, looksLikePem(data) ? QSsl::Pem : QSsl::Der);
        if (cas.isEmpty())
            return fail(tr("The CA file %1 contains no certificate (PEM or DER expected).")
                            .arg(settings.caFile));
        conf.addCaCertificates(cas);
    }

    if (!settings.clientCertificate.isEmpty()) {
        QByteArray data;
        if (!readSmallFile(settings.clientCertificate, &data))
            return fail(tr("The client certificate file %1 could not be read. Check the path in "
                           "the settings.")
                            .arg(settings.clientCertificate));
        QSslCertificate certificate;
        QSslKey key;
        QList<QSslCertificate> chain;
        if (!looksLikePem(data)) {
            QFile file(settings.clientCertificate);
            if (!file.open(QIODevice::ReadOnly)
                || !QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, passphrase)) {
                return fail(tr("The client certificate %1 could not be opened as PKCS#12: the "
                               "passphrase is wrong or the file is not a PKCS#12 file.")
                                .arg(settings.clientCertificate));
            }
        } else {
            const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
            if (certificates.isEmpty())
                return fail(tr("The client certificate file %1 contains no certificate.")
                                .arg(settings.clientCertificate));
            certificate = certificates.first();
            chain = certificates.mid(1);
            QByteArray keyData = data;
            if (!settings.clientKey.isEmpty() && !readSmallFile(settings.clientKey, &keyData))
                return fail(tr("The private key file %1 could not be read. Check the path in the "
                               "settings.")
                                .arg(settings.clientKey));
            key = readPrivateKey(keyData, QSsl::Pem, passphrase);
            if (key.isNull())
                return fail(tr("The private key of the client certificate could not be read: the "
                               "passphrase is wrong or the key file does not hold the key."));
        }
        if (certificate.isNull() || key.isNull())
            return fail(tr("The client certificate %1 holds no certificate or no private key.")
                            .arg(settings.clientCertificate));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (certificate.expiryDate() < now)
            return fail(tr("The client certificate expired on %1. Ask IT support for a new one.")
                            .arg(certificate.expiryDate().toString(Qt::ISODate)));
        if (certificate.effectiveDate() > now)
            return fail(tr("The client certificate is valid only from %1. Check the workstation's "
                           "date and time.")
                            .arg(certificate.effectiveDate().toString(Qt::ISODate)));
        conf.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        conf.setPrivateKey(key);
    }

    result.configuration = conf;
    return result;
}

void TlsConfigLoader::load(const ConnectionSettings &settings, SecretStore *store, QObject *context,
                           Callback callback)
{
    const bool needsPassphrase
        = !settings.clientCertificate.isEmpty() && !settings.passphraseKey.isEmpty();
    if (!needsPassphrase || !store) {
        Result result = build(settings, {});
        QMetaObject::invokeMethod(
            context, [callback, result]() { callback(result); }, Qt::QueuedConnection);
        return;
    }
    store->read(
        settings.passphraseKey, context, [settings, callback](const SecretStore::Result &secret) {
            if (secret.ok()) {
                callback(build(settings, secret.secret));
                return;
            }
            if (secret.error == SecretStore::Error::NotFound) {
                // An unencrypted key needs no passphrase; say so only if it does.
                Result result = build(settings, {});
                if (!result.ok())
                    result.error = LvError::configuration(
                        tr("The passphrase of the client certificate is not stored in the "
                           "keychain. Enter it in the settings."));
                callback(result);
                return;
            }
            qCWarning(lcLv) << "client certificate passphrase not available:" << int(secret.error);
            Result result;
            result.error = LvError::configuration(
                tr("The passphrase of the client certificate could not be read from the "
                   "keychain: %1")
                    .arg(secret.message));
            callback(result);
        });
}

} // namespace lvdesk
