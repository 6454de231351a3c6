// SPDX-License-Identifier: EUPL-1.2

#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// One openssl ca configuration serves every signing: openssl ca is the only openssl 3.0 command
// that can set an arbitrary validity period (needed for the expired certificates).
QByteArray caConfig(const QString &dir)
{
    return (u"[ ca ]\n"
            "default_ca = test_ca\n"
            "[ test_ca ]\n"
            "dir = "_s
            + dir
            + u"\n"
              "database = $dir/index.txt\n"
              "new_certs_dir = $dir/newcerts\n"
              "serial = $dir/serial\n"
              "default_md = sha256\n"
              "default_days = 30\n"
              "policy = any_policy\n"
              "unique_subject = no\n"
              "copy_extensions = none\n"
              "[ any_policy ]\n"
              "commonName = supplied\n"
              "[ ca_ext ]\n"
              "basicConstraints = critical, CA:TRUE\n"
              "keyUsage = critical, keyCertSign, cRLSign\n"
              "subjectKeyIdentifier = hash\n"
              "[ server_ext ]\n"
              "basicConstraints = CA:FALSE\n"
              "keyUsage = critical, digitalSignature, keyEncipherment\n"
              "extendedKeyUsage = serverAuth\n"
              "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
              "[ otherhost_ext ]\n"
              "basicConstraints = CA:FALSE\n"
              "keyUsage = critical, digitalSignature, keyEncipherment\n"
              "extendedKeyUsage = serverAuth\n"
              "subjectAltName = DNS:ss.other.example\n"
              "[ client_ext ]\n"
              "basicConstraints = CA:FALSE\n"
              "keyUsage = critical, digitalSignature\n"
              "extendedKeyUsage = clientAuth\n"
              "[ req ]\n"
              "distinguished_name = req_dn\n"
              "[ req_dn ]\n"_s)
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

TestPki::TestPki() = default;

bool TestPki::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForStarted(10000)) {
        m_error = u"openssl could not be started: "_s + process.errorString();
        return false;
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"openssl "_s + arguments.join(u' ') + u" failed: "_s
                  + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool TestPki::newKeyAndRequest(const QString &name, const QString &commonName)
{
    return openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                    path(name + u".key"_s), u"-out"_s, path(name + u".csr"_s), u"-subj"_s,
                    u"/CN="_s + commonName, u"-config"_s, path(u"ca.cnf"_s)});
}

bool TestPki::signWith(const QString &ca, const QString &name, const QString &extensionSection,
                       const QString &startDate, const QString &endDate)
{
    QStringList args{u"ca"_s,
                     u"-batch"_s,
                     u"-notext"_s,
                     u"-config"_s,
                     path(u"ca.cnf"_s),
                     u"-cert"_s,
                     path(ca + u".pem"_s),
                     u"-keyfile"_s,
                     path(ca + u".key"_s),
                     u"-extensions"_s,
                     extensionSection,
                     u"-in"_s,
                     path(name + u".csr"_s),
                     u"-out"_s,
                     path(name + u".pem"_s)};
    if (!startDate.isEmpty())
        args << u"-startdate"_s << startDate;
    if (!endDate.isEmpty())
        args << u"-enddate"_s << endDate;
    return openssl(args);
}

bool TestPki::create()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    const QString dir = m_dir.path();
    if (!writeFile(path(u"ca.cnf"_s), caConfig(dir)) || !writeFile(path(u"index.txt"_s), {})
        || !writeFile(path(u"serial"_s), "1000\n") || !QDir(dir).mkpath(u"newcerts"_s)) {
        m_error = u"could not write the CA configuration"_s;
        return false;
    }
    auto selfSignedCa = [this](const QString &name, const QString &commonName) {
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                        u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                        path(name + u".key"_s), u"-out"_s, path(name + u".pem"_s), u"-days"_s,
                        u"30"_s, u"-subj"_s, u"/CN="_s + commonName, u"-config"_s,
                        path(u"ca.cnf"_s), u"-extensions"_s, u"ca_ext"_s});
    };
    return selfSignedCa(u"ca"_s, u"lvdesk test CA"_s)
           && selfSignedCa(u"foreignca"_s, u"Some other CA"_s)
           && newKeyAndRequest(u"server"_s, u"127.0.0.1"_s)
           && signWith(u"ca"_s, u"server"_s, u"server_ext"_s)
           && newKeyAndRequest(u"expired"_s, u"127.0.0.1"_s)
           && signWith(u"ca"_s, u"expired"_s, u"server_ext"_s, u"20200101000000Z"_s,
                       u"20200201000000Z"_s)
           && newKeyAndRequest(u"otherhost"_s, u"ss.other.example"_s)
           && signWith(u"ca"_s, u"otherhost"_s, u"otherhost_ext"_s)
           // A self-signed server certificate: a "CA" of its own with the server's names.
           && newKeyAndRequest(u"selfsigned"_s, u"127.0.0.1"_s)
           && openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"selfsigned.csr"_s), u"-signkey"_s,
                       path(u"selfsigned.key"_s), u"-out"_s, path(u"selfsigned.pem"_s), u"-days"_s,
                       u"30"_s, u"-extfile"_s, path(u"ca.cnf"_s), u"-extensions"_s,
                       u"server_ext"_s})
           && newKeyAndRequest(u"client"_s, u"lvdesk workstation"_s)
           && signWith(u"ca"_s, u"client"_s, u"client_ext"_s)
           && newKeyAndRequest(u"client-expired"_s, u"lvdesk workstation"_s)
           && signWith(u"ca"_s, u"client-expired"_s, u"client_ext"_s, u"20200101000000Z"_s,
                       u"20200201000000Z"_s)
           && newKeyAndRequest(u"foreign"_s, u"lvdesk workstation"_s)
           && signWith(u"foreignca"_s, u"foreign"_s, u"client_ext"_s)
           && openssl({u"pkey"_s, u"-in"_s, path(u"client.key"_s), u"-out"_s,
                       path(u"client-enc.key"_s), u"-aes256"_s, u"-passout"_s,
                       u"pass:"_s + QString::fromLatin1(passphrase())})
           && openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, path(u"client.key"_s), u"-in"_s,
                       path(u"client.pem"_s), u"-certfile"_s, path(u"ca.pem"_s), u"-out"_s,
                       path(u"client.p12"_s), u"-passout"_s,
                       u"pass:"_s + QString::fromLatin1(passphrase())});
}

} // namespace lvdesk
