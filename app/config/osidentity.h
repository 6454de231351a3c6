// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// OsIdentity: the officer as the operating system knows them: the account that runs lvdesk and its
// full name. Read from the account database (getpwuid(geteuid()) on Linux, GetUserNameExW on
// Windows), never from an environment variable, so that the audit actor and the handler of a
// claimed case cannot be set by whoever starts the process (tst_osidentity).
class OsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(OsIdentity)

public:
    // The account running this process; isValid() is false (with error()) when the system cannot
    // say, and lvdesk then refuses to act on anyone's behalf. Asked once per process (the account
    // database may be a directory service); main() asks before the window exists.
    static OsIdentity current();

    bool isValid() const { return m_error.isEmpty() && !m_accountName.isEmpty(); }
    // The login: "mattim" on Linux, "KUNTA\mattim" (SAM-compatible) on Windows.
    QString accountName() const { return m_accountName; }
    // The person's full name (GECOS on Linux, the display name on Windows); may be empty.
    QString fullName() const { return m_fullName; }
    // "Matti Meikäläinen (mattim)", or the login alone without a full name.
    QString displayName() const { return describe(m_accountName, m_fullName); }
    QString error() const { return m_error; } // translated

    // How the window names an officer: "Full Name (login)", or the login alone.
    static QString describe(const QString &accountName, const QString &fullName);
    // The full name in a GECOS field: its first comma-separated part, with "&" standing for the
    // capitalised login (as finger(1) reads it); control characters removed.
    static QString fullNameFromGecos(const QString &gecos, const QString &accountName);

private:
    static OsIdentity lookUp();

    QString m_accountName;
    QString m_fullName;
    QString m_error;
};

} // namespace lvdesk
