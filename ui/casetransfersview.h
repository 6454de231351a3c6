// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/casestore.h"
#include "store/outboxstore.h"
#include "store/registerstore.h"
#include "store/transferlogstore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lvdesk {

// CaseTransfersView: every transfer of one case: its actions in from the service, its export to
// the case register, the register's replies and its writes back to the service, each with state,
// attempts, the last error in plain words and the next retry, and its history underneath. A failed
// item can be retried now; a failed export also as lvdesk's own package.
class CaseTransfersView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DirectionColumn,
        ItemColumn,
        StateColumn,
        AttemptsColumn,
        ErrorColumn,
        NextRetryColumn,
        ColumnCount
    };

    struct Data
    {
        CaseStore::Case caseInfo;
        QList<CaseStore::Event> events;
        QList<OutboxStore::Message> outbound;
        QList<RegisterStore::Reply> replies; // the case register's replies about the case
        // Transfer log per item: key "event:<externalId>", "case:<id>", "outbox:<messageId>".
        QHash<QString, QList<TransferLogStore::Entry>> history;
    };

    explicit CaseTransfersView(QWidget *parent = nullptr);

    void setData(const Data &data);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void retryOutboxRequested(qint64 outboxId);
    void retryExportRequested(qint64 caseId);
    void exportAsPackageRequested(qint64 caseId);

private:
    void addHistory(QTreeWidgetItem *parent, const QList<TransferLogStore::Entry> &entries);
    void updateButtons();
    void retrySelected();
    void applyFilter();

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_asPackage = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
};

} // namespace lvdesk
