// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace lvdesk {

// UiStyle: the few colours and icons the views share, chosen for the palette in use so that text
// stays readable under a dark palette too. Colour never carries meaning alone: every coloured
// text also says what it means.
namespace UiStyle {
bool isDarkPalette();
QColor problemColor(); // overdue, failed
QColor warningColor(); // due soon, retrying
QColor accentColor(); // chart bars
// An icon from the resources (SVG, sharp at every scale).
QIcon icon(const QString &name);
} // namespace UiStyle

} // namespace lvdesk
