// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lvdesk {

// SupplementDialog: what the officer asks the customer to add (a list of items), the message
// around it and the due date, which the deadline calculator proposes and the officer may move.
class SupplementDialog : public QDialog
{
    Q_OBJECT

public:
    SupplementDialog(const QDate &proposedDueDate, QWidget *parent = nullptr);

    QString subject() const;
    QString body() const;
    QStringList items() const; // non-empty, trimmed
    QDate dueDate() const;

private:
    void addItem();
    void removeItem();
    void updateState();

    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_items = nullptr;
    QLineEdit *m_newItem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lvdesk
