// SPDX-License-Identifier: EUPL-1.2
// The process the drop-folder crash tests kill: builds the export of one case from the store and
// publishes it into the drop folder again and again (each time a new revision), until killed.
// Usage: transfer_testhelper [zip] DATA_DIRECTORY DROP_FOLDER CASE_ID
// (zip: the case's asianhallinta 1.3 zip through ZipDropFolder; otherwise lvdesk's package folder)

#include "store/blobstore.h"
#include "store/registerstore.h"
#include "store/storeconfig.h"
#include "store/storeconnection.h"
#include "testauditkey.h"
#include "transfer/asianhallintapackage.h"
#include "transfer/casesnapshot.h"
#include "transfer/dropfoldertarget.h"
#include "transfer/exportpackage.h"
#include "transfer/zipdropfolder.h"

#include <QGuiApplication>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // The exports carry each action's PDF document: rendering needs a GUI application.
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool zip = args.size() == 5 && args.at(1) == u"zip"_s;
    if (zip)
        args.removeAt(1);
    if (args.size() != 4) {
        std::fputs("usage: transfer_testhelper [zip] DATA_DIRECTORY DROP_FOLDER CASE_ID\n", stderr);
        return 2;
    }
    lvdesk::StoreConfig config;
    config.auditKey = lvdesk::TestAuditKey::key();
    config.dataDirectory = args.at(1);
    QString error;
    const QSqlDatabase db = lvdesk::StoreConnection::open(config, u"helper"_s, &error);
    if (!db.isValid()) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    const lvdesk::BlobStore blobs(config.blobDirectory());
    const qint64 caseId = args.at(3).toLongLong();
    std::function<QString()> publish;
    std::optional<lvdesk::ExportPackage> package;
    std::optional<lvdesk::AsianhallintaPackage> zipPackage;
    if (zip) {
        const std::optional<lvdesk::CaseSnapshot> snapshot
            = lvdesk::CaseSnapshot::read(db, caseId, &error);
        lvdesk::RegisterStore registry(db);
        const QString messageId = snapshot ? registry.openItem(caseId, &error) : QString();
        const auto item = registry.item(messageId);
        if (item)
            zipPackage = lvdesk::AsianhallintaPackage::build(*snapshot, *item, blobs, {}, &error);
        publish = [&] {
            return lvdesk::ZipDropFolder(args.at(2))
                .publish(zipPackage->name, zipPackage->entries, &error);
        };
    } else {
        package = lvdesk::ExportPackage::build(db, blobs, caseId, &error);
        publish = [&] {
            return lvdesk::DropFolderTarget(args.at(2)).publish(*package, &error);
        };
    }
    if (!package && !zipPackage) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    for (;;) {
        const QString name = publish();
        if (name.isEmpty()) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 1;
        }
        std::puts(qPrintable(name));
        std::fflush(stdout);
    }
}
