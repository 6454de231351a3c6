// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/exportformat.h"
#include "transfer/serviceexportsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace lvdesk {

// Profile: the connection profile an IT admin deploys as an INI file (see docs/profile.md). It
// holds no secrets: passwords, passphrases and tokens live only in the OS keychain.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class StoreDriver {
        Sqlite,
        Postgresql
    };
    enum class ExportTarget {
        None,
        Folder,
        Http
    };

    struct Issue
    {
        QString key; // e.g. "sync/intervalMinutes"
        QString message; // translated, names the key and what is expected
    };

    // connection/
    QUrl securityServer; // https://ss.example:8443 (plain http only to loopback)
    QString client; // INSTANCE/CLASS/MEMBER/SUBSYSTEM
    QString service; // INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE
    QString userId; // officer login sent as X-Road-UserId; empty = the workstation user
    QString caFile;
    QString clientCertificate; // PKCS#12 (.p12/.pfx) or PEM
    QString clientKey; // PEM key when the certificate is PEM
    int timeoutSeconds = 60;
    // sync/
    int intervalMinutes = 5;
    int concurrency = 4;
    int maxAttachmentMegabytes = 2048; // a larger attachment is shown as not received
    // review/
    bool reviewByDefault = true;
    // register/
    QString diaryPattern = QStringLiteral("LV-{year}-{seq:5}");
    // store/
    StoreDriver storeDriver = StoreDriver::Sqlite;
    QString storeHost;
    int storePort = 5432;
    QString storeDatabase;
    QString storeUser;
    QString storeSslMode; // empty: verify-full, or prefer for a server on this computer
    QString storeSslRootCert;
    QString storeSslCert;
    QString storeSslKey;
    // PostgreSQL: the officer is the database role the workstation logged in as (session_user),
    // one role per officer, instead of the operating system account.
    bool storeOfficerFromRole = false;
    // export/
    ExportTarget exportTarget = ExportTarget::None;
    QString exportFolder;
    QUrl exportUrl;
    ExportFormat::Kind exportFormat = ExportFormat::Kind::Package;
    QString exportReplies; // the folder the register answers into (asianhallinta replies)
    QString exportLinkPrefix; // asianhallinta: before each file's name in LinkkiLiitteeseen
    // [service.CODE] sections: records-management metadata and reply handling per service.
    QHash<QString, ServiceExportSettings> services;

    // True when the connection keys needed to talk to the Security Server are set.
    bool hasConnection() const;

    // Reads an INI profile. Every problem is reported (the profile keeps its defaults for those
    // keys); issues is empty for a clean profile. A missing or unreadable file is one issue.
    static Profile load(const QString &path, QList<Issue> *issues);
    // Writes every key, so that what the settings dialog shows and the file agree.
    bool save(const QString &path) const;

    static QString storeDriverName(StoreDriver driver);
    static QString exportTargetName(ExportTarget target);
};

} // namespace lvdesk
