// SPDX-License-Identifier: EUPL-1.2

#include "mainwindow.h"

#include "auditview.h"
#include "caselistmodel.h"
#include "caselistview.h"
#include "caseview.h"
#include "config/appinfo.h"
#include "config/workspace.h"
#include "deadlinesview.h"
#include "dialoghost.h"
#include "settingsdialog.h"
#include "statuswidgets.h"
#include "store/casestore.h"
#include "store/storeconnection.h"
#include "sync/syncengine.h"
#include "transfersview.h"
#include "traynotifier.h"
#include "uilog.h"
#include "uistyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
const auto kGeometryKey = u"window/geometry"_s;
const auto kStateKey = u"window/state"_s;
const auto kSplitterKey = u"window/splitter"_s;
const auto kProfileKey = u"connection/profilePath"_s;

QString navigationText(const QString &name, qint64 count)
{
    return count > 0 ? MainWindow::tr("%1 (%2)").arg(name, QLocale().toString(count)) : name;
}

QString viewName(MainWindow::View view)
{
    switch (view) {
    case MainWindow::View::ToReview:
        return MainWindow::tr("To review");
    case MainWindow::View::MyCases:
        return MainWindow::tr("My cases");
    case MainWindow::View::Deadlines:
        return MainWindow::tr("Deadlines");
    case MainWindow::View::Transfers:
        return MainWindow::tr("Transfers");
    case MainWindow::View::AllCases:
        return MainWindow::tr("All cases");
    case MainWindow::View::AuditTrail:
        return MainWindow::tr("Audit trail");
    }
    return {};
}

const MainWindow::View kViews[]
    = {MainWindow::View::ToReview,  MainWindow::View::MyCases,  MainWindow::View::Deadlines,
       MainWindow::View::Transfers, MainWindow::View::AllCases, MainWindow::View::AuditTrail};
} // namespace

MainWindow::MainWindow(const QString &profilePath, const Profile &profile,
                       const QList<Profile::Issue> &issues, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("lvdesk – Permits and supervision"));
    setWindowIcon(QIcon(u":/icons/lvdesk.svg"_s));

    createActions();
    createMenus();
    createToolBar();

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(3);
    for (const View view : kViews)
        m_navigation->addItem(viewName(view));
    // Room for the counts that follow the names once cases are there.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0)
                                  + m_navigation->fontMetrics().horizontalAdvance(u" (99 999)"_s)
                                  + 24);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(std::size(kViews)))
            showView(kViews[row]);
    });

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);
    m_firstRunPage = createFirstRunPage();
    m_pages->addWidget(m_firstRunPage);
    auto *emptyView = new QLabel(tr("No cases yet. Press F5 to sync with the service."));
    emptyView->setObjectName(u"casesPlaceholder"_s);
    emptyView->setAlignment(Qt::AlignCenter);
    emptyView->setWordWrap(true);
    m_casesPage = emptyView;
    m_pages->addWidget(m_casesPage);

    // Opened cases become tabs beside the lists; the tab bar appears with the first case.
    m_workTabs = new QTabWidget;
    m_workTabs->setObjectName(u"workTabs"_s);
    m_workTabs->setDocumentMode(true);
    m_workTabs->setTabsClosable(true);
    m_workTabs->setTabBarAutoHide(true);
    m_workTabs->addTab(m_pages, tr("Lists"));
    m_workTabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_workTabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_workTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0) {
            QWidget *page = m_workTabs->widget(index);
            m_workTabs->removeTab(index);
            page->deleteLater();
        }
    });

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_workTabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_navigation->minimumWidth() + 40, 900});

    // Shown above everything when the audit trail fails its check: in words and in red, with a
    // warning sign, so it does not rest on colour alone.
    m_auditBanner = new QLabel;
    m_auditBanner->setObjectName(u"auditBanner"_s);
    m_auditBanner->setTextFormat(Qt::PlainText);
    m_auditBanner->setWordWrap(true);
    m_auditBanner->setMargin(8);
    m_auditBanner->setAutoFillBackground(true);
    QPalette alarm = m_auditBanner->palette();
    alarm.setColor(QPalette::Window, QColor(0xb0, 0x00, 0x20));
    alarm.setColor(QPalette::WindowText, Qt::white);
    m_auditBanner->setPalette(alarm);
    QFont bold = m_auditBanner->font();
    bold.setBold(true);
    m_auditBanner->setFont(bold);
    m_auditBanner->setAccessibleName(tr("Audit trail warning"));
    m_auditBanner->setVisible(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_auditBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new StatusWidgets;
    statusBar()->addPermanentWidget(m_status);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshNow);
    m_tray = new TrayNotifier(this, this);

    restoreWindowState();
    applyProfile(profilePath, profile, issues);
}

