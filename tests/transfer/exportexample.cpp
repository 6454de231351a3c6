// SPDX-License-Identifier: EUPL-1.2
// Makes the example export of docs/export-format.md (scripts/example-package runs it): a demo case
// (the test suite's rich case) in a throwaway store, exported in the asianhallinta 1.3 format to
// OUT/drop (UusiAsia); the register's answer with its diary number put into OUT/replies and
// processed; the case supplemented by the customer and exported again (TaydennysAsiaan); and the
// same case as lvdesk's own package to OUT/package.
// Usage: export_example OUT

#include "richcase.h"
#include "testauditkey.h"
#include "ziptestfiles.h"

#include "store/store.h"
#include "store/storewriter.h"
#include "transfer/caseexporter.h"
#include "transfer/replywatcher.h"

#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

bool runRound(const StoreConfig &config, StoreWriter &writer, const QString &folder,
              ExportFormat::Kind format)
{
    CaseExporter::Settings settings;
    settings.target = CaseExporter::Target::Folder;
    settings.folder = folder;
    settings.format = format;
    ServiceExportSettings service;
    service.records.functionClass = u"10.03.01"_s;
    service.records.retention = u"pysyvä"_s;
    settings.formatSettings.services.insert(u"ymparistolupa"_s, service);
    CaseExporter exporter(settings, config, &writer, nullptr, u"lvdesk"_s);
    int exported = -1;
    QObject::connect(&exporter, &CaseExporter::finished, &exporter,
                     [&exported](int done, int) { exported = done; });
    QObject::connect(
        &exporter, &CaseExporter::caseFailed, &exporter,
        [](qint64, const QString &error) { std::fputs(qPrintable(error + u'\n'), stderr); });
    exporter.exportDue();
    while (exported < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return exported == 1;
}

bool submit(StoreWriter &writer, StoreWriter::Job job)
{
    bool done = false;
    bool ok = false;
    writer.submit(std::move(job), nullptr, [&](const StoreWriter::Result &r) {
        ok = r.ok;
        done = true;
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return ok;
}

bool pending(StoreWriter &writer, qint64 id, bool first)
{
    return submit(writer, [id, first](QSqlDatabase &db) {
        StoreWriter::Result r;
        CaseStore cases(db);
        r.ok = (!first
                || (cases.setDiaryNumber(id, u"LV-2026-00012"_s, u"virkailija.a"_s, &r.error)
                    && cases.setState(id, CaseState::Registered, u"virkailija.a"_s, &r.error)))
               && cases.setExportState(id, ExportState::Pending, QString(), u"virkailija.a"_s,
                                       &r.error);
        return r;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fputs("usage: export_example OUT\n", stderr);
        return 2;
    }
    const QDir out(args.at(1));
    QTemporaryDir data;
    StoreConfig config;
    config.dataDirectory = data.path();
    config.auditKey = TestAuditKey::key();
    const Store::Status status = Store::prepare(config);
    if (!status.ok || !out.mkpath(u"drop"_s) || !out.mkpath(u"package"_s)) {
        std::fputs("the example store or output folder could not be made\n", stderr);
        return 1;
    }
    StoreWriter writer(config);

    QString error;
    const qint64 id = RichCase::ingest(config, {}, &error);
    if (!id || !pending(writer, id, true)
        || !runRound(config, writer, out.filePath(u"drop"_s),
                     ExportFormat::Kind::Asianhallinta13)) {
        std::fputs(qPrintable(u"the first export failed: "_s + error + u'\n'), stderr);
        return 1;
    }
    // The register answers with its diary number for the message it got.
    const QByteArray sent
        = ZipTestFiles::read(out.filePath(u"drop/LV-2026-00012-1.zip"_s)).value(u"UusiAsia.xml"_s);
    const QString messageId = QRegularExpression(u"messageId=\"([^\"]+)\""_s)
                                  .match(QString::fromUtf8(sent))
                                  .captured(1);
    const QByteArray answer = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<AsianTunnusVastaus xmlns=\"http://www.lupapiste.fi/asianhallinta\" "
                              "version=\"1.3\" messageId=\""
                              + messageId.toUtf8() + "\">\n  <HakemusTunnus>"
                              + RichCase::projectPartId(1).toUtf8()
                              + "</HakemusTunnus>\n  <AsianTunnus>YMP 12/2026</AsianTunnus>\n"
                                "  <VastaanotettuPvm>2026-12-01</VastaanotettuPvm>\n"
                                "</AsianTunnusVastaus>\n";
    if (messageId.isEmpty() || !out.mkpath(u"replies"_s)
        || !ZipTestFiles::write(out.filePath(u"replies"_s), u"vastaus-1.zip"_s,
                                {{u"AsianTunnusVastaus.xml"_s, answer}})) {
        std::fputs("the register's answer could not be made\n", stderr);
        return 1;
    }
    ReplyWatcher::Settings replySettings;
    replySettings.folder = out.filePath(u"replies"_s);
    ReplyWatcher replies(replySettings, &writer);
    int applied = -1;
    QObject::connect(&replies, &ReplyWatcher::finished, &replies,
                     [&applied](int done, int) { applied = done; });
    replies.scanNow();
    while (applied < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (applied != 1) {
        std::fputs("the register's answer was not applied\n", stderr);
        return 1;
    }

    // The customer supplements the case: the second transfer item.
    RichCase::Options supplement;
    supplement.actionType = u"supplement"_s;
    supplement.externalIdSuffix = RichCase::externalId(1, 2);
    supplement.submittedAt = u"2026-12-03T08:00:00Z"_s;
    supplement.attachmentNames = {u"lisaselvitys.pdf"_s};
    if (!RichCase::ingest(config, supplement, &error)
        || !runRound(config, writer, out.filePath(u"drop"_s),
                     ExportFormat::Kind::Asianhallinta13)) {
        std::fputs(qPrintable(u"the supplement's export failed: "_s + error + u'\n'), stderr);
        return 1;
    }
    // The same case as lvdesk's own package (named by the register's diary number now).
    if (!pending(writer, id, false)
        || !runRound(config, writer, out.filePath(u"package"_s), ExportFormat::Kind::Package)) {
        std::fputs("the package export failed\n", stderr);
        return 1;
    }
    return 0;
}
