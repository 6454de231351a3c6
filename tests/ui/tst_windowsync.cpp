// SPDX-License-Identifier: EUPL-1.2

#include "caselistmodel.h"
#include "caselistview.h"
#include "caseview.h"
#include "config/language.h"
#include "config/workspace.h"
#include "dialoghost.h"
#include "lvsimprocess.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

// The real main window on a real Workspace against the real lvsim: F5 syncs without blocking the
// window, the lists and counts fill from what lvsim served, the status bar follows the sync, and
// Enter on a row opens the case in a tab.
class TestWindowSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Language::install(u"en"_s));
        QSettings().clear();
        DialogHost::setAnswerer([](DialogHost::Kind, const QString &, const QString &text) {
            qInfo("dialog: %s", qPrintable(text));
            return true;
        });
    }

    void f5SyncsFromTheServiceAndFillsTheWindow()
    {
        LvSimProcess sim;
        QVERIFY(sim.start({u"--seed"_s, u"7"_s, u"--cases"_s, u"40"_s}));
        Workspace::Options options;
        options.profile.securityServer = sim.baseUrl();
        options.profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
        options.profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
        options.profile.intervalMinutes = 600;
        options.dataDir = m_dir.filePath(u"data"_s);
        options.officer = u"virkailija"_s;
        options.officerFullName = u"Veera Virkailija"_s;
        options.secrets = &m_secrets;
        Workspace workspace(options);

        MainWindow w(QString(), options.profile, {});
        w.attachWorkspace(&workspace); // waits for ready()
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy failed(&workspace, &Workspace::failed);
        workspace.open();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isReady() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QTRY_VERIFY(w.findChild<CaseListView *>(u"caseListView"_s));
        QCOMPARE(w.counts().all, qint64(0));
        // The window says on whose behalf lvdesk acts.
        QCOMPARE(w.findChild<QLabel *>(u"officerStatus"_s)->text(),
                 u"Signed in as Veera Virkailija (virkailija)"_s);

        QSignalSpy finished(workspace.sync(), &SyncEngine::finished);
        QSignalSpy started(workspace.sync(), &SyncEngine::started);
        QTest::keyClick(&w, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        // The window keeps answering while the sync runs.
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(w.currentView(), MainWindow::View::AllCases);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const auto summary = finished.first().first().value<SyncSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.newCases > 0);

        // The lists show what was stored: one row per case lvsim served.
        QTRY_VERIFY_WITH_TIMEOUT(w.counts().all > 0, 5000);
        auto *list = w.findChild<CaseListView *>(u"caseListView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->totalCount(), w.counts().all, 5000);
        QCOMPARE(w.counts().all, qint64(summary.newCases));
        auto *nav = w.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(4)->text(), u"All cases (%1)"_s.arg(w.counts().all));
        // Every row has its service name and a masked or business id, never a full person id.
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QString customer
                = list->model()->index(row, CaseListModel::CustomerColumn).data().toString();
            QVERIFY2(!QRegularExpression(u"\\d{6}[-+A]\\d{3}[0-9A-Y]"_s).match(customer).hasMatch(),
                     qPrintable(customer));
            QVERIFY(!list->model()
                         ->index(row, CaseListModel::ServiceColumn)
                         .data()
                         .toString()
                         .isEmpty());
        }
        auto *connection = w.findChild<QLabel *>(u"connectionStatus"_s);
        QCOMPARE(connection->text(), u"Connected"_s);
        QVERIFY(w.findChild<QLabel *>(u"lastSyncStatus"_s)->text().startsWith(u"Last sync"_s));

        // Enter on a row opens the case view in a tab; closing it returns to the list.
        list->table()->setFocus();
        list->table()->setCurrentIndex(list->model()->index(0, 0));
        const qint64 caseId = list->model()->caseIdAt(0);
        QTest::keyClick(list->table(), Qt::Key_Return);
        auto *tabs = w.findChild<QTabWidget *>(u"workTabs"_s);
        QCOMPARE(tabs->count(), 2);
        auto *view = qobject_cast<CaseView *>(tabs->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->caseId(), caseId);
        // Opening the same case again shows the same tab.
        tabs->setCurrentIndex(0);
        QTest::keyClick(list->table(), Qt::Key_Return);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentWidget(), view);
        Q_EMIT view->closed();
        QTRY_COMPARE(tabs->count(), 1);
    }
};

QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
