// SPDX-License-Identifier: EUPL-1.2
// Helper process of the store tests:
//   store_testhelper crash-ingest <dataDir> <firstAction>
//       ingests actions through the StoreWriter in an endless loop and prints "acked <externalId>
//       <version>" once each is committed; the crash test kills it at random moments.
//   store_testhelper write-fixture <version> <sqliteFile>
//       writes the fixture database of an earlier schema version (kept in tests/store/fixtures).

#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/migrator.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "testactions.h"
#include "testauditkey.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace lvdesk;
using namespace Qt::StringLiterals;

namespace {

int crashIngest(const QString &dataDir, int first)
{
    StoreConfig config;
    config.dataDirectory = dataDir;
    config.auditKey = TestAuditKey::key();
    const Store::Status status = Store::prepare(config);
    if (!status.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error));
        return 2;
    }
    BlobStore blobs(config.blobDirectory());
    StoreWriter writer(config);
    writer.setMaxBatchSize(20);
    int next = first;
    int inFlight = 0;
    QObject context;
    // Every fourth step brings a newer version of an earlier action, so that updates (which
    // replace attachments) are interrupted too.
    std::function<void()> pump = [&] {
        while (inFlight < 40) {
            int n = next;
            int version = 1;
            if (next % 4 == 3 && next - 3 >= first) {
                n = next - 3;
                version = 2 + (next / 4) % 3;
            }
            ++next;
            if (!TestActions::storeBlobs(blobs, n, version))
                std::exit(3);
            const auto [item, data] = TestActions::make(n, version);
            ++inFlight;
            writer.ingest(
                item, data, u"lvdesk"_s, &context,
                [&, id = item.externalId, version](const CaseStore::IngestResult &r) {
                    --inFlight;
                    if (r.outcome == CaseStore::IngestOutcome::Failed) {
                        std::fprintf(stderr, "failed %s\n", qPrintable(r.error));
                        std::exit(4);
                    }
                    std::printf("acked %s %d\n", qPrintable(id),
                                r.storedVersion >= version ? version : r.storedVersion);
                    std::fflush(stdout);
                    QTimer::singleShot(0, &context, pump);
                },
                &blobs);
        }
    };
    QTimer::singleShot(0, &context, pump);
    return QCoreApplication::exec();
}

int writeFixture(int version, const QString &path)
{
    QFile::remove(path);
    StoreConfig config;
    config.sqlitePath = path;
    // Entries are signed from schema 5 on: a fixture is written at the latest version.
    config.auditKey = TestAuditKey::key();
    const QString name = u"fixture"_s;
    int rc = 0;
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(config, name, &error);
        const Migrator::Result result = Migrator(db).migrate(version);
        if (!db.isValid() || !result.ok || result.toVersion != version) {
            std::fprintf(stderr, "%s%s\n", qPrintable(error), qPrintable(result.error));
            return 2;
        }
        // What a workstation of that version held: two cases, a newer version of one action, a
        // supplement, a claim and a review note.
        CaseStore cases(db);
        const auto a1 = TestActions::make(1, 1);
        const auto a1v2 = TestActions::make(1, 2);
        const auto a2 = TestActions::make(2, 1);
        const auto s3 = TestActions::make(3, 1, u"supplement"_s, 2);
        for (const auto &[item, data] : {a1, a1v2, a2, s3}) {
            if (cases.ingest(item, data, u"lvdesk"_s).outcome == CaseStore::IngestOutcome::Failed)
                rc = 3;
        }
        // Plain SQL here: the repositories' reads may use columns of later versions.
        QSqlQuery q(db);
        q.prepare(u"SELECT id FROM cases WHERE project_part_id = ?"_s);
        q.addBindValue(TestActions::projectPartId(2));
        const qint64 second = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        if (!second || !cases.claim(second, u"officer.a"_s).won()
            || !cases.setReviewNote(second, u"toiminta"_s, CaseStore::ReviewStatus::Ok,
                                    u"Checked"_s, u"officer.a"_s))
            rc = 4;
    }
    StoreConnection::close(name);
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"crash-ingest"_s)
        return crashIngest(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"write-fixture"_s)
        return writeFixture(args.at(2).toInt(), args.at(3));
    std::fprintf(stderr, "usage: store_testhelper crash-ingest <dataDir> <firstAction> | "
                         "write-fixture <version> <sqliteFile>\n");
    return 1;
}
