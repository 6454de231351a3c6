#pragma once

#include "config/profile.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QPushButton;

namespace lvdesk {

// MainWindow: the officer's window: navigation on the left, the selected view on the right, the
// connection state in the status bar. It shows a first-run page until a connection is configured.
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

Q_SIGNALS:
    // The officer asked for a sync now (F5 or the toolbar button).
    void syncRequested();
    // A profile with a usable connection was loaded.
    void profileChanged(const QString &path);

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
    QLabel *m_connectionLabel = nullptr;
};

} // namespace lvdesk
