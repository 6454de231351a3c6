// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace lvdesk {

class AuditModel;

// AuditView: the tamper-evident record of who did what and when, newest first, searchable.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    AuditModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }

public Q_SLOTS:
    void refresh();
    void focusSearch();

private:
    AuditModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace lvdesk
