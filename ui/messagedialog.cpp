// SPDX-License-Identifier: EUPL-1.2

#include "messagedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lvdesk {

MessageDialog::MessageDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"messageDialog"_s);
    setWindowTitle(tr("Send a message to the customer"));
    auto *form = new QFormLayout(this);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subjectEdit"_s);
    form->addRow(tr("&Subject:"), m_subject);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumSize(420, 160);
    form->addRow(tr("&Message:"), m_body);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Next…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_subject, &QLineEdit::textChanged, this, &MessageDialog::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageDialog::updateState);
    updateState();
}

QString MessageDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString MessageDialog::body() const
{
    return m_body->toPlainText();
}

void MessageDialog::updateState()
{
    m_ok->setEnabled(!subject().isEmpty() && !body().trimmed().isEmpty());
}

} // namespace lvdesk