MainWindow::~MainWindow()
{
    // The views hold copies of the connection: they go first, then the connection.
    delete m_workTabs;
    m_workTabs = nullptr;
    m_caseList = nullptr;
    m_deadlines = nullptr;
    m_transfers = nullptr;
    m_audit = nullptr;
    if (!m_dbName.isEmpty()) {
        m_db = QSqlDatabase();
        StoreConnection::close(m_dbName);
    }
}

void MainWindow::createActions()
{
    m_syncAction = new QAction(QIcon(u":/icons/sync.svg"_s), tr("&Sync now"), this);
    m_syncAction->setObjectName(u"syncNowAction"_s);
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setToolTip(tr("Sync with the service now (F5)"));
    m_syncAction->setStatusTip(tr("Fetch new cases and send pending updates now"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::onSyncRequested);

    m_searchAction = new QAction(UiStyle::icon(u"search"_s), tr("&Find…"), this);
    m_searchAction->setObjectName(u"searchAction"_s);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_searchAction->setToolTip(tr("Search the current list (Ctrl+F)"));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_settingsAction = new QAction(UiStyle::icon(u"settings"_s), tr("S&ettings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("Connection, sync, services, export, store and language"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_openProfileAction
        = new QAction(QIcon(u":/icons/profile.svg"_s), tr("&Open connection profile…"), this);
    m_openProfileAction->setObjectName(u"openProfileAction"_s);
    m_openProfileAction->setShortcut(QKeySequence::Open);
    m_openProfileAction->setStatusTip(tr("Load the connection profile your IT support gave you"));
    connect(m_openProfileAction, &QAction::triggered, this, &MainWindow::chooseProfile);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About lvdesk"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_openProfileAction);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    sync->setObjectName(u"syncMenu"_s);
    sync->addAction(m_syncAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    m_showNavigationAction = view->addAction(tr("Show &navigation"));
    m_showNavigationAction->setObjectName(u"showNavigationAction"_s);
    m_showNavigationAction->setCheckable(true);
    m_showNavigationAction->setChecked(true);
    m_showNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_showNavigationAction, &QAction::toggled, this,
            [this](bool on) { m_navigation->setVisible(on); });
    view->addAction(m_searchAction);
    view->addSeparator();
    // Ctrl+1 … Ctrl+6 go straight to a list, without the mouse.
    int number = 1;
    for (const View v : kViews) {
        QAction *go = view->addAction(viewName(v));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        connect(go, &QAction::triggered, this, [this, v] { showView(v); });
        m_viewActions << go;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_syncAction);
    bar->addAction(m_searchAction);
    bar->addSeparator();
    bar->addAction(m_openProfileAction);
    bar->addAction(m_settingsAction);
}

QWidget *MainWindow::createFirstRunPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"firstRunPage"_s);
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget;
    // Long lines are hard to read: keep the guidance to a comfortable measure.
    column->setMaximumWidth(column->fontMetrics().averageCharWidth() * 90);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("No connection is configured yet"));
    title->setObjectName(u"firstRunTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);

    auto *text = new QLabel(
        tr("lvdesk fetches your authority's cases from the Luvat ja valvonta service through your "
           "organisation's X-Road Security Server. To connect, you need a connection profile.\n\n"
           "1. Ask your IT support for the lvdesk connection profile (an .ini file).\n"
           "2. Choose File › Open connection profile… and select the file.\n"
           "3. If the profile uses a client certificate, lvdesk asks for its passphrase once and "
           "keeps it in the keychain of your computer.\n\n"
           "IT support can also start lvdesk with --profile FILE."));
    text->setObjectName(u"firstRunText"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);

    m_firstRunDetails = new QLabel;
    m_firstRunDetails->setObjectName(u"firstRunProblems"_s);
    m_firstRunDetails->setTextFormat(Qt::PlainText);
    m_firstRunDetails->setWordWrap(true);
    m_firstRunDetails->setVisible(false);

    auto *button = new QPushButton(tr("Open connection profile…"));
    button->setObjectName(u"firstRunOpenProfile"_s);
    button->setIcon(QIcon(u":/icons/profile.svg"_s));
    connect(button, &QPushButton::clicked, this, &MainWindow::chooseProfile);

    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_firstRunDetails);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void MainWindow::applyProfile(const QString &path, const Profile &profile,
                              const QList<Profile::Issue> &issues)
{
    m_profilePath = path;
    m_profile = profile;
    m_profileIssues = issues;
    if (!issues.isEmpty()) {
        QStringList lines;
        lines << tr("The connection profile %1 has problems:").arg(QDir::toNativeSeparators(path));
        for (const Profile::Issue &issue : issues)
            lines << u"• "_s + issue.message;
        m_firstRunDetails->setText(lines.join(u'\n'));
    }
    m_firstRunDetails->setVisible(!issues.isEmpty());
    updateConnectionState();
}

void MainWindow::updateConnectionState()
{
    const bool configured = m_profile.hasConnection() && m_profileIssues.isEmpty();
    m_syncAction->setEnabled(configured);
    if (!configured)
        m_pages->setCurrentWidget(m_firstRunPage);
    else if (!m_caseList)
        m_pages->setCurrentWidget(m_casesPage);
    else
        showView(currentView());
    if (m_workspace && m_workspace->sync())
        return; // the engine's status is shown
    if (configured) {
        m_status->setConnectionText(
            tr("Not connected – Security Server %1").arg(m_profile.securityServer.host()));
    } else {
        m_status->setConnectionText(tr("Not connected"));
    }
}

bool MainWindow::openProfile(const QString &path)
{
    QList<Profile::Issue> issues;
    const Profile loaded = Profile::load(path, &issues);
    applyProfile(path, loaded, issues);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const Profile::Issue &issue : issues)
            messages << issue.message;
        DialogHost::show(this, DialogHost::Kind::Warning, tr("Connection profile"),
                         tr("The connection profile cannot be used:") + u"\n\n"_s
                             + messages.join(u'\n'));
        return false;
    }
    QSettings().setValue(kProfileKey, path);
    qCInfo(lcUi) << "connection profile loaded";
    if (m_profile.hasConnection())
        Q_EMIT profileChanged(path);
    return true;
}

