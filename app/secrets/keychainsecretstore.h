// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "secrets/secretstore.h"

namespace lvdesk {

// KeychainSecretStore: the SecretStore of a real workstation, backed by the OS keychain through
// QtKeychain (Secret Service on Linux, Credential Manager on Windows, Keychain on macOS). It never
// falls back to storing secrets in a plain file.
class KeychainSecretStore final : public SecretStore
{
public:
    // service names the application's entries in the keychain; tests use their own.
    explicit KeychainSecretStore(const QString &service = QStringLiteral("lvdesk"));

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    QString m_service;
};

} // namespace lvdesk
