// SPDX-License-Identifier: EUPL-1.2

#include "approvedialog.h"

#include "workflow/caseactions.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

ApproveDialog::ApproveDialog(CaseActions *actions, qint64 caseId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"approveDialog"_s);
    setWindowTitle(tr("Approve transfer"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The case is registered with a diary number. The service is told "
                                "that processing has started."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    m_fromPattern = new QRadioButton(tr("Next number from the &pattern:"), this);
    m_fromPattern->setObjectName(u"fromPattern"_s);
    m_next = new QLabel(this);
    m_next->setObjectName(u"nextNumberLabel"_s);
    m_next->setTextFormat(Qt::PlainText);
    const CaseActions::Preview preview = actions->previewApprove(caseId, QString());
    m_next->setText(preview.ok ? preview.diaryNumber : preview.error);
    m_entered = new QRadioButton(tr("&Enter the number from the case register:"), this);
    m_entered->setObjectName(u"enteredNumber"_s);
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"diaryNumberEdit"_s);
    m_number->setAccessibleName(tr("Diary number"));
    m_number->setMaxLength(100);
    grid->addWidget(m_fromPattern, 0, 0);
    grid->addWidget(m_next, 0, 1);
    grid->addWidget(m_entered, 1, 0);
    grid->addWidget(m_number, 1, 1);
    layout->addLayout(grid);

    auto *group = new QButtonGroup(this);
    group->addButton(m_fromPattern);
    group->addButton(m_entered);
    m_fromPattern->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Next…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_fromPattern, &QRadioButton::toggled, this, &ApproveDialog::updateState);
    connect(m_number, &QLineEdit::textChanged, this, &ApproveDialog::updateState);
    // Typing a number means the officer wants that one.
    connect(m_number, &QLineEdit::textEdited, this, [this] { m_entered->setChecked(true); });
    updateState();
}

QString ApproveDialog::diaryNumber() const
{
    return m_entered->isChecked() ? m_number->text().trimmed() : QString();
}

void ApproveDialog::updateState()
{
    m_ok->setEnabled(m_fromPattern->isChecked() || !m_number->text().trimmed().isEmpty());
}

} // namespace lvdesk
