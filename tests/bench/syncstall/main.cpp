// SPDX-License-Identifier: EUPL-1.2
// bench_syncstall: how long the main thread is kept from its event loop while the sync engine
// stores a large batch of cases from lvsim. A 5 ms timer runs on the main thread during a full
// sync; every tick's lateness is recorded and the worst (and the 99th percentile) are reported.
// Target: the worst delay under 100 ms. A benchmark to run by hand, not a timed test.

#include "lv/lvclient.h"
#include "lvsimprocess.h"
#include "store/store.h"
#include "store/storewriter.h"
#include "sync/syncengine.h"
#include "testauditkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Worst main-thread delay while the sync engine runs."_s);
    parser.addHelpOption();
    const QCommandLineOption casesOption(u"cases"_s, u"Cases lvsim serves (2000)."_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption faultsOption(u"faults"_s, u"lvsim fault spec (none)."_s, u"spec"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"Downloads in flight (4)."_s,
                                               u"n"_s, u"4"_s);
    const QCommandLineOption lvsimOption(u"lvsim"_s, u"The lvsim binary."_s, u"path"_s);
    parser.addOptions({casesOption, faultsOption, concurrencyOption, lvsimOption});
    parser.process(app);

    if (parser.isSet(lvsimOption))
        qputenv("LVDESK_LVSIM", parser.value(lvsimOption).toLocal8Bit());
    else if (qEnvironmentVariableIsEmpty("LVDESK_LVSIM"))
        qputenv("LVDESK_LVSIM", LVDESK_BENCH_LVSIM);

    LvSimProcess sim;
    QStringList simArgs{u"--cases"_s, parser.value(casesOption), u"--stall-ms"_s, u"300"_s};
    if (parser.isSet(faultsOption))
        simArgs << u"--faults"_s << parser.value(faultsOption);
    if (!sim.start(simArgs)) {
        std::fputs("lvsim did not start\n", stderr);
        return 2;
    }

    QTemporaryDir dir;
    StoreConfig store;
    store.dataDirectory = dir.path();
    store.auditKey = TestAuditKey::key();
    const Store::Status prepared = Store::prepare(store);
    if (!prepared.ok) {
        std::fputs(qPrintable(prepared.error + u'\n'), stderr);
        return 2;
    }
    ConnectionSettings connection;
    connection.securityServer = sim.baseUrl();
    connection.client
        = *XRoadId::parse(u"FI-TEST/MUN/0135202-4/lvdesk"_s, XRoadId::Type::Subsystem);
    connection.service
        = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    connection.userId = u"bench"_s;
    StoreWriter writer(store);
    LvClient client(connection, QSslConfiguration::defaultConfiguration());
    SyncSettings settings;
    settings.concurrency = parser.value(concurrencyOption).toInt();
    settings.reviewByDefault = false; // the full path: registration and outbox too
    SyncEngine engine(settings, &client, store, &writer, nullptr);

    // The probe: a precise 5 ms timer; lateness = time since the previous tick minus 5 ms.
    QList<qint64> delays;
    QElapsedTimer clock;
    qint64 previous = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        delays << std::max<qint64>(0, now - previous - 5'000'000);
        previous = now;
    });

    QElapsedTimer total;
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &summary) {
        probe.stop();
        std::sort(delays.begin(), delays.end());
        const double worst = delays.isEmpty() ? 0.0 : delays.last() / 1e6;
        const double p99 = delays.isEmpty() ? 0.0 : delays.at(int(delays.size() * 0.99)) / 1e6;
        const QString report
            = u"cases=%1 seconds=%2 ticks=%3 worst_delay_ms=%4 p99_delay_ms=%5 target=100 %6\n"
              "new=%7 updated=%8 acknowledged=%9 delivered=%10 failed=%11%12\n"_s
                  .arg(parser.value(casesOption))
                  .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                  .arg(delays.size())
                  .arg(worst, 0, 'f', 1)
                  .arg(p99, 0, 'f', 1)
                  .arg(worst < 100.0 ? u"met"_s : u"missed"_s)
                  .arg(summary.newCases)
                  .arg(summary.updated)
                  .arg(summary.acknowledged)
                  .arg(summary.delivered)
                  .arg(summary.failed)
                  .arg(summary.error.isEmpty() ? QString() : u" error: "_s + summary.error);
        std::fputs(qPrintable(report), stdout);
        app.exit(summary.ok() ? 0 : 1);
    });

    QTimer::singleShot(0, [&]() {
        clock.start();
        total.start();
        probe.start();
        engine.syncNow();
    });
    return app.exec();
}
