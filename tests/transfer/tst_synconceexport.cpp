// SPDX-License-Identifier: EUPL-1.2
// The whole chain, as IT support runs it: `lvdesk --sync-once` against the real lvsim, with
// review/default=false and export/target=folder, leaves exactly one verified package per case.

#include "lvsimprocess.h"

#include "store/casestore.h"
#include "store/storeconfig.h"
#include "store/storeconnection.h"
#include "transfer/packageverifier.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lvdesk {

class tst_SyncOnceExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncOnceLeavesOneVerifiedPackagePerCase();

private:
    bool runSyncOnce(const QString &profile, const QString &dataDir, QByteArray *output);
};

bool tst_SyncOnceExport::runSyncOnce(const QString &profile, const QString &dataDir,
                                     QByteArray *output)
{
    QProcess lvdesk;
    lvdesk.setProcessChannelMode(QProcess::MergedChannels);
    lvdesk.start(qEnvironmentVariable("LVDESK_BIN"),
                 {u"--profile"_s, profile, u"--data-dir"_s, dataDir, u"--sync-once"_s});
    const bool finished = lvdesk.waitForStarted() && lvdesk.waitForFinished(240000);
    *output = lvdesk.readAll();
    return finished && lvdesk.exitStatus() == QProcess::NormalExit && lvdesk.exitCode() == 0;
}

void tst_SyncOnceExport::syncOnceLeavesOneVerifiedPackagePerCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("LVDESK_BIN")), "LVDESK_BIN must name lvdesk");
    LvSimProcess lvsim;
    QVERIFY(lvsim.start({u"--cases"_s, u"8"_s}));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString drop = dir.filePath(u"drop"_s);
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(drop));
    const QString profile = dir.filePath(u"profile.ini"_s);
    {
        QFile ini(profile);
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Text));
        ini.write(u"[connection]\n"
                  "securityServer=%1\n"
                  "client=FI-TEST/MUN/0135202-4/lvdesk\n"
                  "service=FI-TEST/GOV/0245437-2/LV/lvService\n"
                  "userId=kasittelija\n"
                  "[review]\n"
                  "default=false\n"
                  "[export]\n"
                  "target=folder\n"
                  "folder=%2\n"_s.arg(lvsim.baseUrl().toString(), drop)
                      .toUtf8());
    }

    QByteArray output;
    QVERIFY2(runSyncOnce(profile, data, &output), output.constData());
    // A second run finds nothing new to export: still one package per case.
    QVERIFY2(runSyncOnce(profile, data, &output), output.constData());

    StoreConfig config;
    config.dataDirectory = data;
    QString error;
    QMap<qint64, int> packagesPerCase;
    const QStringList packages = QDir(drop).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : packages) {
        const QString package = QDir(drop).filePath(name);
        QVERIFY2(PackageVerifier::verify(package, &error), qPrintable(name + u": "_s + error));
        QProcess validator;
        validator.setProcessChannelMode(QProcess::MergedChannels);
        validator.start(u"python3"_s, {qEnvironmentVariable("LVDESK_VALIDATE_SCRIPT"),
                                       qEnvironmentVariable("LVDESK_EXPORT_SCHEMA"), package});
        QVERIFY(validator.waitForFinished(60000));
        QVERIFY2(validator.exitCode() == 0, validator.readAll().constData());
        QFile manifest(QDir(package).filePath(u"manifest.json"_s));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const qint64 caseId
            = QJsonDocument::fromJson(manifest.readAll()).object().value(u"caseId"_s).toInteger();
        ++packagesPerCase[caseId];
    }
    QVERIFY(QDir(drop).entryList({u".*partial*"_s}, QDir::Dirs | QDir::Hidden).isEmpty());

    {
        const QSqlDatabase db = StoreConnection::open(config, u"check"_s, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        const QList<CaseStore::Case> cases = CaseStore(db).cases();
        QVERIFY(!cases.isEmpty());
        qInfo("%lld cases, %lld packages", qint64(cases.size()), qint64(packages.size()));
        QCOMPARE(packagesPerCase.size(), cases.size());
        for (const CaseStore::Case &c : cases) {
            QCOMPARE(packagesPerCase.value(c.id), 1);
            QCOMPARE(c.exportState, u"exported"_s);
            QVERIFY(!c.diaryNumber.isEmpty());
        }
    }
    StoreConnection::close(u"check"_s);
}

} // namespace lvdesk

QTEST_GUILESS_MAIN(lvdesk::tst_SyncOnceExport)
#include "tst_synconceexport.moc"
