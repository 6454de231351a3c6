// SPDX-License-Identifier: EUPL-1.2

#include "postgrestlsprobe.h"

#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
constexpr int timeoutMs = 5000;
// PostgreSQL's SSLRequest: length 8, then the request code 1234 << 16 | 5679.
constexpr quint32 sslRequestCode = 80877103;
} // namespace

QString PostgresTlsProbe::explain(const StoreConfig &config)
{
    const QString mode = config.effectiveSslMode();
    if (config.driver != StoreConfig::Driver::Postgresql || config.host.startsWith(u'/')
        || (mode != u"require"_s && !StoreConfig::verifiesServer(mode)))
        return {};
    const QString server = config.host + u':' + QString::number(config.port);

    QSslSocket socket;
    socket.connectToHost(config.host, quint16(config.port));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    char request[8];
    qToBigEndian<quint32>(8, request);
    qToBigEndian<quint32>(sslRequestCode, request + 4);
    if (socket.write(request, sizeof request) != qint64(sizeof request)
        || !socket.waitForBytesWritten(timeoutMs)
        || (socket.bytesAvailable() < 1 && !socket.waitForReadyRead(timeoutMs)))
        return {};
    char answer = 0;
    if (socket.read(&answer, 1) != 1)
        return {};
    if (answer != 'S') {
        qCWarning(lcStore) << "The shared database server does not offer TLS";
        return tr("The shared database server %1 does not offer an encrypted connection (TLS). "
                  "lvdesk does not send the password or any case to it in the clear. Ask IT "
                  "support to turn TLS on in the server.")
            .arg(server);
    }
    if (!StoreConfig::verifiesServer(mode))
        return {};

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QFile caFile(config.sslRootCert);
    if (!caFile.open(QIODevice::ReadOnly))
        return {};
    tls.setCaCertificates(QSslCertificate::fromData(caFile.read(1024 * 1024), QSsl::Pem));
    socket.setSslConfiguration(tls);
    socket.setPeerVerifyName(config.host);
    socket.startClientEncryption();
    if (socket.waitForEncrypted(timeoutMs))
        return {};
    bool otherHost = false;
    bool untrusted = false;
    bool outOfDate = false;
    const QList<QSslError> errors = socket.sslHandshakeErrors();
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            otherHost = mode == u"verify-full"_s;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            outOfDate = true;
            break;
        case QSslError::NoError:
            break;
        default:
            untrusted = true;
            break;
        }
    }
    qCWarning(lcStore) << "The shared database server's certificate was refused:" << otherHost
                       << untrusted << outOfDate;
    if (untrusted)
        return tr("The certificate of the shared database server %1 is not issued by the "
                  "certificate authority in store/sslRootCert (%2). lvdesk does not connect to a "
                  "server it cannot verify: it may not be the authority's server. Ask IT support "
                  "to check the server's certificate and the profile.")
            .arg(server, QDir::toNativeSeparators(config.sslRootCert));
    if (otherHost)
        return tr("The shared database server %1 presented a certificate for another host. "
                  "lvdesk does not connect to it: it may not be the authority's server. Ask IT "
                  "support to check store/host and the server's certificate.")
            .arg(server);
    if (outOfDate)
        return tr("The certificate of the shared database server %1 has expired or is not valid "
                  "yet. Check the workstation's date; otherwise ask IT support to renew the "
                  "server's certificate.")
            .arg(server);
    return {};
}

} // namespace lvdesk
