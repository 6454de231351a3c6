// SPDX-License-Identifier: EUPL-1.2

#include "auditview.h"

#include "auditmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

AuditView::AuditView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"auditView"_s);
    m_model = new AuditModel(this);
    m_search = new QLineEdit;
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Search action, subject or officer (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the audit trail"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });

    m_table = new QTableView;
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AuditModel::SeqColumn, ch * 8);
    m_table->setColumnWidth(AuditModel::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(u"28.12.2026 23:58:59"_s)
                                + 3 * ch);
    m_table->setColumnWidth(AuditModel::ActorColumn, ch * 14);
    m_table->setColumnWidth(AuditModel::ActionColumn, ch * 24);
    m_table->setColumnWidth(AuditModel::SubjectColumn, ch * 22);

    m_count = new QLabel;
    m_count->setObjectName(u"auditCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    connect(m_model, &AuditModel::totalChanged, this, [this](qint64 total) {
        m_count->setText(tr("%1 entries").arg(QLocale().toString(total)));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
}

void AuditView::setDatabase(const QSqlDatabase &db)
{
    m_model->setDatabase(db);
}

void AuditView::refresh()
{
    m_model->refresh();
}

void AuditView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace lvdesk
