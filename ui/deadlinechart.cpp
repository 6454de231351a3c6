// SPDX-License-Identifier: EUPL-1.2

#include "deadlinechart.h"

#include "store/casecounts.h"
#include "uistyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace lvdesk {

DeadlineChart::DeadlineChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"deadlineChart"_s);
    setAccessibleName(tr("Cases due per week"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DeadlineChart::setData(const QDate &today, const QList<int> &counts)
{
    m_today = today;
    m_counts = counts;
    QStringList parts;
    for (int week = 0; week < m_counts.size(); ++week)
        parts << tr("%1: %2").arg(weekLabel(week)).arg(m_counts.at(week));
    setAccessibleDescription(parts.join(u", "_s));
    update();
}

QString DeadlineChart::weekLabel(int week) const
{
    return tr("Wk %1").arg(CaseCounts::weekStart(m_today, week).weekNumber());
}

QSize DeadlineChart::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 90, fm.height() * 9};
}

QSize DeadlineChart::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 50, fm.height() * 7};
}

QRect DeadlineChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    // Room for the number above each bar and the week below it.
    return rect().adjusted(8, fm.height() + 6, -8, -(fm.height() + 6));
}

QRect DeadlineChart::barRect(int week, const QRect &plot, int maximum) const
{
    const int n = qMax(1, int(m_counts.size()));
    const double slot = double(plot.width()) / n;
    const int gap = qMax(4, int(slot * 0.2));
    const int height
        = maximum > 0 ? int(double(plot.height()) * m_counts.value(week) / maximum) : 0;
    const int left = plot.left() + int(slot * week) + gap / 2;
    return QRect(left, plot.bottom() - height + 1, qMax(2, int(slot) - gap), height);
}

void DeadlineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect plot = plotRect();
    int maximum = 0;
    for (int c : std::as_const(m_counts))
        maximum = qMax(maximum, c);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft() + QPoint(0, 1), plot.bottomRight() + QPoint(0, 1));
    for (int week = 0; week < m_counts.size(); ++week) {
        const QRect bar = barRect(week, plot, maximum);
        p.fillRect(bar, UiStyle::accentColor());
        p.setPen(text);
        const QString number = QLocale().toString(m_counts.at(week));
        p.drawText(
            QRect(bar.left() - 8, bar.top() - fm.height() - 2, bar.width() + 16, fm.height()),
            Qt::AlignHCenter | Qt::AlignBottom, number);
        p.drawText(QRect(bar.left() - 8, plot.bottom() + 4, bar.width() + 16, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, weekLabel(week));
    }
}

bool DeadlineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QRect plot = plotRect();
        const int n = qMax(1, int(m_counts.size()));
        const int week = int((help->pos().x() - plot.left()) * n / qMax(1, plot.width()));
        if (week >= 0 && week < m_counts.size()) {
            const QDate from = CaseCounts::weekStart(m_today, week);
            const QDate to = CaseCounts::weekStart(m_today, week + 1).addDays(-1);
            QToolTip::showText(help->globalPos(),
                               tr("%1 (%2–%3): %n case(s) due", nullptr, m_counts.at(week))
                                   .arg(weekLabel(week),
                                        QLocale().toString(from, QLocale::ShortFormat),
                                        QLocale().toString(to, QLocale::ShortFormat)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace lvdesk
