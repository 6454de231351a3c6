// SPDX-License-Identifier: EUPL-1.2
// window_screenshots: the documentation's pictures of the window. Fills a throwaway store with demo
// cases, opens the real main window over it in the given language and palette and saves the lists
// and the settings dialog as PNG files (docs/screenshots/window-*.png). Run by scripts/screenshots.
//
//   window_screenshots --out DIR --lang fi|sv|en --theme light|dark

#include "casefixture.h"
#include "config/appinfo.h"
#include "config/language.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "statuswidgets.h"
#include "store/audittrail.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "testauditkey.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x82, 0xb1, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool save(QWidget *w, const QString &path)
{
    QCoreApplication::processEvents();
    QTest::qWait(150);
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toLocal8Bit());
    QApplication app(argc, argv);
    AppInfo::apply();
    QString out = u"."_s, lang = u"fi"_s, theme = u"light"_s;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--out"_s)
            out = args.at(i + 1);
        else if (args.at(i) == u"--lang"_s)
            lang = args.at(i + 1);
        else if (args.at(i) == u"--theme"_s)
            theme = args.at(i + 1);
    }
    QDir().mkpath(out);
    Language::install(lang);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (theme == u"dark"_s)
        QApplication::setPalette(darkPalette());
    else
        QApplication::setPalette(QApplication::style()->standardPalette());

    QTemporaryDir dir;
    StoreConfig config;
    config.auditKey = TestAuditKey::key();
    config.dataDirectory = dir.path();
    if (!Store::prepare(config).ok)
        return 1;
    const QDate today = QDate::currentDate();
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(config, u"shots"_s, &error);
        CaseFixture::Options options;
        options.today = today;
        if (!CaseFixture::fill(db, 300, options, &error)
            || !CaseFixture::addOutbox(db, 3, u"retrying"_s, 2,
                                       u"The service did not answer in time."_s, &error)
            || !CaseFixture::addOutbox(db, 6, u"delivered"_s, 1, u""_s, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        AuditTrail audit(db);
        for (int i = 1; i <= 40; ++i)
            audit.append(i % 3 ? u"virkailija"_s : u"lvdesk"_s,
                         i % 3 ? u"case.claimed"_s : u"transfer.inbound"_s, u"case:%1"_s.arg(i),
                         QJsonObject{{u"handler"_s, u"virkailija"_s}});
    }
    StoreConnection::close(u"shots"_s);

    Profile profile;
    profile.securityServer = QUrl(u"https://ss.kunta.example:8443"_s);
    profile.client = u"FI/MUN/0135202-4/lvdesk"_s;
    profile.service = u"FI/GOV/0245437-2/LV/lvService"_s;
    MainWindow w(QString(), profile, {});
    w.setToday(today);
    w.resize(1360, 820);
    if (!w.attachStore(config, u"virkailija"_s))
        return 1;
    if (auto *status = w.findChild<StatusWidgets *>(u"statusWidgets"_s)) {
        ConnectionStatus online;
        online.state = ConnectionState::Online;
        online.lastSuccessfulSync = QDateTime::currentDateTime().addSecs(-120);
        status->setStatus(online);
        status->setPendingOutbox(1);
    }
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    const QString suffix = u"-%1-%2.png"_s.arg(lang, theme);
    bool ok = true;
    w.showView(MainWindow::View::ToReview);
    ok &= save(&w, QDir(out).filePath(u"window-cases"_s + suffix));
    w.showView(MainWindow::View::Deadlines);
    ok &= save(&w, QDir(out).filePath(u"window-deadlines"_s + suffix));
    w.showView(MainWindow::View::Transfers);
    ok &= save(&w, QDir(out).filePath(u"window-transfers"_s + suffix));
    w.showView(MainWindow::View::AuditTrail);
    ok &= save(&w, QDir(out).filePath(u"window-audit"_s + suffix));

    SettingsDialog settings(QString(), profile, nullptr, &w);
    settings.resize(820, 560);
    settings.show();
    if (QTest::qWaitForWindowExposed(&settings))
        ok &= save(&settings, QDir(out).filePath(u"window-settings"_s + suffix));
    return ok ? 0 : 1;
}
