// SPDX-License-Identifier: EUPL-1.2
// Export to a drop folder: complete verified packages, revisions instead of overwrites, nothing
// that looks complete after a crash, backoff that survives a restart.

#include "transfertestcases.h"

#include "filemode.h"

#include "store/audittrail.h"
#include "store/storeclock.h"
#include "store/storewriter.h"
#include "store/transferlogstore.h"
#include "transfer/caseexporter.h"
#include "transfer/dropfoldertarget.h"
#include "transfer/exportpackage.h"
#include "transfer/packageverifier.h"
#include "transfer/securedirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
QMutex logMutex;
QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    capturedLog << message;
}
} // namespace

class tst_DropFolderExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportWritesOneVerifiedPackagePerCase();
    void packageKeepsRawJsonAndPersonalIdentityCodeButLogsDoNot();
    void attachmentNotReceivedIsListedWithoutAFile();
    void secondExportMakesNewRevisionAndKeepsTheFirst();
    void callsWhileRunningJoinTheRound();
    void verifierRejectsIncompleteOrAlteredPackages();
    void crashDuringExportLeavesNoPackageThatLooksComplete();
    void damagedAttachmentFailsAndWaitsForBackoffAcrossRestart();
    void unreachableDropFolderIsRetriedLater();
    void symlinkPlantedAsStalePartialIsLeftAlone();
    void partialSwappedForSymlinkMidWriteFailsVisibly();
    void dropFolderThatIsASymlinkIsRefused();
    void packagesFollowTheDropFolderModeAndGroup();
    void manifestAnchorsTheVerifiedAuditHead();
    void nothingIsExportedWhileTheAuditTrailIsBroken();
    void nothingHappensWithoutTarget();
    void retryDelayGrowsAndIsCapped();

private:
    std::unique_ptr<CaseExporter> makeExporter(const QString &folder);
    // Runs one round and answers (exported, failed).
    std::pair<int, int> runRound(CaseExporter &exporter);
    QStringList packagesIn(const QString &folder) const;
    QJsonObject readJson(const QString &path) const;
    QSqlDatabase db() const { return QSqlDatabase::database(u"test-reader"_s); }
    QString nextAttemptAt(qint64 caseId) const;
    // A folder outside the drop folder with files in it, and a fingerprint of all of it.
    QString makeCanary();
    static QString fingerprint(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    StoreConfig m_config;
    QString m_drop;
    std::unique_ptr<StoreWriter> m_writer;
};

