// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/localizedtext.h"
#include "domain/servicestate.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace lvdesk {

// StatusDialog: the state the service shows the customer, with the status text in Finnish and
// Swedish (English optional). Each state proposes a standard text the officer may reword.
class StatusDialog : public QDialog
{
    Q_OBJECT

public:
    // states: the ones offered (the first is selected unless `initial` is among them).
    StatusDialog(const QList<ServiceState> &states, ServiceState initial,
                 QWidget *parent = nullptr);

    ServiceState state() const;
    LocalizedText statusText() const;

    // The standard status text of a state as the customer reads it (not the UI language: the
    // service shows fi or sv to the customer, so both are always sent).
    static LocalizedText standardText(ServiceState state);

private:
    void stateChosen();
    void updateState();

    QComboBox *m_state = nullptr;
    QLineEdit *m_fi = nullptr;
    QLineEdit *m_sv = nullptr;
    QLineEdit *m_en = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lvdesk
