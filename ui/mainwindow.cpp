#include "mainwindow.h"

#include "config/appinfo.h"
#include "dialoghost.h"
#include "uilog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
const auto kGeometryKey = u"window/geometry"_s;
const auto kStateKey = u"window/state"_s;
const auto kSplitterKey = u"window/splitter"_s;
const auto kProfileKey = u"connection/profilePath"_s;
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
    const QString views[] = {tr("To review"), tr("My cases"),  tr("Deadlines"),
                             tr("Transfers"), tr("All cases"), tr("Audit trail")};
    for (const QString &view : views)
        m_navigation->addItem(view);
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 32);

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

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_navigation->minimumWidth() + 40, 900});
    setCentralWidget(splitter);

    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(u"connectionStatus"_s);
    m_connectionLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_connectionLabel);

    restoreWindowState();
    applyProfile(profilePath, profile, issues);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_syncAction = new QAction(QIcon(u":/icons/sync.svg"_s), tr("&Sync now"), this);
    m_syncAction->setObjectName(u"syncNowAction"_s);
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setToolTip(tr("Sync with the service now (F5)"));
    m_syncAction->setStatusTip(tr("Fetch new cases and send pending updates now"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);

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
    bar->addSeparator();
    bar->addAction(m_openProfileAction);
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
    m_pages->setCurrentWidget(configured ? m_casesPage : m_firstRunPage);
    if (configured) {
        m_connectionLabel->setText(
            tr("Not connected – Security Server %1").arg(m_profile.securityServer.host()));
    } else {
        m_connectionLabel->setText(tr("Not connected"));
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
                         .arg(QString::fromLatin1(AppInfo::version)));
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