void tst_DropFolderExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_config = TransferTestCases::prepare(m_dir->filePath(u"data"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_drop = m_dir->filePath(u"drop"_s);
    QVERIFY(QDir().mkpath(m_drop));
    QVERIFY(StoreConnection::open(m_config, u"test-reader"_s, &error).isValid());
    m_writer = std::make_unique<StoreWriter>(m_config);
}

void tst_DropFolderExport::cleanup()
{
    m_writer.reset();
    StoreConnection::close(u"test-reader"_s);
    m_dir.reset();
}

std::unique_ptr<CaseExporter> tst_DropFolderExport::makeExporter(const QString &folder)
{
    CaseExporter::Settings settings;
    settings.target = CaseExporter::Target::Folder;
    settings.folder = folder;
    return std::make_unique<CaseExporter>(settings, m_config, m_writer.get(), nullptr, u"lvdesk"_s);
}

std::pair<int, int> tst_DropFolderExport::runRound(CaseExporter &exporter)
{
    QSignalSpy finished(&exporter, &CaseExporter::finished);
    exporter.exportDue();
    if (!finished.wait(60000))
        return {-1, -1};
    return {finished.at(0).at(0).toInt(), finished.at(0).at(1).toInt()};
}

QStringList tst_DropFolderExport::packagesIn(const QString &folder) const
{
    QStringList list = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return list;
}

QJsonObject tst_DropFolderExport::readJson(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString tst_DropFolderExport::nextAttemptAt(qint64 caseId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT export_next_attempt_at FROM cases WHERE id = ?"_s);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return u"<no case>"_s;
    return q.value(0).toString();
}

QString tst_DropFolderExport::makeCanary()
{
    const QString canary = m_dir->filePath(u"officers-own-files"_s);
    QDir().mkpath(QDir(canary).filePath(u"attachments"_s));
    for (const QString &name :
         {u"muistio.odt"_s, u"manifest.json"_s, u"attachments/liite.pdf"_s, u".lvdesk-partial"_s}) {
        QFile file(QDir(canary).filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write("the officer's own " + name.toUtf8());
    }
    return canary;
}

QString tst_DropFolderExport::fingerprint(const QString &folder)
{
    QStringList lines;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray content;
        if (QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly))
            content = file.readAll();
        lines << QDir(folder).relativeFilePath(path) + u' '
                     + QString::fromLatin1(
                         QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
                     + u' ' + QString::number(int(QFileInfo(path).permissions()), 16);
    }
    lines.sort();
    return lines.join(u'\n');
}

namespace {
// Backdates an entry itself (a link is not followed).
bool backdate(const QString &path, int seconds)
{
    struct timespec times[2];
    times[0].tv_sec = times[1].tv_sec = time(nullptr) - seconds;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW)
           == 0;
}

} // namespace

void tst_DropFolderExport::symlinkPlantedAsStalePartialIsLeftAlone()
{
    const qint64 id = TransferTestCases::add(m_config, 30, {u"liite.pdf"_s}, u"LV-2026-00030"_s);
    QVERIFY(id);
    const QString canary = makeCanary();
    const QString before = fingerprint(canary);
    const QString prefix = SecureDirectory::partialPrefix(u"LV-2026-00030"_s);
    const QDir drop(m_drop);
    const int old = DropFolderTarget::stalePartialSeconds + 600;

    // Someone who may write to the drop folder plants links that look like old partial folders.
    const QString planted = drop.filePath(prefix + u"0badc0de"_s);
    QVERIFY(QFile::link(canary, planted));
    QVERIFY(backdate(planted, old));
    // A real old folder without lvdesk's marker, holding a link to the officer's files.
    QVERIFY(drop.mkdir(prefix + u"feedface"_s));
    QVERIFY(QFile::link(canary, drop.filePath(prefix + u"feedface/attachments"_s)));
    QVERIFY(backdate(drop.filePath(prefix + u"feedface"_s), old));
    // A real partial folder this workstation left in a crash, into which a link was put: it is
    // removed, the link as a link.
    QString stale;
    {
        QString error;
        auto dir = SecureDirectory::open(m_drop, &error);
        QVERIFY2(dir, qPrintable(error));
        QVERIFY(dir->createPartialDirectory(u"LV-2026-00030"_s, &stale, &error));
        // dir goes away without publishing or discarding: what a crash leaves.
    }
    QVERIFY(QFile::link(canary, drop.filePath(stale + u"/attachments"_s)));
    QVERIFY(backdate(drop.filePath(stale), old));
    // The same, but marked by another workstation: not this one's to remove.
    QVERIFY(drop.mkdir(prefix + u"0ther"_s));
    {
        QFile marker(drop.filePath(prefix + u"0ther/"_s + SecureDirectory::markerName()));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("lvdesk partial 0ther 0123456789abcdef0123456789abcdef\n");
    }
    QVERIFY(backdate(drop.filePath(prefix + u"0ther"_s), old));

    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));

    QCOMPARE(fingerprint(canary), before); // nothing deleted, written or changed through a link
    QVERIFY(QFileInfo(planted).isSymLink());
    QVERIFY(QFileInfo(drop.filePath(prefix + u"feedface/attachments"_s)).isSymLink());
    QVERIFY(QFileInfo::exists(drop.filePath(prefix + u"0ther"_s)));
    QVERIFY(!QFileInfo::exists(drop.filePath(stale))
            && !QFileInfo(drop.filePath(stale)).isSymLink());
    QString error;
    QVERIFY2(PackageVerifier::verify(drop.filePath(u"LV-2026-00030"_s), &error), qPrintable(error));
}

