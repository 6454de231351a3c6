// SPDX-License-Identifier: EUPL-1.2

#include "traynotifier.h"

#include "uilog.h"

#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
const auto kEnabledKey = u"notifications/enabled"_s;
}

TrayNotifier::TrayNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TrayNotifier::flush);
    m_enabled = enabledInSettings();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/lvdesk.svg"_s), this);
        m_tray->setToolTip(tr("lvdesk – Permits and supervision"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            Q_EMIT activated();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        m_tray->setVisible(m_enabled);
    }
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::enabledInSettings()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void TrayNotifier::setEnabledInSettings(bool enabled)
{
    QSettings().setValue(kEnabledKey, enabled);
}

void TrayNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (m_tray)
        m_tray->setVisible(enabled);
    if (!enabled) {
        m_timer->stop();
        m_newCases = 0;
        m_deadlinesPending = false;
    }
}

void TrayNotifier::setGatherDelay(int ms)
{
    m_gatherDelayMs = ms;
}

void TrayNotifier::addNewCases(int count)
{
    if (!m_enabled || count <= 0)
        return;
    m_newCases += count;
    schedule();
}

void TrayNotifier::setDeadlines(int overdue, int dueSoon, const QDate &today)
{
    if (!m_enabled || (overdue <= 0 && dueSoon <= 0) || m_deadlinesToldOn == today)
        return;
    m_overdue = overdue;
    m_dueSoon = dueSoon;
    m_deadlinesPending = true;
    m_deadlinesToldOn = today;
    schedule();
}

void TrayNotifier::schedule()
{
    if (m_timer->isActive())
        return;
    int delay = m_gatherDelayMs;
    if (m_lastShown.isValid()) {
        const qint64 since = m_lastShown.msecsTo(QDateTime::currentDateTimeUtc());
        delay = int(qMax<qint64>(delay, m_minimumIntervalMs - since));
    }
    m_timer->start(delay);
}

QString TrayNotifier::pendingText() const
{
    QStringList lines;
    if (m_newCases > 0)
        lines << tr("%n new case(s) arrived.", nullptr, m_newCases);
    if (m_deadlinesPending) {
        if (m_overdue > 0)
            lines << tr("%n case(s) past the deadline.", nullptr, m_overdue);
        if (m_dueSoon > 0)
            lines << tr("%n case(s) due within 7 days.", nullptr, m_dueSoon);
    }
    return lines.join(u'\n');
}

void TrayNotifier::flush()
{
    const QString text = pendingText();
    if (!m_enabled || text.isEmpty())
        return;
    m_newCases = 0;
    m_deadlinesPending = false;
    m_lastShown = QDateTime::currentDateTimeUtc();
    const QString title = tr("lvdesk");
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    qCInfo(lcUi) << "notification shown";
    Q_EMIT notified(title, text);
}

} // namespace lvdesk
