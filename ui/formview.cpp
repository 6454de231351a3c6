// SPDX-License-Identifier: EUPL-1.2

#include "formview.h"

#include "domain/visibletext.h"

#include "config/language.h"
#include "domain/formdata.h"
#include "lv/lvcodec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Every label that may carry customer or service text: plain text with hidden characters marked
// (VisibleText), selectable, wrapped.
QLabel *plainLabel(const QString &text, QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(VisibleText::of(text, VisibleText::Lines::Multi));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

LocalizedText labelOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value("fi"_L1).toString(), o.value("sv"_L1).toString(), o.value("en"_L1).toString()};
}

QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString cellText(const QJsonValue &cell, QStringView language)
{
    switch (cell.type()) {
    case QJsonValue::String:
        return cell.toString();
    case QJsonValue::Double:
        return QLocale().toString(cell.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return cell.toBool() ? FormView::tr("Yes") : FormView::tr("No");
    case QJsonValue::Object: {
        const LocalizedText text = labelOf(cell);
        return text.isEmpty() ? compactJson(cell) : text.text(language);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        break;
    }
    return compactJson(cell);
}

} // namespace

FormView::FormView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"formView"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void FormView::setForm(const QJsonObject &formdata, const QList<CaseStore::Attachment> &attachments,
                       const QList<CaseStore::ReviewNote> &notes, bool reviewEnabled)
{
    // A reload after every sync must not throw away a note the officer is typing: the form is
    // rebuilt only when something it shows has changed.
    QStringList signature{Language::current(), reviewEnabled ? u"1"_s : u"0"_s};
    for (const CaseStore::ReviewNote &n : notes)
        signature << n.sectionId << CaseStore::reviewStatusName(n.status) << n.note << n.author
                  << n.updatedAt.toString(Qt::ISODateWithMs);
    for (const CaseStore::Attachment &a : attachments)
        signature << a.attachmentId << a.fileName << (a.stored ? u"1"_s : u"0"_s);
    if (widget() && formdata == m_formdata && signature == m_signature)
        return;
    m_formdata = formdata;
    m_signature = signature;

    m_language = Language::current();
    m_reviewEnabled = reviewEnabled;
    m_attachments.clear();
    for (const CaseStore::Attachment &a : attachments)
        m_attachments.insert(a.attachmentId, a);
    m_sectionIds.clear();

    const int scrollPosition = verticalScrollBar()->value();
    auto *content = new QWidget;
    content->setObjectName(u"formContent"_s);
    auto *layout = new QVBoxLayout(content);

    const QByteArray json = QJsonDocument(formdata).toJson(QJsonDocument::Compact);
    const DecodeResult<Formdata> decoded = LvCodec::decodeFormdata(json);
    if (formdata.isEmpty()) {
        layout->addWidget(plainLabel(tr("This case has no form yet: its opening action has not "
                                        "arrived.")));
    } else if (!decoded) {
        // Stored forms were checked when they arrived; should one still not decode, the officer
        // sees its content as text rather than nothing.
        layout->addWidget(plainLabel(tr("The form could not be laid out; its content as sent:")));
        auto *raw = plainLabel(QString::fromUtf8(QJsonDocument(formdata).toJson()));
        raw->setObjectName(u"rawForm"_s);
        layout->addWidget(raw);
    } else {
        const Formdata &form = decoded.value();
        if (!form.notes.isEmpty()) {
            // What came in another form than the contract's is shown as sent; the officer (and IT
            // support) can see which fields.
            QStringList lines;
            for (const DataNote &note : form.notes)
                lines << u"• "_s + note.message;
            auto *notice = plainLabel(
                tr("The service sent %n field(s) of this form in an unexpected form; they are "
                   "shown as sent.",
                   nullptr, int(form.notes.size())));
            notice->setObjectName(u"formDataNotes"_s);
            notice->setToolTip(lines.join(u'\n').toHtmlEscaped());
            notice->setAccessibleDescription(lines.join(u'\n'));
            layout->addWidget(notice);
        }
        QHash<QString, const CaseStore::ReviewNote *> byId;
        for (const CaseStore::ReviewNote &note : notes)
            byId.insert(note.sectionId, &note);
        for (const FormSection &section : form.sections) {
            m_sectionIds.append(section.id);
            QGroupBox *box = sectionBox(section);
            box->layout()->addWidget(reviewRow(section.id, byId.value(section.id)));
            unboldContent(box);
            layout->addWidget(box);
        }
    }
    layout->addStretch(1);
    setWidget(content);
    verticalScrollBar()->setValue(scrollPosition);
}

QGroupBox *FormView::sectionBox(const FormSection &section)
{
    auto *box = new QGroupBox(
        VisibleText::of(section.title.isEmpty() ? section.id : section.title.text(m_language)));
    box->setObjectName(u"section:"_s + section.id);
    QFont titleFont = box->font();
    titleFont.setBold(true);
    box->setFont(titleFont);
    auto *outer = new QVBoxLayout(box);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const FormField &field : section.fields) {
        QLabel *label = plainLabel(field.label.text(m_language));
        label->setObjectName(u"label:"_s + field.id);
        QWidget *value = fieldWidget(field);
        label->setBuddy(value);
        fields->addRow(label, value);
    }
    outer->addLayout(fields);
    for (const FormSection &child : section.sections)
        outer->addWidget(sectionBox(child));
    return box;
}

void FormView::unboldContent(QGroupBox *box)
{
    // Only the titles are bold; a group box hands its font down to everything inside it.
    const QList<QWidget *> children = box->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (qobject_cast<QGroupBox *>(child))
            continue;
        QFont font = child->font();
        font.setBold(false);
        child->setFont(font);
    }
}