void tst_DropFolderExport::partialSwappedForSymlinkMidWriteFailsVisibly()
{
    // Big enough that writing takes a while, so the swap lands in the middle of it.
    QStringList names;
    for (int i = 0; i < 3; ++i)
        names << u"kartta-%1.tif"_s.arg(i);
    const qint64 id = TransferTestCases::add(m_config, 31, names, u"LV-2026-00031"_s, 12 << 20);
    QVERIFY(id);
    QString error;
    std::optional<ExportPackage> package;
    {
        const BlobStore blobs(m_config.blobDirectory());
        package = ExportPackage::build(db(), blobs, id, &error);
    }
    QVERIFY2(package, qPrintable(error));
    const QString canary = makeCanary();
    const QString before = fingerprint(canary);
    const QString prefix = SecureDirectory::partialPrefix(package->name);

    int swappedMidWrite = 0;
    for (int round = 0; round < 6; ++round) {
        QString published;
        QString problem;
        std::atomic<bool> done{false};
        std::unique_ptr<QThread> writer(QThread::create([&] {
            published = DropFolderTarget(m_drop).publish(*package, &problem);
            done = true;
        }));
        writer->start();
        // Whoever else writes to the drop folder: as soon as the partial folder appears, move it
        // away and put a link to the officer's files in its place.
        bool swapped = false;
        int partialMode = -1;
        while (!done && !swapped) {
            const QStringList entries
                = QDir(m_drop).entryList({prefix + u'*'}, QDir::Dirs | QDir::Hidden);
            for (const QString &name : entries) {
                const QString path = QDir(m_drop).filePath(name);
                if (QFileInfo(path).isSymLink())
                    continue; // planted in an earlier round
                partialMode = FileMode::of(path);
                const QString away = QDir(m_drop).filePath(u".stolen-%1"_s.arg(round));
                if (::rename(QFile::encodeName(path).constData(),
                             QFile::encodeName(away).constData())
                    == 0) {
                    QVERIFY(QFile::link(canary, path));
                    swapped = true;
                }
                break;
            }
        }
        QVERIFY(writer->wait(60000));
        if (swapped && published.isEmpty()) {
            // Visibly failed, with a reason the officer can act on; the partial stays private.
            ++swappedMidWrite;
            QVERIFY2(problem.contains(u"replaced"_s), qPrintable(problem));
            QCOMPARE(partialMode, 0700);
        } else {
            // Or complete and correct: a real folder that verifies, never the link.
            QVERIFY2(!published.isEmpty(), qPrintable(problem));
            const QString path = QDir(m_drop).filePath(published);
            QVERIFY(!QFileInfo(path).isSymLink());
            QVERIFY2(PackageVerifier::verify(path, &error), qPrintable(error));
        }
        QCOMPARE(fingerprint(canary), before);
    }
    // No published name is ever a link.
    for (const QString &name : packagesIn(m_drop))
        QVERIFY2(!QFileInfo(QDir(m_drop).filePath(name)).isSymLink() || name.startsWith(u'.'),
                 qPrintable(name));
    qInfo("%d of 6 rounds swapped mid-write", swappedMidWrite);
    QVERIFY(swappedMidWrite > 0);
}

void tst_DropFolderExport::dropFolderThatIsASymlinkIsRefused()
{
    const qint64 id = TransferTestCases::add(m_config, 32, {u"liite.pdf"_s}, u"LV-2026-00032"_s);
    QVERIFY(id);
    const QString canary = makeCanary();
    const QString before = fingerprint(canary);
    const QString linked = m_dir->filePath(u"drop-link"_s);
    QVERIFY(QFile::link(canary, linked));
    auto exporter = makeExporter(linked);
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QVERIFY2(c->exportError.contains(u"symbolic link"_s), qPrintable(c->exportError));
    QCOMPARE(fingerprint(canary), before);
}

void tst_DropFolderExport::packagesFollowTheDropFolderModeAndGroup()
{
    const qint64 id = TransferTestCases::add(m_config, 33, {u"liite.pdf"_s}, u"LV-2026-00033"_s);
    QVERIFY(id);
    // The register reads through group "daemon" here; others may not read at all.
    const struct group *grp = ::getgrnam("daemon");
    QVERIFY(grp);
    QCOMPARE(::chown(QFile::encodeName(m_drop).constData(), uid_t(-1), grp->gr_gid), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_drop).constData(), 0750), 0);
    // lvdesk's own umask would make everything 0600/0700: the drop folder's mode must win.
    const mode_t previous = ::umask(077);
    auto restore = qScopeGuard([previous] { ::umask(previous); });
    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString package = QDir(m_drop).filePath(u"LV-2026-00033"_s);
    QDirIterator it(package, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList seen{package};
    while (it.hasNext())
        seen << it.next();
    // The folder, case.json, manifest.json, documents/, the action's PDF, attachments/, the file.
    QCOMPARE(seen.size(), 7);
    for (const QString &path : seen) {
        struct stat st = {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 07777), S_ISDIR(st.st_mode) ? 0750 : 0640);
        QCOMPARE(st.st_gid, grp->gr_gid);
    }
}