void MainWindow::chooseProfile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open connection profile"), QDir::homePath(),
                                       tr("Connection profiles (*.ini);;All files (*)"));
    if (!path.isEmpty())
        openProfile(path);
}

void MainWindow::showAbout()
{
    DialogHost::show(this, DialogHost::Kind::Information, tr("About lvdesk"),
                     tr("lvdesk %1\n\nHandles cases from the Luvat ja valvonta permit service "
                        "through its electronic interface: review before transfer, deadlines and "
                        "the transfer status of every item.")
                             .arg(QString::fromLatin1(AppInfo::version))
                         + u"\n\n"_s
                         + tr("Licensed under the European Union Public Licence (EUPL) v. 1.2."));
}

QDate MainWindow::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    if (m_caseList)
        m_caseList->model()->setToday(today);
    if (m_deadlines)
        m_deadlines->setToday(today);
    updateNavigationCounts();
}

void MainWindow::createViews()
{
    if (m_caseList)
        return;
    m_caseList = new CaseListView;
    m_caseList->model()->setToday(m_today);
    m_deadlines = new DeadlinesView;
    if (m_today.isValid())
        m_deadlines->setToday(m_today);
    m_transfers = new TransfersView;
    m_audit = new AuditView;
    for (QWidget *page : {static_cast<QWidget *>(m_caseList), static_cast<QWidget *>(m_deadlines),
                          static_cast<QWidget *>(m_transfers), static_cast<QWidget *>(m_audit)})
        m_pages->addWidget(page);
    connect(m_caseList, &CaseListView::caseActivated, this, &MainWindow::openCase);
    connect(m_deadlines, &DeadlinesView::caseActivated, this, &MainWindow::openCase);
    connect(m_transfers, &TransfersView::caseActivated, this, &MainWindow::openCase);
    connect(m_transfers, &TransfersView::retryFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
}

bool MainWindow::attachStore(const StoreConfig &config, const QString &officer)
{
    if (m_dbName.isEmpty())
        m_dbName = StoreConnection::nameForThisThread(u"ui"_s);
    if (m_db.isValid()) {
        // A new store replaces the old one: the views let go of the connection first.
        if (m_caseList) {
            m_caseList->setDatabase(QSqlDatabase());
            m_deadlines->setDatabase(QSqlDatabase(), officer);
            m_transfers->setDatabase(QSqlDatabase());
            m_audit->setDatabase(QSqlDatabase());
        }
        m_db = QSqlDatabase();
        StoreConnection::close(m_dbName);
    }
    QString error;
    m_db = StoreConnection::open(config, m_dbName, &error);
    if (!m_db.isOpen()) {
        qCWarning(lcUi) << "the window could not open its store connection";
        DialogHost::show(this, DialogHost::Kind::Error, tr("Store"), error);
        return false;
    }
    m_officer = officer;
    createViews();
    m_connected.clear();
    m_stale = {m_caseList, m_deadlines, m_transfers, m_audit};
    if (m_navigation->currentRow() < 0) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(int(View::ToReview));
    }
    updateNavigationCounts();
    updateConnectionState();
    showView(currentView());
    return true;
}

