// SPDX-License-Identifier: EUPL-1.2

#include "actionconfirmation.h"

#include "domain/casestate.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QLabel *plainLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    // Summaries may quote the officer's or the customer's words: never interpret them as HTML.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setObjectName(objectName);
    return label;
}

} // namespace

QString ActionConfirmation::indentJson(const QByteArray &json)
{
    // Adds line breaks and indentation between the tokens only: the members keep the order and the
    // exact text in which they go on the wire (a JSON library would sort the keys).
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        out += u'\n' + QString(depth * 4, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inString) {
            out += ch;
            if (escaped)
                escaped = false;
            else if (ch == u'\\')
                escaped = true;
            else if (ch == u'"')
                inString = false;
            continue;
        }
        if (ch == u' ' || ch == u'\n' || ch == u'\r' || ch == u'\t')
            continue;
        if (ch == u'"') {
            inString = true;
            out += ch;
        } else if (ch == u'{' || ch == u'[') {
            out += ch;
            // An empty object or array stays on one line.
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next < text.size() && (text.at(next) == u'}' || text.at(next) == u']')) {
                out += text.at(next);
                i = next;
                continue;
            }
            ++depth;
            newline();
        } else if (ch == u'}' || ch == u']') {
            --depth;
            newline();
            out += ch;
        } else if (ch == u',') {
            out += ch;
            newline();
        } else if (ch == u':') {
            out += u": "_s;
        } else {
            out += ch;
        }
    }
    return out;
}

QString ActionConfirmation::previewText(const CaseActions::Preview &preview)
{
    QStringList parts;
    for (const CaseActions::OutgoingWrite &write : preview.writes) {
        const QString request
            = write.kind == "status"_L1
                  ? u"PUT /commondata/"_s + write.targetExternalId + u"/status"_s
                  : u"POST /commondata/"_s + write.targetExternalId + u"/messages"_s;
        // The body as sent, only laid out for reading; a body that is not JSON is shown as is.
        const bool json = !QJsonDocument::fromJson(write.body).isNull();
        const QString body = json ? indentJson(write.body) : QString::fromUtf8(write.body);
        parts.append(request + u'\n' + body);
    }
    return parts.join(u"\n\n"_s);
}

ActionConfirmation::ActionConfirmation(const CaseActions::Preview &preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"actionConfirmation"_s);
    setWindowTitle(tr("Confirm: %1").arg(CaseTransitions::displayName(preview.action)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(preview.summary, u"summaryLabel"_s));

    auto *facts = new QFormLayout;
    facts->addRow(tr("New state:"), plainLabel(displayName(preview.newState), u"newStateLabel"_s));
    if (!preview.diaryNumber.isEmpty())
        facts->addRow(tr("Diary number:"), plainLabel(preview.diaryNumber, u"diaryNumberLabel"_s));
    facts->addRow(
        tr("Export to the case register:"),
        plainLabel(preview.exportsToRegister ? tr("Yes, queued after confirming") : tr("No"),
                   u"exportLabel"_s));
    layout->addLayout(facts);

    if (preview.writes.isEmpty()) {
        layout->addWidget(plainLabel(tr("Nothing is sent to the service."), u"nothingSent"_s));
        layout->addStretch(1);
    } else {
        layout->addWidget(plainLabel(preview.writes.size() == 1
                                         ? tr("Exactly this will be sent to the service:")
                                         : tr("Exactly these %n writes will be sent to the "
                                              "service:",
                                              nullptr, int(preview.writes.size())),
                                     u"sentCaption"_s));
        m_details = new QPlainTextEdit(this);
        m_details->setObjectName(u"previewText"_s);
        m_details->setReadOnly(true);
        m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_details->setPlainText(previewText(preview));
        m_details->setAccessibleName(tr("What will be sent"));
        m_details->setMinimumSize(560, 260);
        layout->addWidget(m_details, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm and send"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmButton"_s);
    if (preview.writes.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace lvdesk