void tst_DropFolderExport::manifestAnchorsTheVerifiedAuditHead()
{
    const qint64 id = TransferTestCases::add(m_config, 34, {u"liite.pdf"_s}, u"LV-2026-00034"_s);
    QVERIFY(id);
    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QJsonObject head = readJson(QDir(m_drop).filePath(u"LV-2026-00034/manifest.json"_s))
                                 .value(u"auditHead"_s)
                                 .toObject();
    const qint64 seq = head.value(u"seq"_s).toInteger();
    QVERIFY(seq > 0);
    // The entry named is in the trail with that MAC: removing it later shows against the package.
    const QList<AuditTrail::Entry> entries = AuditTrail(db()).entries(seq, 1);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(head.value(u"mac"_s).toString(), entries.first().mac);
    QCOMPARE(entries.first().mac.size(), 64);
    // It is the head verified before the package was written: the export's "exporting" entry.
    QCOMPARE(entries.first().action, u"transfer.export"_s);
    QCOMPARE(entries.first().details.value(u"state"_s).toString(), u"exporting"_s);
}

void tst_DropFolderExport::nothingIsExportedWhileTheAuditTrailIsBroken()
{
    const qint64 first = TransferTestCases::add(m_config, 35, {u"liite.pdf"_s}, u"LV-2026-00035"_s);
    QVERIFY(first);
    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0)); // anchors the head
    const qint64 second
        = TransferTestCases::add(m_config, 36, {u"liite.pdf"_s}, u"LV-2026-00036"_s);
    QVERIFY(second);
    // The newest entries are removed behind lvdesk's back (the trigger dropped first).
    const qint64 last = AuditTrail(db()).verify().head.seq;
    QSqlQuery q(db());
    QVERIFY(q.exec(u"DROP TRIGGER audit_trail_no_delete"_s));
    q.prepare(u"DELETE FROM audit_trail WHERE seq > ?"_s);
    q.addBindValue(last - 8);
    QVERIFY(q.exec());

    QSignalSpy broken(exporter.get(), &CaseExporter::auditTrailBroken);
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    QCOMPARE(broken.size(), 1);
    QVERIFY(!broken.first().first().toString().isEmpty());
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(second);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY2(c->exportError.contains(u"audit trail"_s), qPrintable(c->exportError));
    QVERIFY(!nextAttemptAt(second).isEmpty()); // tried again later, once IT support has looked
    QCOMPARE(packagesIn(m_drop), QStringList{u"LV-2026-00035"_s});
}

