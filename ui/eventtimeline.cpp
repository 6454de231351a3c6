// SPDX-License-Identifier: EUPL-1.2

#include "eventtimeline.h"

#include "domain/visibletext.h"

#include "caseauditview.h"
#include "domain/actiontype.h"
#include "domain/casestate.h"
#include "domain/servicestate.h"
#include "store/storeclock.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

struct Row
{
    QDateTime at;
    QStringList columns;
    QString kind;
};

} // namespace

EventTimeline::EventTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"eventTimeline"_s);
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"timelineTree"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Transfer state"), tr("Details")});
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Events and messages"));
    layout->addWidget(m_tree);
}

QString EventTimeline::describeWrite(const OutboxStore::Message &message)
{
    const QJsonObject body = QJsonDocument::fromJson(message.payload).object();
    if (message.kind == "status"_L1) {
        const auto state = serviceStateFromString(body.value("state"_L1).toString());
        const QString diary = body.value("diaryNumber"_L1).toString();
        QString text = tr("Status update: %1")
                           .arg(state ? displayName(*state) : body.value("state"_L1).toString());
        if (!diary.isEmpty())
            text += u", "_s + tr("diary number %1").arg(diary);
        return text;
    }
    const QJsonObject supplement = body.value("supplementRequest"_L1).toObject();
    if (!supplement.isEmpty()) {
        const QDate due = QDate::fromString(supplement.value("dueDate"_L1).toString(), Qt::ISODate);
        return tr("Supplement request \"%1\", due %2")
            .arg(body.value("subject"_L1).toString(),
                 QLocale().toString(due, QLocale::ShortFormat));
    }
    return tr("Message \"%1\"").arg(body.value("subject"_L1).toString());
}

QString EventTimeline::describeState(const OutboxStore::Message &message)
{
    QString text = displayName(message.state);
    if (message.attempts > 0)
        text += u", "_s + tr("%n attempt(s)", nullptr, message.attempts);
    if (message.state == OutboxState::Retrying && message.nextAttemptAt.isValid())
        text += u", "_s + tr("next try %1").arg(when(message.nextAttemptAt));
    return text;
}

void EventTimeline::setData(const QList<CaseStore::Event> &events,
                            const QList<OutboxStore::Message> &outbound,
                            const QList<AuditTrail::Entry> &audit)
{
    QList<Row> rows;
    for (const CaseStore::Event &e : events) {
        const ActionType type = ActionType::fromString(e.actionType);
        rows.append({e.submittedAt,
                     {when(e.submittedAt),
                      tr("From the customer: %1").arg(VisibleText::of(type.displayName())),
                      displayName(e.inboundState), tr("version %1").arg(e.version)},
                     u"event"_s});
    }
    for (const OutboxStore::Message &m : outbound) {
        rows.append({m.createdAt,
                     {when(m.createdAt), describeWrite(m), describeState(m), m.lastError},
                     u"outbound"_s});
    }
    for (const AuditTrail::Entry &entry : audit) {
        // Writes appear above with their transfer state; here only the officers' own steps.
        if (entry.details.contains("messageId"_L1) || !entry.action.startsWith("case."_L1)
            || entry.action == "case.created"_L1)
            continue;
        const QDateTime at = StoreClock::fromText(entry.at);
        QString what = CaseAuditView::actionName(entry.action);
        // The step's result where the entry names it: the new state or the diary number.
        if (const auto state = caseStateFromString(entry.details.value("state"_L1).toString()))
            what += u": "_s + displayName(*state);
        else if (entry.details.contains("diaryNumber"_L1))
            what += u": "_s + entry.details.value("diaryNumber"_L1).toString();
        rows.append({at, {when(at), what, QString(), tr("by %1").arg(entry.actor)}, u"action"_s});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.at < b.at; });
    m_tree->clear();
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_tree, row.columns);
        item->setData(0, Qt::UserRole, row.kind);
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != WhatColumn)
            m_tree->resizeColumnToContents(c);
    }
}

} // namespace lvdesk
