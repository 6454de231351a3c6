// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lvdesk {

// MessageDialog: a free message from the officer to the customer (subject and text).
class MessageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MessageDialog(QWidget *parent = nullptr);

    QString subject() const;
    QString body() const;

private:
    void updateState();

    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lvdesk
