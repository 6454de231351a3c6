// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "workflow/caseactions.h"

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace lvdesk {

// ActionConfirmation: the last step before an officer's action: says in plain words what will
// happen and shows, read-only and as plain text, exactly the JSON that will be sent to the service.
// The action is then run with this same preview, so what was confirmed is what goes out.
class ActionConfirmation : public QDialog
{
    Q_OBJECT

public:
    explicit ActionConfirmation(const CaseActions::Preview &preview, QWidget *parent = nullptr);

    // The text shown in the preview box: every write with its method, path and pretty JSON body.
    static QString previewText(const CaseActions::Preview &preview);
    // A JSON text with line breaks and indentation added between its tokens, nothing else changed.
    static QString indentJson(const QByteArray &json);

private:
    QPlainTextEdit *m_details = nullptr;
};

} // namespace lvdesk
