// SPDX-License-Identifier: EUPL-1.2

#include "transfersview.h"

#include "dialoghost.h"
#include "receiveddatadialog.h"
#include "store/inboundfailurestore.h"
#include "transferlistmodel.h"
#include "workflow/caseactions.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

TransfersView::TransfersView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"transfersView"_s);
    m_model = new TransferListModel(this);

    m_problemsOnly = new QCheckBox(tr("Show &problems only"));
    m_problemsOnly->setObjectName(u"problemsOnly"_s);
    m_problemsOnly->setToolTip(
        tr("Failed and retrying items, and downloads that have not finished"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        TransferListQuery::Filter f = m_model->filter();
        f.problemsOnly = on;
        m_model->setFilter(f);
    });

    m_retry = new QPushButton(QIcon(u":/icons/retry.svg"_s), tr("&Retry now"));
    m_retry->setObjectName(u"retryNow"_s);
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retry->setToolTip(tr("Try the selected failed item again now (Ctrl+R)"));
    m_retry->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, &TransfersView::retrySelected);

    m_handled = new QPushButton(tr("Mark as &handled outside lvdesk…"));
    m_handled->setObjectName(u"markHandled"_s);
    m_handled->setToolTip(tr("The selected action will be handled in the service's own pages: "
                             "lvdesk stops fetching it and no longer counts it as a problem"));
    m_handled->setEnabled(false);
    connect(m_handled, &QPushButton::clicked, this, &TransfersView::markSelectedHandled);

    m_data = new QPushButton(tr("Show received &data…"));
    m_data->setObjectName(u"showReceivedData"_s);
    m_data->setToolTip(tr("What the service sent for the selected action, as plain text, for IT "
                          "support"));
    m_data->setEnabled(false);
    connect(m_data, &QPushButton::clicked, this, &TransfersView::showReceivedData);

    m_count = new QLabel;
    m_count->setObjectName(u"transferCount"_s);
    m_count->setTextFormat(Qt::PlainText);

    m_table = new QTableView;
    m_table->setObjectName(u"transferTable"_s);
    m_table->setAccessibleName(tr("Transfers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from what the columns show in this language, so that nothing that matters is cut.
    const QFontMetrics fm = m_table->fontMetrics();
    const int ch = fm.averageCharWidth();
    auto fit = [&](int column, int content) {
        const int header
            = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 5 * ch;
        m_table->setColumnWidth(column, qMax(header, content + 3 * ch));
    };
    int direction = 0;
    for (auto kind : {TransferListQuery::Kind::Inbound, TransferListQuery::Kind::Export,
                      TransferListQuery::Kind::Outbound, TransferListQuery::Kind::InboundFailure,
                      TransferListQuery::Kind::Attachment, TransferListQuery::Kind::Reply})
        direction = qMax(direction, fm.horizontalAdvance(TransferListModel::directionName(kind)));
    const int date = fm.horizontalAdvance(
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat));
    fit(TransferListModel::DirectionColumn, direction);
    fit(TransferListModel::CaseColumn, ch * 26);
    fit(TransferListModel::ItemColumn, ch * 16);
    fit(TransferListModel::StateColumn, ch * 16);
    fit(TransferListModel::AttemptsColumn, ch * 3);
    fit(TransferListModel::ErrorColumn, ch * 32);
    fit(TransferListModel::NextRetryColumn, date);
    fit(TransferListModel::UpdatedColumn, date);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransfersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransfersView::updateButtons);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 caseId = index.data(TransferListModel::CaseIdRole).toLongLong();
        if (caseId > 0)
            Q_EMIT caseActivated(caseId);
    });
    connect(m_model, &TransferListModel::totalChanged, this, [this](qint64 total) {
        m_count->setText(tr("%1 item(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                             .arg(QLocale().toString(total)));
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_problemsOnly);
    bar->addStretch(1);
    bar->addWidget(m_data);
    bar->addWidget(m_handled);
    bar->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
}

void TransfersView::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_model->setDatabase(db);
}

void TransfersView::setActions(CaseActions *actions)
{
    m_actions = actions;
    updateButtons();
}

void TransfersView::refresh()
{
    m_model->refresh();
}

void TransfersView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_retry->setEnabled(m_actions && current.isValid()
                        && current.data(TransferListModel::RetryableRole).toBool());
    m_handled->setEnabled(m_actions && current.isValid()
                          && current.data(TransferListModel::HandleableRole).toBool());
    m_data->setEnabled(current.isValid()
                       && !current.data(TransferListModel::ExternalIdRole).toString().isEmpty());
}

void TransfersView::retrySelected()
{
    const TransferListQuery::Row *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || !m_actions || !TransferListModel::isRetryable(*row))
        return;
    m_retry->setEnabled(false);
    auto done = [this](const CaseActions::Outcome &outcome) {
        Q_EMIT retryFinished(outcome.ok, outcome.ok
                                             ? tr("The item is queued to be tried again now.")
                                             : outcome.error);
        refresh();
    };
    switch (row->kind) {
    case TransferListQuery::Kind::Outbound:
        m_actions->retryOutbox(row->id, this, done);
        break;
    case TransferListQuery::Kind::Export:
        m_actions->retryExport(row->id, this, done);
        break;
    case TransferListQuery::Kind::InboundFailure:
        m_actions->retryInbound(row->item, this, done);
        break;
    case TransferListQuery::Kind::Attachment:
        m_actions->retryAttachment(row->id, this, done);
        break;
    case TransferListQuery::Kind::Inbound:
    case TransferListQuery::Kind::Reply:
        break;
    }
}

void TransfersView::markSelectedHandled()
{
    const QModelIndex current = m_table->currentIndex();
    const QString externalId = current.data(TransferListModel::ExternalIdRole).toString();
    if (!m_actions || externalId.isEmpty()
        || !current.data(TransferListModel::HandleableRole).toBool())
        return;
    const bool confirmed = DialogHost::show(
        this, DialogHost::Kind::Question, tr("Mark as handled outside lvdesk"),
        tr("The action %1 will be handled in the service's own pages, not in lvdesk. lvdesk stops "
           "fetching it and no longer counts it as a problem; it tries again only if the service "
           "sends a corrected version. The service is not told that lvdesk received it. Your "
           "decision is recorded in the audit trail.")
            .arg(externalId));
    if (!confirmed)
        return;
    m_handled->setEnabled(false);
    m_actions->markInboundHandled(externalId, this, [this](const CaseActions::Outcome &outcome) {
        Q_EMIT retryFinished(outcome.ok, outcome.ok ? tr("The action is marked as handled outside "
                                                         "lvdesk.")
                                                    : outcome.error);
        refresh();
    });
}

void TransfersView::showReceivedData()
{
    const QString externalId
        = m_table->currentIndex().data(TransferListModel::ExternalIdRole).toString();
    if (externalId.isEmpty() || !m_db.isValid())
        return;
    ReceivedDataDialog dialog(externalId, InboundFailureStore(m_db).rawBody(externalId), this);
    dialog.exec();
}

} // namespace lvdesk
