// SPDX-License-Identifier: EUPL-1.2

#include "casetransfersview.h"

#include "domain/actiontype.h"
#include "domain/exportstate.h"
#include "domain/inboundstate.h"
#include "eventtimeline.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

enum Role {
    KindRole = Qt::UserRole, // "event", "export", "reply", "outbound"
    IdRole, // outbox row id or case id
    ProblemRole, // failed or retrying
};

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A logged state in words; the log keeps the storage names of each direction's states.
QString stateName(TransferLogStore::Direction direction, const QString &state)
{
    switch (direction) {
    case TransferLogStore::Direction::Inbound:
        if (const auto s = inboundStateFromString(state))
            return displayName(*s);
        break;
    case TransferLogStore::Direction::Export:
        if (const auto s = exportStateFromString(state))
            return displayName(*s);
        break;
    case TransferLogStore::Direction::Outbound:
        if (const auto s = outboxStateFromString(state))
            return displayName(*s);
        break;
    }
    return state;
}

} // namespace

CaseTransfersView::CaseTransfersView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"caseTransfersView"_s);
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"transfersTree"_s);
    m_tree->setHeaderLabels({tr("Direction"), tr("Item"), tr("State"), tr("Attempts"),
                             tr("Last error"), tr("Next retry")});
    m_tree->header()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Transfers of the case"));
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_problemsOnly = new QCheckBox(tr("Show only &problems"), this);
    m_problemsOnly->setObjectName(u"problemsOnly"_s);
    m_retry = new QPushButton(tr("&Retry now"), this);
    m_retry->setObjectName(u"retryButton"_s);
    m_asPackage = new QPushButton(tr("Export as lvdesk &package"), this);
    m_asPackage->setObjectName(u"exportAsPackageButton"_s);
    m_asPackage->setToolTip(tr("Export this case in lvdesk's own package format from now on, "
                               "for example when the asianhallinta format cannot carry it."));
    buttons->addWidget(m_problemsOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_asPackage);
    buttons->addWidget(m_retry);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CaseTransfersView::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &CaseTransfersView::retrySelected);
    connect(m_asPackage, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
        if (!selected.isEmpty() && selected.first()->data(0, KindRole).toString() == "export"_L1)
            Q_EMIT exportAsPackageRequested(selected.first()->data(0, IdRole).toLongLong());
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, &CaseTransfersView::applyFilter);
    updateButtons();
}

void CaseTransfersView::addHistory(QTreeWidgetItem *parent,
                                   const QList<TransferLogStore::Entry> &entries)
{
    for (const TransferLogStore::Entry &e : entries) {
        auto *child = new QTreeWidgetItem(parent);
        child->setText(ItemColumn, when(e.at));
        child->setText(StateColumn, stateName(e.direction, e.state));
        child->setText(ErrorColumn, e.detail);
    }
}

void CaseTransfersView::setData(const Data &data)
{
    m_tree->clear();
    for (const CaseStore::Event &e : data.events) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DirectionColumn, tr("In"));
        item->setText(ItemColumn, tr("%1, version %2")
                                      .arg(ActionType::fromString(e.actionType).displayName())
                                      .arg(e.version));
        item->setText(StateColumn, displayName(e.inboundState));
        item->setData(0, KindRole, u"event"_s);
        item->setData(0, ProblemRole, false);
        addHistory(item, data.history.value(u"event:"_s + e.externalId));
    }
    const CaseStore::Case &c = data.caseInfo;
    if (!c.exportState.isEmpty()) {
        const auto state = exportStateFromString(c.exportState);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DirectionColumn, tr("Export"));
        item->setText(ItemColumn, tr("To the case register"));
        item->setText(StateColumn, state ? displayName(*state) : c.exportState);
        item->setText(AttemptsColumn, QString::number(c.exportAttempts));
        item->setText(ErrorColumn, c.exportError);
        item->setData(0, KindRole, u"export"_s);
        item->setData(0, IdRole, c.id);
        item->setData(0, ProblemRole, state == ExportState::Failed);
        addHistory(item, data.history.value(u"case:"_s + QString::number(c.id)));
    }
    for (const RegisterStore::Reply &r : data.replies) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DirectionColumn, tr("From the register"));
        item->setText(ItemColumn,
                      r.root.isEmpty() ? r.fileName : tr("%1 (%2)").arg(r.root, r.fileName));
        item->setText(StateColumn, r.state == u"applied"_s ? tr("Applied") : tr("Rejected"));
        item->setText(ErrorColumn, r.detail);
        item->setData(0, KindRole, u"reply"_s);
        item->setData(0, ProblemRole, r.state != u"applied"_s);
    }
    for (const OutboxStore::Message &m : data.outbound) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(DirectionColumn, tr("Out"));
        item->setText(ItemColumn, EventTimeline::describeWrite(m));
        item->setText(StateColumn, displayName(m.state));
        item->setText(AttemptsColumn, QString::number(m.attempts));
        item->setText(ErrorColumn, m.lastError);
        if (m.state == OutboxState::Retrying)
            item->setText(NextRetryColumn, when(m.nextAttemptAt));
        item->setData(0, KindRole, u"outbound"_s);
        item->setData(0, IdRole, m.id);
        item->setData(0, ProblemRole,
                      m.state == OutboxState::Failed || m.state == OutboxState::Retrying);
        item->setData(0, Qt::UserRole + 10, int(m.state));
        addHistory(item, data.history.value(u"outbox:"_s + m.messageId));
    }
    for (int col : {DirectionColumn, StateColumn, AttemptsColumn, NextRetryColumn})
        m_tree->resizeColumnToContents(col);
    m_tree->setColumnWidth(ItemColumn, qMax(m_tree->columnWidth(ItemColumn), 260));
    applyFilter();
    updateButtons();
}

void CaseTransfersView::applyFilter()
{
    const bool onlyProblems = m_problemsOnly->isChecked();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setHidden(onlyProblems && !item->data(0, ProblemRole).toBool());
    }
}

void CaseTransfersView::updateButtons()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    bool failed = false;
    if (!selected.isEmpty() && !selected.first()->parent()) {
        const QTreeWidgetItem *item = selected.first();
        const QString kind = item->data(0, KindRole).toString();
        // Retrying items come back by themselves; only a permanent failure needs the officer.
        failed = (kind == "outbound"_L1
                  && item->data(0, Qt::UserRole + 10).toInt() == int(OutboxState::Failed))
                 || (kind == "export"_L1 && item->data(0, ProblemRole).toBool());
    }
    m_retry->setEnabled(failed);
    m_asPackage->setEnabled(failed && !selected.isEmpty()
                            && selected.first()->data(0, KindRole).toString() == "export"_L1);
}

void CaseTransfersView::retrySelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return;
    const QTreeWidgetItem *item = selected.first();
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (item->data(0, KindRole).toString() == "outbound"_L1)
        Q_EMIT retryOutboxRequested(id);
    else
        Q_EMIT retryExportRequested(id);
}

} // namespace lvdesk
