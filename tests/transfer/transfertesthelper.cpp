// The process the drop-folder crash test kills: builds the package of one case from the store and
// publishes it into the drop folder again and again (each time a new revision), until killed.
// Usage: transfer_testhelper DATA_DIRECTORY DROP_FOLDER CASE_ID

#include "store/blobstore.h"
#include "store/storeconfig.h"
#include "store/storeconnection.h"
#include "testauditkey.h"
#include "transfer/dropfoldertarget.h"
#include "transfer/exportpackage.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: transfer_testhelper DATA_DIRECTORY DROP_FOLDER CASE_ID\n", stderr);
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
    const std::optional<lvdesk::ExportPackage> package
        = lvdesk::ExportPackage::build(db, blobs, args.at(3).toLongLong(), &error);
    if (!package) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    lvdesk::DropFolderTarget target(args.at(2));
    std::puts("ready");
    std::fflush(stdout);
    for (;;) {
        const QString name = target.publish(*package, &error);
        if (name.isEmpty()) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 1;
        }
        std::puts(qPrintable(name));
        std::fflush(stdout);
    }
}
