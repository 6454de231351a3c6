// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace lvdesk {

class CaseActions;
class TransferListModel;

// TransfersView: every inbound, export and outbound item with its state, attempts, last error in
// plain words and next retry; Retry now puts a failed write, export, action or attachment back in
// line; an action the service will not deliver can be marked as handled outside lvdesk, and what
// the service sent for it shown to IT support as plain text.
class TransfersView : public QWidget
{
    Q_OBJECT

public:
    explicit TransfersView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    // The actions Retry now goes through; without them the button stays disabled.
    void setActions(CaseActions *actions);
    TransferListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh();
    void retrySelected();
    void markSelectedHandled();
    void showReceivedData();

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    // A retry ended; message is translated (for the status bar).
    void retryFinished(bool ok, const QString &message);

private:
    void updateButtons();

    TransferListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_handled = nullptr;
    QPushButton *m_data = nullptr;
    QSqlDatabase m_db;
    QLabel *m_count = nullptr;
    QPointer<CaseActions> m_actions;
};

} // namespace lvdesk
