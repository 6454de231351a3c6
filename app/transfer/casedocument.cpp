// SPDX-License-Identifier: EUPL-1.2

#include "casedocument.h"

#include "domain/actiontype.h"
#include "domain/personalidentitycode.h"
#include "transferlog.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The document's fixed words; translated with the document's own translator (its language is the
// customer's, not the officer's).
const char *const ctx = "DocumentText";

QString esc(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u"\r\n"_s, u"\n"_s);
    escaped.replace(u'\n', u"<br/>"_s);
    return escaped;
}

// Compact JSON of any value, scalars included (a field of a type lvdesk does not know).
QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

LocalizedText labelOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return LocalizedText{o.value("fi"_L1).toString(), o.value("sv"_L1).toString(),
                         o.value("en"_L1).toString()};
}

const char *kindSource(ActionType::Kind kind)
{
    switch (kind) {
    case ActionType::Application:
        return QT_TRANSLATE_NOOP("DocumentText", "Application");
    case ActionType::Notification:
        return QT_TRANSLATE_NOOP("DocumentText", "Notification");
    case ActionType::Registration:
        return QT_TRANSLATE_NOOP("DocumentText", "Registration");
    case ActionType::Plan:
        return QT_TRANSLATE_NOOP("DocumentText", "Plan");
    case ActionType::SupervisionRequest:
        return QT_TRANSLATE_NOOP("DocumentText", "Supervision request");
    case ActionType::Supplement:
        return QT_TRANSLATE_NOOP("DocumentText", "Supplement");
    case ActionType::Message:
        return QT_TRANSLATE_NOOP("DocumentText", "Message");
    case ActionType::Withdrawal:
        return QT_TRANSLATE_NOOP("DocumentText", "Withdrawal");
    case ActionType::Unknown:
        break;
    }
    return QT_TRANSLATE_NOOP("DocumentText", "Action");
}

// Builds the HTML of one document, in one language.
class Html
{
public:
    Html(const QLocale &locale, const std::function<QString(const char *)> &text)
        : m_locale(locale)
        , m_text(text)
    { }

    QString t(const char *source) const { return m_text(source); }

    void heading(int level, const QString &plain)
    {
        m_out += u"<h%1>%2</h%1>"_s.arg(level).arg(esc(plain));
    }

    // A label and its value, the value on a line of its own so that it reads (and extracts) whole.
    void field(const QString &label, const QString &value)
    {
        m_out += u"<p style=\"margin-top:4px; margin-bottom:2px;\"><b>"_s + esc(label)
                 + u"</b><br/>"_s + (value.isEmpty() ? u"–"_s : esc(value)) + u"</p>"_s;
    }

    void raw(const QString &html) { m_out += html; }

    // A table of plain-text cells; the first row is the header. Columns in noWrap keep their
    // text on one line (ids, which must be read and copied whole).
    void table(const QList<QStringList> &rows, const QList<int> &noWrap = {})
    {
        m_out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
        for (int r = 0; r < rows.size(); ++r) {
            m_out += u"<tr>"_s;
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const QString cell = esc(rows.at(r).at(c));
                if (r == 0)
                    m_out += u"<th align=\"left\" style=\"white-space: nowrap;\">"_s + cell
                             + u"</th>"_s;
                else if (noWrap.contains(c))
                    m_out += u"<td style=\"white-space: nowrap;\">"_s + cell + u"</td>"_s;
                else
                    m_out += u"<td>"_s + cell + u"</td>"_s;
            }
            m_out += u"</tr>"_s;
        }
        m_out += u"</table>"_s;
    }

    QString date(const QDate &d) const
    {
        return d.isValid() ? m_locale.toString(d, u"d.M.yyyy"_s) : QString();
    }
    // A point in time in Finnish time, as the register files it.
    QString time(const QDateTime &utc) const
    {
        if (!utc.isValid())
            return {};
        const QDateTime local = utc.toTimeZone(QTimeZone("Europe/Helsinki"));
        return m_locale.toString(local, u"d.M.yyyy HH:mm"_s);
    }
    QString number(double value) const { return m_locale.toString(value, 'g', 15); }
    QString bytes(qint64 size) const
    {
        return t(QT_TRANSLATE_NOOP("DocumentText", "%1 bytes")).arg(m_locale.toString(size));
    }

    QString result() const { return m_out; }

