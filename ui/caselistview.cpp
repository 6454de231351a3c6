// SPDX-License-Identifier: EUPL-1.2

#include "caselistview.h"

#include "caselistmodel.h"
#include "config/language.h"
#include "domain/casestate.h"
#include "uistyle.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QComboBox *makeCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The search field gives way when space is short; the choices stay readable.
    combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return combo;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CaseListView::CaseListView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"caseListView"_s);
    m_model = new CaseListModel(this);

    m_search = new QLineEdit;
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Search customer, service, place or number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 18);

    m_service = makeCombo(u"serviceFilter"_s, tr("Service"));
    m_state = makeCombo(u"stateFilter"_s, tr("State"));
    m_deadline = makeCombo(u"deadlineFilter"_s, tr("Deadline"));
    m_handler = makeCombo(u"handlerFilter"_s, tr("Handler"));

    m_state->addItem(tr("All states"), QString());
    for (int s = int(CaseState::New); s <= int(CaseState::Withdrawn); ++s)
        m_state->addItem(displayName(CaseState(s)), toString(CaseState(s)));
    m_deadline->addItem(tr("Any deadline"), int(CaseListQuery::DeadlineWindow::Any));
    m_deadline->addItem(tr("Overdue"), int(CaseListQuery::DeadlineWindow::Overdue));
    m_deadline->addItem(tr("Due within 7 days"), int(CaseListQuery::DeadlineWindow::Within7Days));
    m_deadline->addItem(tr("Due later"), int(CaseListQuery::DeadlineWindow::Later));
    m_deadline->addItem(tr("No deadline"), int(CaseListQuery::DeadlineWindow::NoDeadline));

    m_clear = new QToolButton;
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setText(tr("C&lear filters"));
    m_clear->setToolTip(tr("Show every case of this list again"));
    m_clear->setAccessibleName(tr("Clear filters"));
    connect(m_clear, &QToolButton::clicked, this, &CaseListView::clearFilters);

    m_count = new QLabel;
    m_count->setObjectName(u"caseCount"_s);
    m_count->setTextFormat(Qt::PlainText);

    m_table = new QTableView;
    m_table->setObjectName(u"caseTable"_s);
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights let the view lay out 100,000 rows without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    fitColumns();
    m_table->setColumnHidden(CaseListModel::DeadlineSourceColumn, true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::ReceivedColumn,
                                                  Qt::DescendingOrder);
    connect(m_table, &QTableView::activated, this, &CaseListView::activateRow);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter in the search runs it at once and moves to the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    for (QComboBox *combo : {m_service, m_state, m_deadline, m_handler})
        connect(combo, &QComboBox::activated, this, &CaseListView::applyFilter);
    connect(m_model, &CaseListModel::totalChanged, this, &CaseListView::updateCountLabel);
    connect(m_model, &CaseListModel::totalChanged, this, &CaseListView::totalChanged);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_search, 1);
    bar->addWidget(buddyLabel(tr("Se&rvice:"), m_service));
    bar->addWidget(m_service);
    bar->addWidget(buddyLabel(tr("S&tate:"), m_state));
    bar->addWidget(m_state);
    m_deadlineLabel = buddyLabel(tr("&Deadline:"), m_deadline);
    bar->addWidget(m_deadlineLabel);
    bar->addWidget(m_deadline);
    bar->addWidget(buddyLabel(tr("Ha&ndler:"), m_handler));
    bar->addWidget(m_handler);
    bar->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    setTabOrder(m_search, m_service);
    setTabOrder(m_service, m_state);
    setTabOrder(m_state, m_deadline);
    setTabOrder(m_deadline, m_handler);
    setTabOrder(m_handler, m_clear);
    setTabOrder(m_clear, m_table);
    fillChoices();
}

CaseListView::~CaseListView() = default;

void CaseListView::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    fillChoices();
    m_model->setSource(db, currentFilter());
}

void CaseListView::setScope(CaseListQuery::Scope scope, const QString &officer)
{
    const bool changed = scope != m_scope || officer != m_officer;
    m_scope = scope;
    m_officer = officer;
    if (changed)
        applyFilter();
}

