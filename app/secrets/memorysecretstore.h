// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace lvdesk {

// MemorySecretStore: a SecretStore that keeps secrets in process memory, for unit tests. It answers
// asynchronously like the real keychain, and can pretend that no keychain service exists.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    void set(const QString &key, const QByteArray &secret) { m_secrets.insert(key, secret); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    void setServiceAvailable(bool available) { m_available = available; }

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    void answer(QObject *context, Callback callback, Result result);

    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

} // namespace lvdesk
