// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lvdesk {

// TransferElsewhereDialog: the competent authority the case goes on to, and why.
class TransferElsewhereDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TransferElsewhereDialog(QWidget *parent = nullptr);

    QString authority() const;
    QString reason() const;

private:
    void updateState();

    QLineEdit *m_authority = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lvdesk
