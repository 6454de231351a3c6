// SPDX-License-Identifier: EUPL-1.2

#include "auditmodel.h"
#include "casefixture.h"
#include "caselistmodel.h"
#include "caselistview.h"
#include "config/language.h"
#include "config/profile.h"
#include "deadlinechart.h"
#include "deadlinesview.h"
#include "lvsimprocess.h"
#include "settingsdialog.h"
#include "store/audittrail.h"
#include "store/casecounts.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "testauditkey.h"
#include "transferlistmodel.h"
#include "traynotifier.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

// The window's other views and parts: transfers, audit trail, deadline chart, tray notifications
// and the settings dialog (its connection test against the real lvsim).
class TestWindowViews : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 26};
    const QString m_html = u"<b>x</b><img src=\"file:///etc/passwd\">"_s;
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Language::install(u"en"_s));
        StoreConfig config;
        config.auditKey = TestAuditKey::key();
        config.dataDirectory = m_dir.path();
        const Store::Status status = Store::prepare(config);
        QVERIFY2(status.ok, qPrintable(status.error));
        QString error;
        m_db = StoreConnection::open(config, StoreConnection::nameForThisThread(u"test"_s), &error);
        QVERIFY2(m_db.isOpen(), qPrintable(error));
        CaseFixture::Options options;
        options.today = m_today;
        options.firstCustomer = m_html;
        QVERIFY2(CaseFixture::fill(m_db, 300, options, &error), qPrintable(error));
        QVERIFY(CaseFixture::addOutbox(m_db, 1, u"failed"_s, 5, u"<i>refused</i>"_s, &error));
        QVERIFY(CaseFixture::addOutbox(m_db, 2, u"retrying"_s, 2, u"Timed out"_s, &error));
        QVERIFY(CaseFixture::addOutbox(m_db, 3, u"delivered"_s, 1, QString(u""_s), &error));
        AuditTrail audit(m_db);
        for (int i = 0; i < 250; ++i) {
            QVERIFY(audit.append(i % 2 ? u"virkailija"_s : u"lvdesk"_s,
                                 i % 3 ? u"case.claimed"_s : u"transfer.inbound"_s,
                                 u"case:%1"_s.arg(i + 1), QJsonObject{{u"n"_s, i}}, &error));
        }
    }

    void init() { QSettings().clear(); }

    void transfersListEveryDirectionAndFilterProblems()
    {
        TransferListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db);
        // Fixture: exports of registered cases (n % 9 == 3) plus three outbox writes.
        int exports = 0, failedExports = 0;
        for (int n = 1; n <= 300; ++n) {
            exports += n % 9 == 3 ? 1 : 0;
            failedExports += (n % 9 == 3 && n % 5 == 0) ? 1 : 0;
        }
        QCOMPARE(model.totalCount(), qint64(exports + 3));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), exports + 3);

        TransferListQuery::Filter problems;
        problems.problemsOnly = true;
        model.setFilter(problems);
        QCOMPARE(model.totalCount(), qint64(failedExports + 2));
        bool sawFailedWrite = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex state = model.index(row, TransferListModel::StateColumn);
            QVERIFY(state.data(TransferListModel::ProblemRole).toBool());
            QVERIFY2(state.data().toString().startsWith(u"⚠ "_s), "problems are marked in text");
            QVERIFY(state.data(TransferListModel::RetryableRole).toBool());
            if (state.data(TransferListModel::KindRole).toInt()
                    == int(TransferListQuery::Kind::Outbound)
                && model.rowAt(row)->state == u"failed"_s) {
                sawFailedWrite = true;
                QCOMPARE(model.index(row, TransferListModel::AttemptsColumn).data().toInt(), 5);
                // The error and the customer stay literal; tooltips are escaped.
                QCOMPARE(model.index(row, TransferListModel::ErrorColumn).data().toString(),
                         u"<i>refused</i>"_s);
                const QModelIndex customer = model.index(row, TransferListModel::CaseColumn);
                QVERIFY(customer.data().toString().contains(m_html));
                QVERIFY(!customer.data(Qt::ToolTipRole).toString().contains(u"<b>"_s));
                QCOMPARE(model.index(row, TransferListModel::NextRetryColumn).data().toString(),
                         u"Waits for Retry now"_s);
            }
        }
        QVERIFY(sawFailedWrite);
    }

    void auditTrailIsNewestFirstAndSearchable()
    {
        AuditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db);
        QVERIFY(model.totalCount() >= 250);
        QCOMPARE(model.rowCount(), 200);
        const qint64 first = model.index(0, AuditModel::SeqColumn).data().toLongLong();
        const qint64 second = model.index(1, AuditModel::SeqColumn).data().toLongLong();
        QVERIFY(first > second);
        model.fetchMore(QModelIndex());
        QCOMPARE(qint64(model.rowCount()), model.totalCount());
        model.setSearch(u"TRANSFER.inbound"_s);
        QCOMPARE(model.totalCount(), qint64(84)); // i % 3 == 0 for i in 0..249
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, AuditModel::ActionColumn).data().toString(),
                     u"transfer.inbound"_s);
    }

    void deadlineChartCountsOpenCasesPerWeek()
    {
        const QList<int> weeks = CaseCounts::duePerWeek(m_db, m_today, 12);
        QCOMPARE(weeks.size(), 12);
        // Independent count from the fixture's rules.
        const QDate monday = m_today.addDays(1 - m_today.dayOfWeek());
        QList<int> expected(12, 0);
        for (int n = 1; n <= 300; ++n) {
            if (n % 4 == 0 || n % 9 >= 7)
                continue; // no deadline, or decided/closed
            const QDate d = m_today.addDays(-20 + (n * 37) % 121);
            if (d < m_today)
                continue;
            const qint64 week = monday.daysTo(d) / 7;
            if (week < 12)
                ++expected[int(week)];
        }
        QCOMPARE(weeks, expected);

        DeadlinesView view;
        view.setToday(m_today);
        view.setDatabase(m_db, u"virkailija"_s);
        QCOMPARE(view.chart()->counts(), expected);
        // The chart reads without colour: its description names every week and number.
        const QString description = view.chart()->accessibleDescription();
        QVERIFY(description.contains(u"Wk 48: %1"_s.arg(expected.at(0))));
        QCOMPARE(description.count(u"Wk "_s), 12);
        auto *overdue = view.findChild<QRadioButton *>(u"overdueButton"_s);
        QVERIFY(overdue->isChecked());
        const CaseCounts::Counts counts = CaseCounts::read(m_db, u"virkailija"_s, m_today);
        QVERIFY(overdue->text().contains(u"(%1)"_s.arg(counts.overdue)));
        // Open cases only: closed ones are not listed even when past the date.
        QCOMPARE(view.list()->model()->totalCount(), counts.overdue);
    }

    void trayTellsOnceForABurstAndWaitsTheInterval()
    {
        TrayNotifier tray(nullptr);
        tray.setGatherDelay(30);
        tray.setMinimumInterval(600);
        QSignalSpy told(&tray, &TrayNotifier::notified);
        tray.addNewCases(2);
        tray.addNewCases(3);
        tray.setDeadlines(1, 4, m_today);
        QVERIFY(told.wait(2000));
        QCOMPARE(told.count(), 1);
        const QString text = told.first().at(1).toString();
        QVERIFY2(text.contains(u"5 new case"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 case"_s) && text.contains(u"4 case"_s), qPrintable(text));
        // The same day's deadlines are not told again; new cases wait for the interval.
        tray.setDeadlines(1, 4, m_today);
        tray.addNewCases(1);
        QTest::qWait(200);
        QCOMPARE(told.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(told.count(), 2, 3000);
        QVERIFY(told.last().at(1).toString().contains(u"1 new case"_s));

        // Turned off: nothing is told.
        TrayNotifier::setEnabledInSettings(false);
        TrayNotifier off(nullptr);
        off.setGatherDelay(10);
        QSignalSpy silent(&off, &TrayNotifier::notified);
        off.addNewCases(7);
        QTest::qWait(100);
        QCOMPARE(silent.count(), 0);
    }

    void settingsSaveTheProfileFileTheyShow()
    {
        Profile profile;
        profile.securityServer = QUrl(u"http://127.0.0.1:8080"_s);
        profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
        profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
        const QString path = m_dir.filePath(u"settings.ini"_s);
        SettingsDialog dialog(path, profile, nullptr);
        dialog.findChild<QLineEdit *>(u"diaryPattern"_s)->setText(u"KIR-{year}-{seq:4}"_s);
        dialog.findChild<QLineEdit *>(u"userId"_s)->setText(u"aino.virtanen"_s);
        dialog.findChild<QCheckBox *>(u"notifications"_s)->setChecked(false);
        QVERIFY(dialog.saveTo(path));
        QList<Profile::Issue> issues;
        const Profile saved = Profile::load(path, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(saved.diaryPattern, u"KIR-{year}-{seq:4}"_s);
        QCOMPARE(saved.userId, u"aino.virtanen"_s);
        QCOMPARE(saved.client, profile.client);
        QCOMPARE(saved.securityServer, profile.securityServer);
        QVERIFY(!TrayNotifier::enabledInSettings());
        // Opening the dialog on the saved file shows what the file says.
        SettingsDialog again(path, saved, nullptr);
        QCOMPARE(again.profileFromFields().diaryPattern, saved.diaryPattern);
    }

    void testConnectionAsksTheServiceForItsMethods()
    {
        LvSimProcess sim;
        QVERIFY(sim.start());
        Profile profile;
        profile.securityServer = sim.baseUrl();
        profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
        profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
        SettingsDialog dialog(QString(), profile, nullptr);
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        dialog.testConnection();
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(dialog.connectionTestResult().startsWith(u"Connection works"_s));

        // A client the Security Server does not know is refused, in words.
        dialog.findChild<QLineEdit *>(u"clientId"_s)->setText(u"FI-TEST/MUN/9999999-9/other"_s);
        dialog.testConnection();
        QVERIFY(tested.wait(15000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY(!dialog.connectionTestResult().isEmpty());
        QVERIFY(!dialog.connectionTestResult().startsWith(u"Connection works"_s));
    }
};

QTEST_MAIN(TestWindowViews)
#include "tst_windowviews.moc"
