// SPDX-License-Identifier: EUPL-1.2

#include "keychainsecretstore.h"

#include "secretslog.h"

#include <QStringList>

#if defined(LVDESK_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

SecretStore::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Error::Other;
}

// QtKeychain reports a missing D-Bus session or Secret Service as a generic error whose text comes
// from D-Bus or GLib (and may be localised). Ask the session bus directly instead, so officers are
// told that the keychain service is missing rather than shown a D-Bus error.
bool keychainServiceReachable()
{
#if defined(LVDESK_HAVE_DBUS)
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *iface = bus.interface();
    if (!iface)
        return false;
    const QStringList providers
        = {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd5"_s, u"org.kde.kwalletd6"_s};
    for (const QString &name : providers) {
        if (iface->isServiceRegistered(name).value())
            return true;
    }
    const QDBusReply<QStringList> activatable = iface->call(u"ListActivatableNames"_s);
    if (activatable.isValid()) {
        for (const QString &name : providers) {
            if (activatable.value().contains(name))
                return true;
        }
    }
    return false;
#else
    return true;
#endif
}

template<typename Job>
void runJob(Job *job, const QString &key, QObject *context, SecretStore::Callback callback,
            const char *what)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext fallback
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [callback = std::move(callback), key, what](QKeychain::Job *finished) {
            SecretStore::Result result;
            result.error = mapError(finished->error());
            if (result.error == SecretStore::Error::Other && !keychainServiceReachable())
                result.error = SecretStore::Error::NoService;
            if (result.ok()) {
                if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.secret = reader->binaryData();
            } else {
                result.message = SecretStore::describe(result.error);
                if (result.error == SecretStore::Error::Other)
                    result.message += u" ("_s + finished->errorString() + u')';
                // The key names what the secret is for; it is not a secret itself.
                qCInfo(lcSecrets).noquote() << what << key << "failed:" << finished->errorString();
            }
            callback(result);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    runJob(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(callback), "read");
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    runJob(job, key, context, std::move(callback), "write");
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    runJob(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(callback),
           "remove");
}

} // namespace lvdesk
