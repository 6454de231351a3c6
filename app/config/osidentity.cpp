// SPDX-License-Identifier: EUPL-1.2

#include "osidentity.h"

#include <QLoggingCategory>

#if defined(Q_OS_WIN)
#define SECURITY_WIN32
#include <secext.h>
#include <security.h>
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <vector>
#endif

using namespace Qt::StringLiterals;

namespace lvdesk {

Q_LOGGING_CATEGORY(lcIdentity, "lvdesk.identity", QtInfoMsg)

namespace {

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

#if defined(Q_OS_WIN)
QString userNameEx(EXTENDED_NAME_FORMAT format)
{
    ULONG size = 0;
    GetUserNameExW(format, nullptr, &size);
    if (size == 0)
        return {};
    std::wstring buffer(size, L'\0');
    if (!GetUserNameExW(format, buffer.data(), &size))
        return {};
    buffer.resize(size);
    return QString::fromStdWString(buffer);
}
#endif

} // namespace

QString OsIdentity::describe(const QString &accountName, const QString &fullName)
{
    if (fullName.isEmpty() || fullName == accountName)
        return accountName;
    return tr("%1 (%2)").arg(fullName, accountName);
}

QString OsIdentity::fullNameFromGecos(const QString &gecos, const QString &accountName)
{
    QString name = gecos.section(u',', 0, 0);
    if (name.contains(u'&') && !accountName.isEmpty())
        name.replace(u'&', accountName.left(1).toUpper() + accountName.mid(1));
    QString clean;
    for (const QChar c : std::as_const(name)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean += c;
    }
    return clean.simplified();
}

OsIdentity OsIdentity::current()
{
    static const OsIdentity identity = lookUp();
    return identity;
}

OsIdentity OsIdentity::lookUp()
{
    OsIdentity identity;
#if defined(Q_OS_WIN)
    identity.m_accountName = userNameEx(NameSamCompatible);
    identity.m_fullName = userNameEx(NameDisplay).simplified();
#elif defined(Q_OS_UNIX)
    const uid_t uid = ::geteuid();
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buffer(size_t(size), '\0');
    struct passwd entry = {};
    struct passwd *found = nullptr;
    int rc = 0;
    while ((rc = ::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found)) == ERANGE
           && buffer.size() < (size_t(1) << 20))
        buffer.resize(buffer.size() * 2);
    if (rc == 0 && found) {
        identity.m_accountName = QString::fromLocal8Bit(found->pw_name);
        identity.m_fullName = fullNameFromGecos(
            QString::fromLocal8Bit(found->pw_gecos ? found->pw_gecos : ""), identity.m_accountName);
    }
#endif
    if (identity.m_accountName.isEmpty()) {
        identity.m_error = tr("The operating system cannot say which user account runs lvdesk. "
                              "lvdesk acts only on behalf of a known account; ask IT support.");
        qCWarning(lcIdentity) << "the account running lvdesk could not be determined";
    } else if (hasControlCharacters(identity.m_accountName)) {
        identity.m_error = tr("The name of the user account running lvdesk contains control "
                              "characters and cannot be used; ask IT support.");
        qCWarning(lcIdentity) << "the account name contains control characters";
        identity.m_accountName.clear();
    }
    return identity;
}

} // namespace lvdesk
