#include "transfersview.h"

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
                      TransferListQuery::Kind::Outbound, TransferListQuery::Kind::Reply})
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
    bar->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
}

void TransfersView::setDatabase(const QSqlDatabase &db)
{
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
    if (row->kind == TransferListQuery::Kind::Outbound)
        m_actions->retryOutbox(row->id, this, done);
    else
        m_actions->retryExport(row->id, this, done);
}

} // namespace lvdesk
