// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/audittrail.h"
#include "store/casestore.h"
#include "store/outboxstore.h"

#include <QWidget>

class QTreeWidget;

namespace lvdesk {

// EventTimeline: one case's story in time order: the customer's actions as they arrived, the
// officers' steps, and every message and status update sent back with its transfer state.
class EventTimeline : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhatColumn,
        StateColumn,
        DetailColumn,
        ColumnCount
    };

    explicit EventTimeline(QWidget *parent = nullptr);

    void setData(const QList<CaseStore::Event> &events, const QList<OutboxStore::Message> &outbound,
                 const QList<AuditTrail::Entry> &audit);
    QTreeWidget *tree() const { return m_tree; }

    // What an outgoing write says, in one line for the officer (status and state, or the
    // message's subject).
    static QString describeWrite(const OutboxStore::Message &message);
    // Transfer state of an outgoing write in words, with attempts and next retry.
    static QString describeState(const OutboxStore::Message &message);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace lvdesk
