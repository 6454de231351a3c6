// SPDX-License-Identifier: EUPL-1.2

#include "transferelsewheredialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lvdesk {

TransferElsewhereDialog::TransferElsewhereDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"transferElsewhereDialog"_s);
    setWindowTitle(tr("Transfer to another authority"));
    auto *form = new QFormLayout(this);
    m_authority = new QLineEdit(this);
    m_authority->setObjectName(u"authorityEdit"_s);
    m_authority->setPlaceholderText(tr("e.g. the regional state administrative agency"));
    form->addRow(tr("&Authority:"), m_authority);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 120);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Next…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_authority, &QLineEdit::textChanged, this, &TransferElsewhereDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &TransferElsewhereDialog::updateState);
    updateState();
}

QString TransferElsewhereDialog::authority() const
{
    return m_authority->text().trimmed();
}

QString TransferElsewhereDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void TransferElsewhereDialog::updateState()
{
    m_ok->setEnabled(!authority().isEmpty() && !reason().isEmpty());
}

} // namespace lvdesk
