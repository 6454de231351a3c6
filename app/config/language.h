// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace lvdesk {

// Language: chooses the UI language (Finnish, Swedish or English) and installs the translations.
// The officer's choice wins, then the system locale; anything else falls back to English.
namespace Language {
QStringList supported(); // "fi", "sv", "en"
// requested: from --lang or the settings (may be empty); systemLanguages: QLocale::uiLanguages().
QString resolve(const QString &requested, const QStringList &systemLanguages);
// Loads lvdesk's and Qt's own catalogues for code and makes its Finnish-region locale the default.
// Returns false if lvdesk's catalogue for code could not be loaded.
bool install(const QString &code);
// The language currently installed ("fi", "sv" or "en").
QString current();
} // namespace Language

} // namespace lvdesk
