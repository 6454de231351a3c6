// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/audittrail.h"

#include <QWidget>

class QTreeWidget;

namespace lvdesk {

// CaseAuditView: the audit trail entries of one case (who did what and when), for the officer and
// for IT support proving what happened.
class CaseAuditView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseAuditView(QWidget *parent = nullptr);

    void setEntries(const QList<AuditTrail::Entry> &entries);
    QTreeWidget *tree() const { return m_tree; }

    // The audit action ("case.claimed") in words; unknown actions as they are stored.
    static QString actionName(const QString &action);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace lvdesk
