// SPDX-License-Identifier: EUPL-1.2

#include "auditkeycommand.h"

#include "config/workspace.h"
#include "secrets/secretkeys.h"
#include "secrets/secretstore.h"

#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
constexpr int keySize = 32;
} // namespace

AuditKeyCommand::AuditKeyCommand(Mode mode, const Profile &profile, const QString &dataDir,
                                 SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_keyName(SecretKeys::auditKey(Workspace::storeConfigFor(profile, dataDir).identity()))
    , m_secrets(secrets)
{ }

void AuditKeyCommand::finish(int code, const QString &message)
{
    if (!message.isEmpty()) {
        std::FILE *stream = code == 0 ? stdout : stderr;
        std::fputs(qPrintable(message + u'\n'), stream);
        std::fflush(stream);
    }
    QTimer::singleShot(0, this, [this, code] { Q_EMIT done(code); });
}

void AuditKeyCommand::start(const QByteArray &input)
{
    if (m_mode == Mode::Export) {
        m_secrets->read(m_keyName, this, [this](const SecretStore::Result &result) {
            if (!result.ok() || result.secret.size() != keySize) {
                finish(2, result.ok() ? tr("The keychain holds no valid audit key for this "
                                           "profile's database.")
                                      : result.message);
                return;
            }
            finish(0, QString::fromLatin1(result.secret.toHex()));
        });
        return;
    }
    const QByteArray hex = input.trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (hex.size() != keySize * 2 || key.size() != keySize || key.toHex() != hex.toLower()) {
        finish(2, tr("An audit key is 64 hexadecimal characters on one line of standard input, "
                     "as --audit-key-export prints it."));
        return;
    }
    m_secrets->write(m_keyName, key, this, [this](const SecretStore::Result &result) {
        if (!result.ok()) {
            finish(2, result.message);
            return;
        }
        finish(0, tr("The audit key was stored in this workstation's keychain."));
    });
}

} // namespace lvdesk
