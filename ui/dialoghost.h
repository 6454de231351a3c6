// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace lvdesk {

// DialogHost: the one seam through which the UI asks the officer something in a modal dialog or
// tells them something important. Widget tests install an answerer instead of clicking through
// real modal dialogs, which would block a test.
namespace DialogHost {
enum class Kind {
    Information,
    Warning,
    Error,
    Question
};

// Returns true for OK/Yes. With no answerer installed, shows a real QMessageBox.
bool show(QWidget *parent, Kind kind, const QString &title, const QString &text);

using Answerer = std::function<bool(Kind kind, const QString &title, const QString &text)>;
// Installs (or with an empty function removes) the answerer used instead of real dialogs.
void setAnswerer(Answerer answerer);
} // namespace DialogHost

} // namespace lvdesk
