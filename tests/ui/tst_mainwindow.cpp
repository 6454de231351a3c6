// SPDX-License-Identifier: EUPL-1.2

#include "casefixture.h"
#include "caselistmodel.h"
#include "caselistview.h"
#include "config/appinfo.h"
#include "config/language.h"
#include "config/workspace.h"
#include "deadlinesview.h"
#include "dialoghost.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretkeys.h"
#include "statuswidgets.h"
#include "store/audittrail.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "testauditkey.h"
#include "transferlistmodel.h"
#include "transfersview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using lvdesk::MainWindow;
using lvdesk::Profile;
namespace DialogHost = lvdesk::DialogHost;

struct StoreConfigAndDb
{
    lvdesk::StoreConfig config;
    bool ok = false;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString writeProfile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"p%1.ini"_s.arg(++m_count));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    static QString statusText(const MainWindow &w)
    {
        auto *label = w.findChild<QLabel *>(u"connectionStatus"_s);
        return label ? label->text() : QString();
    }

    // Every text an officer can read in the window: menus, actions, labels, buttons, list items.
    static QStringList visibleTexts(MainWindow &w)
    {
        QStringList texts;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (!a->text().isEmpty() && !a->isSeparator())
                texts << a->text();
            if (!a->toolTip().isEmpty())
                texts << a->toolTip();
        }
        for (QLabel *l : w.findChildren<QLabel *>()) {
            if (!l->text().isEmpty())
                texts << l->text();
        }
        for (QPushButton *b : w.findChildren<QPushButton *>())
            texts << b->text();
        if (auto *nav = w.findChild<QListWidget *>(u"navigation"_s)) {
            for (int i = 0; i < nav->count(); ++i)
                texts << nav->item(i)->text();
        }
        texts << w.windowTitle();
        return texts;
    }

    // A store with 500 cases; case 1's customer name is HTML.
    StoreConfigAndDb prepareStore()
    {
        StoreConfigAndDb s;
        s.config.dataDirectory = m_dir.filePath(u"store%1"_s.arg(++m_count));
        s.config.auditKey = lvdesk::TestAuditKey::key();
        const lvdesk::Store::Status status = lvdesk::Store::prepare(s.config);
        if (!status.ok)
            return s;
        QString error;
        QSqlDatabase db = lvdesk::StoreConnection::open(s.config, u"fill%1"_s.arg(m_count), &error);
        lvdesk::CaseFixture::Options options;
        options.today = m_today;
        options.firstCustomer = m_html;
        s.ok = db.isOpen() && lvdesk::CaseFixture::fill(db, 500, options, &error)
               && lvdesk::CaseFixture::addOutbox(db, 1, u"failed"_s, 4, u"Refused"_s, &error);
        return s;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    const QDate m_today{2026, 11, 26};
    const QString m_html = u"<b>x</b><img src=\"file:///etc/passwd\">"_s;
    const QByteArray m_goodProfile = "[connection]\nsecurityServer=http://127.0.0.1:8080\n"
                                     "client=FI-TEST/MUN/0135202-4/lvdesk\n"
                                     "service=FI-TEST/GOV/0245437-2/LV/lvService\n";

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        lvdesk::Language::install(u"en"_s);
        DialogHost::setAnswerer({});
    }

    void withoutProfileShowsFirstRunAndDisablesSync()
    {
        MainWindow w(QString(), Profile(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *toolBar = w.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        auto *sync = w.findChild<QAction *>(u"syncNowAction"_s);
        QVERIFY(sync);
        QVERIFY(toolBar->actions().contains(sync));
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!sync->isEnabled());

        QCOMPARE(statusText(w), u"Not connected"_s);
        auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"firstRunPage"_s);
        QVERIFY(w.findChild<QLabel *>(u"firstRunText"_s)->text().contains(u"IT support"_s));
        QCOMPARE(w.findChild<QListWidget *>(u"navigation"_s)->count(), 6);

        QSignalSpy spy(&w, &MainWindow::syncRequested);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(spy.count(), 0);
    }

    void loadingAProfileEnablesSyncOnF5()
    {
        MainWindow w(QString(), Profile(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy changed(&w, &MainWindow::profileChanged);
        const QString path = writeProfile(m_goodProfile);
        QVERIFY(w.openProfile(path));
        QCOMPARE(changed.count(), 1);

        auto *sync = w.findChild<QAction *>(u"syncNowAction"_s);
        QVERIFY(sync->isEnabled());
        QVERIFY(statusText(w).startsWith(u"Not connected"_s));
        QVERIFY(statusText(w).contains(u"127.0.0.1"_s));
        auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"casesPlaceholder"_s);

        QSignalSpy spy(&w, &MainWindow::syncRequested);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(QSettings().value(u"connection/profilePath"_s).toString(), path);
    }

    void brokenProfileIsExplainedAndKeepsSyncDisabled()
    {
        QStringList shown;
        DialogHost::setAnswerer([&](DialogHost::Kind, const QString &, const QString &text) {
            shown << text;
            return true;
        });
        MainWindow w(QString(), Profile(), {});
        const QString path = writeProfile("[connection]\nsecurityServer=http://ss.remote\n"
                                          "client=FI/MUN\n");
        QVERIFY(!w.openProfile(path));
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(u"connection/securityServer"_s));
        QVERIFY(shown.first().contains(u"connection/client"_s));
        QVERIFY(!w.findChild<QAction *>(u"syncNowAction"_s)->isEnabled());
        auto *problems = w.findChild<QLabel *>(u"firstRunProblems"_s);
        QVERIFY(problems->isVisibleTo(&w));
        QVERIFY(problems->text().contains(u"connection/client"_s));
    }

    void geometryIsSavedAndRestored()
    {
        {
            MainWindow w(QString(), Profile(), {});
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 640);
            w.close();
        }
        QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
        MainWindow again(QString(), Profile(), {});
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void withAStoreListsShowLiveCountsAndWorkByKeyboard()
    {
        const StoreConfigAndDb store = prepareStore();
        QVERIFY(store.ok);
        const QString path = writeProfile(m_goodProfile);
        QList<Profile::Issue> issues;
        const Profile profile = Profile::load(path, &issues);
        QVERIFY(issues.isEmpty());
        MainWindow w(path, profile, issues);
        w.setToday(m_today);
        QVERIFY(w.attachStore(store.config, u"virkailija"_s));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"caseListView"_s);
        QCOMPARE(w.currentView(), MainWindow::View::ToReview);
        const lvdesk::CaseCounts::Counts counts = w.counts();
        QVERIFY(counts.ok);
        QCOMPARE(counts.all, qint64(500));
        auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(0)->text(), u"To review (%1)"_s.arg(counts.toReview));
        QCOMPARE(nav->item(4)->text(), u"All cases (500)"_s);
        QCOMPARE(nav->item(3)->text(), u"Transfers (%1)"_s.arg(counts.transferProblems));
        auto *list = w.findChild<lvdesk::CaseListView *>(u"caseListView"_s);
        QCOMPARE(list->model()->totalCount(), counts.toReview);

        // Ctrl+3: deadlines; Ctrl+4: transfers; Ctrl+5: all cases.
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"deadlinesView"_s);
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"transfersView"_s);
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget(), list);
        QCOMPARE(list->model()->totalCount(), qint64(500));

        // Ctrl+F goes to the search; typing filters; Enter moves to the results; Enter opens.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(list->searchField()->hasFocus());
        QTest::keyClicks(list->searchField(), u"PP-000014"_s);
        QTest::keyClick(list->searchField(), Qt::Key_Return);
        QCOMPARE(list->model()->totalCount(), qint64(1));
        QVERIFY(list->table()->hasFocus());
        QSignalSpy opened(&w, &MainWindow::caseActivated);
        QTest::keyClick(list->table(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), qint64(14));
    }

    void customerHtmlShowsLiterallyInEveryList()
    {
        const StoreConfigAndDb store = prepareStore();
        QVERIFY(store.ok);
        MainWindow w(QString(), Profile(), {});
        w.setToday(m_today);
        QVERIFY(w.attachStore(store.config, u"virkailija"_s));
        w.showView(MainWindow::View::AllCases);
        auto *list = w.findChild<lvdesk::CaseListView *>(u"caseListView"_s);
        list->searchField()->setText(u"<img"_s);
        QTest::keyClick(list->searchField(), Qt::Key_Return);
        QCOMPARE(list->model()->totalCount(), qint64(1));
        const QModelIndex name = list->model()->index(0, lvdesk::CaseListModel::CustomerColumn);
        QVERIFY(name.data().toString().startsWith(m_html));
        QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(m_html.toHtmlEscaped()));

        auto *transfers = w.findChild<lvdesk::TransfersView *>(u"transfersView"_s);
        QCOMPARE(transfers->model()->rowCount(), 0); // read only when shown
        w.showView(MainWindow::View::Transfers);
        bool found = false;
        for (int row = 0; row < transfers->model()->rowCount(); ++row) {
            const QModelIndex c
                = transfers->model()->index(row, lvdesk::TransferListModel::CaseColumn);
            if (c.data().toString().contains(m_html)) {
                found = true;
                QVERIFY(!c.data(Qt::ToolTipRole).toString().contains(u"<img"_s));
            }
        }
        QVERIFY(found);
        // Every label in the window that could show customer text shows plain text.
        for (QLabel *label : w.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText || !label->text().contains(m_html),
                     qPrintable(label->objectName()));
    }

    void statusBarTellsTheSyncStateInWords()
    {
        MainWindow w(QString(), Profile(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *status = w.findChild<lvdesk::StatusWidgets *>(u"statusWidgets"_s);
        QVERIFY(status);
        lvdesk::ConnectionStatus offline;
        offline.state = lvdesk::ConnectionState::Offline;
        offline.nextRetry = QDateTime(m_today, QTime(10, 30));
        offline.lastSuccessfulSync = QDateTime(m_today, QTime(9, 15));
        status->setStatus(offline);
        QVERIFY(statusText(w).startsWith(u"Offline"_s));
        QVERIFY2(statusText(w).contains(QLocale().toString(QTime(10, 30), QLocale::ShortFormat)),
                 qPrintable(statusText(w)));
        auto *last = w.findChild<QLabel *>(u"lastSyncStatus"_s);
        QVERIFY2(last->text().contains(QLocale().toString(QTime(9, 15), QLocale::ShortFormat)),
                 qPrintable(last->text()));
        auto *progress = w.findChild<QProgressBar *>(u"syncProgress"_s);
        QVERIFY(!progress->isVisible());
        status->setRunning(true);
        lvdesk::SyncProgress p;
        p.phase = lvdesk::SyncProgress::Phase::Download;
        p.done = 3;
        p.total = 8;
        status->setProgress(p);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), 3);
        QCOMPARE(progress->maximum(), 8);
        status->setRunning(false);
        QVERIFY(!progress->isVisible());
        status->setPendingOutbox(2);
        QVERIFY(w.findChild<QLabel *>(u"outboxStatus"_s)->text().startsWith(u"2 update"_s));
    }

    void aboutStatesTheLicence_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("licence");
        QTest::newRow("en") << u"en"_s
                            << u"Licensed under the European Union Public Licence (EUPL) v. 1.2"_s;
        QTest::newRow("fi") << u"fi"_s
                            << u"Lisensoitu Euroopan unionin yleisellä lisenssillä (EUPL) v. 1.2"_s;
        QTest::newRow("sv") << u"sv"_s
                            << u"Licensierad enligt European Union Public Licence (EUPL) v. 1.2"_s;
    }

    void aboutStatesTheLicence()
    {
        QFETCH(QString, lang);
        QFETCH(QString, licence);
        QVERIFY(lvdesk::Language::install(lang));
        QStringList shown;
        DialogHost::setAnswerer([&](DialogHost::Kind, const QString &, const QString &text) {
            shown << text;
            return true;
        });
        MainWindow w(QString(), Profile(), {});
        w.findChild<QAction *>(u"aboutAction"_s)->trigger();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(licence), qPrintable(shown.first()));
        QVERIFY(shown.first().contains(QString::fromLatin1(lvdesk::AppInfo::version)));
    }

    void everyVisibleTextIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("notConnected");
        QTest::newRow("fi") << u"fi"_s << u"Ei yhteyttä"_s;
        QTest::newRow("sv") << u"sv"_s << u"Ingen anslutning"_s;
    }

    void auditTrailKeyIsMadeOnceAndItsBreakShowsInRed()
    {
        // A workstation opening an unsigned store makes the trail's key and keeps it in its
        // keychain; lvdesk appends signed entries, and the check at start anchors their head.
        lvdesk::MemorySecretStore keychain;
        lvdesk::Workspace::Options options;
        QList<Profile::Issue> issues;
        options.profile = Profile::load(writeProfile(m_goodProfile), &issues);
        QVERIFY(issues.isEmpty());
        options.dataDir = m_dir.filePath(u"audited"_s);
        options.officer = u"virkailija"_s;
        options.secrets = &keychain;
        auto openWorkspace = [](lvdesk::Workspace &workspace) {
            QSignalSpy failed(&workspace, &lvdesk::Workspace::failed);
            workspace.open();
            if (!QTest::qWaitFor([&] { return workspace.isReady() || !failed.isEmpty(); }, 20000))
                return u"timed out"_s;
            return failed.isEmpty() ? QString() : failed.first().first().toString();
        };
        lvdesk::StoreConfig config;
        {
            lvdesk::Workspace first(options);
            QCOMPARE(openWorkspace(first), QString());
            QVERIFY(first.auditProblem().isEmpty());
            config = first.storeConfig();
        }
        const QString keyName = lvdesk::SecretKeys::auditKey(config.identity());
        QVERIFY(keychain.contains(keyName));
        QCOMPARE(config.auditKey.size(), 32);
        {
            QString error;
            QSqlDatabase db = lvdesk::StoreConnection::open(config, u"audited"_s, &error);
            lvdesk::AuditTrail trail(db);
            for (int i = 1; i <= 6; ++i)
                QVERIFY(trail.append(u"virkailija"_s, u"test.step"_s, u"case:1"_s, {}));
        }
        lvdesk::StoreConnection::close(u"audited"_s);
        {
            lvdesk::Workspace second(options); // the same key from the keychain; anchors 6
            QCOMPARE(openWorkspace(second), QString());
            QVERIFY(second.auditProblem().isEmpty());
            QCOMPARE(second.storeConfig().auditKey, config.auditKey);
        }
        // Someone with the database file removes the newest entries.
        {
            QString error;
            QSqlDatabase db = lvdesk::StoreConnection::open(config, u"tamper"_s, &error);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER audit_trail_no_delete"_s));
            QVERIFY(q.exec(u"DELETE FROM audit_trail WHERE seq >= 5"_s));
        }
        lvdesk::StoreConnection::close(u"tamper"_s);

        QVERIFY(lvdesk::Language::install(u"fi"_s));
        lvdesk::Workspace third(options);
        MainWindow w(QString(), options.profile, {});
        w.attachWorkspace(&third);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(openWorkspace(third), QString()); // the officer can still work and read
        QVERIFY(!third.auditProblem().isEmpty());
        auto *banner = w.findChild<QLabel *>(u"auditBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Tarkastusloki"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"6"_s)); // the anchored entry that is gone is named
        QCOMPARE(w.auditBannerText(), banner->text());
        QCOMPARE(banner->palette().color(QPalette::Window), QColor(0xb0, 0x00, 0x20));

        // Another workstation without the key is told to get it, and signs nothing.
        lvdesk::MemorySecretStore empty;
        lvdesk::Workspace::Options elsewhere = options;
        elsewhere.secrets = &empty;
        lvdesk::Workspace fourth(elsewhere);
        const QString refused = openWorkspace(fourth);
        QVERIFY2(refused.contains(lvdesk::AuditTrail::keyIdOf(config.auditKey)),
                 qPrintable(refused));
        QVERIFY(!empty.contains(keyName));
    }

    void everyVisibleTextIsTranslated()
    {
        QFETCH(QString, lang);
        QFETCH(QString, notConnected);
        QStringList english;
        {
            MainWindow w(QString(), Profile(), {});
            english = visibleTexts(w);
        }
        QVERIFY(english.size() > 20);
        QVERIFY(lvdesk::Language::install(lang));
        MainWindow w(QString(), Profile(), {});
        QCOMPARE(statusText(w), notConnected);
        const QStringList translated = visibleTexts(w);
        QCOMPARE(translated.size(), english.size());
        for (const QString &text : translated) {
            const QString plain = QString(text).remove(u'&');
            if (plain == u"lvdesk"_s)
                continue;
            QVERIFY2(!english.contains(text), qPrintable(u"untranslated: "_s + text));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