void tst_DropFolderExport::exportWritesOneVerifiedPackagePerCase()
{
    const QStringList hostile{u"../../etc/passwd"_s, u"CON.pdf"_s, u"liite.pdf"_s, u"LIITE.pdf"_s,
                              u"kuva\u202Egpj.exe"_s};
    const qint64 first = TransferTestCases::add(m_config, 1, hostile, u"YMP/2026/0001"_s);
    const qint64 second = TransferTestCases::add(m_config, 2, {u"asemapiirros.pdf"_s}, QString());
    QVERIFY(first && second);

    auto exporter = makeExporter(m_drop);
    QSignalSpy exported(exporter.get(), &CaseExporter::caseExported);
    QCOMPARE(runRound(*exporter), std::make_pair(2, 0));
    QCOMPARE(exported.size(), 2);

    const QString secondName = u"case-"_s + QString::number(second);
    QCOMPARE(packagesIn(m_drop), QStringList({u"YMP_2026_0001"_s, secondName}));
    // No hidden partial folder is left behind either.
    QCOMPARE(QDir(m_drop).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             2);

    for (const QString &name : {u"YMP_2026_0001"_s, secondName}) {
        const QString package = QDir(m_drop).filePath(name);
        QString error;
        QVERIFY2(PackageVerifier::verify(package, &error), qPrintable(error));
        QString output;
        QVERIFY2(TransferTestCases::validateAgainstSchema(package, &output), qPrintable(output));
    }

    // Every attachment is there, under a safe unique name, with the customer's exact bytes.
    const QString package = QDir(m_drop).filePath(u"YMP_2026_0001"_s);
    const QJsonObject caseJson = readJson(QDir(package).filePath(u"case.json"_s));
    QCOMPARE(caseJson.value(u"diaryNumber"_s).toString(), u"YMP/2026/0001"_s);
    QCOMPARE(caseJson.value(u"caseId"_s).toInteger(), first);
    const QJsonArray attachments
        = caseJson.value(u"events"_s).toArray().at(0).toObject().value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), hostile.size());
    QStringList onDisk = QDir(QDir(package).filePath(u"attachments"_s)).entryList(QDir::Files);
    QCOMPARE(onDisk.size(), hostile.size());
    for (int i = 0; i < attachments.size(); ++i) {
        const QJsonObject a = attachments.at(i).toObject();
        QCOMPARE(a.value(u"fileName"_s).toString(), hostile.at(i));
        QFile file(QDir(package).filePath(a.value(u"path"_s).toString()));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(a.value(u"path"_s).toString()));
        QCOMPARE(file.readAll(), TransferTestCases::attachmentBytes(1, i, 2000));
    }
    QVERIFY(onDisk.contains(u"passwd"_s) || onDisk.contains(u"_.._etc_passwd"_s)
            || !onDisk.filter(u"passwd"_s).isEmpty());
    QVERIFY(onDisk.contains(u"_CON.pdf"_s));
    QVERIFY(onDisk.contains(u"liite.pdf"_s));
    QVERIFY(onDisk.contains(u"LIITE (2).pdf"_s));
    QVERIFY(onDisk.contains(u"kuvagpj.exe"_s));

    // Review work and deadlines travel with the case.
    QCOMPARE(caseJson.value(u"reviewNotes"_s).toArray().size(), 1);
    QCOMPARE(caseJson.value(u"deadlines"_s).toArray().at(0).toObject().value(u"dueDate"_s),
             QJsonValue(u"2027-03-20"_s));

    // The store knows, and so do the transfer log and the audit trail.
    CaseStore cases(db());
    for (const qint64 id : {first, second}) {
        QCOMPARE(cases.caseById(id)->exportState, u"exported"_s);
        QVERIFY(nextAttemptAt(id).isEmpty());
        QStringList states;
        const QList<TransferLogStore::Entry> log
            = TransferLogStore(db()).entriesFor(u"case"_s, QString::number(id));
        for (const TransferLogStore::Entry &e : log)
            states << e.state;
        QCOMPARE(states, QStringList({u"pending"_s, u"exporting"_s, u"exported"_s}));
        QCOMPARE(AuditTrail(db()).entriesFor(u"case:"_s + QString::number(id)).size() >= 3, true);
    }
    QVERIFY(AuditTrail(db()).verify().ok);
}

void tst_DropFolderExport::attachmentNotReceivedIsListedWithoutAFile()
{
    // An attachment that could not be received does not hold the case back: the register gets
    // the case, the files that arrived, and the one that did not, named and with the reason.
    const qint64 caseId = TransferTestCases::add(
        m_config, 3, {u"kartta.pdf"_s, u"..\u202Eiso.pdf"_s, u"Kartta.pdf"_s}, u"YMP/2026/0003"_s);
    QVERIFY(caseId);
    CaseStore cases(db());
    const QList<CaseStore::Attachment> before = cases.caseAttachments(caseId);
    QCOMPARE(before.size(), 3);
    QString error;
    QVERIFY2(cases.setAttachmentProblem(before.at(1).id, AttachmentProblem::OverLimit,
                                        u"9 > 8 bytes"_s, u"lvdesk"_s, &error),
             qPrintable(error));

    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString package = QDir(m_drop).filePath(u"YMP_2026_0003"_s);
    QVERIFY2(PackageVerifier::verify(package, &error), qPrintable(error));
    QString output;
    QVERIFY2(TransferTestCases::validateAgainstSchema(package, &output), qPrintable(output));
    const QJsonArray attachments = readJson(QDir(package).filePath(u"case.json"_s))
                                       .value(u"events"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"attachments"_s)
                                       .toArray();
    QCOMPARE(attachments.size(), 3);
    const QJsonObject missing = attachments.at(1).toObject();
    QCOMPARE(missing.value(u"received"_s), QJsonValue(false));
    QCOMPARE(missing.value(u"problem"_s), QJsonValue(u"overLimit"_s));
    QVERIFY(missing.value(u"path"_s).isNull());
    QCOMPARE(missing.value(u"fileName"_s).toString(), u"..\u202Eiso.pdf"_s);
    // The files that arrived are there under the names the case view uses too.
    const QStringList onDisk
        = QDir(QDir(package).filePath(u"attachments"_s)).entryList(QDir::Files, QDir::Name);
    QCOMPARE(onDisk, (QStringList{before.at(2).localName, before.at(0).localName}));
    QCOMPARE(attachments.at(2).toObject().value(u"path"_s).toString(),
             u"attachments/"_s + before.at(2).localName);
    QCOMPARE(attachments.at(2).toObject().value(u"received"_s), QJsonValue(true));
}

