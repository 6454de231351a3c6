// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace lvdesk {

// TrayNotifier: the tray icon and its notifications. New cases and deadlines coming due are added
// up and told in one message, at most once per interval, so a large sync does not flood the
// desktop. The officer can turn notifications off (stored in the settings).
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    static bool enabledInSettings();
    static void setEnabledInSettings(bool enabled);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setMinimumInterval(int ms) { m_minimumIntervalMs = ms; }
    // How long to wait for more news before telling (bursts become one message).
    void setGatherDelay(int ms);

    void addNewCases(int count);
    // Open deadlines overdue or due within 7 days; told once a day while there are any.
    void setDeadlines(int overdue, int dueSoon, const QDate &today);
    QString pendingText() const;

Q_SIGNALS:
    // One message was shown (or would have been, where the desktop has no tray).
    void notified(const QString &title, const QString &text);
    void activated();

private:
    void schedule();
    void flush();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer = nullptr;
    bool m_enabled = true;
    int m_minimumIntervalMs = 10 * 60 * 1000;
    int m_gatherDelayMs = 3000;
    int m_newCases = 0;
    int m_overdue = 0;
    int m_dueSoon = 0;
    bool m_deadlinesPending = false;
    QDate m_deadlinesToldOn;
    QDateTime m_lastShown;
};

} // namespace lvdesk
