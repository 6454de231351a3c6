// SPDX-License-Identifier: EUPL-1.2
// Renders the case view, its attachment list, the supplement dialog and an action confirmation
// over a demo case into PNG files, in the language and palette asked for, for the user guide.
//   caseview_screenshots --lang fi|sv|en [--dark] --out <folder>
// scripts/screenshots-caseview runs it under Xvfb for every language and palette.

#include "actionconfirmation.h"
#include "caseview.h"
#include "config/language.h"
#include "config/workspace.h"
#include "democase.h"
#include "dialoghost.h"
#include "lv/lvcodec.h"
#include "secrets/memorysecretstore.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "supplementdialog.h"
#include "workflow/caseactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x82, 0xb1, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

void settle(int ms = 300)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::fprintf(stdout, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

template<typename Call>
bool runAction(Call call)
{
    QEventLoop loop;
    bool ok = false;
    call([&](const CaseActions::Outcome &outcome) {
        ok = outcome.ok;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"lang"_s, u"Language"_s, u"code"_s, u"fi"_s});
    parser.addOption({u"dark"_s, u"Dark palette"_s});
    parser.addOption({u"out"_s, u"Output folder"_s, u"folder"_s, u"."_s});
    parser.process(app);
    const QString lang = parser.value(u"lang"_s);
    const QString theme = parser.isSet(u"dark"_s) ? u"dark"_s : u"light"_s;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.isSet(u"dark"_s))
        QApplication::setPalette(darkPalette());
    Language::install(lang);
    const QDir out(parser.value(u"out"_s));
    QDir().mkpath(out.path());
    DialogHost::setAnswerer(
        [](DialogHost::Kind, const QString &, const QString &) { return true; });

    QTemporaryDir dir;
    MemorySecretStore secrets;
    Workspace::Options options;
    options.profile.securityServer = QUrl(u"http://127.0.0.1:9"_s);
    options.profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
    options.profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
    options.profile.intervalMinutes = 600;
    options.dataDir = dir.filePath(u"data"_s);
    options.officer = u"anna.virtanen"_s;
    options.secrets = &secrets;
    Workspace workspace(options);
    {
        QEventLoop loop;
        QObject::connect(&workspace, &Workspace::ready, &loop, &QEventLoop::quit);
        QObject::connect(&workspace, &Workspace::failed, &loop, [&](const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            loop.exit(1);
        });
        workspace.open();
        if (loop.exec() != 0)
            return 1;
    }

    qint64 caseId = 0;
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(workspace.storeConfig(), u"shots"_s, &error);
        const BlobStore blobs(workspace.storeConfig().blobDirectory());
        BlobStore(workspace.storeConfig().blobDirectory()).put(DemoCase::verifiedBytes);
        BlobStore(workspace.storeConfig().blobDirectory()).put(DemoCase::damagedBytes);
        const auto data = LvCodec::decodeActionData(DemoCase::actionJson(
            1, u"Maija Meikäläinen"_s,
            u"Kalliokiviaineksen louhinta ja murskaus noin 120 000 m³ vuodessa. Toiminta "
            "kestää kymmenen vuotta, ja alue maisemoidaan sen jälkeen."_s,
            u"melu-selvitys.pdf"_s));
        if (!data) {
            std::fprintf(stderr, "demo case does not decode\n");
            return 1;
        }
        FeedItem item;
        item.externalId = DemoCase::externalIdOf(1);
        item.projectId = data.value().commondata.projectId;
        item.projectPartId = data.value().commondata.projectPartId;
        item.actionType = ActionType::fromString(u"application"_s);
        item.serviceCode = u"ymparistolupa"_s;
        item.submittedAt = data.value().commondata.submittedAt;
        item.version = 1;
        caseId = CaseStore(db, &blobs).ingest(item, data.value(), u"lvdesk"_s).caseId;
        db = QSqlDatabase();
        StoreConnection::close(u"shots"_s);
    }
    CaseActions *actions = workspace.actions();
    QObject context;
    runAction([&](CaseActions::Callback done) { actions->take(caseId, &context, done); });
    runAction([&](CaseActions::Callback done) {
        actions->setSectionReview(caseId, u"toiminta"_s, CaseStore::ReviewStatus::Ok, QString(),
                                  &context, done);
    });
    runAction([&](CaseActions::Callback done) {
        actions->setSectionReview(caseId, u"hakija"_s, CaseStore::ReviewStatus::NeedsClarification,
                                  u"Puhelinnumero puuttuu"_s, &context, done);
    });

    // What the sync does after an ingest: the case's deadlines.
    {
        QEventLoop loop;
        workspace.writer()->submit(
            [caseId](QSqlDatabase &db) {
                return CaseActions::refreshDeadlines(db, caseId, QDate::currentDate());
            },
            &context, [&](const StoreWriter::Result &) { loop.quit(); });
        loop.exec();
    }
    const CaseActions::Preview approval = actions->previewApprove(caseId, QString());
    runAction(
        [&](CaseActions::Callback done) { actions->approve(approval, caseId, &context, done); });
    const CaseActions::Preview message = actions->previewMessage(
        caseId, u"Hakemus vastaanotettu"_s, u"Hakemuksenne on otettu käsittelyyn."_s, {});
    runAction(
        [&](CaseActions::Callback done) { actions->sendMessage(message, caseId, &context, done); });

    const QString suffix = lang + u'-' + theme + u".png"_s;
    bool ok = true;
    {
        CaseView view(&workspace, caseId);
        view.resize(1280, 900);
        view.show();
        ok &= save(&view, out.filePath(u"caseview-form-"_s + suffix));
        auto *tabs = view.findChild<QTabWidget *>(u"caseTabs"_s);
        tabs->setCurrentIndex(1);
        ok &= save(&view, out.filePath(u"caseview-attachments-"_s + suffix));
        tabs->setCurrentIndex(2);
        ok &= save(&view, out.filePath(u"caseview-timeline-"_s + suffix));
    }
    {
        SupplementDialog dialog(actions->proposedSupplementDueDate(QDate::currentDate()));
        dialog.findChild<QPlainTextEdit *>(u"bodyEdit"_s)
            ->setPlainText(u"Hakemuksesta puuttuu meluselvitys. Toimittakaa se ja asemapiirros "
                           "eräpäivään mennessä."_s);
        auto *item = dialog.findChild<QLineEdit *>(u"newItemEdit"_s);
        for (const QString &text : {u"Meluselvitys"_s, u"Asemapiirros 1:2000"_s}) {
            item->setText(text);
            dialog.findChild<QPushButton *>(u"addItemButton"_s)->click();
        }
        dialog.show();
        ok &= save(&dialog, out.filePath(u"caseview-supplement-"_s + suffix));
    }
    {
        const CaseActions::Preview preview = actions->previewSupplementRequest(
            caseId, u"Täydennyspyyntö"_s, u"Hakemuksesta puuttuu meluselvitys."_s,
            {u"Meluselvitys"_s, u"Asemapiirros 1:2000"_s},
            actions->proposedSupplementDueDate(QDate::currentDate()));
        ActionConfirmation dialog(preview);
        dialog.resize(720, 620);
        dialog.show();
        ok &= save(&dialog, out.filePath(u"caseview-confirm-"_s + suffix));
    }
    DialogHost::setAnswerer({});
    return ok ? 0 : 1;
}