void tst_DropFolderExport::packageKeepsRawJsonAndPersonalIdentityCodeButLogsDoNot()
{
    QByteArray raw;
    const qint64 id
        = TransferTestCases::add(m_config, 7, {u"liite.pdf"_s}, u"LV-2026-00007"_s, 500, &raw);
    QVERIFY(id);
    {
        QMutexLocker lock(&logMutex);
        capturedLog.clear();
    }
    QLoggingCategory::setFilterRules(u"lvdesk.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    auto exporter = makeExporter(m_drop);
    const auto result = runRound(*exporter);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(result, std::make_pair(1, 0));

    const QString package = QDir(m_drop).filePath(u"LV-2026-00007"_s);
    QFile caseFile(QDir(package).filePath(u"case.json"_s));
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    const QJsonObject caseJson = QJsonDocument::fromJson(caseFile.readAll()).object();
    const QJsonObject event = caseJson.value(u"events"_s).toArray().at(0).toObject();
    QCOMPARE(event.value(u"rawJson"_s).toString().toUtf8(), raw);
    QCOMPARE(event.value(u"rawJsonSha256"_s).toString(), BlobStore::sha256Of(raw));
    QCOMPARE(caseJson.value(u"commondata"_s)
                 .toObject()
                 .value(u"customer"_s)
                 .toObject()
                 .value(u"personalIdentityCode"_s)
                 .toString(),
             TransferTestCases::personalIdentityCode());

    QMutexLocker lock(&logMutex);
    QVERIFY(!capturedLog.isEmpty()); // the export did log, so the check below means something
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(TransferTestCases::personalIdentityCode()), qPrintable(line));
        QVERIFY2(!line.contains(u"Meikäläinen"_s), qPrintable(line));
    }
    const QStringList everything
        = QDir(m_drop).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : everything)
        QVERIFY(!name.contains(u"131052"_s));
}

void tst_DropFolderExport::secondExportMakesNewRevisionAndKeepsTheFirst()
{
    const qint64 id = TransferTestCases::add(m_config, 3, {u"liite.pdf"_s}, u"LV-2026-00003"_s);
    QVERIFY(id);
    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString firstPackage = QDir(m_drop).filePath(u"LV-2026-00003"_s);
    QFile manifest(QDir(firstPackage).filePath(u"manifest.json"_s));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray firstManifest = manifest.readAll();
    manifest.close();

    // The officer changes the review and exports again (twice).
    CaseStore cases(db());
    QVERIFY(cases.setReviewNote(id, u"toiminta"_s, CaseStore::ReviewStatus::NeedsClarification,
                                u"Lisäselvitys tarvitaan"_s, u"officer"_s));
    for (int round = 0; round < 2; ++round) {
        QVERIFY(cases.setExportState(id, ExportState::Pending, QString(), u"officer"_s));
        QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    }

    QCOMPARE(packagesIn(m_drop),
             QStringList({u"LV-2026-00003"_s, u"LV-2026-00003-r2"_s, u"LV-2026-00003-r3"_s}));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(manifest.readAll(), firstManifest);
    for (const QString &name : packagesIn(m_drop)) {
        QString error;
        QVERIFY2(PackageVerifier::verify(QDir(m_drop).filePath(name), &error), qPrintable(error));
    }
    const QJsonObject latest = readJson(QDir(m_drop).filePath(u"LV-2026-00003-r3/case.json"_s));
    QCOMPARE(latest.value(u"reviewNotes"_s).toArray().at(0).toObject().value(u"status"_s),
             QJsonValue(u"needsClarification"_s));
}

void tst_DropFolderExport::callsWhileRunningJoinTheRound()
{
    for (int n = 10; n < 13; ++n)
        QVERIFY(TransferTestCases::add(m_config, n, {u"liite.pdf"_s}, QString()));
    auto exporter = makeExporter(m_drop);
    QSignalSpy finished(exporter.get(), &CaseExporter::finished);
    exporter->exportDue();
    QVERIFY(exporter->isRunning());
    exporter->exportDue();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(0).at(0).toInt(), 3);
    QCOMPARE(finished.at(1).at(0).toInt(), 3);
    QVERIFY(!exporter->isRunning());
    QCOMPARE(packagesIn(m_drop).size(), 3); // each case once
}

