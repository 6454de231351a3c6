// SPDX-License-Identifier: EUPL-1.2

#include "supplementdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

SupplementDialog::SupplementDialog(const QDate &proposedDueDate, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"supplementDialog"_s);
    setWindowTitle(tr("Request a supplement"));
    auto *form = new QFormLayout(this);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setText(tr("Request for a supplement"));
    form->addRow(tr("&Subject:"), m_subject);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(100);
    form->addRow(tr("&Message:"), m_body);

    auto *itemsBox = new QVBoxLayout;
    m_items = new QListWidget(this);
    m_items->setObjectName(u"itemsList"_s);
    m_items->setAccessibleName(tr("Items to supplement"));
    m_items->setMinimumHeight(90);
    itemsBox->addWidget(m_items);
    auto *itemRow = new QHBoxLayout;
    m_newItem = new QLineEdit(this);
    m_newItem->setObjectName(u"newItemEdit"_s);
    m_newItem->setPlaceholderText(tr("What is missing, e.g. a site plan"));
    m_newItem->setAccessibleName(tr("New item"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addItemButton"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeItemButton"_s);
    itemRow->addWidget(m_newItem, 1);
    itemRow->addWidget(m_add);
    itemRow->addWidget(m_remove);
    itemsBox->addLayout(itemRow);
    auto *itemsLabel = new QLabel(tr("&Items:"), this);
    itemsLabel->setBuddy(m_newItem);
    form->addRow(itemsLabel, itemsBox);

    m_dueDate = new QDateEdit(this);
    m_dueDate->setObjectName(u"dueDateEdit"_s);
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dueDate->setMinimumDate(QDate::currentDate());
    m_dueDate->setDate(proposedDueDate.isValid() ? proposedDueDate
                                                 : QDate::currentDate().addDays(14));
    form->addRow(tr("&Due date:"), m_dueDate);
    auto *hint = new QLabel(tr("Proposed by the deadline calculator: %1")
                                .arg(proposedDueDate.toString(m_dueDate->displayFormat())),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setObjectName(u"proposedDueLabel"_s);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Next…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(560);

    connect(m_add, &QPushButton::clicked, this, &SupplementDialog::addItem);
    connect(m_newItem, &QLineEdit::returnPressed, this, &SupplementDialog::addItem);
    connect(m_remove, &QPushButton::clicked, this, &SupplementDialog::removeItem);
    connect(m_subject, &QLineEdit::textChanged, this, &SupplementDialog::updateState);
    connect(m_newItem, &QLineEdit::textChanged, this, &SupplementDialog::updateState);
    connect(m_items, &QListWidget::currentRowChanged, this, &SupplementDialog::updateState);
    updateState();
}

void SupplementDialog::addItem()
{
    const QString text = m_newItem->text().trimmed();
    if (text.isEmpty())
        return;
    auto *item = new QListWidgetItem(text, m_items);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_newItem->clear();
    updateState();
}

void SupplementDialog::removeItem()
{
    delete m_items->takeItem(m_items->currentRow());
    updateState();
}

void SupplementDialog::updateState()
{
    m_add->setEnabled(!m_newItem->text().trimmed().isEmpty());
    m_remove->setEnabled(m_items->currentRow() >= 0);
    // Pressing Enter in the item field adds the item rather than finishing the dialog.
    m_ok->setDefault(m_newItem->text().trimmed().isEmpty());
    m_ok->setEnabled(!m_subject->text().trimmed().isEmpty() && m_items->count() > 0);
}

QString SupplementDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString SupplementDialog::body() const
{
    return m_body->toPlainText();
}

QStringList SupplementDialog::items() const
{
    QStringList result;
    for (int i = 0; i < m_items->count(); ++i) {
        const QString text = m_items->item(i)->text().trimmed();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

QDate SupplementDialog::dueDate() const
{
    return m_dueDate->date();
}

} // namespace lvdesk