void MainWindow::loadPage(QWidget *page)
{
    if (!m_stale.contains(page) || !m_db.isValid())
        return;
    m_stale.remove(page);
    const bool connected = m_connected.contains(page);
    m_connected.insert(page);
    if (page == m_caseList) {
        if (connected)
            m_caseList->refresh();
        else
            m_caseList->setDatabase(m_db);
    } else if (page == m_deadlines) {
        if (connected)
            m_deadlines->refresh();
        else
            m_deadlines->setDatabase(m_db, m_officer);
    } else if (page == m_transfers) {
        if (connected)
            m_transfers->refresh();
        else
            m_transfers->setDatabase(m_db);
    } else if (page == m_audit) {
        if (connected)
            m_audit->refresh();
        else
            m_audit->setDatabase(m_db);
    }
}

void MainWindow::attachWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (!workspace)
        return;
    if (!workspace->isReady()) {
        connect(
            workspace, &Workspace::ready, this, [this, workspace] { attachWorkspace(workspace); },
            Qt::SingleShotConnection);
        connect(workspace, &Workspace::failed, this, [this](const QString &message) {
            m_status->setConnectionText(tr("Not connected"));
            DialogHost::show(this, DialogHost::Kind::Error, tr("Connection profile"), message);
        });
        return;
    }
    if (!attachStore(workspace->storeConfig(), workspace->officer()))
        return;
    m_transfers->setActions(workspace->actions());
    m_status->setOfficer(workspace->officerDisplayName());
    showAuditProblem(workspace->auditProblem());
    connect(workspace, &Workspace::auditTrailBroken, this, &MainWindow::showAuditProblem);
    connect(workspace, &Workspace::casesChanged, this, &MainWindow::scheduleRefresh);
    if (SyncEngine *engine = workspace->sync()) {
        m_status->bind(engine);
        connect(engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
            m_tray->addNewCases(summary.newCases);
            if (!summary.error.isEmpty())
                statusBar()->showMessage(summary.error, 10000);
            scheduleRefresh();
        });
    }
    updateConnectionState();
}

void MainWindow::showAuditProblem(const QString &problem)
{
    if (problem.isEmpty()) {
        m_auditBanner->setVisible(false);
        return;
    }
    m_auditBanner->setText(tr("⚠ The audit trail failed its check: someone has changed, removed "
                              "or added entries outside lvdesk. Tell IT support; nothing is "
                              "exported to the case register until they have looked at it.\n%1")
                               .arg(problem));
    m_auditBanner->setVisible(true);
}

QString MainWindow::auditBannerText() const
{
    return m_auditBanner->isVisible() ? m_auditBanner->text() : QString();
}

MainWindow::View MainWindow::currentView() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < int(std::size(kViews)) ? kViews[row] : View::ToReview;
}

