// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lvdesk {

class CaseActions;

// ApproveDialog: asks how the approved case gets its diary number: the next one from the
// authority's pattern (shown), or one the officer enters from the case register.
class ApproveDialog : public QDialog
{
    Q_OBJECT

public:
    ApproveDialog(CaseActions *actions, qint64 caseId, QWidget *parent = nullptr);

    // The number entered, or empty for "the next from the pattern".
    QString diaryNumber() const;

private:
    void updateState();

    QRadioButton *m_fromPattern = nullptr;
    QRadioButton *m_entered = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lvdesk
