// SPDX-License-Identifier: EUPL-1.2

#pragma once

// TestPki: a throwaway certificate authority made with the openssl command line for TLS tests: a
// CA, a server certificate for 127.0.0.1/localhost, client certificates (PEM, encrypted PEM,
// PKCS#12), and the bad cases: a client certificate from another CA, a self-signed server
// certificate, an expired one and one for another host name.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lvdesk {

class TestPki
{
public:
    TestPki();

    // Makes every file; false (with the reason in errorString()) when openssl is missing or fails.
    bool create();
    QString errorString() const { return m_error; }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString caCertificate() const { return path(QStringLiteral("ca.pem")); }
    QString serverCertificate() const { return path(QStringLiteral("server.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString selfSignedServerCertificate() const { return path(QStringLiteral("selfsigned.pem")); }
    QString selfSignedServerKey() const { return path(QStringLiteral("selfsigned.key")); }
    QString expiredServerCertificate() const { return path(QStringLiteral("expired.pem")); }
    QString expiredServerKey() const { return path(QStringLiteral("expired.key")); }
    QString otherHostServerCertificate() const { return path(QStringLiteral("otherhost.pem")); }
    QString otherHostServerKey() const { return path(QStringLiteral("otherhost.key")); }

    QString clientCertificate() const { return path(QStringLiteral("client.pem")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    // The client key encrypted with passphrase().
    QString clientEncryptedKey() const { return path(QStringLiteral("client-enc.key")); }
    // Certificate, key and CA in one PKCS#12 file protected by passphrase().
    QString clientPkcs12() const { return path(QStringLiteral("client.p12")); }
    QString expiredClientCertificate() const { return path(QStringLiteral("client-expired.pem")); }
    QString expiredClientKey() const { return path(QStringLiteral("client-expired.key")); }
    // Issued by another CA that the server does not trust.
    QString foreignClientCertificate() const { return path(QStringLiteral("foreign.pem")); }
    QString foreignClientKey() const { return path(QStringLiteral("foreign.key")); }

    static QByteArray passphrase() { return QByteArrayLiteral("correct horse"); }

private:
    bool openssl(const QStringList &arguments);
    bool newKeyAndRequest(const QString &name, const QString &commonName);
    bool signWith(const QString &ca, const QString &name, const QString &extensionSection,
                  const QString &startDate = {}, const QString &endDate = {});

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace lvdesk