private:
    QLocale m_locale;
    std::function<QString(const char *)> m_text;
    QString m_out;
};

} // namespace

CaseDocument::CaseDocument(const CaseSnapshot &snapshot, const Options &options)
    : m_snapshot(snapshot)
    , m_options(options)
{
    m_language = options.language == u"sv"_s || options.language == u"fi"_s
                     ? options.language
                     : snapshot.documentLanguage();
    if (!m_options.createdAt.isValid())
        m_options.createdAt = QDateTime::currentDateTimeUtc();
    if (!snapshot.events.isEmpty())
        m_event = options.eventId == 0 ? &snapshot.opening() : snapshot.eventById(options.eventId);
    // The catalogue is the application's own, embedded at build time; without it the document
    // would be in English, which no register files: that is logged.
    if (!m_translator.load(u":/i18n/lvdesk_"_s + m_language + u".qm"_s))
        qCWarning(lcTransfer) << "document texts for language" << m_language << "not found";
}

CaseDocument::~CaseDocument() = default;

bool CaseDocument::isValid() const
{
    return m_event != nullptr;
}

QString CaseDocument::text(const char *source) const
{
    const QString translated = m_translator.translate(ctx, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString CaseDocument::kindName() const
{
    if (!m_event)
        return {};
    return text(kindSource(ActionType::fromString(m_event->event.actionType).kind()));
}

QString CaseDocument::title() const
{
    if (!m_event)
        return {};
    const std::optional<Commondata> common = m_snapshot.commondata();
    const QString project = common ? common->projectName : QString();
    return project.isEmpty() ? kindName() : kindName() + u" – "_s + project;
}

QString CaseDocument::fileNameFor(const CaseSnapshot &snapshot, qint64 eventId)
{
    if (eventId == 0 || snapshot.events.isEmpty() || snapshot.opening().event.id == eventId)
        return u"application.pdf"_s;
    for (int i = 0; i < snapshot.events.size(); ++i) {
        const CaseStore::Event &e = snapshot.events.at(i).event;
        if (e.id == eventId) {
            const ActionType type = ActionType::fromString(e.actionType);
            const QString kind = type.isUnknown() ? u"action"_s : type.toString();
            return kind + u'-' + QString::number(i + 1) + u".pdf"_s;
        }
    }
    return u"action.pdf"_s;
}

QString CaseDocument::html() const
{
    if (!m_event)
        return {};
    const QLocale locale(m_language == u"sv"_s ? u"sv_FI"_s : u"fi_FI"_s);
    Html h(locale, [this](const char *source) { return text(source); });
    const CaseStore::Case &c = m_snapshot.caseInfo;
    const CaseStore::Event &event = m_event->event;
    const bool application = m_event == &m_snapshot.opening();
    const std::optional<Commondata> common
        = m_event->commondata ? m_event->commondata : m_snapshot.commondata();

    // The head: service, project part, the action's id and the dates.
    h.heading(1, title());
    h.raw(u"<table cellspacing=\"0\" cellpadding=\"2\">"_s);
    auto headRow = [&](const char *label, const QString &value) {
        if (!value.isEmpty())
            h.raw(u"<tr><td><b>"_s + esc(text(label))
                  + u"</b></td><td style=\"white-space: nowrap;\">"_s + esc(value)
                  + u"</td></tr>"_s);
    };
    const LocalizedText service = m_snapshot.serviceName();
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Service"),
            service.isEmpty() ? c.serviceCode
                              : service.text(m_language) + u" ("_s + c.serviceCode + u')');
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Project"), c.projectId);
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Project part"), c.projectPartId);
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Action id"), event.externalId);
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Version"), QString::number(event.version));
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Submitted"), h.time(event.submittedAt));
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Received by the authority"), h.time(c.receivedAt));
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Diary number"), c.diaryNumber);
    headRow(QT_TRANSLATE_NOOP("DocumentText", "Document created"),
            h.time(m_options.createdAt.toUTC()));
    h.raw(u"</table>"_s);

    // The customer, the representative and the place.
    if (common) {
        auto party = [&](const char *heading, const Customer &p) {
            h.heading(2, text(heading));
            h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Name")), p.name);
            if (p.kind.kind() == CustomerKind::Organisation || !p.businessId.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Business ID")), p.businessId);
            if (!p.personalIdentityCode.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Personal identity code")),
                        m_options.copy == Copy::Register
                            ? p.personalIdentityCode
                            : PersonalIdentityCode::mask(p.personalIdentityCode));
            if (!p.email.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Email")), p.email);
            if (!p.phone.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Phone")), p.phone);
            if (!p.address.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Address")),
                        QStringList{
                            p.address.street,
                            QString(p.address.postalCode + u' ' + p.address.postOffice).trimmed()}
                            .join(u'\n')
                            .trimmed());
            if (!p.language.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Language")), p.language);
        };
        if (application)
            h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Project name")), common->projectName);
        party(common->customer.kind.kind() == CustomerKind::Organisation
                  ? QT_TRANSLATE_NOOP("DocumentText", "Customer (organisation)")
                  : QT_TRANSLATE_NOOP("DocumentText", "Customer"),
              common->customer);
        if (common->representative)
            party(QT_TRANSLATE_NOOP("DocumentText", "Representative"), *common->representative);
        if (application && common->location) {
            const Location &l = *common->location;
            h.heading(2, text(QT_TRANSLATE_NOOP("DocumentText", "Location")));
            h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Municipality code")),
                    l.municipalityCode);
            if (!l.propertyId.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Property ID")), l.propertyId);
            if (!l.address.isEmpty())
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Address")), l.address);
            if (l.coordinates)
                h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Coordinates (EPSG:%1)"))
                            .arg(l.coordinates->epsg),
                        u"x = %1, y = %2"_s.arg(h.number(l.coordinates->x),
                                                h.number(l.coordinates->y)));
        }
    }

    // The form: every section and field, nested sections under their parents.
    const Formdata *form = m_event->formdata ? &*m_event->formdata : nullptr;
    if (form) {
        h.heading(2, text(QT_TRANSLATE_NOOP("DocumentText", "Form")));
        if (!form->formVersion.isEmpty())
            h.field(text(QT_TRANSLATE_NOOP("DocumentText", "Form version")), form->formVersion);
        std::function<void(const FormSection &, int)> section = [&](const FormSection &s,
                                                                    int level) {
            const QString heading = s.title.text(m_language);
            h.heading(qMin(level, 6), heading.isEmpty() ? s.id : heading);
            for (const FormField &f : s.fields) {
                const QString label
                    = f.label.text(m_language).isEmpty() ? f.id : f.label.text(m_language);
                if (f.value.isNull() || f.value.isUndefined()) {
                    h.field(label, QString());
                    continue;
                }
                switch (f.type.kind()) {
                case FieldType::Text:
                    h.field(label, f.value.toString());
                    break;
                case FieldType::Date:
                    h.field(label, h.date(QDate::fromString(f.value.toString(), Qt::ISODate)));
                    break;
                case FieldType::Number:
                    h.field(label, f.unit.isEmpty() ? h.number(f.value.toDouble())
                                                    : h.number(f.value.toDouble()) + u' ' + f.unit);
                    break;
                case FieldType::Boolean:
                    h.field(label, f.value.toBool()
                                       ? text(QT_TRANSLATE_NOOP("DocumentText", "Yes"))
                                       : text(QT_TRANSLATE_NOOP("DocumentText", "No")));
                    break;
                case FieldType::Choice:
                    h.field(label, labelOf(f.value).text(m_language));
                    break;
                case FieldType::AttachmentRef: {
                    const AttachmentInfo *a = form->attachment(f.value.toString());
                    h.field(label, a ? a->fileName + u" ("_s + a->id + u')' : f.value.toString());
                    break;
                }
                case FieldType::Table: {
                    h.raw(u"<p style=\"margin-top:4px; margin-bottom:2px;\"><b>"_s + esc(label)
                          + u"</b></p>"_s);
                    const QJsonObject table = f.value.toObject();
                    QList<QStringList> rows;
                    QStringList header;
                    const QJsonArray columns = table.value("columns"_L1).toArray();
                    for (const QJsonValue &column : columns)
                        header << labelOf(column).text(m_language);
                    rows << header;
                    const QJsonArray tableRows = table.value("rows"_L1).toArray();
                    for (const QJsonValue &row : tableRows) {
                        QStringList cells;
                        const QJsonArray rowCells = row.toArray();
                        for (const QJsonValue &cell : rowCells) {
                            if (cell.isString())
                                cells << cell.toString();
                            else if (cell.isDouble())
                                cells << h.number(cell.toDouble());
                            else if (cell.isBool())
                                cells << (cell.toBool()
                                              ? text(QT_TRANSLATE_NOOP("DocumentText", "Yes"))
                                              : text(QT_TRANSLATE_NOOP("DocumentText", "No")));
                            else if (cell.isObject())
                                cells << labelOf(cell).text(m_language);
                            else if (cell.isNull())
                                cells << QString();
                            else
                                cells << compactJson(cell);
                        }
                        rows << cells;
                    }
                    h.table(rows);
                    break;
                }
                case FieldType::Unknown:
                    // A type lvdesk does not know is kept and shown as the JSON it came as.
                    h.field(label, compactJson(f.value));
                    break;
                }
            }
            for (const FormSection &child : s.sections)
                section(child, level + 1);
        };
        for (const FormSection &s : form->sections)
            section(s, 3);
    } else if (!event.formdata.isEmpty()) {
        h.heading(2, text(QT_TRANSLATE_NOOP("DocumentText", "Form")));
        h.field(text(QT_TRANSLATE_NOOP("DocumentText", "The form as it was sent")),
                QString::fromUtf8(QJsonDocument(event.formdata).toJson(QJsonDocument::Indented)));
    }

    // The attachments of this action, with what proves them.
    if (!m_event->attachments.isEmpty()) {
        h.heading(2, text(QT_TRANSLATE_NOOP("DocumentText", "Attachments")));
        for (const CaseStore::Attachment &a : m_event->attachments) {
            h.raw(u"<p style=\"margin-top:6px; margin-bottom:0px;\"><b>"_s + esc(a.fileName)
                  + u"</b></p>"_s);
            h.table({{text(QT_TRANSLATE_NOOP("DocumentText", "Description")),
                      text(QT_TRANSLATE_NOOP("DocumentText", "Type")),
                      text(QT_TRANSLATE_NOOP("DocumentText", "Size"))},
                     {a.description, a.contentType, h.bytes(a.size)}});
            h.raw(u"<p style=\"margin-top:2px; margin-bottom:2px;\"><b>"_s
                  + esc(text(QT_TRANSLATE_NOOP("DocumentText", "SHA-256")))
                  + u"</b><br/><span style=\"white-space: nowrap;\">"_s + esc(a.sha256)
                  + u"</span></p>"_s);
        }
    }

    // The officers' review marks (the application only: they concern its form).
    if (application && !m_snapshot.reviewNotes.isEmpty()) {
        h.heading(2, text(QT_TRANSLATE_NOOP("DocumentText", "Review")));
        QHash<QString, QString> titles;
        std::function<void(const FormSection &)> collect = [&](const FormSection &s) {
            titles.insert(s.id, s.title.text(m_language));
            for (const FormSection &child : s.sections)
                collect(child);
        };
        if (form) {
            for (const FormSection &s : form->sections)
                collect(s);
        }
        QList<QStringList> rows{{text(QT_TRANSLATE_NOOP("DocumentText", "Section")),
                                 text(QT_TRANSLATE_NOOP("DocumentText", "Status")),
                                 text(QT_TRANSLATE_NOOP("DocumentText", "Note")),
                                 text(QT_TRANSLATE_NOOP("DocumentText", "Officer")),
                                 text(QT_TRANSLATE_NOOP("DocumentText", "Date"))}};
        for (const CaseStore::ReviewNote &n : m_snapshot.reviewNotes) {
            rows << QStringList{
                titles.value(n.sectionId, n.sectionId),
                n.status == CaseStore::ReviewStatus::Ok
                    ? text(QT_TRANSLATE_NOOP("DocumentText", "Checked"))
                    : text(QT_TRANSLATE_NOOP("DocumentText", "Needs clarification")),
                n.note, n.author, h.time(n.updatedAt)};
        }
        h.table(rows);
    }

    // The case's actions so far, this one included.
    h.heading(2, text(QT_TRANSLATE_NOOP("DocumentText", "Events")));
    QList<QStringList> rows{{text(QT_TRANSLATE_NOOP("DocumentText", "Submitted")),
                             text(QT_TRANSLATE_NOOP("DocumentText", "Action")),
                             text(QT_TRANSLATE_NOOP("DocumentText", "Version")),
                             text(QT_TRANSLATE_NOOP("DocumentText", "Action id"))}};
    for (const CaseSnapshot::EventData &e : m_snapshot.events) {
        if (!application && e.event.submittedAt > event.submittedAt)
            continue;
        const ActionType type = ActionType::fromString(e.event.actionType);
        rows << QStringList{h.time(e.event.submittedAt),
                            type.isUnknown() ? type.toString() : text(kindSource(type.kind())),
                            QString::number(e.event.version), e.event.externalId};
    }
    h.table(rows, {0, 3});
    return h.result();
}

std::unique_ptr<QTextDocument> CaseDocument::layout(const QString &html, const QString &title)
{
    auto document = std::make_unique<QTextDocument>();
    // DejaVu Sans has every letter Finnish and Swedish names use; Qt falls back to another font
    // where it is missing. Every font used is embedded in the PDF.
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9.5);
    // No ligatures: "fi" in an e-mail address or "ff" in a checksum must stay two letters for
    // anyone who searches or copies the text.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(u"h1 { font-size: 15pt; } h2 { font-size: 12.5pt; } "
                                   "h3 { font-size: 11pt; } h4, h5, h6 { font-size: 10pt; } "
                                   "th { background-color: #e8e8e8; }"_s);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    document->setHtml(html);
    return document;
}

QByteArray CaseDocument::toPdf(QString *error) const
{
    if (!m_event) {
        if (error)
            *error = tr("The action is not part of the case.");
        return {};
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(title());
        writer.setCreator(u"lvdesk "_s + QStringLiteral(LVDESK_VERSION));
        writer.setResolution(300);
        layout(html(), title())->print(&writer);
    }
    if (!bytes.startsWith("%PDF-")) {
        if (error)
            *error = tr("The document could not be rendered.");
        return {};
    }
    return bytes;
}

void CaseDocument::print(QPagedPaintDevice *device) const
{
    if (m_event && device)
        layout(html(), title())->print(device);
}

void CaseDocument::printHtml(const QString &html, const QString &title, QPagedPaintDevice *device)
{
    if (device && !html.isEmpty())
        layout(html, title)->print(device);
}

} // namespace lvdesk
