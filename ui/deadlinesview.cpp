// SPDX-License-Identifier: EUPL-1.2

#include "deadlinesview.h"

#include "caselistmodel.h"
#include "caselistview.h"
#include "deadlinechart.h"
#include "store/casecounts.h"
#include "store/caselistquery.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

DeadlinesView::DeadlinesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"deadlinesView"_s);
    m_chart = new DeadlineChart;
    auto *chartBox = new QGroupBox(tr("Cases due per week, next 12 weeks"));
    chartBox->setObjectName(u"deadlineChartBox"_s);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart);

    m_overdue = new QRadioButton;
    m_overdue->setObjectName(u"overdueButton"_s);
    m_soon = new QRadioButton;
    m_soon->setObjectName(u"dueSoonButton"_s);
    m_later = new QRadioButton;
    m_later->setObjectName(u"dueLaterButton"_s);
    m_all = new QRadioButton(tr("&All with a deadline"));
    m_all->setObjectName(u"allDeadlinesButton"_s);
    m_windows = new QButtonGroup(this);
    m_windows->addButton(m_overdue, int(CaseListQuery::DeadlineWindow::Overdue));
    m_windows->addButton(m_soon, int(CaseListQuery::DeadlineWindow::Within7Days));
    m_windows->addButton(m_later, int(CaseListQuery::DeadlineWindow::Later));
    m_windows->addButton(m_all, int(CaseListQuery::DeadlineWindow::Any));
    m_overdue->setChecked(true);
    connect(m_windows, &QButtonGroup::idClicked, this, &DeadlinesView::showWindow);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_overdue);
    choices->addWidget(m_soon);
    choices->addWidget(m_later);
    choices->addWidget(m_all);
    choices->addStretch(1);

    m_list = new CaseListView;
    m_list->setObjectName(u"deadlineList"_s);
    m_list->setDeadlineChoiceVisible(false);
    m_list->sortBy(CaseListModel::DeadlineColumn, Qt::AscendingOrder);
    connect(m_list, &CaseListView::caseActivated, this, &DeadlinesView::caseActivated);

    auto *listBox = new QWidget;
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(choices);
    listLayout->addWidget(m_list, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(chartBox);
    layout->addWidget(listBox, 1);
    setTabOrder(m_overdue, m_soon);
    setTabOrder(m_soon, m_later);
    setTabOrder(m_later, m_all);
    refresh();
}

QDate DeadlinesView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DeadlinesView::setToday(const QDate &today)
{
    m_today = today;
    m_list->model()->setToday(today);
    refresh();
}

void DeadlinesView::setDatabase(const QSqlDatabase &db, const QString &officer)
{
    m_db = db;
    m_officer = officer;
    m_list->setScope(CaseListQuery::Scope::OpenDeadlines, officer);
    m_list->setDatabase(db);
    // The deadline's source belongs in this list.
    m_list->table()->setColumnHidden(CaseListModel::DeadlineSourceColumn, false);
    // Room for the source: when a case arrived and its transfers belong to the other lists.
    m_list->table()->setColumnHidden(CaseListModel::ReceivedColumn, true);
    m_list->table()->setColumnHidden(CaseListModel::TransferColumn, true);
    // The source belongs next to the deadline it explains.
    QHeaderView *header = m_list->table()->horizontalHeader();
    header->moveSection(header->visualIndex(CaseListModel::DeadlineSourceColumn),
                        header->visualIndex(CaseListModel::DeadlineColumn) + 1);
    showWindow(m_windows->checkedId());
    refresh();
}

void DeadlinesView::showWindow(int window)
{
    m_list->setDeadlineWindow(CaseListQuery::DeadlineWindow(window));
}

void DeadlinesView::refresh()
{
    CaseCounts::Counts counts;
    QList<int> weeks(chartWeeks, 0);
    if (m_db.isValid() && m_db.isOpen()) {
        counts = CaseCounts::read(m_db, m_officer, today());
        weeks = CaseCounts::duePerWeek(m_db, today(), chartWeeks);
        m_list->refresh();
    }
    qint64 later = 0;
    const CaseListQuery query(m_db);
    if (m_db.isValid() && m_db.isOpen()) {
        CaseListQuery::Filter f;
        f.scope = CaseListQuery::Scope::OpenDeadlines;
        f.deadline = CaseListQuery::DeadlineWindow::Later;
        f.today = today();
        later = qMax<qint64>(0, query.count(f));
    }
    m_overdue->setText(tr("⚠ &Overdue (%1)").arg(QLocale().toString(counts.overdue)));
    m_soon->setText(tr("◷ Due &within 7 days (%1)").arg(QLocale().toString(counts.dueSoon)));
    m_later->setText(tr("Due lat&er (%1)").arg(QLocale().toString(later)));
    m_chart->setData(today(), weeks);
}

} // namespace lvdesk
