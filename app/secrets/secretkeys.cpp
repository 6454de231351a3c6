// SPDX-License-Identifier: EUPL-1.2

#include "secretkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
// Certificate files are small; anything bigger is the wrong file.
constexpr qint64 maxCertificateFileSize = 1024 * 1024;
} // namespace

QString SecretKeys::origin(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1;
    const int port = url.port(defaultPort);
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // an IPv6 literal
    return scheme + u"://"_s + host + (port >= 0 ? u':' + QString::number(port) : QString());
}

QString SecretKeys::exportToken(const QUrl &url)
{
    return u"export/token/"_s + origin(url);
}

QString SecretKeys::databasePassword(const QString &host, int port, const QString &database,
                                     const QString &role)
{
    return u"store/postgresql/"_s + role + u'@' + host.toLower() + u':' + QString::number(port)
           + u'/' + database;
}

QString SecretKeys::tlsPassphrase(const QByteArray &certificateSha256)
{
    return u"tls/passphrase/sha256:"_s + QString::fromLatin1(certificateSha256.toHex());
}

QString SecretKeys::auditKey(const QString &storeIdentity)
{
    return u"audit/hmacKey/"_s + storeIdentity;
}

QByteArray SecretKeys::certificateFingerprint(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxCertificateFileSize) {
        if (error)
            *error = tr("The certificate file %1 could not be read.")
                         .arg(QDir::toNativeSeparators(path));
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    if (error)
        error->clear();
    return hash.result();
}

void SecretKeys::tlsPassphraseFor(const QString &certificatePath, QObject *context,
                                  std::function<void(const QString &, const QString &)> done)
{
    // The answer goes through a relay that nobody else deletes, in the caller's thread, and only
    // there is it decided whether context still exists.
    auto *relay = new QObject;
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([certificatePath, relay, guard, done] {
        QString error;
        const QByteArray fingerprint = certificateFingerprint(certificatePath, &error);
        const QString key = fingerprint.isEmpty() ? QString() : tlsPassphrase(fingerprint);
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, done, key, error] {
                relay->deleteLater();
                if (guard)
                    done(key, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace lvdesk
