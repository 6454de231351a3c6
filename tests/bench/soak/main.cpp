// SPDX-License-Identifier: EUPL-1.2
// bench_soak: one long-lived lvdesk sync against lvsim with faults on while new submissions arrive
// every second. At the end it checks that nothing was lost (every case lvsim has is stored once and
// every submitted action is stored), nothing was applied twice on the service side, resident memory
// did not grow beyond 110 % of its level after the warm-up, and the audit chain verifies. Prints
// one "name value unit" line per figure and exits non-zero when a check fails. Run by
// scripts/bench.

#include "lv/lvclient.h"
#include "lvsimprocess.h"
#include "store/audittrail.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "sync/syncengine.h"
#include "testauditkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "soak: %s\n", qPrintable(text));
    std::fflush(stderr);
}

// One action submitted through /admin/submit while the sync runs.
struct Submitted
{
    QString externalId;
    QString projectPartId;
    int version = 0;
    bool opening = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Continuous sync against lvsim with faults and new "
                                     "submissions; checks for loss, duplicates and growth."_s);
    parser.addHelpOption();
    const QCommandLineOption minutesOption(u"minutes"_s, u"Duration (30)."_s, u"n"_s, u"30"_s);
    const QCommandLineOption casesOption(u"cases"_s, u"Cases lvsim starts with (2000)."_s, u"n"_s,
                                         u"2000"_s);
    const QCommandLineOption faultsOption(u"faults"_s, u"lvsim fault spec (mixed=0.05)."_s,
                                          u"spec"_s, u"mixed=0.05"_s);
    const QCommandLineOption lvsimOption(u"lvsim"_s, u"The lvsim binary."_s, u"path"_s);
    parser.addOptions({minutesOption, casesOption, faultsOption, lvsimOption});
    parser.process(app);

    if (parser.isSet(lvsimOption))
        qputenv("LVDESK_LVSIM", parser.value(lvsimOption).toLocal8Bit());
    else if (qEnvironmentVariableIsEmpty("LVDESK_LVSIM"))
        qputenv("LVDESK_LVSIM", LVDESK_BENCH_LVSIM);

    const double minutes = parser.value(minutesOption).toDouble();
    const int initialCases = parser.value(casesOption).toInt();
    const qint64 durationMs = qint64(minutes * 60'000);
    // Warm-up: the first 5 minutes, or the first sixth of a shorter run.
    const qint64 warmupMs = std::min<qint64>(5 * 60'000, durationMs / 6);

    LvSimProcess sim;
    if (!sim.start({u"--cases"_s, QString::number(initialCases), u"--seed"_s, u"7"_s, u"--faults"_s,
                    parser.value(faultsOption), u"--stall-ms"_s, u"2000"_s})) {
        note(u"lvsim did not start"_s);
        return 2;
    }

    QTemporaryDir dir;
    StoreConfig store;
    store.dataDirectory = dir.path();
    store.auditKey = TestAuditKey::key();
    const Store::Status prepared = Store::prepare(store);
    if (!prepared.ok) {
        note(prepared.error);
        return 2;
    }
    ConnectionSettings connection;
    connection.securityServer = sim.baseUrl();
    connection.client
        = *XRoadId::parse(u"FI-TEST/MUN/0135202-4/lvdesk"_s, XRoadId::Type::Subsystem);
    connection.service
        = *XRoadId::parse(u"FI-TEST/GOV/0245437-2/LV/lvService"_s, XRoadId::Type::Service);
    connection.userId = u"soak"_s;
    connection.transferTimeout = std::chrono::seconds(30);
    StoreWriter writer(store);
    LvClient client(connection, QSslConfiguration::defaultConfiguration());
    SyncSettings settings;
    settings.reviewByDefault = false; // registrations: the outbox writes are soaked too
    SyncEngine engine(settings, &client, store, &writer, nullptr);

    QElapsedTimer clock;
    QList<Submitted> submitted;
    int runs = 0;
    int failedRuns = 0;
    bool draining = false;
    bool submitting = true;
    double warmRss = 0;
    double endRss = 0;
    double peakRss = 0;

    // The driver: one new submission per second; every fourth a follower of an earlier case.
    QTimer driver;
    driver.setInterval(1000);
    QObject::connect(&driver, &QTimer::timeout, [&]() {
        if (!submitting)
            return;
        QJsonObject body{{u"kind"_s, u"case"_s},
                         {u"attachments"_s, QRandomGenerator::global()->bounded(3)}};
        QList<Submitted> openings;
        for (const Submitted &s : std::as_const(submitted)) {
            if (s.opening)
                openings << s;
        }
        const int n = int(submitted.size());
        if (n % 4 == 3 && !openings.isEmpty()) {
            static const QStringList kinds{u"version"_s, u"message"_s, u"supplement"_s};
            const Submitted &of
                = openings.at(QRandomGenerator::global()->bounded(int(openings.size())));
            body = {{u"kind"_s, kinds.at(n % 3)}, {u"externalId"_s, of.externalId}};
        }
        const QJsonObject answer = sim.adminPost(u"/admin/submit"_s, body);
        if (sim.lastAdminStatus() != 201) {
            note(u"submit refused: %1"_s.arg(sim.lastAdminStatus()));
            return;
        }
        submitted << Submitted{
            answer.value(u"externalId"_s).toString(), answer.value(u"projectPartId"_s).toString(),
            answer.value(u"version"_s).toInt(), body.value(u"kind"_s).toString() == u"case"_s};
    });

    QTimer sampler;
    sampler.setInterval(10'000);
    QObject::connect(&sampler, &QTimer::timeout, [&]() {
        const double rss = residentMegabytes();
        peakRss = std::max(peakRss, rss);
        if (warmRss == 0 && clock.elapsed() >= warmupMs)
            warmRss = rss;
        if (!draining)
            endRss = rss;
        note(u"t=%1s rss=%2MB runs=%3 submitted=%4"_s.arg(clock.elapsed() / 1000)
                 .arg(rss, 0, 'f', 1)
                 .arg(runs)
                 .arg(submitted.size()));
    });

    int drainRuns = 0;
    auto finishChecks = [&]() {
        driver.stop();
        sampler.stop();
        const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
        const QJsonObject service = stats.value(u"service"_s).toObject();
        const QJsonObject received = sim.adminGet(u"/admin/received"_s);
        const int unacknowledged = service.value(u"unacknowledged"_s).toInt(-1);
        const int duplicateWrites = received.value(u"duplicateWrites"_s).toInt(-1);
        // Proof that the faults were really on: lvsim counts what it injected.
        double faults = 0;
        const QJsonObject faultCounts = stats.value(u"faults"_s).toObject();
        for (auto it = faultCounts.begin(); it != faultCounts.end(); ++it)
            faults += it.value().toDouble();

        QString error;
        {
            QSqlDatabase db = StoreConnection::open(store, u"soak-check"_s, &error);
            if (!db.isOpen()) {
                note(error);
                std::exit(2);
            }
            int openingsSubmitted = 0;
            int lostSubmitted = 0;
            for (const Submitted &s : std::as_const(submitted)) {
                QSqlQuery q(db);
                q.prepare(u"SELECT version FROM events WHERE external_id = ?"_s);
                q.addBindValue(s.externalId);
                if (!q.exec() || !q.next() || q.value(0).toInt() < s.version) {
                    ++lostSubmitted;
                    note(u"submitted action %1 (version %2) is not stored"_s.arg(s.externalId)
                             .arg(s.version));
                }
                openingsSubmitted += s.opening ? 1 : 0;
            }
            QSqlQuery count(db);
            count.exec(u"SELECT COUNT(*), COUNT(DISTINCT project_part_id) FROM cases"_s);
            count.next();
            const int stored = count.value(0).toInt();
            const int distinct = count.value(1).toInt();
            const int expected = initialCases + openingsSubmitted;
            const int lost = std::max(0, expected - distinct) + lostSubmitted;
            const int doubled = (stored - distinct) + std::max(0, distinct - expected)
                                + std::max(0, duplicateWrites);
            const AuditTrail::Verification audit = AuditTrail(db).verify();

            figure("soak_minutes", minutes, "min");
            figure("soak_sync_runs", runs, "runs");
            figure("soak_failed_runs", failedRuns, "runs");
            figure("soak_submitted", submitted.size(), "actions");
            figure("soak_faults_injected", faults, "faults");
            figure("soak_requests", stats.value(u"requests"_s).toDouble(), "requests");
            figure("soak_cases_expected", expected, "cases");
            figure("soak_cases_stored", stored, "cases");
            figure("soak_lost", lost, "cases");
            figure("soak_duplicated", doubled, "items");
            figure("soak_unacknowledged", unacknowledged, "items");
            figure("soak_rss_warm", warmRss, "MB");
            figure("soak_rss_end", endRss, "MB");
            figure("soak_rss_peak", peakRss, "MB");
            const double growth = warmRss > 0 ? (endRss / warmRss - 1.0) * 100.0 : 0.0;
            figure("soak_rss_growth", growth, "%");
            figure("soak_audit_entries", double(audit.entries), "entries");
            figure("soak_audit_ok", audit.ok ? 1 : 0, "bool");
            if (!audit.ok)
                note(audit.problem);
            const bool ok = lost == 0 && doubled == 0 && unacknowledged == 0 && audit.ok
                            && warmRss > 0 && endRss <= warmRss * 1.10;
            std::printf("soak_result %d bool\n", ok ? 1 : 0);
            std::fflush(stdout);
            db = QSqlDatabase();
            StoreConnection::close(u"soak-check"_s);
            app.exit(ok ? 0 : 1);
        }
    };

    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncSummary &summary) {
        ++runs;
        if (!summary.ok())
            ++failedRuns;
        if (!draining && clock.elapsed() >= durationMs) {
            // Time is up: no more submissions, faults off, then sync until everything is in.
            draining = true;
            submitting = false;
            endRss = residentMegabytes();
            sim.adminPost(u"/admin/faults"_s, {{u"spec"_s, QString()}});
            note(u"draining after %1 runs"_s.arg(runs));
        }
        if (draining) {
            const int unacked = sim.adminGet(u"/admin/stats"_s)
                                    .value(u"service"_s)
                                    .toObject()
                                    .value(u"unacknowledged"_s)
                                    .toInt(-1);
            ++drainRuns;
            if ((summary.ok() && unacked == 0 && engine.pendingOutbox() == 0) || drainRuns > 20) {
                finishChecks();
                return;
            }
        }
        QTimer::singleShot(draining ? 2000 : 500, &engine, [&]() { engine.syncNow(); });
    });

    QTimer::singleShot(0, [&]() {
        clock.start();
        driver.start();
        sampler.start();
        engine.syncNow();
    });
    return app.exec();
}
