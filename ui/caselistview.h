// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/caselistquery.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace lvdesk {

class CaseListModel;

// CaseListView: a case table with its filter bar: instant search (debounced, so typing stays
// smooth), service, state, deadline window and handler. Enter or a double click opens the case.
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListView(QWidget *parent = nullptr);
    ~CaseListView() override;

    void setDatabase(const QSqlDatabase &db);
    // Which cases the list is about (To review, My cases, All cases …); keeps the filter bar.
    void setScope(CaseListQuery::Scope scope, const QString &officer = QString());
    CaseListQuery::Scope scope() const { return m_scope; }
    void setDeadlineWindow(CaseListQuery::DeadlineWindow window);
    // Hides the deadline window choice when a surrounding view owns it.
    void setDeadlineChoiceVisible(bool visible);
    void sortBy(int column, Qt::SortOrder order);

    CaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // The delay between the last key typed in the search and the query.
    static constexpr int searchDelayMs = 150;

public Q_SLOTS:
    void focusSearch();
    // Reads the store again, keeping the selected case selected.
    void refresh();
    void clearFilters();

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void totalChanged(qint64 total);

private:
    void applyFilter();
    void fitColumns();
    CaseListQuery::Filter currentFilter() const;
    void fillChoices();
    void updateCountLabel(qint64 total);
    void activateRow(const QModelIndex &index);

    QSqlDatabase m_db;
    CaseListQuery::Scope m_scope = CaseListQuery::Scope::All;
    QString m_officer;
    CaseListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_deadline = nullptr;
    QComboBox *m_handler = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace lvdesk
