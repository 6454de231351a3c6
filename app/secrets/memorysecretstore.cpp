// SPDX-License-Identifier: EUPL-1.2

#include "memorysecretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace lvdesk {

namespace {
SecretStore::Result failure(SecretStore::Error error)
{
    SecretStore::Result result;
    result.error = error;
    result.message = SecretStore::describe(error);
    return result;
}
} // namespace

void MemorySecretStore::answer(QObject *context, Callback callback, Result result)
{
    // Queued, so callers see the same ordering as with the asynchronous keychain.
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    if (!m_available)
        return answer(context, std::move(callback), failure(Error::NoService));
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return answer(context, std::move(callback), failure(Error::NotFound));
    Result result;
    result.secret = *it;
    answer(context, std::move(callback), std::move(result));
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                              Callback callback)
{
    if (!m_available)
        return answer(context, std::move(callback), failure(Error::NoService));
    m_secrets.insert(key, secret);
    answer(context, std::move(callback), Result{});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    if (!m_available)
        return answer(context, std::move(callback), failure(Error::NoService));
    if (m_secrets.remove(key) == 0)
        return answer(context, std::move(callback), failure(Error::NotFound));
    answer(context, std::move(callback), Result{});
}

} // namespace lvdesk
