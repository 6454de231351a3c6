// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "config/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace lvdesk {

class SecretStore;

// AuditKeyCommand: how IT support deploys the audit trail's key to every workstation of a shared
// database (lvdesk --audit-key-export / --audit-key-import, docs/security.md): export prints the
// key of the profile's database from this workstation's keychain as hex on stdout; import reads
// such a line from stdin (never the command line, where other users could see it) and stores it.
class AuditKeyCommand : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Export,
        Import
    };

    // secrets is not owned and must outlive this object. input is the line read for Import.
    AuditKeyCommand(Mode mode, const Profile &profile, const QString &dataDir, SecretStore *secrets,
                    QObject *parent = nullptr);

    // Starts; done() follows exactly once, later, with the exit code (0 ok, 2 refused).
    void start(const QByteArray &input = {});

Q_SIGNALS:
    void done(int exitCode);

private:
    void finish(int code, const QString &message);

    Mode m_mode;
    QString m_keyName;
    SecretStore *m_secrets;
};

} // namespace lvdesk
