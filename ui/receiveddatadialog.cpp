// SPDX-License-Identifier: EUPL-1.2

#include "receiveddatadialog.h"

#include "domain/visibletext.h"
#include "lv/lvcodec.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

ReceivedDataDialog::ReceivedDataDialog(const QString &externalId, const QByteArray &body,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"receivedDataDialog"_s);
    setWindowTitle(tr("Received data of %1").arg(externalId));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        body.isEmpty()
            ? tr("The service sent nothing that lvdesk could keep for this action (the request "
                 "failed before an answer arrived).")
            : tr("What the service sent for this action (%1 bytes), exactly as received. It may "
                 "contain personal data: copy it only to IT support.")
                  .arg(QLocale().toString(body.size())));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(u"receivedData"_s);
    text->setAccessibleName(tr("Received data"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(displayText(body));
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString ReceivedDataDialog::displayText(const QByteArray &body, qsizetype maxBytes)
{
    const QByteArray shown = body.left(maxBytes);
    QString text;
    if (LvCodec::isValidUtf8(shown)) {
        text = VisibleText::of(QString::fromUtf8(shown), VisibleText::Lines::Multi);
    } else {
        // Not text: sixteen bytes a line, offset, hex.
        for (qsizetype offset = 0; offset < shown.size(); offset += 16) {
            const QByteArray line = shown.mid(offset, 16);
            text += QString::number(offset, 16).rightJustified(8, u'0') + u"  "_s
                    + QString::fromLatin1(line.toHex(' ')) + u'\n';
        }
    }
    if (body.size() > maxBytes)
        text += u'\n' + tr("… %1 more bytes not shown").arg(body.size() - maxBytes);
    return text;
}

} // namespace lvdesk
