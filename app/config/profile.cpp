// SPDX-License-Identifier: EUPL-1.2

#include "profile.h"

#include "domain/loopbackaddress.h"
#include "store/storeconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

class Reader
{
public:
    Reader(QSettings &settings, QList<Profile::Issue> *issues)
        : m_settings(settings)
        , m_issues(issues)
    { }

    // Every value of the file, read or not, is refused when it carries a control character: INI
    // escapes (\r, \n, \x…) would otherwise smuggle line breaks into headers and logs.
    void refuseControlCharacters()
    {
        const QStringList keys = m_settings.allKeys();
        for (const QString &key : keys) {
            const QString value = raw(key);
            for (const QChar c : value) {
                if (isControl(c)) {
                    issue(key, Profile::tr("%1 contains a control character (U+%2), which no "
                                           "setting may contain.")
                                   .arg(key, QString::number(c.unicode(), 16)
                                                 .rightJustified(4, u'0')
                                                 .toUpper()));
                    m_refused.insert(key);
                    break;
                }
            }
        }
    }

    QString text(const QString &key, const QString &fallback)
    {
        if (m_refused.contains(key) || !m_settings.contains(key))
            return fallback;
        return raw(key).trimmed();
    }

    int integer(const QString &key, int fallback, int min, int max)
    {
        const QString raw = text(key, QString());
        if (raw.isEmpty())
            return fallback;
        bool ok = false;
        const int value = raw.toInt(&ok);
        if (!ok || value < min || value > max) {
            issue(key, Profile::tr("%1 must be a whole number from %2 to %3, not \"%4\".")
                           .arg(key)
                           .arg(min)
                           .arg(max)
                           .arg(raw.left(40)));
            return fallback;
        }
        return value;
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QString raw = text(key, QString()).toLower();
        if (raw.isEmpty())
            return fallback;
        if (raw == u"true"_s || raw == u"yes"_s || raw == u"1"_s)
            return true;
        if (raw == u"false"_s || raw == u"no"_s || raw == u"0"_s)
            return false;
        issue(key, Profile::tr("%1 must be true or false, not \"%2\".").arg(key, raw.left(40)));
        return fallback;
    }

    // One of the given names, in any case; reports anything else.
    int choice(const QString &key, const QStringList &names, int fallback)
    {
        const QString raw = text(key, QString()).toLower();
        if (raw.isEmpty())
            return fallback;
        int index = -1;
        for (int i = 0; i < names.size() && index < 0; ++i) {
            if (names.at(i).compare(raw, Qt::CaseInsensitive) == 0)
                index = i;
        }
        if (index < 0) {
            issue(key, Profile::tr("%1 must be one of %2, not \"%3\".")
                           .arg(key, names.join(u", "_s), raw.left(40)));
            return fallback;
        }
        return index;
    }

    // Free text of at most maxLength characters without control characters.
    QString plainText(const QString &key, int maxLength)
    {
        const QString value = text(key, QString());
        bool control = false;
        for (const QChar c : value)
            control = control || c.category() == QChar::Other_Control;
        if (value.size() > maxLength || control) {
            issue(key, Profile::tr("%1 must be plain text of at most %2 characters.")
                           .arg(key)
                           .arg(maxLength));
            return {};
        }
        return value;
    }

    QStringList childGroups() const { return m_settings.childGroups(); }

    void issue(const QString &key, const QString &message) { m_issues->append({key, message}); }

private:
    QString raw(const QString &key) const
    {
        const QVariant value = m_settings.value(key);
        if (value.userType() == QMetaType::QStringList) {
            // An unquoted comma makes QSettings return a list; the admin meant one value.
            return value.toStringList().join(u", "_s);
        }
        return value.toString();
    }

    // C0 and C1 controls, DEL, and the invisible format characters (bidirectional overrides,
    // zero-width characters) that make a value read differently from what it is.
    static bool isControl(QChar c)
    {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
               || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    }

    QSettings &m_settings;
    QList<Profile::Issue> *m_issues;
    QSet<QString> m_refused;
};

const QStringList storeDriverNames = {u"sqlite"_s, u"postgresql"_s};
const QStringList exportTargetNames = {u"none"_s, u"folder"_s, u"http"_s};

const QString servicePrefix = u"service."_s;

