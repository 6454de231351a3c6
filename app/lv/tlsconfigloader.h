// SPDX-License-Identifier: EUPL-1.2

#pragma once

// TlsConfigLoader: turns the TLS part of ConnectionSettings into a QSslConfiguration: the system
// CAs plus the optional CA file, and the client certificate (PKCS#12 or PEM) whose passphrase is
// read through SecretStore, never from a file or the settings.

#include "lv/connectionsettings.h"
#include "lv/lverror.h"

#include <QCoreApplication>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QObject;

namespace lvdesk {

class SecretStore;

class TlsConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(TlsConfigLoader)

public:
    struct Result
    {
        QSslConfiguration configuration;
        std::optional<LvError> error; // Kind::Configuration, in plain words

        bool ok() const { return !error.has_value(); }
    };
    using Callback = std::function<void(const Result &)>;

    // Reads the passphrase (when settings.passphraseKey is set) through store, then builds the
    // configuration. Answers exactly once, later, through callback in the thread of context, and
    // not at all if context is destroyed first. store may be null when no passphrase is needed.
    static void load(const ConnectionSettings &settings, SecretStore *store, QObject *context,
                     Callback callback);

    // The synchronous part, once the passphrase is known (empty = none).
    static Result build(const ConnectionSettings &settings, const QByteArray &passphrase);
};

} // namespace lvdesk
