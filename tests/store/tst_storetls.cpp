// SPDX-License-Identifier: EUPL-1.2
// The shared database over verified TLS, against a real PostgreSQL server with a CA made here:
// verify-full connects (with channel binding, or with a client certificate whose passphrase comes
// from the keychain); a certificate for another host, one from another CA and a server without
// TLS are each refused with a message in the officer's language.

#include "config/language.h"
#include "config/workspace.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretkeys.h"
#include "store/auditguard.h"
#include "store/audittrail.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "testpki.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_StoreTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void verifyFullConnectsWithChannelBinding();
    void clientCertificateWithPassphraseConnects();
    void certificateForAnotherHostIsRefused();
    void certificateFromAnotherCaIsRefused();
    void workspaceFindsTheKeyPassphraseByCertificate();
    void officerRolesCannotTouchTheTrail();
    void serverWithoutTlsIsRefused();

private:
    // Runs one of scripts/lib/postgres.sh's TLS functions; answers its stdout.
    QString script(const QString &function, const QStringList &arguments, bool *ok = nullptr);
    bool serve(const QString &certificate, const QString &key);
    StoreConfig config() const;
    // Prepares the store (connects, migrates) and answers the error, empty on success.
    QString connectError(const StoreConfig &c);

    TestPki m_pki;
    QString m_dir;
    int m_port = 0;
    QString m_password;
    QString m_adminPassword;
};

QString tst_StoreTls::script(const QString &function, const QStringList &arguments, bool *ok)
{
    QProcess bash;
    bash.start(u"bash"_s, QStringList{u"-c"_s, u"source \"$0\" && "_s + function + u" \"$@\""_s,
                                      qEnvironmentVariable("LVDESK_PG_SCRIPT")}
                              + arguments);
    const bool finished = bash.waitForFinished(120000);
    if (ok)
        *ok = finished && bash.exitStatus() == QProcess::NormalExit && bash.exitCode() == 0;
    if (!finished || bash.exitCode() != 0)
        qWarning("%s", bash.readAllStandardError().constData());
    return QString::fromUtf8(bash.readAllStandardOutput());
}

void tst_StoreTls::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("LVDESK_PG_SCRIPT")), "set LVDESK_PG_SCRIPT");
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
    // libpq accepts a private key only when no one else may read it.
    for (const QString &key : {m_pki.clientKey(), m_pki.clientEncryptedKey()})
        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    bool ok = false;
    const QString out
        = script(u"lvdesk_pg_tls_start"_s,
                 {m_pki.caCertificate(), m_pki.serverCertificate(), m_pki.serverKey()}, &ok);
    QVERIFY2(ok, qPrintable(out));
    const QStringList lines = out.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"dir="_s))
            m_dir = line.mid(4);
        else if (line.startsWith(u"port="_s))
            m_port = line.mid(5).toInt();
        else if (line.startsWith(u"password="_s))
            m_password = line.mid(9);
        else if (line.startsWith(u"admin="_s))
            m_adminPassword = line.mid(6);
    }
    QVERIFY(!m_dir.isEmpty() && m_port > 0 && !m_password.isEmpty());
}

void tst_StoreTls::cleanupTestCase()
{
    if (!m_dir.isEmpty())
        script(u"lvdesk_pg_tls_stop"_s, {m_dir});
}

void tst_StoreTls::cleanup()
{
    Language::install(u"en"_s);
}

bool tst_StoreTls::serve(const QString &certificate, const QString &key)
{
    bool ok = false;
    script(u"lvdesk_pg_tls_serve"_s, {m_dir, certificate, key}, &ok);
    return ok;
}

StoreConfig tst_StoreTls::config() const
{
    StoreConfig c;
    c.driver = StoreConfig::Driver::Postgresql;
    c.host = u"127.0.0.1"_s;
    c.port = m_port;
    c.database = u"lvdesk_tls"_s;
    c.user = u"lvdesk_tls"_s;
    c.password = m_password;
    c.sslMode = u"verify-full"_s;
    c.sslRootCert = m_pki.caCertificate();
    return c;
}

QString tst_StoreTls::connectError(const StoreConfig &c)
{
    const Store::Status status = Store::prepare(c);
    return status.ok ? QString() : status.error;
}

void tst_StoreTls::verifyFullConnectsWithChannelBinding()
{
    QVERIFY(serve(m_pki.serverCertificate(), m_pki.serverKey()));
    const StoreConfig c = config();
    QString error;
    const QString options = StoreConnection::postgresOptions(c, &error);
    QVERIFY(options.contains(u"sslmode=verify-full"_s));
    QVERIFY(options.contains(u"channel_binding=require"_s));
    QCOMPARE(connectError(c), QString());
    {
        QSqlDatabase db = StoreConnection::open(c, u"tls-check"_s, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.value(1).toString().startsWith(u"TLSv1."_s));
    }
    StoreConnection::close(u"tls-check"_s);
}