// The [service.CODE] sections: each key checked, every problem named.
void readServices(Reader &r, Profile *p)
{
    static const QRegularExpression functionClass(u"^[0-9]{2}(\\.[0-9]{2})*$"_s);
    const QStringList groups = r.childGroups();
    for (const QString &group : groups) {
        if (!group.startsWith(servicePrefix))
            continue;
        const QString code = group.mid(servicePrefix.size());
        const QString k = group + u'/';
        if (code.isEmpty() || code.size() > 100) {
            r.issue(group, Profile::tr("[%1] does not name a service code.").arg(group.left(80)));
            continue;
        }
        ServiceExportSettings s;
        RecordsMetadata &m = s.records;
        m.documentType = r.plainText(k + u"documentType"_s, 200);
        if (m.documentType.isEmpty())
            m.documentType = RecordsMetadata().documentType;
        m.functionClass = r.plainText(k + u"functionClass"_s, 50);
        if (!m.functionClass.isEmpty() && !functionClass.match(m.functionClass).hasMatch()) {
            r.issue(k + u"functionClass"_s,
                    Profile::tr("%1 must be a function class such as 10.03.01, not \"%2\".")
                        .arg(k + u"functionClass"_s, m.functionClass.left(40)));
            m.functionClass.clear();
        }
        m.publicity = RecordsMetadata::Publicity(
            r.choice(k + u"publicity"_s, RecordsMetadata::publicityNames(), int(m.publicity)));
        m.publicityGround = r.plainText(k + u"publicityGround"_s, 200);
        if (m.publicity != RecordsMetadata::Publicity::Public && m.publicityGround.isEmpty())
            r.issue(k + u"publicityGround"_s,
                    Profile::tr("%1 is required when %2 is not public: name the legal ground "
                                "of the confidentiality.")
                        .arg(k + u"publicityGround"_s, k + u"publicity"_s));
        m.personalData = RecordsMetadata::PersonalData(r.choice(
            k + u"personalData"_s, RecordsMetadata::personalDataNames(), int(m.personalData)));
        m.retention = r.plainText(k + u"retention"_s, 100);
        const int status = r.choice(k + u"statusOnDiaryNumber"_s,
                                    ServiceExportSettings::statusOnDiaryNumberNames(), 2);
        s.statusOnDiaryNumber
            = status == 0 ? std::nullopt
                          : std::optional<ServiceState>(status == 1 ? ServiceState::Received
                                                                    : ServiceState::InProcessing);
        p->services.insert(code, s);
    }
}

} // namespace

bool Profile::hasConnection() const
{
    return securityServer.isValid() && !client.isEmpty() && !service.isEmpty();
}

QString Profile::storeDriverName(StoreDriver driver)
{
    return storeDriverNames.at(int(driver));
}

QString Profile::exportTargetName(ExportTarget target)
{
    return exportTargetNames.at(int(target));
}

