// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "config/profile.h"
#include "config/workspace.h"
#include "store/casecounts.h"
#include "store/storeconfig.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTimer;

namespace lvdesk {

class AuditView;
class CaseListView;
class DeadlinesView;
class StatusWidgets;
class TransfersView;
class TrayNotifier;

// MainWindow: the officer's window: navigation with live counts on the left, the selected list on
// the right with opened cases as tabs beside it, the connection and sync state in the status bar.
// It shows a first-run page until a connection is configured. Reads go through one store
// connection of its own; every write goes through the workspace's actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // profilePath may be empty (no profile yet); issues are the problems found when it was read.
    explicit MainWindow(const QString &profilePath, const Profile &profile,
                        const QList<Profile::Issue> &issues, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Profile &profile() const { return m_profile; }
    QString profilePath() const { return m_profilePath; }

    // Loads a connection profile; reports its problems to the officer. Returns false if it has any.
    bool openProfile(const QString &path);

    // The views of the navigation, in its order.
    enum class View {
        ToReview,
        MyCases,
        Deadlines,
        Transfers,
        AllCases,
        AuditTrail
    };

    // Shows the lists of this store (read-only; the officer's login decides "My cases"). Called by
    // attachWorkspace; tests call it directly with a store they filled.
    bool attachStore(const StoreConfig &config, const QString &officer);
    // Binds the window to an opened profile: its store, sync engine and actions. Waits for
    // Workspace::ready() when it is not ready yet. The workspace must outlive the window or be
    // detached first.
    void attachWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    void showView(View view);
    View currentView() const;
    // Opens the case in a tab (needs a workspace); without one only caseActivated is emitted.
    void openCase(qint64 caseId);
    // "Today" for deadlines and counts (tests pin it); invalid = the current date.
    void setToday(const QDate &today);
    CaseCounts::Counts counts() const { return m_counts; }
    // The red banner's text while the audit trail is reported broken; empty otherwise.
    QString auditBannerText() const;

public Q_SLOTS:
    // Reads the lists and counts again (coalesced: many changes in a row cost one refresh).
    void scheduleRefresh();
    void refreshNow();
    // Shows (or, for an empty problem, hides) the red banner about the audit trail.
    void showAuditProblem(const QString &problem);

Q_SIGNALS:
    // The officer asked for a sync now (F5 or the toolbar button).
    void syncRequested();
    // A profile with a usable connection was loaded.
    void profileChanged(const QString &path);
    // The officer opened a case (Enter or double click in any list).
    void caseActivated(qint64 caseId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createFirstRunPage();
    void applyProfile(const QString &path, const Profile &profile,
                      const QList<Profile::Issue> &issues);
    void updateConnectionState();
    void chooseProfile();
    void showAbout();
    void restoreWindowState();
    void createViews();
    // Reads a list when it is shown, not before: only the visible list costs time.
    void loadPage(QWidget *page);
    void updateNavigationCounts();
    void showSettings();
    void focusSearch();
    void onSyncRequested();
    QDate today() const;

    QString m_profilePath;
    Profile m_profile;
    QList<Profile::Issue> m_profileIssues;

    QAction *m_syncAction = nullptr;
    QAction *m_openProfileAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_showNavigationAction = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_firstRunPage = nullptr;
    QWidget *m_casesPage = nullptr;
    QLabel *m_firstRunDetails = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_viewActions;
    QTabWidget *m_workTabs = nullptr;
    StatusWidgets *m_status = nullptr;
    QLabel *m_auditBanner = nullptr;
    TrayNotifier *m_tray = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QPointer<Workspace> m_workspace;
    QString m_dbName;
    QSqlDatabase m_db;
    QString m_officer;
    QDate m_today;
    CaseCounts::Counts m_counts;
    CaseListView *m_caseList = nullptr; // To review, My cases and All cases share it
    DeadlinesView *m_deadlines = nullptr;
    TransfersView *m_transfers = nullptr;
    AuditView *m_audit = nullptr;
    QSet<QWidget *> m_connected; // views that have the current connection
    QSet<QWidget *> m_stale; // views to read again when shown next
};

} // namespace lvdesk