void CaseListView::fitColumns()
{
    // Widths from what the columns show in this language and font, so that dates and deadline
    // texts are never cut; names may elide (their tooltip has them whole).
    const QFontMetrics fm = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const int ch = fm.averageCharWidth();
    const int pad = 3 * ch;
    auto header = [&](int column) {
        return boldFm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
               + pad + 2 * ch; // room for the sort arrow
    };
    auto fit = [&](int column, int content) {
        m_table->setColumnWidth(column, qMax(header(column), content + pad));
    };
    const QDate today = m_model->today();
    fit(CaseListModel::ServiceColumn, ch * 20);
    fit(CaseListModel::CustomerColumn, ch * 30);
    fit(CaseListModel::MunicipalityColumn, fm.horizontalAdvance(u"000"_s));
    fit(CaseListModel::ReceivedColumn,
        fm.horizontalAdvance(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                                QLocale::ShortFormat)));
    fit(CaseListModel::DeadlineColumn,
        boldFm.horizontalAdvance(CaseListModel::deadlineText(today.addDays(-88), today)));
    fit(CaseListModel::StateColumn, ch * 18);
    fit(CaseListModel::HandlerColumn, ch * 10);
    fit(CaseListModel::TransferColumn, ch * 16);
    fit(CaseListModel::DeadlineSourceColumn, ch * 26);
}

void CaseListView::setDeadlineWindow(CaseListQuery::DeadlineWindow window)
{
    const int index = m_deadline->findData(int(window));
    if (index >= 0 && index != m_deadline->currentIndex()) {
        m_deadline->setCurrentIndex(index);
        applyFilter();
    }
}

void CaseListView::setDeadlineChoiceVisible(bool visible)
{
    m_deadline->setVisible(visible);
    m_deadlineLabel->setVisible(visible);
}

void CaseListView::sortBy(int column, Qt::SortOrder order)
{
    m_table->horizontalHeader()->setSortIndicator(column, order);
}

void CaseListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListView::fillChoices()
{
    const QString service = m_service->currentData().toString();
    const QString handler = m_handler->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    m_handler->clear();
    m_handler->addItem(tr("Anyone"), QString());
    if (m_db.isValid() && m_db.isOpen()) {
        const CaseListQuery query(m_db);
        const auto services = query.services(Language::current());
        for (const auto &[code, name] : services)
            m_service->addItem(name, code);
        const QStringList handlers = query.handlers();
        for (const QString &name : handlers)
            m_handler->addItem(name, name);
    }
    m_service->setCurrentIndex(qMax(0, m_service->findData(service)));
    m_handler->setCurrentIndex(qMax(0, m_handler->findData(handler)));
}

CaseListQuery::Filter CaseListView::currentFilter() const
{
    CaseListQuery::Filter filter;
    filter.scope = m_scope;
    filter.officer = m_officer;
    filter.today = m_model->today();
    filter.search = m_search->text();
    filter.serviceCode = m_service->currentData().toString();
    filter.state = m_state->currentData().toString();
    filter.handler = m_handler->currentData().toString();
    filter.deadline = CaseListQuery::DeadlineWindow(m_deadline->currentData().toInt());
    return filter;
}

void CaseListView::applyFilter()
{
    m_searchTimer->stop();
    m_model->setFilter(currentFilter());
}

void CaseListView::clearFilters()
{
    const QSignalBlocker block(m_search);
    m_search->clear();
    m_service->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    if (m_deadline->isVisibleTo(this))
        m_deadline->setCurrentIndex(0);
    m_handler->setCurrentIndex(0);
    applyFilter();
}

void CaseListView::refresh()
{
    const qint64 selected = m_model->caseIdAt(m_table->currentIndex().row());
    fillChoices();
    m_model->refresh();
    if (selected > 0) {
        const int row = m_model->rowOfCase(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void CaseListView::updateCountLabel(qint64 total)
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(total == 0 ? tr("No cases match.")
                                : tr("%1 case(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                                      .arg(QLocale().toString(total)));
}

void CaseListView::activateRow(const QModelIndex &index)
{
    const qint64 id = m_model->caseIdAt(index.row());
    if (id > 0)
        Q_EMIT caseActivated(id);
}

} // namespace lvdesk