Profile Profile::load(const QString &path, QList<Issue> *issues)
{
    QList<Issue> local;
    if (!issues)
        issues = &local;
    Profile p;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        issues->append({QString(), tr("The profile file %1 does not exist or cannot be read.")
                                       .arg(QDir::toNativeSeparators(path))});
        return p;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        issues->append({QString(), tr("The profile file %1 is not a valid INI file.")
                                       .arg(QDir::toNativeSeparators(path))});
        return p;
    }
    Reader r(settings, issues);
    r.refuseControlCharacters();

    const QString ss = r.text(u"connection/securityServer"_s, QString());
    if (!ss.isEmpty()) {
        const QUrl url(ss, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != u"https"_s && scheme != u"http"_s)) {
            r.issue(u"connection/securityServer"_s,
                    tr("connection/securityServer must be an https:// address of the Security "
                       "Server, not \"%1\".")
                        .arg(ss.left(80)));
        } else if (!LoopbackAddress::allowsRequestTo(url)) {
            r.issue(u"connection/securityServer"_s,
                    tr("connection/securityServer uses plain http to %1. Plain http is allowed "
                       "only to this computer by address (127.0.0.1 or ::1); use https.")
                        .arg(url.host()));
        } else {
            p.securityServer = url;
        }
    }
    const auto idParts = [&](const QString &key, int parts) {
        const QString value = r.text(key, QString());
        if (!value.isEmpty() && value.split(u'/').size() != parts) {
            r.issue(key, tr("%1 must have %2 parts separated by \"/\", not \"%3\".")
                             .arg(key)
                             .arg(parts)
                             .arg(value.left(80)));
            return QString();
        }
        return value;
    };
    p.client = idParts(u"connection/client"_s, 4);
    p.service = idParts(u"connection/service"_s, 5);
    p.userId = r.text(u"connection/userId"_s, QString());
    p.caFile = r.text(u"connection/caFile"_s, QString());
    p.clientCertificate = r.text(u"connection/clientCertificate"_s, QString());
    p.clientKey = r.text(u"connection/clientKey"_s, QString());
    p.timeoutSeconds = r.integer(u"connection/timeoutSeconds"_s, p.timeoutSeconds, 5, 600);

    p.intervalMinutes = r.integer(u"sync/intervalMinutes"_s, p.intervalMinutes, 1, 1440);
    p.concurrency = r.integer(u"sync/concurrency"_s, p.concurrency, 1, 16);
    p.maxAttachmentMegabytes
        = r.integer(u"sync/maxAttachmentMegabytes"_s, p.maxAttachmentMegabytes, 1, 1024 * 1024);
    p.reviewByDefault = r.boolean(u"review/default"_s, p.reviewByDefault);
    const QString pattern = r.text(u"register/diaryPattern"_s, p.diaryPattern);
    if (!pattern.contains(u"{seq"_s)) {
        r.issue(u"register/diaryPattern"_s,
                tr("register/diaryPattern must contain a running number {seq} or {seq:N}, not "
                   "\"%1\".")
                    .arg(pattern.left(80)));
    } else {
        p.diaryPattern = pattern;
    }

    p.storeDriver = StoreDriver(r.choice(u"store/driver"_s, storeDriverNames, 0));
    p.storeHost = r.text(u"store/host"_s, QString());
    p.storePort = r.integer(u"store/port"_s, p.storePort, 1, 65535);
    p.storeDatabase = r.text(u"store/database"_s, QString());
    p.storeUser = r.text(u"store/user"_s, QString());
    if (p.storeDriver == StoreDriver::Postgresql) {
        for (const QString &key : {u"store/host"_s, u"store/database"_s, u"store/user"_s}) {
            if (r.text(key, QString()).isEmpty())
                r.issue(key, tr("%1 is required when store/driver is postgresql.").arg(key));
        }
    }
    const int mode = r.choice(u"store/sslMode"_s, StoreConfig::sslModes(), -1);
    p.storeSslMode = mode < 0 ? QString() : StoreConfig::sslModes().at(mode);
    for (const auto &[key, field] : {std::pair{u"store/sslRootCert"_s, &p.storeSslRootCert},
                                     std::pair{u"store/sslCert"_s, &p.storeSslCert},
                                     std::pair{u"store/sslKey"_s, &p.storeSslKey}}) {
        *field = r.text(key, QString());
        // The database driver turns every ";" of its options into a space.
        if (field->contains(u';')) {
            r.issue(
                key,
                tr("%1 must not contain \";\" (the database driver cannot pass it on).").arg(key));
            field->clear();
        }
    }
    if (p.storeDriver == StoreDriver::Postgresql && !p.storeHost.isEmpty()) {
        const QString effective
            = p.storeSslMode.isEmpty() ? StoreConfig::defaultSslMode(p.storeHost) : p.storeSslMode;
        const bool onThisComputer = StoreConfig::defaultSslMode(p.storeHost) != u"verify-full"_s;
        if (!onThisComputer && !StoreConfig::verifiesServer(effective)) {
            r.issue(u"store/sslMode"_s,
                    tr("store/sslMode %1 does not verify the database server %2, so a look-alike "
                       "server on the network would receive the password and every case. Use "
                       "verify-full (or verify-ca); other modes are allowed only for a server on "
                       "this computer.")
                        .arg(effective, p.storeHost));
        } else if (StoreConfig::verifiesServer(effective) && p.storeSslRootCert.isEmpty()) {
            r.issue(u"store/sslRootCert"_s,
                    tr("store/sslRootCert is required: store/sslMode %1 verifies the database "
                       "server's certificate against the certificate authority in that file.")
                        .arg(effective));
        }
    }
    p.storeOfficerFromRole = r.boolean(u"store/officerFromRole"_s, false);
    if (p.storeOfficerFromRole && p.storeDriver != StoreDriver::Postgresql)
        r.issue(u"store/officerFromRole"_s,
                tr("store/officerFromRole needs store/driver postgresql: only a shared database "
                   "knows each officer's role."));
    if (p.storeSslCert.isEmpty() != p.storeSslKey.isEmpty())
        r.issue(p.storeSslCert.isEmpty() ? u"store/sslCert"_s : u"store/sslKey"_s,
                tr("store/sslCert and store/sslKey go together: the client certificate and its "
                   "private key."));

    p.exportTarget = ExportTarget(r.choice(u"export/target"_s, exportTargetNames, 0));
    p.exportFolder = r.text(u"export/folder"_s, QString());
    const QString exportUrl = r.text(u"export/url"_s, QString());
    if (!exportUrl.isEmpty()) {
        const QUrl url(exportUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != u"https"_s && scheme != u"http"_s)) {
            r.issue(u"export/url"_s, tr("export/url must be an https:// address of the case "
                                        "register, not \"%1\".")
                                         .arg(exportUrl.left(80)));
        } else if (!LoopbackAddress::allowsRequestTo(url)) {
            r.issue(u"export/url"_s,
                    tr("export/url uses plain http to %1, which would send the token and the "
                       "cases in the clear. Plain http is allowed only to this computer by address "
                       "(127.0.0.1 or ::1); use https.")
                        .arg(url.host()));
        } else {
            p.exportUrl = url;
        }
    }
    if (p.exportTarget == ExportTarget::Folder && p.exportFolder.isEmpty())
        r.issue(u"export/folder"_s, tr("export/folder is required when export/target is folder."));
    if (p.exportTarget == ExportTarget::Http && exportUrl.isEmpty())
        r.issue(u"export/url"_s, tr("export/url is required when export/target is http."));
    p.exportFormat = ExportFormat::Kind(
        r.choice(u"export/format"_s, ExportFormat::names(), int(p.exportFormat)));
    p.exportReplies = r.text(u"export/replies"_s, QString());
    if (!p.exportReplies.isEmpty() && !p.exportFolder.isEmpty()
        && QDir::cleanPath(p.exportReplies) == QDir::cleanPath(p.exportFolder))
        r.issue(u"export/replies"_s,
                tr("export/replies must be another folder than export/folder."));
    p.exportLinkPrefix = r.plainText(u"export/linkPrefix"_s, 500);
    readServices(r, &p);
    return p;
}

