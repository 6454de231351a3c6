// SPDX-License-Identifier: EUPL-1.2

#include "config/language.h"
#include "config/profile.h"
#include "store/storeconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lvdesk::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"profile-%1.ini"_s.arg(++m_count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    static QStringList keys(const QList<Profile::Issue> &issues)
    {
        QStringList result;
        for (const Profile::Issue &issue : issues)
            result << issue.key;
        return result;
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void completeProfileLoadsEveryKey()
    {
        const QString path = write(R"([connection]
securityServer=https://ss.kunta.local:8443
client=FI-TEST/MUN/0135202-4/lvdesk
service=FI-TEST/GOV/0245437-2/LV/lvService
userId=mattim
caFile=/etc/lvdesk/ca.pem
clientCertificate=/etc/lvdesk/client.p12
timeoutSeconds=30
[sync]
intervalMinutes=10
concurrency=6
[review]
default=false
[register]
diaryPattern="YMP/{seq:4}/{year}"
[store]
driver=postgresql
host=db.kunta.local
port=5433
database=lvdesk
user=lvdesk_app
sslRootCert=/etc/lvdesk/db-ca.pem
sslCert=/etc/lvdesk/db-client.pem
sslKey=/etc/lvdesk/db-client.key
[export]
target=folder
folder=/srv/lvdesk/outbox
)");
        QList<Profile::Issue> issues;
        const Profile p = Profile::load(path, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(keys(issues).join(u',')));
        QCOMPARE(p.securityServer, QUrl(u"https://ss.kunta.local:8443"_s));
        QCOMPARE(p.client, u"FI-TEST/MUN/0135202-4/lvdesk"_s);
        QCOMPARE(p.service, u"FI-TEST/GOV/0245437-2/LV/lvService"_s);
        QCOMPARE(p.userId, u"mattim"_s);
        QCOMPARE(p.caFile, u"/etc/lvdesk/ca.pem"_s);
        QCOMPARE(p.clientCertificate, u"/etc/lvdesk/client.p12"_s);
        QCOMPARE(p.timeoutSeconds, 30);
        QCOMPARE(p.intervalMinutes, 10);
        QCOMPARE(p.concurrency, 6);
        QCOMPARE(p.reviewByDefault, false);
        QCOMPARE(p.diaryPattern, u"YMP/{seq:4}/{year}"_s);
        QCOMPARE(p.storeDriver, Profile::StoreDriver::Postgresql);
        QCOMPARE(p.storeHost, u"db.kunta.local"_s);
        QCOMPARE(p.storePort, 5433);
        QVERIFY(p.storeSslMode.isEmpty()); // verify-full, the default for a server on the network
        QCOMPARE(p.storeSslRootCert, u"/etc/lvdesk/db-ca.pem"_s);
        QCOMPARE(p.storeSslCert, u"/etc/lvdesk/db-client.pem"_s);
        QCOMPARE(p.storeSslKey, u"/etc/lvdesk/db-client.key"_s);
        QCOMPARE(p.exportTarget, Profile::ExportTarget::Folder);
        QCOMPARE(p.exportFolder, u"/srv/lvdesk/outbox"_s);
        QVERIFY(p.hasConnection());
    }

    void emptyProfileGivesDefaultsAndNoConnection()
    {
        QList<Profile::Issue> issues;
        const Profile p = Profile::load(write(""), &issues);
        QVERIFY(issues.isEmpty());
        QVERIFY(!p.hasConnection());
        QCOMPARE(p.intervalMinutes, 5);
        QCOMPARE(p.concurrency, 4);
        QCOMPARE(p.reviewByDefault, true);
        QCOMPARE(p.storeDriver, Profile::StoreDriver::Sqlite);
        QCOMPARE(p.exportTarget, Profile::ExportTarget::None);
    }

    void missingFileIsOneIssue()
    {
        QList<Profile::Issue> issues;
        Profile::load(m_dir.filePath(u"nope.ini"_s), &issues);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(u"nope.ini"_s));
    }

    void badValuesAreReportedByKey_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain http to a remote host")
            << QByteArray("[connection]\nsecurityServer=http://ss.kunta.local\n")
            << u"connection/securityServer"_s;
        QTest::newRow("not a url") << QByteArray("[connection]\nsecurityServer=ss kunta\n")
                                   << u"connection/securityServer"_s;
        QTest::newRow("client with three parts")
            << QByteArray("[connection]\nclient=FI/MUN/123\n") << u"connection/client"_s;
        QTest::newRow("service with four parts")
            << QByteArray("[connection]\nservice=FI/GOV/0245437-2/LV\n") << u"connection/service"_s;
        QTest::newRow("interval zero")
            << QByteArray("[sync]\nintervalMinutes=0\n") << u"sync/intervalMinutes"_s;
        QTest::newRow("concurrency text")
            << QByteArray("[sync]\nconcurrency=many\n") << u"sync/concurrency"_s;
        QTest::newRow("review maybe")
            << QByteArray("[review]\ndefault=maybe\n") << u"review/default"_s;
        QTest::newRow("pattern without seq")
            << QByteArray("[register]\ndiaryPattern=LV-{year}\n") << u"register/diaryPattern"_s;
        QTest::newRow("unknown driver")
            << QByteArray("[store]\ndriver=oracle\n") << u"store/driver"_s;
        QTest::newRow("postgresql without host")
            << QByteArray("[store]\ndriver=postgresql\ndatabase=x\nuser=y\n") << u"store/host"_s;
        QTest::newRow("folder target without folder")
            << QByteArray("[export]\ntarget=folder\n") << u"export/folder"_s;
        QTest::newRow("unknown target")
            << QByteArray("[export]\ntarget=ftp\n") << u"export/target"_s;
        QTest::newRow("unknown format")
            << QByteArray("[export]\nformat=asianhallinta-1.2\n") << u"export/format"_s;
        QTest::newRow("replies into the drop folder")
            << QByteArray("[export]\nfolder=/srv/a\nreplies=/srv/a/\n") << u"export/replies"_s;
        QTest::newRow("link prefix with a control character")
            << QByteArray("[export]\nlinkPrefix=sftp://x/\x01y\n") << u"export/linkPrefix"_s;
        QTest::newRow("function class")
            << QByteArray("[service.ymparistolupa]\nfunctionClass=10.3.1\n")
            << u"service.ymparistolupa/functionClass"_s;
        QTest::newRow("confidential without ground")
            << QByteArray("[service.ymparistolupa]\npublicity=confidential\n")
            << u"service.ymparistolupa/publicityGround"_s;
        QTest::newRow("unknown personal data")
            << QByteArray("[service.ymparistolupa]\npersonalData=maybe\n")
            << u"service.ymparistolupa/personalData"_s;
        QTest::newRow("unknown reply status")
            << QByteArray("[service.ymparistolupa]\nstatusOnDiaryNumber=decided\n")
            << u"service.ymparistolupa/statusOnDiaryNumber"_s;
        // The shared database is verified unless it is on this computer.
        QTest::newRow("database over the network without its CA")
            << QByteArray("[store]\ndriver=postgresql\nhost=db.kunta.local\ndatabase=x\nuser=y\n")
            << u"store/sslRootCert"_s;
        QTest::newRow("database over the network without verification")
            << QByteArray("[store]\ndriver=postgresql\nhost=db.kunta.local\ndatabase=x\nuser=y\n"
                          "sslMode=require\nsslRootCert=/etc/ca.pem\n")
            << u"store/sslMode"_s;
        QTest::newRow("database by the name localhost is on the network")
            << QByteArray("[store]\ndriver=postgresql\nhost=localhost\ndatabase=x\nuser=y\n"
                          "sslMode=prefer\n")
            << u"store/sslMode"_s;
        QTest::newRow("unknown ssl mode")
            << QByteArray("[store]\nsslMode=sometimes\n") << u"store/sslMode"_s;
        QTest::newRow("client certificate without its key")
            << QByteArray("[store]\nsslCert=/etc/lvdesk/db.pem\n") << u"store/sslKey"_s;
        QTest::newRow("semicolon in the CA path")
            << QByteArray("[store]\nsslRootCert=\"/etc/ca;sslmode=disable\"\n")
            << u"store/sslRootCert"_s;
        // A name is not an address: only 127.0.0.0/8 and ::1 count as this computer.
        QTest::newRow("plain http to localhost by name")
            << QByteArray("[connection]\nsecurityServer=http://localhost:8080\n")
            << u"connection/securityServer"_s;
        QTest::newRow("export over plain http to a remote host")
            << QByteArray("[export]\ntarget=http\nurl=http://register.kunta.local/import\n")
            << u"export/url"_s;
        QTest::newRow("export over plain http to localhost by name")
            << QByteArray("[export]\nurl=http://localhost:9000/import\n") << u"export/url"_s;
        QTest::newRow("export url not http")
            << QByteArray("[export]\nurl=ftp://register.kunta.local/\n") << u"export/url"_s;
        QTest::newRow("http target without url")
            << QByteArray("[export]\ntarget=http\n") << u"export/url"_s;
        // Control characters, escaped or raw, in any value, read or not.
        QTest::newRow("line break in the user id")
            << QByteArray("[connection]\nuserId=mattim\\r\\nX-Road-Client: FI/GOV/1/evil\n")
            << u"connection/userId"_s;
        QTest::newRow("escaped tab in a folder")
            << QByteArray("[export]\nfolder=/srv/drop\\tx\n") << u"export/folder"_s;
        QTest::newRow("raw control character in an unknown key")
            << QByteArray("[misc]\nnote=a\x01b\n") << u"misc/note"_s;
        QTest::newRow("bidirectional override in a path")
            << QByteArray("[connection]\ncaFile=/etc/lvdesk/\xe2\x80\xaemep.ac\n")
            << u"connection/caFile"_s;
    }

    void exportFormatRepliesAndServiceSections()
    {
        const QString path = write(R"([export]
target=folder
folder=/srv/asianhallinta/inbox
format=asianhallinta-1.3
replies=/srv/asianhallinta/replies
linkPrefix=sftp://rekisteri.kunta.local/inbox/
[service.ymparistolupa]
documentType=ympäristölupahakemus
functionClass=10.03.01
publicity=partlyConfidential
publicityGround="JulkL 24 § 1 mom. 20 k"
personalData=sensitive
retention=pysyvä
statusOnDiaryNumber=received
[service.maa-aines]
statusOnDiaryNumber=none
)");
        QList<Profile::Issue> issues;
        const Profile p = Profile::load(path, &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(keys(issues).join(u',')));
        QCOMPARE(p.exportFormat, lvdesk::ExportFormat::Kind::Asianhallinta13);
        QCOMPARE(p.exportReplies, u"/srv/asianhallinta/replies"_s);
        QCOMPARE(p.exportLinkPrefix, u"sftp://rekisteri.kunta.local/inbox/"_s);
        QCOMPARE(p.services.size(), 2);
        const lvdesk::ServiceExportSettings y = p.services.value(u"ymparistolupa"_s);
        QCOMPARE(y.records.documentType, u"ympäristölupahakemus"_s);
        QCOMPARE(y.records.functionClass, u"10.03.01"_s);
        QCOMPARE(y.records.publicity, lvdesk::RecordsMetadata::Publicity::PartlyConfidential);
        QCOMPARE(y.records.publicityGround, u"JulkL 24 § 1 mom. 20 k"_s);
        QCOMPARE(y.records.personalData, lvdesk::RecordsMetadata::PersonalData::Sensitive);
        QCOMPARE(y.records.retention, u"pysyvä"_s);
        QCOMPARE(y.statusOnDiaryNumber,
                 std::optional<lvdesk::ServiceState>(lvdesk::ServiceState::Received));
        // Unnamed keys keep their documented defaults.
        const lvdesk::ServiceExportSettings m = p.services.value(u"maa-aines"_s);
        QCOMPARE(m.records.documentType, u"hakemus"_s);
        QCOMPARE(m.records.publicity, lvdesk::RecordsMetadata::Publicity::Public);
        QCOMPARE(m.records.personalData, lvdesk::RecordsMetadata::PersonalData::Contains);
        QVERIFY(!m.statusOnDiaryNumber);
        // A service the profile does not name gets the defaults.
        const lvdesk::ServiceExportSettings other
            = lvdesk::ServiceExportSettings::forService(p.services, u"rakennuslupa"_s);
        QCOMPARE(other.statusOnDiaryNumber,
                 std::optional<lvdesk::ServiceState>(lvdesk::ServiceState::InProcessing));
        QCOMPARE(other.records.entries().size(), 3);
    }

    void defaultExportFormatIsThePackage()
    {
        QList<Profile::Issue> issues;
        const Profile p = Profile::load(write("[export]\ntarget=folder\nfolder=/srv/x\n"), &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(p.exportFormat, lvdesk::ExportFormat::Kind::Package);
        QVERIFY(p.exportReplies.isEmpty());
        QVERIFY(p.services.isEmpty());
    }

    void badValuesAreReportedByKey()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        QList<Profile::Issue> issues;
        Profile::load(write(content), &issues);
        QCOMPARE(keys(issues), QStringList{key});
        QVERIFY(issues.first().message.contains(key));
    }

    void refusalsNameKeyAndReasonInTheOfficersLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fi") << u"fi"_s << u"ohjausmerk"_s;
        QTest::newRow("sv") << u"sv"_s << u"styrtecken"_s;
        QTest::newRow("en") << u"en"_s << u"control character"_s;
    }

    void refusalsNameKeyAndReasonInTheOfficersLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, reason);
        QVERIFY(lvdesk::Language::install(lang));
        QList<Profile::Issue> issues;
        Profile::load(write("[connection]\nuserId=a\\nb\n"), &issues);
        lvdesk::Language::install(u"en"_s);
        QCOMPARE(keys(issues), QStringList{u"connection/userId"_s});
        QVERIFY2(issues.first().message.contains(u"connection/userId"_s),
                 qPrintable(issues.first().message));
        QVERIFY2(issues.first().message.contains(reason), qPrintable(issues.first().message));
        QVERIFY(issues.first().message.contains(u"U+000A"_s));
    }

    void databaseOnThisComputerNeedsNoVerification_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("loopback") << u"127.0.0.1"_s;
        QTest::newRow("ipv6 loopback") << u"::1"_s;
        QTest::newRow("unix socket") << u"/var/run/postgresql"_s;
    }

    void databaseOnThisComputerNeedsNoVerification()
    {
        QFETCH(QString, host);
        QList<Profile::Issue> issues;
        const Profile p = Profile::load(
            write("[store]\ndriver=postgresql\nhost=" + host.toUtf8() + "\ndatabase=x\nuser=y\n"),
            &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(keys(issues).join(u',')));
        QCOMPARE(lvdesk::StoreConfig::defaultSslMode(p.storeHost), u"prefer"_s);
        QCOMPARE(lvdesk::StoreConfig::defaultSslMode(u"db.kunta.local"_s), u"verify-full"_s);
    }

    void plainHttpIsAllowedToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080"_s;
        QTest::newRow("127.8.9.10") << u"http://127.8.9.10:8080"_s;
        QTest::newRow("::1") << u"http://[::1]:8080"_s;
    }

    void plainHttpIsAllowedToLoopback()
    {
        QFETCH(QString, url);
        QList<Profile::Issue> issues;
        const Profile p = Profile::load(
            write("[connection]\nsecurityServer=" + url.toUtf8()
                  + "\nclient=FI-TEST/MUN/0135202-4/lvdesk\nservice=FI-TEST/GOV/0245437-2/LV/"
                    "lvService\n[export]\ntarget=http\nurl="
                  + url.toUtf8() + "/import\n"),
            &issues);
        QVERIFY2(issues.isEmpty(), qPrintable(keys(issues).join(u',')));
        QVERIFY(p.hasConnection());
        QCOMPARE(p.exportUrl, QUrl(url + u"/import"_s));
    }

    void saveThenLoadRoundTrips()
    {
        Profile p;
        p.securityServer = QUrl(u"https://ss.example:8443"_s);
        p.client = u"FI/MUN/0135202-4/lvdesk"_s;
        p.service = u"FI/GOV/0245437-2/LV/lvService"_s;
        p.intervalMinutes = 15;
        p.reviewByDefault = false;
        p.diaryPattern = u"A-{seq:3}"_s;
        p.exportTarget = Profile::ExportTarget::Http;
        p.exportUrl = QUrl(u"https://register.example/import"_s);
        p.exportFormat = lvdesk::ExportFormat::Kind::Asianhallinta13;
        p.exportReplies = u"/srv/replies"_s;
        lvdesk::ServiceExportSettings service;
        service.records.functionClass = u"10.03.01"_s;
        service.records.publicity = lvdesk::RecordsMetadata::Publicity::Confidential;
        service.records.publicityGround = u"JulkL 24 § 1 mom. 32 k"_s;
        service.statusOnDiaryNumber = std::nullopt;
        p.services.insert(u"ymparistolupa"_s, service);
        const QString path = m_dir.filePath(u"saved.ini"_s);
        QVERIFY(p.save(path));
        QList<Profile::Issue> issues;
        const Profile q = Profile::load(path, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(q.securityServer, p.securityServer);
        QCOMPARE(q.client, p.client);
        QCOMPARE(q.service, p.service);
        QCOMPARE(q.intervalMinutes, 15);
        QCOMPARE(q.reviewByDefault, false);
        QCOMPARE(q.diaryPattern, p.diaryPattern);
        QCOMPARE(q.exportTarget, Profile::ExportTarget::Http);
        QCOMPARE(q.exportUrl, p.exportUrl);
        QCOMPARE(q.exportFormat, lvdesk::ExportFormat::Kind::Asianhallinta13);
        QCOMPARE(q.exportReplies, p.exportReplies);
        const lvdesk::ServiceExportSettings saved = q.services.value(u"ymparistolupa"_s);
        QCOMPARE(saved.records.functionClass, u"10.03.01"_s);
        QCOMPARE(saved.records.publicity, lvdesk::RecordsMetadata::Publicity::Confidential);
        QCOMPARE(saved.records.publicityGround, u"JulkL 24 § 1 mom. 32 k"_s);
        QVERIFY(!saved.statusOnDiaryNumber);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