QWidget *FormView::fieldWidget(const FormField &field)
{
    QWidget *widget = nullptr;
    if (field.value.isNull() || field.value.isUndefined()) {
        QLabel *label = plainLabel(tr("(not answered)"));
        label->setForegroundRole(QPalette::PlaceholderText);
        widget = label;
    } else {
        switch (field.type.kind()) {
        case FieldType::Table: {
            const QJsonObject table = field.value.toObject();
            const QJsonArray columns = table.value("columns"_L1).toArray();
            const QJsonArray rows = table.value("rows"_L1).toArray();
            auto *grid = new QTableWidget(int(rows.size()), int(columns.size()));
            QStringList headers;
            for (const QJsonValue &column : columns)
                headers.append(cellText(column, m_language));
            grid->setHorizontalHeaderLabels(headers);
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonArray cells = rows.at(r).toArray();
                for (int c = 0; c < cells.size() && c < columns.size(); ++c) {
                    auto *item = new QTableWidgetItem(cellText(cells.at(c), m_language));
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                    grid->setItem(r, c, item);
                }
            }
            grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
            grid->setTabKeyNavigation(false);
            grid->verticalHeader()->setVisible(false);
            grid->horizontalHeader()->setStretchLastSection(true);
            grid->resizeColumnsToContents();
            grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
            grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            // The whole table is shown: the form scrolls, not each table.
            int height = grid->horizontalHeader()->sizeHint().height() + 2 * grid->frameWidth();
            for (int r = 0; r < grid->rowCount(); ++r)
                height += grid->rowHeight(r);
            grid->setFixedHeight(height + grid->horizontalScrollBar()->sizeHint().height());
            grid->setAccessibleName(field.label.text(m_language));
            widget = grid;
            break;
        }
        case FieldType::AttachmentRef: {
            const QString id = field.value.toString();
            const auto it = m_attachments.constFind(id);
            if (it == m_attachments.constEnd()) {
                widget = plainLabel(tr("Attachment %1 (not received)").arg(id));
                break;
            }
            // A push button never interprets its text as HTML, so a file name shows as written.
            auto *button = new QPushButton(tr("Open %1").arg(VisibleText::of(it->fileName)));
            button->setFlat(false);
            button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
            connect(button, &QPushButton::clicked, this,
                    [this, id] { Q_EMIT attachmentRequested(id); });
            widget = button;
            break;
        }
        case FieldType::Date: {
            const QDate date = field.dateValue();
            widget = plainLabel(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat)
                                               : field.displayText(m_language));
            break;
        }
        case FieldType::Unknown:
            widget = plainLabel(field.displayText(m_language));
            widget->setToolTip(tr("A field type this version does not know; shown as sent."));
            break;
        case FieldType::Text:
        case FieldType::Number:
        case FieldType::Boolean:
        case FieldType::Choice:
            widget = plainLabel(field.displayText(m_language));
            break;
        }
    }
    widget->setObjectName(u"field:"_s + field.id);
    return widget;
}

QWidget *FormView::reviewRow(const QString &sectionId, const CaseStore::ReviewNote *note)
{
    auto *row = new QFrame;
    row->setObjectName(u"review:"_s + sectionId);
    row->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(row);
    auto *caption = new QLabel(tr("Review:"), row);
    auto *status = new QComboBox(row);
    status->setObjectName(u"reviewStatus:"_s + sectionId);
    status->addItem(tr("Not reviewed"), QString());
    status->addItem(tr("OK"), CaseStore::reviewStatusName(CaseStore::ReviewStatus::Ok));
    status->addItem(tr("Needs clarification"),
                    CaseStore::reviewStatusName(CaseStore::ReviewStatus::NeedsClarification));
    caption->setBuddy(status);
    auto *noteEdit = new QLineEdit(row);
    noteEdit->setObjectName(u"reviewNote:"_s + sectionId);
    noteEdit->setPlaceholderText(tr("Note (what needs clarification)"));
    noteEdit->setAccessibleName(tr("Review note"));
    auto *save = new QPushButton(tr("Save mark"), row);
    save->setObjectName(u"reviewSave:"_s + sectionId);
    auto *info = new QLabel(row);
    info->setObjectName(u"reviewInfo:"_s + sectionId);
    info->setTextFormat(Qt::PlainText);
    info->setForegroundRole(QPalette::PlaceholderText);

    if (note) {
        status->setCurrentIndex(note->status == CaseStore::ReviewStatus::Ok ? 1 : 2);
        noteEdit->setText(note->note);
        info->setText(tr("%1, %2").arg(
            note->author, QLocale().toString(note->updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    layout->addWidget(caption);
    layout->addWidget(status);
    layout->addWidget(noteEdit, 1);
    layout->addWidget(save);
    layout->addWidget(info);

    for (QWidget *w : {static_cast<QWidget *>(status), static_cast<QWidget *>(noteEdit),
                       static_cast<QWidget *>(save)})
        w->setEnabled(m_reviewEnabled);
    auto update = [status, save, this] {
        save->setEnabled(m_reviewEnabled && status->currentIndex() > 0);
    };
    update();
    connect(status, &QComboBox::currentIndexChanged, row, update);
    connect(save, &QPushButton::clicked, this, [this, sectionId, status, noteEdit] {
        const CaseStore::ReviewStatus s = status->currentIndex() == 1
                                              ? CaseStore::ReviewStatus::Ok
                                              : CaseStore::ReviewStatus::NeedsClarification;
        Q_EMIT reviewRequested(sectionId, s, noteEdit->text().trimmed());
    });
    connect(noteEdit, &QLineEdit::returnPressed, save, &QPushButton::click);
    return row;
}

} // namespace lvdesk