void tst_StoreTls::clientCertificateWithPassphraseConnects()
{
    QVERIFY(serve(m_pki.serverCertificate(), m_pki.serverKey()));
    StoreConfig c = config();
    c.user = u"lvdesk workstation"_s; // the certificate's name; no password
    c.password.clear();
    c.database = u"lvdesk_tls"_s;
    c.sslCert = m_pki.clientCertificate();
    c.sslKey = m_pki.clientEncryptedKey();
    c.sslPassword = QString::fromLatin1(TestPki::passphrase());
    QString error;
    QVERIFY(!StoreConnection::postgresOptions(c, &error).contains(u"channel_binding"_s));
    {
        QSqlDatabase db = StoreConnection::open(c, u"tls-cert"_s, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT session_user"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"lvdesk workstation"_s);
    }
    StoreConnection::close(u"tls-cert"_s);

    c.sslPassword = u"wrong horse"_s;
    QVERIFY(!StoreConnection::open(c, u"tls-cert-wrong"_s, &error).isValid());
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u"wrong horse"_s)); // no secret in a message
}

void tst_StoreTls::certificateForAnotherHostIsRefused()
{
    QVERIFY(serve(m_pki.otherHostServerCertificate(), m_pki.otherHostServerKey()));
    QVERIFY(Language::install(u"fi"_s));
    const QString error = connectError(config());
    QVERIFY2(error.contains(u"toiselle palvelimelle"_s), qPrintable(error));
    QVERIFY(error.contains(u"127.0.0.1"_s));
    // verify-ca checks the issuer only, so the same certificate passes there.
    StoreConfig ca = config();
    ca.sslMode = u"verify-ca"_s;
    QCOMPARE(connectError(ca), QString());
}

void tst_StoreTls::certificateFromAnotherCaIsRefused()
{
    QVERIFY(serve(m_pki.selfSignedServerCertificate(), m_pki.selfSignedServerKey()));
    QVERIFY(Language::install(u"sv"_s));
    const QString error = connectError(config());
    QVERIFY2(error.contains(u"certifikatutfärdaren"_s), qPrintable(error));
    QVERIFY(Language::install(u"en"_s));
    QVERIFY(connectError(config()).contains(u"not issued by the certificate authority"_s));
}

void tst_StoreTls::workspaceFindsTheKeyPassphraseByCertificate()
{
    QVERIFY(serve(m_pki.serverCertificate(), m_pki.serverKey()));
    QTemporaryDir data;
    Workspace::Options options;
    options.profile.securityServer = QUrl(u"http://127.0.0.1:9"_s); // never contacted here
    options.profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
    options.profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
    options.profile.storeDriver = Profile::StoreDriver::Postgresql;
    options.profile.storeHost = u"127.0.0.1"_s;
    options.profile.storePort = m_port;
    options.profile.storeDatabase = u"lvdesk_cert"_s;
    options.profile.storeUser = u"lvdesk workstation"_s;
    options.profile.storeSslMode = u"verify-full"_s;
    options.profile.storeSslRootCert = m_pki.caCertificate();
    options.profile.storeSslCert = m_pki.clientCertificate();
    options.profile.storeSslKey = m_pki.clientEncryptedKey();
    options.dataDir = data.path();
    options.officer = u"virkailija"_s;
    MemorySecretStore secrets;
    options.secrets = &secrets;
    // Stored under the certificate's fingerprint, as the settings dialog stores it; no password.
    secrets.set(
        SecretKeys::tlsPassphrase(SecretKeys::certificateFingerprint(m_pki.clientCertificate())),
        TestPki::passphrase());
    {
        Workspace workspace(options);
        QSignalSpy failed(&workspace, &Workspace::failed);
        workspace.open();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isReady() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(workspace.officer(), u"virkailija"_s);
    }
    // One database role per officer: the profile may say the officer is the role the server
    // authenticated, not whatever the workstation claims.
    options.profile.storeOfficerFromRole = true;
    {
        Workspace workspace(options);
        QSignalSpy failed(&workspace, &Workspace::failed);
        workspace.open();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isReady() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(workspace.officer(), u"lvdesk workstation"_s);
        QCOMPARE(workspace.officerDisplayName(), u"lvdesk workstation"_s);
    }
    options.profile.storeOfficerFromRole = false;
    // Under a key named by anything else (another certificate, the old path-based key), the
    // passphrase is not found and the encrypted key cannot be opened.
    MemorySecretStore elsewhere;
    elsewhere.set(u"tls/passphrase:"_s + m_pki.clientCertificate(), TestPki::passphrase());
    options.secrets = &elsewhere;
    Workspace workspace(options);
    QSignalSpy failed(&workspace, &Workspace::failed);
    workspace.open();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
    QVERIFY(!workspace.isReady());
}

