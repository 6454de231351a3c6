// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace lvdesk {

// SecretStore: asynchronous access to the credentials lvdesk keeps (client certificate passphrase,
// database password, export token). Implementations keep them only in the OS keychain, never in
// files.
class SecretStore
{
public:
    enum class Error {
        None,
        NotFound, // no secret stored under that key
        AccessDenied, // the user or the keychain refused access
        NoService, // no keychain service is running or reachable
        Other,
    };

    struct Result
    {
        Error error = Error::None;
        QString message; // translated, plain words for the officer or IT support
        QByteArray secret; // set only on a successful read

        bool ok() const { return error == Error::None; }
    };

    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore();

    // Each call answers exactly once, later (never before it returns), through callback in the
    // thread of context. Nothing is answered if context is destroyed first.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       Callback callback)
        = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // The message for each error, in the UI language.
    static QString describe(Error error);
};

} // namespace lvdesk
