// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace lvdesk {

class CaseListView;
class DeadlineChart;

// DeadlinesView: the officer's deadlines: overdue, due within 7 days and later, each with days
// left and where the deadline comes from, over a chart of the cases due per week for the next 12
// weeks.
class DeadlinesView : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlinesView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db, const QString &officer);
    void setToday(const QDate &today); // tests pin it; invalid = the current date
    CaseListView *list() const { return m_list; }
    DeadlineChart *chart() const { return m_chart; }

    static constexpr int chartWeeks = 12;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void caseActivated(qint64 caseId);

private:
    QDate today() const;
    void showWindow(int window);

    QSqlDatabase m_db;
    QString m_officer;
    QDate m_today;
    DeadlineChart *m_chart = nullptr;
    CaseListView *m_list = nullptr;
    QButtonGroup *m_windows = nullptr;
    QRadioButton *m_overdue = nullptr;
    QRadioButton *m_soon = nullptr;
    QRadioButton *m_later = nullptr;
    QRadioButton *m_all = nullptr;
};

} // namespace lvdesk
