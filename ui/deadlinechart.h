// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace lvdesk {

// DeadlineChart: a bar chart of the cases due in each of the next weeks. Every bar carries its
// number and its week, so the chart reads without colour, and its accessible description lists
// the same numbers for screen readers.
class DeadlineChart : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlineChart(QWidget *parent = nullptr);

    // counts[i]: cases due in week i (week 0 starts today, see CaseCounts::duePerWeek).
    void setData(const QDate &today, const QList<int> &counts);
    QList<int> counts() const { return m_counts; }
    QString weekLabel(int week) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barRect(int week, const QRect &plot, int maximum) const;
    QRect plotRect() const;

    QDate m_today;
    QList<int> m_counts;
};

} // namespace lvdesk