void tst_DropFolderExport::verifierRejectsIncompleteOrAlteredPackages()
{
    // The crash test relies on the verifier; it must see every kind of damage.
    const qint64 id = TransferTestCases::add(m_config, 8, {u"a.pdf"_s, u"b.pdf"_s}, u"LV-8"_s);
    QVERIFY(id);
    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    const QString good = QDir(m_drop).filePath(u"LV-8"_s);
    QVERIFY(PackageVerifier::verify(good));

    const QList<std::function<bool(const QString &)>> damages{
        [](const QString &p) { return QFile::remove(p + u"/attachments/b.pdf"_s); },
        [](const QString &p) { return QFile::remove(p + u"/manifest.json"_s); },
        [](const QString &p) {
            QFile f(p + u"/case.json"_s);
            return f.open(QIODevice::ReadWrite) && f.write("X") == 1;
        },
        [](const QString &p) {
            QFile f(p + u"/attachments/extra.pdf"_s);
            return f.open(QIODevice::WriteOnly) && f.write("extra") == 5;
        },
        [](const QString &p) {
            QFile f(p + u"/attachments/a.pdf"_s);
            return f.open(QIODevice::Append) && f.write("more") == 4;
        },
    };
    for (int i = 0; i < damages.size(); ++i) {
        const QString copy = m_dir->filePath(u"damaged-%1"_s.arg(i));
        QVERIFY(QDir().mkpath(copy + u"/attachments"_s));
        QVERIFY(QDir().mkpath(copy + u"/documents"_s));
        for (const QString &f : {u"case.json"_s, u"manifest.json"_s, u"documents/application.pdf"_s,
                                 u"attachments/a.pdf"_s, u"attachments/b.pdf"_s})
            QVERIFY(QFile::copy(good + u'/' + f, copy + u'/' + f));
        QVERIFY(PackageVerifier::verify(copy));
        QVERIFY(damages.at(i)(copy));
        QString error;
        QVERIFY2(!PackageVerifier::verify(copy, &error), qPrintable(QString::number(i)));
        QVERIFY(!error.isEmpty());
    }
}

void tst_DropFolderExport::crashDuringExportLeavesNoPackageThatLooksComplete()
{
    // Large enough that a kill often lands in the middle of writing.
    QStringList names;
    for (int i = 0; i < 6; ++i)
        names << u"kartta-%1.pdf"_s.arg(i);
    const qint64 id = TransferTestCases::add(m_config, 20, names, u"LV-2026-00020"_s, 1 << 20);
    QVERIFY(id);
    const QString helper = qEnvironmentVariable("LVDESK_TRANSFER_HELPER");
    QVERIFY2(QFile::exists(helper), "LVDESK_TRANSFER_HELPER must name transfer_testhelper");

    int kills = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess p;
        p.start(helper, {m_config.dataDirectory, m_drop, QString::number(id)});
        QVERIFY(p.waitForStarted());
        QVERIFY2(p.waitForReadyRead(20000), p.readAllStandardError().constData());
        QTest::qSleep(int(QRandomGenerator::global()->bounded(250)));
        p.kill(); // SIGKILL: no clean-up code runs
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        ++kills;
    }
    QCOMPARE(kills, 25);

    const QStringList packages = packagesIn(m_drop);
    QVERIFY(!packages.isEmpty());
    for (const QString &name : packages) {
        QVERIFY2(name == u"LV-2026-00020"_s || name.startsWith(u"LV-2026-00020-r"_s),
                 qPrintable(name));
        QString error;
        QVERIFY2(PackageVerifier::verify(QDir(m_drop).filePath(name), &error),
                 qPrintable(name + u": "_s + error));
    }
    // What the kills interrupted is hidden, and recognisable as unfinished.
    const QStringList hidden
        = QDir(m_drop).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : hidden) {
        if (name.startsWith(u'.'))
            QVERIFY2(name.startsWith(u".LV-2026-00020.partial-"_s), qPrintable(name));
    }
    qInfo("%lld complete packages, %lld interrupted ones left hidden", qint64(packages.size()),
          qint64(hidden.size() - packages.size()));
}

