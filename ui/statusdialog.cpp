// SPDX-License-Identifier: EUPL-1.2

#include "statusdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lvdesk {

LocalizedText StatusDialog::standardText(ServiceState state)
{
    // Customer-facing texts in the service's own languages, as the service names its states.
    switch (state) {
    case ServiceState::Received:
        return {u"Vastaanotettu"_s, u"Mottagen"_s, u"Received"_s};
    case ServiceState::InProcessing:
        return {u"Käsittelyssä"_s, u"Under behandling"_s, u"In processing"_s};
    case ServiceState::SupplementRequested:
        return {u"Täydennettävänä"_s, u"Komplettering begärd"_s, u"Supplement requested"_s};
    case ServiceState::Decided:
        return {u"Ratkaistu"_s, u"Avgjord"_s, u"Decided"_s};
    case ServiceState::Closed:
        return {u"Käsitelty"_s, u"Behandlad"_s, u"Closed"_s};
    case ServiceState::TransferredElsewhere:
        return {u"Siirretty toiselle viranomaiselle"_s, u"Överförd till en annan myndighet"_s,
                u"Transferred to another authority"_s};
    }
    return {};
}

StatusDialog::StatusDialog(const QList<ServiceState> &states, ServiceState initial, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"statusDialog"_s);
    setWindowTitle(tr("Set the status at the service"));
    auto *form = new QFormLayout(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateCombo"_s);
    for (ServiceState s : states)
        m_state->addItem(displayName(s), toString(s));
    const int index = m_state->findData(toString(initial));
    m_state->setCurrentIndex(index >= 0 ? index : 0);
    form->addRow(tr("&State:"), m_state);
    m_fi = new QLineEdit(this);
    m_fi->setObjectName(u"statusTextFi"_s);
    form->addRow(tr("Status text in &Finnish:"), m_fi);
    m_sv = new QLineEdit(this);
    m_sv->setObjectName(u"statusTextSv"_s);
    form->addRow(tr("Status text in S&wedish:"), m_sv);
    m_en = new QLineEdit(this);
    m_en->setObjectName(u"statusTextEn"_s);
    form->addRow(tr("Status text in &English (optional):"), m_en);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Next…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    connect(m_state, &QComboBox::currentIndexChanged, this, &StatusDialog::stateChosen);
    connect(m_fi, &QLineEdit::textChanged, this, &StatusDialog::updateState);
    connect(m_sv, &QLineEdit::textChanged, this, &StatusDialog::updateState);
    stateChosen();
    setMinimumWidth(460);
}

void StatusDialog::stateChosen()
{
    const LocalizedText text = standardText(state());
    m_fi->setText(text.fi);
    m_sv->setText(text.sv);
    m_en->setText(text.en);
    updateState();
}

void StatusDialog::updateState()
{
    m_ok->setEnabled(m_state->count() > 0 && !m_fi->text().trimmed().isEmpty()
                     && !m_sv->text().trimmed().isEmpty());
}

ServiceState StatusDialog::state() const
{
    return serviceStateFromString(m_state->currentData().toString())
        .value_or(ServiceState::InProcessing);
}

LocalizedText StatusDialog::statusText() const
{
    return {m_fi->text().trimmed(), m_sv->text().trimmed(), m_en->text().trimmed()};
}

} // namespace lvdesk