void MainWindow::showView(View view)
{
    if (m_navigation->currentRow() != int(view)) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(int(view));
    }
    m_workTabs->setCurrentIndex(0);
    if (!m_caseList)
        return;
    switch (view) {
    case View::ToReview:
        m_caseList->setScope(CaseListQuery::Scope::ToReview, m_officer);
        m_pages->setCurrentWidget(m_caseList);
        break;
    case View::MyCases:
        m_caseList->setScope(CaseListQuery::Scope::Mine, m_officer);
        m_pages->setCurrentWidget(m_caseList);
        break;
    case View::AllCases:
        m_caseList->setScope(CaseListQuery::Scope::All, m_officer);
        m_pages->setCurrentWidget(m_caseList);
        break;
    case View::Deadlines:
        m_pages->setCurrentWidget(m_deadlines);
        break;
    case View::Transfers:
        m_pages->setCurrentWidget(m_transfers);
        break;
    case View::AuditTrail:
        m_pages->setCurrentWidget(m_audit);
        break;
    }
    loadPage(m_pages->currentWidget());
    m_workTabs->setTabText(0, viewName(view));
}

void MainWindow::openCase(qint64 caseId)
{
    Q_EMIT caseActivated(caseId);
    if (!m_workspace || !m_workspace->isReady())
        return;
    for (int i = 1; i < m_workTabs->count(); ++i) {
        auto *open = qobject_cast<CaseView *>(m_workTabs->widget(i));
        if (open && open->caseId() == caseId) {
            m_workTabs->setCurrentIndex(i);
            return;
        }
    }
    auto *view = new CaseView(m_workspace, caseId);
    QString title = tr("Case");
    if (const auto stored = CaseStore(m_db).caseById(caseId))
        title = stored->projectPartId;
    const int index = m_workTabs->addTab(view, title);
    m_workTabs->setTabToolTip(index, title.toHtmlEscaped());
    m_workTabs->setCurrentIndex(index);
    connect(view, &CaseView::closed, this, [this, view] {
        const int at = m_workTabs->indexOf(view);
        if (at > 0)
            m_workTabs->removeTab(at);
        view->deleteLater();
        m_workTabs->setCurrentIndex(0);
    });
    connect(view, &CaseView::actionFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
}

void MainWindow::scheduleRefresh()
{
    m_refreshTimer->start();
}

void MainWindow::refreshNow()
{
    if (!m_caseList)
        return;
    // Only the visible list reads again now; the others when they are shown next.
    m_stale = {m_caseList, m_deadlines, m_transfers, m_audit};
    loadPage(m_pages->currentWidget());
    updateNavigationCounts();
}

void MainWindow::updateNavigationCounts()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    m_counts = CaseCounts::read(m_db, m_officer, today());
    if (!m_counts.ok)
        return;
    const qint64 numbers[]
        = {m_counts.toReview,         m_counts.mine, m_counts.overdue + m_counts.dueSoon,
           m_counts.transferProblems, m_counts.all,  0};
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setText(navigationText(viewName(kViews[row]), numbers[row]));
        if (kViews[row] == View::Transfers && m_counts.transferProblems > 0)
            item->setToolTip(
                tr("%n transfer(s) need attention", nullptr, int(m_counts.transferProblems)));
        else if (kViews[row] == View::Deadlines)
            item->setToolTip(
                tr("%1 overdue, %2 due within 7 days").arg(m_counts.overdue).arg(m_counts.dueSoon));
    }
    m_tray->setDeadlines(int(m_counts.overdue), int(m_counts.dueSoon), today());
}

void MainWindow::focusSearch()
{
    if (!m_caseList)
        return;
    if (m_workTabs->currentIndex() != 0)
        m_workTabs->setCurrentIndex(0);
    QWidget *current = m_pages->currentWidget();
    if (current == m_audit)
        m_audit->focusSearch();
    else if (current == m_deadlines)
        m_deadlines->list()->focusSearch();
    else {
        if (current != m_caseList)
            showView(View::AllCases);
        m_caseList->focusSearch();
    }
}

void MainWindow::onSyncRequested()
{
    Q_EMIT syncRequested();
    if (m_workspace && m_workspace->sync())
        m_workspace->sync()->syncNow();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_profilePath, m_profile, m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tray->setEnabled(TrayNotifier::enabledInSettings());
    if (!dialog.savedPath().isEmpty())
        openProfile(dialog.savedPath());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: a comfortable size that still fits small or highly scaled screens.
        QSize size(1100, 720);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(kSplitterKey, splitter->saveState());
    event->accept();
}

} // namespace lvdesk