void tst_DropFolderExport::damagedAttachmentFailsAndWaitsForBackoffAcrossRestart()
{
    const qint64 id = TransferTestCases::add(m_config, 4, {u"liite.pdf"_s}, u"LV-2026-00004"_s);
    QVERIFY(id);
    // The blob is damaged after it was stored (same size, other bytes).
    const QString sha
        = CaseStore(db()).attachments(CaseStore(db()).events(id).at(0).id).at(0).sha256;
    const QString blobPath = BlobStore(m_config.blobDirectory()).pathOf(sha);
    QFile::setPermissions(blobPath, QFile::ReadOwner | QFile::WriteOwner);
    QFile blob(blobPath);
    QVERIFY(blob.open(QIODevice::ReadWrite));
    blob.write("X");
    blob.close();

    const QDateTime before = QDateTime::currentDateTimeUtc();
    {
        auto exporter = makeExporter(m_drop);
        QSignalSpy failed(exporter.get(), &CaseExporter::caseFailed);
        QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        // Tried once in a round; asking again at once does not retry before the backoff.
        QCOMPARE(runRound(*exporter), std::make_pair(0, 0));
    }
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QCOMPARE(c->exportAttempts, 1);
    QVERIFY(!c->exportError.isEmpty());
    const QDateTime next = StoreClock::fromText(nextAttemptAt(id));
    QVERIFY(next.isValid());
    QVERIFY(next >= before.addSecs(CaseExporter::firstRetrySeconds / 2));
    QVERIFY(next <= QDateTime::currentDateTimeUtc().addSecs(CaseExporter::firstRetrySeconds + 1));
    QCOMPARE(QDir(m_drop).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
             0);

    // A restart (a new exporter) does not retry at once either.
    {
        auto exporter = makeExporter(m_drop);
        QCOMPARE(runRound(*exporter), std::make_pair(0, 0));
    }
    // Once the time has come (and the blob is good again) it is exported.
    QVERIFY(blob.open(QIODevice::WriteOnly | QIODevice::Truncate));
    blob.write(TransferTestCases::attachmentBytes(4, 0, 2000));
    blob.close();
    QSqlQuery q(db());
    QVERIFY(q.exec(u"UPDATE cases SET export_next_attempt_at = '2000-01-01T00:00:00.000Z'"_s));
    auto exporter = makeExporter(m_drop);
    QCOMPARE(runRound(*exporter), std::make_pair(1, 0));
    QCOMPARE(CaseStore(db()).caseById(id)->exportState, u"exported"_s);
}

void tst_DropFolderExport::unreachableDropFolderIsRetriedLater()
{
    const qint64 id = TransferTestCases::add(m_config, 5, {u"liite.pdf"_s}, u"LV-2026-00005"_s);
    QVERIFY(id);
    auto exporter = makeExporter(m_dir->filePath(u"share-not-mounted"_s));
    QCOMPARE(runRound(*exporter), std::make_pair(0, 1));
    const std::optional<CaseStore::Case> c = CaseStore(db()).caseById(id);
    QCOMPARE(c->exportState, u"failed"_s);
    QVERIFY(c->exportError.contains(u"share-not-mounted"_s));
    QVERIFY(!nextAttemptAt(id).isEmpty()); // retried later, not left for the officer
}

void tst_DropFolderExport::nothingHappensWithoutTarget()
{
    QVERIFY(TransferTestCases::add(m_config, 6, {u"liite.pdf"_s}, QString()));
    CaseExporter exporter(CaseExporter::Settings(), m_config, m_writer.get(), nullptr, u"lvdesk"_s);
    QVERIFY(!exporter.isConfigured());
    QCOMPARE(runRound(exporter), std::make_pair(0, 0));
    QCOMPARE(CaseStore(db()).caseById(1)->exportState, u"pending"_s);
}

void tst_DropFolderExport::retryDelayGrowsAndIsCapped()
{
    for (int attempts = 1; attempts <= 30; ++attempts) {
        const qint64 ceiling = qMin(CaseExporter::maxRetrySeconds,
                                    CaseExporter::firstRetrySeconds << qMin(attempts - 1, 20));
        for (int i = 0; i < 50; ++i) {
            const qint64 delay = CaseExporter::retryDelaySeconds(attempts);
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(u"%1 attempts: %2 s"_s.arg(attempts).arg(delay)));
        }
    }
}

} // namespace lvdesk

QTEST_MAIN(lvdesk::tst_DropFolderExport)
#include "tst_dropfolderexport.moc"
