// SPDX-License-Identifier: EUPL-1.2

#include "dialoghost.h"

#include <QMessageBox>

namespace lvdesk::DialogHost {

namespace {
Answerer &answerer()
{
    static Answerer instance;
    return instance;
}
} // namespace

void setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

bool show(QWidget *parent, Kind kind, const QString &title, const QString &text)
{
    if (answerer())
        return answerer()(kind, title, text);
    QMessageBox box(parent);
    box.setWindowTitle(title);
    // Messages may quote customer or server text: never interpret it as HTML.
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    switch (kind) {
    case Kind::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Kind::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Kind::Error:
        box.setIcon(QMessageBox::Critical);
        break;
    case Kind::Question:
        box.setIcon(QMessageBox::Question);
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::No);
        box.setDefaultButton(QMessageBox::No);
        break;
    }
    const int result = box.exec();
    return kind == Kind::Question ? result == QMessageBox::Yes : true;
}

} // namespace lvdesk::DialogHost
