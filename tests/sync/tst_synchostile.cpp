// SPDX-License-Identifier: EUPL-1.2
// Issue 12, acceptance: 1,000 cases of which about a third carry hostile content (any file name,
// odd values, unknown types, attachments over the workstation's limit or without a checksum),
// served by lvsim with 10 % mixed faults. Headless syncs until one completes leave every action
// stored and acknowledged once, every attachment verified or visibly failed for its reason, a
// second run that exits 0, and no henkilötunnus in anything lvdesk printed.

#include "lvsimprocess.h"
#include "store/audittrail.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/inboundfailurestore.h"
#include "store/storeconnection.h"
#include "syncrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_SyncHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileSyncOfAThousandCasesStoresEverythingItCan();
};

void tst_SyncHostile::hostileSyncOfAThousandCasesStoresEverythingItCan()
{
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"11"_s, u"--cases"_s, u"1000"_s, u"--faults"_s, u"mixed=0.1"_s,
                       u"--stall-ms"_s, u"300"_s, u"--hostile"_s, u"0.3"_s,
                       u"--hostile-large-bytes"_s, u"1100000"_s}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString profile = dir.filePath(u"profile.ini"_s);
    const QString data = dir.filePath(u"data"_s);
    // The large hostile attachments are over this workstation's limit; the others are not.
    QVERIFY(SyncRun::writeProfile(profile, sim.baseUrl(),
                                  {{u"sync/maxAttachmentMegabytes"_s, u"1"_s}}));

    // One --sync-once, or a few when faults stop it; exit 3 says new problems need the officer.
    QByteArray printed;
    SyncRun::Outcome outcome;
    int runs = 0;
    QList<int> codes;
    while (runs < 6) {
        ++runs;
        outcome = SyncRun::syncOnce(profile, data, 200000);
        QVERIFY2(!outcome.crashed, outcome.err.right(2000).constData());
        printed += outcome.out + outcome.err;
        codes << outcome.exitCode;
        QVERIFY2(outcome.exitCode == 0 || outcome.exitCode == 1 || outcome.exitCode == 3,
                 outcome.err.right(2000).constData());
        if (outcome.exitCode != 1)
            break;
        QTest::qWait(2000);
    }
    qInfo("runs: %d, exit codes %s, last summary: %s", runs, qPrintable([&codes] {
              QStringList list;
              for (int code : std::as_const(codes))
                  list << QString::number(code);
              return list.join(u' ');
          }()),
          outcome.out.left(200).constData());
    QCOMPARE(outcome.exitCode, 3); // the attachments over the limit are new problems
    QVERIFY(outcome.out.contains("problem: "));

    // The second complete run: nothing new, the known ones listed, exit 0.
    const SyncRun::Outcome second = SyncRun::syncOnce(profile, data, 200000);
    printed += second.out + second.err;
    QCOMPARE(second.exitCode, 0);
    QVERIFY(
        second.out.startsWith("new=0 updated=0 acknowledged=0 delivered=0 failed=0 problems=0"));

    const QJsonObject stats = sim.adminGet(u"/admin/stats"_s);
    QCOMPARE(stats.value(u"service"_s).toObject().value(u"unacknowledged"_s).toInt(-1), 0);
    const QJsonObject hostile = sim.adminGet(u"/admin/hostile"_s);
    QVERIFY(hostile.value(u"hostileActions"_s).toInt() > 100);
    QSet<QString> large;
    QSet<QString> withoutChecksum;
    const QJsonArray actions = hostile.value(u"actions"_s).toArray();
    for (const QJsonValue &a : actions) {
        const QJsonObject action = a.toObject();
        const QString id = action.value(u"externalId"_s).toString();
        for (const QJsonValue &x : action.value(u"largeAttachments"_s).toArray())
            large.insert(id + u'/' + x.toString());
        for (const QJsonValue &x : action.value(u"attachmentsWithoutChecksum"_s).toArray())
            withoutChecksum.insert(id + u'/' + x.toString());
    }
    QVERIFY(!large.isEmpty() && !withoutChecksum.isEmpty());

    QSet<QString> acknowledged;
    const QJsonArray ackedIds = sim.adminGet(u"/admin/received"_s)
                                    .value(u"acks"_s)
                                    .toObject()
                                    .value(u"externalIds"_s)
                                    .toArray();
    for (const QJsonValue &id : ackedIds)
        acknowledged.insert(id.toString());

    QStringList personalCodes;
    {
        const QString connection = u"hostile-check"_s;
        QSqlDatabase db = SyncRun::openStore(data, connection);
        QVERIFY(db.isValid());
        const BlobStore blobs(SyncRun::storeConfig(data).blobDirectory());
        CaseStore store(db, &blobs);
        QCOMPARE(InboundFailureStore(db).count(), 0); // nothing waits: everything was received
        const QList<CaseStore::Case> cases = store.cases(QString(), QString(), 1000000);
        QCOMPARE(cases.size(), 1000);
        qint64 events = 0;
        int verified = 0, overLimit = 0, noChecksum = 0;
        static const QRegularExpression hetu(
            u"\\b[0-3][0-9][01][0-9][0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-Y]\\b"_s);
        for (const CaseStore::Case &c : cases) {
            const QList<CaseStore::Event> list = store.events(c.id);
            for (const CaseStore::Event &e : list) {
                ++events;
                QVERIFY2(acknowledged.contains(e.externalId), qPrintable(e.externalId));
                const QString common = QString::fromUtf8(QJsonDocument(e.commondata).toJson());
                auto it = hetu.globalMatch(common);
                while (it.hasNext())
                    personalCodes << it.next().captured();
                const QList<CaseStore::Attachment> files = store.attachments(e.id);
                for (const CaseStore::Attachment &a : files) {
                    const QString key = e.externalId + u'/' + a.attachmentId;
                    if (large.contains(key)) {
                        QCOMPARE(toString(a.problem), toString(AttachmentProblem::OverLimit));
                        ++overLimit;
                    } else if (withoutChecksum.contains(key) && a.sha256.isEmpty()) {
                        QCOMPARE(toString(a.problem), toString(AttachmentProblem::NoChecksum));
                        ++noChecksum;
                    } else {
                        QVERIFY2(a.problem == AttachmentProblem::None,
                                 qPrintable(key + u' ' + toString(a.problem)));
                        QVERIFY(a.stored);
                        QVERIFY2(blobs.verify(a.sha256, a.size), qPrintable(key));
                        ++verified;
                    }
                }
            }
        }
        QCOMPARE(events, qint64(acknowledged.size())); // each stored once, each acknowledged
        QCOMPARE(store.eventCount(), events);
        QCOMPARE(overLimit, int(large.size()));
        QVERIFY(noChecksum >= int(withoutChecksum.size()) / 2);
        QVERIFY(AuditTrail(db).verify().ok);
        qInfo("%lld actions, %d attachments verified, %d over the limit, %d without checksum",
              events, verified, overLimit, noChecksum);
    }
    StoreConnection::close(u"hostile-check"_s);

    // Personal data: no henkilötunnus in anything lvdesk printed.
    QVERIFY(personalCodes.size() > 100);
    for (const QString &code : std::as_const(personalCodes))
        QVERIFY2(!printed.contains(code.toUtf8()), "a henkilötunnus was printed");
}

QTEST_GUILESS_MAIN(tst_SyncHostile)
#include "tst_synchostile.moc"