bool Profile::save(const QString &path) const
{
    QSettings s(path, QSettings::IniFormat);
    s.setValue(u"connection/securityServer"_s, securityServer.toString());
    s.setValue(u"connection/client"_s, client);
    s.setValue(u"connection/service"_s, service);
    s.setValue(u"connection/userId"_s, userId);
    s.setValue(u"connection/caFile"_s, caFile);
    s.setValue(u"connection/clientCertificate"_s, clientCertificate);
    s.setValue(u"connection/clientKey"_s, clientKey);
    s.setValue(u"connection/timeoutSeconds"_s, timeoutSeconds);
    s.setValue(u"sync/intervalMinutes"_s, intervalMinutes);
    s.setValue(u"sync/concurrency"_s, concurrency);
    s.setValue(u"sync/maxAttachmentMegabytes"_s, maxAttachmentMegabytes);
    s.setValue(u"review/default"_s, reviewByDefault);
    s.setValue(u"register/diaryPattern"_s, diaryPattern);
    s.setValue(u"store/driver"_s, storeDriverName(storeDriver));
    s.setValue(u"store/host"_s, storeHost);
    s.setValue(u"store/port"_s, storePort);
    s.setValue(u"store/database"_s, storeDatabase);
    s.setValue(u"store/user"_s, storeUser);
    s.setValue(u"store/sslMode"_s, storeSslMode);
    s.setValue(u"store/sslRootCert"_s, storeSslRootCert);
    s.setValue(u"store/sslCert"_s, storeSslCert);
    s.setValue(u"store/sslKey"_s, storeSslKey);
    s.setValue(u"store/officerFromRole"_s, storeOfficerFromRole);
    s.setValue(u"export/target"_s, exportTargetName(exportTarget));
    s.setValue(u"export/folder"_s, exportFolder);
    s.setValue(u"export/url"_s, exportUrl.toString());
    s.setValue(u"export/format"_s, ExportFormat::name(exportFormat));
    s.setValue(u"export/replies"_s, exportReplies);
    s.setValue(u"export/linkPrefix"_s, exportLinkPrefix);
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const QString k = servicePrefix + it.key() + u'/';
        const RecordsMetadata &m = it->records;
        s.setValue(k + u"documentType"_s, m.documentType);
        s.setValue(k + u"functionClass"_s, m.functionClass);
        s.setValue(k + u"publicity"_s, RecordsMetadata::publicityNames().at(int(m.publicity)));
        s.setValue(k + u"publicityGround"_s, m.publicityGround);
        s.setValue(k + u"personalData"_s,
                   RecordsMetadata::personalDataNames().at(int(m.personalData)));
        s.setValue(k + u"retention"_s, m.retention);
        const int status = !it->statusOnDiaryNumber                             ? 0
                           : *it->statusOnDiaryNumber == ServiceState::Received ? 1
                                                                                : 2;
        s.setValue(k + u"statusOnDiaryNumber"_s,
                   ServiceExportSettings::statusOnDiaryNumberNames().at(status));
    }
    s.sync();
    return s.status() == QSettings::NoError;
}

} // namespace lvdesk
