// SPDX-License-Identifier: EUPL-1.2
// lvsim: a strict, fault-injecting stand-in for the Luvat ja valvonta service behind an X-Road
// Security Server, for integration tests, demos and officer training.

#include "lvsimlog.h"
#include "simserver.h"
#include "simservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LvSim", text);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "lvsim: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lvsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LVDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Simulates the Luvat ja valvonta electronic interface behind an X-Road Security Server.\n"
        "Prints \"lvsim listening on <url>\" on stdout when ready, and the admin endpoint\n"
        "address as \"lvsim admin on <url>\" on stderr."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, tr("Address to listen on (default 127.0.0.1)."),
                                    u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(
        u"port"_s, tr("Port of the Security Server side; 0 picks a free port (default 0)."),
        u"port"_s, u"0"_s);
    const QCommandLineOption adminPort(
        u"admin-port"_s,
        tr("Port of the plain-HTTP admin endpoint on 127.0.0.1; 0 picks a free port (default 0)."),
        u"port"_s, u"0"_s);
    const QCommandLineOption seed(
        u"seed"_s, tr("Seed of the generated population and of fault decisions (default 1)."),
        u"S"_s, u"1"_s);
    const QCommandLineOption cases(
        u"cases"_s, tr("Number of generated cases (project parts), 0 to 1000000 (default 200)."),
        u"N"_s, u"200"_s);
    const QCommandLineOption epoch(u"epoch"_s,
                                   tr("End of the generated submission period, an RFC 3339 time or "
                                      "\"today\" (default 2026-11-23T16:00:00Z)."),
                                   u"time"_s, u"2026-11-23T16:00:00Z"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, tr("Serve HTTPS with this PEM certificate (chain) file."), u"file"_s);
    const QCommandLineOption tlsKey(
        u"tls-key"_s, tr("PEM private key (RSA or EC, unencrypted) of --tls-cert."), u"file"_s);
    const QCommandLineOption clientCa(
        u"client-ca"_s,
        tr("Require client certificates issued by a CA in this PEM file (mutual TLS)."), u"file"_s);
    const QCommandLineOption faults(
        u"faults"_s,
        tr("Inject faults: comma-separated kind=rate (rate 0..1) with kinds 429, 500, 502, 503, "
           "xroad, reset, stall, truncate, malformed, checksum; or mixed=R to spread R over all "
           "kinds."),
        u"spec"_s);
    const QCommandLineOption stallMs(
        u"stall-ms"_s,
        tr("How long a stalled response pauses in the middle of its body (default 30000)."),
        u"ms"_s, u"30000"_s);
    const QCommandLineOption client(
        u"client"_s,
        tr("The only X-Road client subsystem accepted, INSTANCE/CLASS/MEMBER/SUBSYSTEM (default "
           "FI-TEST/MUN/0135202-4/lvdesk)."),
        u"client-id"_s, u"FI-TEST/MUN/0135202-4/lvdesk"_s);
    const QCommandLineOption service(
        u"service"_s,
        tr("The service served, INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE (default "
           "FI-TEST/GOV/0245437-2/LV/lvService)."),
        u"service-id"_s, u"FI-TEST/GOV/0245437-2/LV/lvService"_s);
    const QCommandLineOption cacheMb(u"attachment-cache-mb"_s,
                                     tr("Memory for generated attachment bytes (default 128)."),
                                     u"MB"_s, u"128"_s);
    const QCommandLineOption hostile(
        u"hostile"_s,
        tr("Share of the generated cases (0 to 1) that carry hostile content: odd file names, "
           "misleading content types, large attachments, unknown types, odd values (default 0)."),
        u"fraction"_s, u"0"_s);
    const QCommandLineOption hostileLarge(
        u"hostile-large-bytes"_s,
        tr("Hostile large attachments are larger than this many bytes, 524288 to 268435456 "
           "(default 3145728)."),
        u"N"_s, u"3145728"_s);
    const QCommandLineOption verbose(u"verbose"_s,
                                     tr("Log each request (method, path, status) to stderr."));
    parser.addOptions({listen, port, adminPort, seed, cases, epoch, tlsCert, tlsKey, clientCa,
                       faults, stallMs, client, service, cacheMb, hostile, hostileLarge, verbose});
    parser.process(app);

    bool ok = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a non-negative whole number"));
    const int caseCount = parser.value(cases).toInt(&ok);
    if (!ok || caseCount < 0 || caseCount > 1000000)
        return fail(tr("--cases must be from 0 to 1000000"));
    const int portValue = parser.value(port).toInt(&ok);
    if (!ok || portValue < 0 || portValue > 65535)
        return fail(tr("--port must be from 0 to 65535"));
    const int adminPortValue = parser.value(adminPort).toInt(&ok);
    if (!ok || adminPortValue < 0 || adminPortValue > 65535)
        return fail(tr("--admin-port must be from 0 to 65535"));
    const int stall = parser.value(stallMs).toInt(&ok);
    if (!ok || stall < 0)
        return fail(tr("--stall-ms must be a non-negative whole number"));
    QDateTime epochValue;
    if (parser.value(epoch) == u"today"_s)
        epochValue = QDateTime(QDate::currentDate(), QTime(16, 0), Qt::UTC);
    else
        epochValue = QDateTime::fromString(parser.value(epoch), Qt::ISODate).toUTC();
    if (!epochValue.isValid())
        return fail(tr("--epoch must be an RFC 3339 time such as 2026-11-23T16:00:00Z, or today"));

    SimServer::Options options;
    if (!XRoadIdentifier::parse(parser.value(client), &options.client)
        || !options.client.service.isEmpty())
        return fail(tr("--client must be INSTANCE/CLASS/MEMBER/SUBSYSTEM"));
    if (!XRoadIdentifier::parse(parser.value(service), &options.service)
        || options.service.service.isEmpty())
        return fail(tr("--service must be INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE"));
    options.stallMs = stall;
    options.verbose = parser.isSet(verbose);
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return fail(tr("--listen must be an IP address"));

    const int cache = parser.value(cacheMb).toInt(&ok);
    if (!ok || cache < 1)
        return fail(tr("--attachment-cache-mb must be a positive whole number"));
    HostileMix::Options hostileOptions;
    hostileOptions.fraction = parser.value(hostile).toDouble(&ok);
    if (!ok || !(hostileOptions.fraction >= 0 && hostileOptions.fraction <= 1))
        return fail(tr("--hostile must be a number from 0 to 1"));
    hostileOptions.largeBytes = parser.value(hostileLarge).toLongLong(&ok);
    if (!ok || hostileOptions.largeBytes < HostileMix::minLargeBytes
        || hostileOptions.largeBytes > HostileMix::maxLargeBytes)
        return fail(tr("--hostile-large-bytes must be from %1 to %2")
                        .arg(HostileMix::minLargeBytes)
                        .arg(HostileMix::maxLargeBytes));
    SimService simService(seedValue, caseCount, epochValue, qint64(cache) * 1024 * 1024,
                          hostileOptions);
    SimServer server(&simService, options);
    server.faults().setSeed(seedValue);
    if (parser.isSet(faults)) {
        QString problem;
        if (!server.faults().parse(parser.value(faults), &problem))
            return fail(tr("--faults: %1").arg(problem));
    }

    const bool tls = parser.isSet(tlsCert) || parser.isSet(tlsKey);
    if (tls) {
        if (!parser.isSet(tlsCert) || !parser.isSet(tlsKey))
            return fail(tr("--tls-cert and --tls-key go together"));
        const QList<QSslCertificate> chain
            = QSslCertificate::fromPath(parser.value(tlsCert), QSsl::Pem);
        if (chain.isEmpty())
            return fail(tr("no PEM certificate in %1").arg(parser.value(tlsCert)));
        QFile keyFile(parser.value(tlsKey));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1").arg(parser.value(tlsKey)));
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(tr("no unencrypted RSA or EC PEM key in %1").arg(parser.value(tlsKey)));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (parser.isSet(clientCa)) {
            const QList<QSslCertificate> cas
                = QSslCertificate::fromPath(parser.value(clientCa), QSsl::Pem);
            if (cas.isEmpty())
                return fail(tr("no PEM certificate in %1").arg(parser.value(clientCa)));
            // Only the given CA is trusted for clients, so a certificate from anywhere else is
            // refused.
            conf.setCaCertificates(cas);
            conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
            // Refuse inside the handshake with a TLS alert (unknown CA, certificate required), as a
            // Security Server does, instead of completing it and dropping the connection after.
            conf.setHandshakeMustInterruptOnError(true);
            conf.setMissingCertificateIsFatal(true);
        }
        server.sslSetup(conf);
    } else if (parser.isSet(clientCa)) {
        return fail(tr("--client-ca needs --tls-cert and --tls-key"));
    }

    const quint16 bound = server.listen(address, quint16(portValue));
    if (bound == 0)
        return fail(tr("cannot listen on %1:%2").arg(address.toString()).arg(portValue));

    // The admin endpoint is plain HTTP on loopback even when the Security Server side is HTTPS,
    // so tests reach it without client certificates.
    auto *adminServer = new QTcpServer(&server);
    if (!adminServer->listen(QHostAddress::LocalHost, quint16(adminPortValue)))
        return fail(tr("cannot listen on 127.0.0.1:%1 for the admin endpoint").arg(adminPortValue));
    server.bind(adminServer);
    server.setAdminPort(adminServer->serverPort());

    QString host = address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"["_s + host + u"]"_s;
    std::fprintf(stderr, "lvsim admin on http://127.0.0.1:%u\n",
                 unsigned(adminServer->serverPort()));
    std::fflush(stderr);
    std::fprintf(stdout, "lvsim listening on %s://%s:%u\n", tls ? "https" : "http",
                 qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
