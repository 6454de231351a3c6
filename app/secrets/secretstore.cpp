// SPDX-License-Identifier: EUPL-1.2

#include "secretstore.h"

#include <QCoreApplication>

namespace lvdesk {

SecretStore::~SecretStore() = default;

QString SecretStore::describe(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return QCoreApplication::translate(
            "SecretStore", "No saved secret was found in the keychain. Enter it again "
                           "in Settings.");
    case Error::AccessDenied:
        return QCoreApplication::translate(
            "SecretStore", "Access to the keychain was denied. Unlock the keychain and "
                           "try again.");
    case Error::NoService:
        return QCoreApplication::translate(
            "SecretStore",
            "No keychain service is available on this computer, so passwords and certificate "
            "passphrases cannot be stored. lvdesk never stores them in plain files. Ask IT support "
            "to enable the desktop keychain (Secret Service, such as GNOME Keyring or KWallet).");
    case Error::Other:
        return QCoreApplication::translate("SecretStore", "The keychain reported an error.");
    }
    return {};
}

} // namespace lvdesk
