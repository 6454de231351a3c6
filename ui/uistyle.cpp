// SPDX-License-Identifier: EUPL-1.2

#include "uistyle.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace lvdesk::UiStyle {

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor problemColor()
{
    return isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor warningColor()
{
    return isDarkPalette() ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
}

QColor accentColor()
{
    return isDarkPalette() ? QColor(0x82, 0xb1, 0xff) : QColor(0x1f, 0x5f, 0xb4);
}

QIcon icon(const QString &name)
{
    // Qt's SVG icon engine renders at every device pixel ratio, so icons stay sharp at 200 %.
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

} // namespace lvdesk::UiStyle
