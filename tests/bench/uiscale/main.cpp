// SPDX-License-Identifier: EUPL-1.2
// bench_uiscale: the case list at scale. For each size it fills a fresh SQLite store, opens the
// real MainWindow over it and measures the time until the first rows are painted, the time of a
// search, of each filter and of a sort (until the list is painted again), and the resident memory.
//
//   bench_uiscale [--cases N]...   (default: --cases 100000 --cases 1000)
//
// Targets: first rows under 1 s, filter under 100 ms, resident memory under 300 MB at 100,000.

#include "casefixture.h"
#include "caselistmodel.h"
#include "caselistview.h"
#include "config/appinfo.h"
#include "config/language.h"
#include "mainwindow.h"
#include "store/store.h"
#include "store/storeconnection.h"
#include "testauditkey.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Lets the window lay out and paint what changed, so a measurement ends when the officer sees it.
void settle(QWidget *w)
{
    QCoreApplication::processEvents();
    w->repaint();
    QCoreApplication::processEvents();
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool run(int cases)
{
    QTemporaryDir dir;
    StoreConfig config;
    config.dataDirectory = dir.path();
    config.auditKey = TestAuditKey::key();
    const Store::Status status = Store::prepare(config);
    if (!status.ok) {
        std::fprintf(stderr, "store: %s\n", qPrintable(status.error));
        return false;
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(config, u"bench-fill"_s, &error);
        CaseFixture::Options options;
        options.today = QDate::currentDate();
        if (!db.isOpen() || !CaseFixture::fill(db, cases, options, &error)) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(error));
            return false;
        }
    }
    StoreConnection::close(u"bench-fill"_s);
    const double fillMs = ms(fillTimer);
    const double rssBefore = residentMegabytes();

    Profile profile;
    profile.securityServer = QUrl(u"http://127.0.0.1:9"_s);
    profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
    profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;

    QElapsedTimer first;
    first.start();
    auto *window = new MainWindow(QString(), profile, {});
    window->attachStore(config, u"virkailija"_s);
    window->showView(MainWindow::View::AllCases);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    settle(window);
    const double firstRowsMs = ms(first);
    auto *list = window->findChild<CaseListView *>(u"caseListView"_s);
    if (!list || list->model()->rowCount() == 0) {
        std::fprintf(stderr, "no rows shown\n");
        return false;
    }

    auto timed = [&](const std::function<void()> &change) {
        QElapsedTimer t;
        t.start();
        change();
        settle(window);
        return ms(t);
    };
    QList<double> filters;
    QStringList detail; // each filter's time, for the report
    // A search as the officer types it (Enter skips the debounce delay, which is not work).
    for (const QString &text :
         {u"virtanen"_s, u"soramonttu 7"_s, u"ympäristölupa 091"_s, u"no such customer"_s}) {
        filters << timed([&] {
            list->searchField()->setText(text);
            Q_EMIT list->searchField()->returnPressed();
        });
        detail << u"search \"%1\" %2 ms (%3 matches)"_s.arg(text)
                      .arg(filters.last(), 0, 'f', 1)
                      .arg(list->model()->totalCount());
    }
    list->clearFilters();
    settle(window);
    for (const char *name : {"serviceFilter", "stateFilter", "deadlineFilter", "handlerFilter"}) {
        auto *combo = list->findChild<QComboBox *>(QString::fromLatin1(name));
        filters << timed([&] {
            combo->setCurrentIndex(1);
            Q_EMIT combo->activated(1);
        });
        detail << u"%1 %2 ms (%3 matches)"_s.arg(QString::fromLatin1(name))
                      .arg(filters.last(), 0, 'f', 1)
                      .arg(list->model()->totalCount());
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        settle(window);
    }
    QList<double> sorts;
    for (int column : {int(CaseListModel::CustomerColumn), int(CaseListModel::DeadlineColumn),
                       int(CaseListModel::ReceivedColumn)}) {
        sorts << timed([&] { list->sortBy(column, Qt::AscendingOrder); });
    }
    // Scrolling to the end of the first pages fetches more rows.
    const double scrollMs = timed([&] {
        for (int i = 0; i < 5; ++i) {
            list->table()->scrollToBottom();
            QCoreApplication::processEvents();
        }
    });
    const int loaded = list->model()->rowCount();
    const double rss = residentMegabytes();
    std::sort(filters.begin(), filters.end());
    std::sort(sorts.begin(), sorts.end());
    std::printf("cases=%d fill_ms=%.0f first_rows_ms=%.1f filter_ms_median=%.1f "
                "filter_ms_max=%.1f sort_ms_max=%.1f scroll_5_pages_ms=%.1f rows_loaded=%d "
                "rss_mb=%.1f rss_before_window_mb=%.1f\n",
                cases, fillMs, firstRowsMs, filters.at(filters.size() / 2), filters.last(),
                sorts.last(), scrollMs, loaded, rss, rssBefore);
    for (const QString &line : std::as_const(detail))
        std::printf("  %s\n", qPrintable(line));
    std::printf("  targets: first rows < 1000 ms: %s; filter < 100 ms: %s; rss < 300 MB: %s\n",
                firstRowsMs < 1000 ? "met" : "MISSED", filters.last() < 100 ? "met" : "MISSED",
                rss < 300 ? "met" : "MISSED");
    std::fflush(stdout);
    delete window;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The bench must not touch the user's own window settings.
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toLocal8Bit());
    QApplication app(argc, argv);
    AppInfo::apply();
    Language::install(u"en"_s);
    QList<int> sizes;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--cases"_s)
            sizes << args.at(i + 1).toInt();
    }
    if (sizes.isEmpty())
        sizes = {100000, 1000};
    for (int n : std::as_const(sizes)) {
        if (n <= 0 || !run(n))
            return 1;
    }
    return 0;
}