void tst_StoreTls::officerRolesCannotTouchTheTrail()
{
    // The roles and grants of docs/security.md, as a superuser sets them up.
    QVERIFY(serve(m_pki.serverCertificate(), m_pki.serverKey()));
    StoreConfig admin = config();
    admin.user = u"lvdesk_admin"_s;
    admin.password = m_adminPassword;
    admin.database = u"postgres"_s;
    auto run = [](const StoreConfig &c, const QString &name, const QStringList &statements) {
        QString error;
        bool ok = true;
        {
            QSqlDatabase db = StoreConnection::open(c, name, &error);
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!db.isValid() || !q.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text() + error));
                    ok = false;
                }
            }
        }
        StoreConnection::close(name);
        return ok;
    };
    QVERIFY(run(admin, u"roles"_s,
                {u"CREATE ROLE lvdesk_owner LOGIN PASSWORD 'owner-pw'"_s,
                 u"CREATE ROLE lvdesk_officer NOLOGIN"_s,
                 u"CREATE ROLE matti LOGIN PASSWORD 'matti-pw' IN ROLE lvdesk_officer"_s,
                 u"CREATE DATABASE lvdesk_roles OWNER lvdesk_owner ENCODING 'UTF8'"_s}));
    admin.database = u"lvdesk_roles"_s;
    QVERIFY(run(admin, u"schema"_s,
                {u"ALTER SCHEMA public OWNER TO lvdesk_owner"_s,
                 u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s,
                 u"GRANT USAGE ON SCHEMA public TO lvdesk_officer"_s}));
    // The owner creates the tables once.
    StoreConfig owner = config();
    owner.user = u"lvdesk_owner"_s;
    owner.password = u"owner-pw"_s;
    owner.database = u"lvdesk_roles"_s;
    QCOMPARE(connectError(owner), QString());
    QVERIFY(run(admin, u"grants"_s,
                {u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                 "lvdesk_officer"_s,
                 u"REVOKE UPDATE, DELETE, TRUNCATE ON audit_trail, audit_key FROM "
                 "lvdesk_officer"_s,
                 u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO lvdesk_officer"_s}));

    // An officer's role opens the store, is who the server says, and appends signed entries …
    StoreConfig officer = owner;
    officer.user = u"matti"_s;
    officer.password = u"matti-pw"_s;
    officer.auditKey = QByteArray(32, '\x42');
    QCOMPARE(connectError(officer), QString());
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(officer, u"officer"_s, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        QCOMPARE(StoreConnection::sessionUser(db), u"matti"_s);
        QString problem;
        QCOMPARE(AuditGuard::claimKey(db, officer.auditKey, &problem), AuditGuard::KeyState::Ok);
        AuditTrail trail(db);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(trail.append(u"matti"_s, u"test.step"_s, u"case:1"_s, {}));
        // … but cannot change the trail, nor take its triggers away.
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"UPDATE audit_trail SET actor = 'liisa'"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_trail"_s));
        QVERIFY(!q.exec(u"TRUNCATE audit_trail"_s));
        QVERIFY(!q.exec(u"ALTER TABLE audit_trail DISABLE TRIGGER USER"_s));
        QVERIFY(!q.exec(u"DROP TRIGGER audit_trail_no_change ON audit_trail"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_key"_s));
        QVERIFY(trail.verify().ok);
        QCOMPARE(trail.verify().entries, 3);
    }
    StoreConnection::close(u"officer"_s);
}

void tst_StoreTls::serverWithoutTlsIsRefused()
{
    bool ok = false;
    script(u"lvdesk_pg_tls_off"_s, {m_dir}, &ok);
    QVERIFY(ok);
    QVERIFY(Language::install(u"fi"_s));
    const QString error = connectError(config());
    QVERIFY2(error.contains(u"salattua yhteyttä"_s), qPrintable(error));
    // The same server is reachable in the clear, so it is the client that refuses.
    StoreConfig plain = config();
    plain.sslMode = u"disable"_s;
    QCOMPARE(connectError(plain), QString());
}

QTEST_GUILESS_MAIN(tst_StoreTls)
#include "tst_storetls.moc"
