// SPDX-License-Identifier: EUPL-1.2

#include "hostilemix.h"

#include "hostiletext.h"
#include "simrandom.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

using K = HostileKind;

// Which actions a kind can be given to.
enum Applies : quint8 {
    Opening = 1, // and its corrected versions
    Supplement = 2,
    Message = 4,
    Withdrawal = 8,
    All = 15,
    WithAttachments = Opening | Supplement | Message,
};

struct Rule
{
    K kind;
    bool perCase; // in the case's commondata, so in every action of the case
    quint8 applies;
    double chance;
    int slots; // attachments it needs of its own
};

// In the order of HostileKind; each kind is drawn on its own with its chance.
const Rule rules[] = {
    {K::NameBidi, true, All, 0.3, 0},
    {K::NameZeroWidth, true, All, 0.3, 0},
    {K::NameCombining, true, All, 0.3, 0},
    {K::NameHtml, true, All, 0.3, 0},
    {K::NameLong, true, All, 0.15, 0},
    {K::BusinessIdWrongCheck, true, All, 0.2, 0},
    {K::Hetu2023Century, true, All, 0.2, 0},
    {K::UnknownActionType, false, Opening | Message, 0.12, 0},
    {K::TimestampOffset, false, All, 0.12, 0},
    {K::TextBidi, false, All, 0.12, 0},
    {K::TextZeroWidth, false, All, 0.12, 0},
    {K::TextCombining, false, All, 0.12, 0},
    {K::TextHtml, false, All, 0.12, 0},
    {K::TextLong, false, All, 0.06, 0},
    {K::UnknownFieldType, false, All, 0.12, 0},
    {K::UnknownDeadlineRole, false, All, 0.12, 0},
    {K::LabelMissingEn, false, All, 0.12, 0},
    {K::LabelMissingFiOrSv, false, All, 0.12, 0},
    {K::LabelOnlyEn, false, All, 0.08, 0},
    {K::ChoiceWithoutEn, false, All, 0.12, 0},
    {K::NumberAsText, false, All, 0.12, 0},
    {K::DateNotIso, false, All, 0.12, 0},
    {K::BooleanAsText, false, All, 0.12, 0},
    {K::TableRowWrongCells, false, All, 0.12, 0},
    {K::AttachmentRefUnknown, false, All, 0.12, 0},
    {K::FileNamePath, false, WithAttachments, 0.12, 1},
    {K::FileNameDots, false, WithAttachments, 0.12, 1},
    {K::FileNameControl, false, WithAttachments, 0.12, 1},
    {K::FileNameReserved, false, WithAttachments, 0.12, 1},
    {K::FileNameForbiddenChars, false, WithAttachments, 0.12, 1},
    {K::FileNameLeadingTrailing, false, WithAttachments, 0.12, 1},
    {K::FileNameBidi, false, WithAttachments, 0.12, 1},
    {K::FileNameZeroWidth, false, WithAttachments, 0.12, 1},
    {K::FileNameCombining, false, WithAttachments, 0.12, 1},
    {K::FileNameHtml, false, WithAttachments, 0.12, 1},
    {K::FileNameLong, false, WithAttachments, 0.12, 1},
    {K::FileNameDuplicate, false, WithAttachments, 0.12, 2},
    {K::FileNameCaseOnly, false, WithAttachments, 0.12, 2},
    {K::FileNameEmptyAfterSanitising, false, WithAttachments, 0.12, 1},
    {K::ContentTypeMismatch, false, WithAttachments, 0.12, 1},
    {K::ContentTypeMalformed, false, WithAttachments, 0.12, 1},
    {K::ContentBytesMismatch, false, WithAttachments, 0.12, 1},
    {K::AttachmentLarge, false, WithAttachments, 0.08, 1},
    {K::AttachmentIdRepeated, false, WithAttachments, 0.1, 1},
    {K::AttachmentWithoutChecksum, false, WithAttachments, 0.1, 1},
};
static_assert(std::size(rules) == size_t(K::Count), "one rule per kind");

// Salts of the random streams, apart from those of CaseGenerator.
constexpr quint64 caseSalt = 0x40571ec0;
constexpr quint64 actionSalt = 0x40571ea0;
constexpr quint64 commondataSalt = 0x40571ecd;
constexpr quint64 attachmentSalt = 0x40571eaa;
constexpr quint64 formdataSalt = 0x40571efd;
constexpr quint64 typeSalt = 0x40571e7e;

quint8 appliesBit(ActionInfo::Kind kind)
{
    switch (kind) {
    case ActionInfo::Kind::Opening:
    case ActionInfo::Kind::Version:
        return Opening;
    case ActionInfo::Kind::Supplement:
        return Supplement;
    case ActionInfo::Kind::Message:
        return Message;
    case ActionInfo::Kind::Withdrawal:
        return Withdrawal;
    }
    return 0;
}

QJsonObject label(const QString &fi, const QString &sv, const QString &en)
{
    return QJsonObject{{u"fi"_s, fi}, {u"sv"_s, sv}, {u"en"_s, en}};
}

// --- Walking a formdata tree. Each visitor gets a JSON object it may change in place.

// Every section of the tree, depth first.
template<typename Visit>
void forEachSection(QJsonArray &sections, Visit &&visit)
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QJsonObject section = sections.at(i).toObject();
        visit(section);
        QJsonArray children = section.value(u"sections"_s).toArray();
        forEachSection(children, visit);
        section.insert(u"sections"_s, children);
        sections[i] = section;
    }
}

// The object member key of o.
template<typename Visit>
void withMember(QJsonObject &o, const QString &key, Visit &&visit)
{
    QJsonObject member = o.value(key).toObject();
    visit(member);
    o.insert(key, member);
}

// Every object in the array member key of o.
template<typename Visit>
void forEachElement(QJsonObject &o, const QString &key, Visit &&visit)
{
    QJsonArray array = o.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject element = array.at(i).toObject();
        visit(element);
        array[i] = element;
    }
    o.insert(key, array);
}

template<typename Visit>
void forEachField(QJsonArray &sections, Visit &&visit)
{
    forEachSection(sections,
                   [&](QJsonObject &section) { forEachElement(section, u"fields"_s, visit); });
}

// Section titles, field labels and table column headings.
template<typename Visit>
void forEachLabel(QJsonArray &sections, Visit &&visit)
{
    forEachSection(sections, [&](QJsonObject &section) {
        withMember(section, u"title"_s, visit);
        forEachElement(section, u"fields"_s, [&](QJsonObject &field) {
            withMember(field, u"label"_s, visit);
            if (field.value(u"type"_s).toString() == u"table"_s) {
                withMember(field, u"value"_s,
                           [&](QJsonObject &table) { forEachElement(table, u"columns"_s, visit); });
            }
        });
    });
}

// Applies change to count of the objects (chosen at random) that forEach reaches and match
// accepts; returns how many it changed.
template<typename ForEach, typename Match, typename Change>
int changeSome(ForEach &&forEach, Match &&match, int count, SimRandom &rnd, Change &&change)
{
    int total = 0;
    forEach([&](QJsonObject &o) {
        if (match(o))
            ++total;
    });
    count = qMin(count, total);
    QSet<int> chosen;
    while (chosen.size() < count)
        chosen.insert(rnd.below(total));
    int n = 0;
    forEach([&](QJsonObject &o) {
        if (match(o) && chosen.contains(n++))
            change(o);
    });
    return count;
}

auto isType(const QString &type)
{
    return [type](const QJsonObject &field) {
        return field.value(u"type"_s).toString() == type;
    };
}

bool isTextAnswer(const QJsonObject &field)
{
    return field.value(u"type"_s).toString() == u"text"_s && field.value(u"value"_s).isString();
}

// A field of the type (number, date, boolean, choice or table) to change when the form has none.
QJsonObject newField(const QString &type, const ActionInfo &action)
{
    const QString date = action.submittedAt.date().addDays(30).toString(Qt::ISODate);
    QJsonObject field{{u"id"_s, QString(u"lisatieto_"_s + type)}, {u"type"_s, type}};
    if (type == u"number"_s) {
        field.insert(u"label"_s, label(u"Määrä"_s, u"Mängd"_s, u"Amount"_s));
        field.insert(u"value"_s, 120000);
        field.insert(u"unit"_s, u"m³"_s);
    } else if (type == u"date"_s) {
        field.insert(u"label"_s, label(u"Päivämäärä"_s, u"Datum"_s, u"Date"_s));
        field.insert(u"value"_s, date);
    } else if (type == u"boolean"_s) {
        field.insert(u"label"_s, label(u"Hyväksytty"_s, u"Godkänd"_s, u"Accepted"_s));
        field.insert(u"value"_s, true);
    } else if (type == u"choice"_s) {
        field.insert(u"label"_s, label(u"Yhteydenottotapa"_s, u"Kontaktsätt"_s, u"Contact"_s));
        field.insert(u"value"_s, label(u"Sähköposti"_s, u"E-post"_s, u"Email"_s));
    } else {
        field.insert(u"label"_s, label(u"Erittely"_s, u"Specifikation"_s, u"Breakdown"_s));
        field.insert(
            u"value"_s,
            QJsonObject{
                {u"columns"_s, QJsonArray{label(u"Kohde"_s, u"Objekt"_s, u"Item"_s),
                                          label(u"Määrä"_s, u"Mängd"_s, u"Amount"_s)}},
                {u"rows"_s, QJsonArray{QJsonArray{u"Sora"_s, 12}, QJsonArray{u"Hiekka"_s, 7}}}});
    }
    return field;
}

void appendToFirstSection(QJsonArray &sections, const QJsonObject &field)
{
    if (sections.isEmpty()) {
        sections.append(QJsonObject{{u"id"_s, u"muut"_s},
                                    {u"title"_s, label(u"Muut"_s, u"Övrigt"_s, u"Other"_s)},
                                    {u"fields"_s, QJsonArray()},
                                    {u"sections"_s, QJsonArray()}});
    }
    QJsonObject first = sections.at(0).toObject();
    QJsonArray fields = first.value(u"fields"_s).toArray();
    fields.append(field);
    first.insert(u"fields"_s, fields);
    sections[0] = first;
}

// Changes one field of the type, added first when the form has none.
template<typename Change>
void changeOneOfType(QJsonArray &sections, const QString &type, const ActionInfo &action,
                     SimRandom &rnd, Change &&change)
{
    auto fields = [&](auto &&visit) {
        forEachField(sections, visit);
    };
    if (changeSome(fields, isType(type), 1, rnd, change) == 0) {
        appendToFirstSection(sections, newField(type, action));
        changeSome(fields, isType(type), 1, rnd, change);
    }
}

// "120 000" or "12,5": a number written as people write it, not as JSON.
QString numberAsText(const QJsonValue &value, SimRandom &rnd)
{
    const double number = value.isDouble() ? value.toDouble() : 120000;
    if (number < 10000 || rnd.chance(0.2))
        return QString::number(number + 0.5, 'f', 1).replace(u'.', u',');
    QString digits = QString::number(qint64(number));
    const QChar separator = rnd.chance(0.5) ? QChar(u' ') : QChar(0x00a0);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, separator);
    return digits;
}

QJsonValue anyJson(SimRandom &rnd)
{
    switch (rnd.below(6)) {
    case 0:
        return QJsonObject{
            {u"type"_s, u"Polygon"_s},
            {u"coordinates"_s, QJsonArray{QJsonArray{QJsonArray{385800.5, 6672000.25},
                                                     QJsonArray{385900.5, 6672000.25},
                                                     QJsonArray{385850.5, 6672100.25}}}}};
    case 1:
        return u"POINT(385800 6672000)"_s;
    case 2:
        return 42.5;
    case 3:
        return QJsonArray{1, u"kaksi"_s, QJsonArray{3}, QJsonValue::Null};
    case 4:
        return QJsonValue::Null;
    default:
        return true;
    }
}

QJsonValue valueAt(const QJsonObject &o, const QStringList &path)
{
    const QJsonValue v = o.value(path.first());
    return path.size() == 1 ? v : valueAt(v.toObject(), path.mid(1));
}

void setValueAt(QJsonObject &o, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        o.insert(path.first(), value);
        return;
    }
    QJsonObject child = o.value(path.first()).toObject();
    setValueAt(child, path.mid(1), value);
    o.insert(path.first(), child);
}

} // namespace

HostileMix::HostileMix(quint64 seed, const Options &options)
    : m_seed(seed)
    , m_options(options)
{ }

HostileKinds HostileMix::kinds(const ActionInfo &action) const
{
    if (m_options.fraction <= 0 || action.caseOverrides.submitted)
        return {};
    SimRandom caseRnd(m_seed, action.caseIndex, caseSalt);
    if (!caseRnd.chance(m_options.fraction))
        return {};
    HostileKinds out;
    for (const Rule &rule : rules) {
        if (rule.perCase && caseRnd.chance(rule.chance))
            out.add(rule.kind);
    }
    // One customer cannot have both a henkilötunnus and a Y-tunnus.
    if (out.has(K::Hetu2023Century) && out.has(K::BusinessIdWrongCheck))
        out.remove(caseRnd.chance(0.5) ? K::Hetu2023Century : K::BusinessIdWrongCheck);
    if (action.actionOverrides.submitted)
        return out;

    SimRandom rnd(m_seed, action.caseIndex, actionSalt, action.actionNo);
    const quint8 bit = appliesBit(action.kind);
    QList<K> applicable;
    bool any = false;
    for (const Rule &rule : rules) {
        if (rule.perCase || !(rule.applies & bit))
            continue;
        applicable.append(rule.kind);
        if (rnd.chance(rule.chance)) {
            out.add(rule.kind);
            any = true;
        }
    }
    // Every action of a hostile case carries something of its own.
    if (!any)
        out.add(applicable.at(rnd.below(int(applicable.size()))));
    return out;
}

QString HostileMix::actionType(const HostileKinds &kinds, const ActionInfo &action) const
{
    if (!kinds.has(K::UnknownActionType))
        return QString();
    SimRandom rnd(m_seed, action.caseIndex, typeSalt, action.actionNo);
    if (action.kind == ActionInfo::Kind::Message) {
        const QString types[] = {u"statement"_s, u"hearingResponse"_s};
        return rnd.pick(types);
    }
    const QString types[] = {u"permitRenewal"_s, u"changeNotification"_s};
    return rnd.pick(types);
}

QString HostileMix::timestamp(const HostileKinds &kinds, const ActionInfo &action) const
{
    if (!kinds.has(K::TimestampOffset))
        return action.submittedAt.toString(Qt::ISODate);
    SimRandom rnd(m_seed, action.caseIndex, typeSalt + 1, action.actionNo);
    const int offsets[] = {2 * 3600, 3 * 3600, -5 * 3600, 5 * 3600 + 1800};
    return action.submittedAt.toOffsetFromUtc(rnd.pick(offsets)).toString(Qt::ISODate);
}

QString HostileMix::customerKind(const HostileKinds &kinds) const
{
    if (kinds.has(K::Hetu2023Century))
        return u"person"_s;
    if (kinds.has(K::BusinessIdWrongCheck))
        return u"organisation"_s;
    return QString();
}

void HostileMix::changeCommondata(const HostileKinds &kinds, const ActionInfo &action,
                                  QJsonObject &commondata) const
{
    if (kinds.isEmpty())
        return;
    commondata.insert(u"submittedAt"_s, timestamp(kinds, action));
    // The same for every action of the case: drawn from the case alone.
    SimRandom rnd(m_seed, action.caseIndex, commondataSalt);
    const QList<QStringList> targets = {{u"customer"_s, u"name"_s},
                                        {u"projectName"_s},
                                        {u"location"_s, u"address"_s},
                                        {u"customer"_s, u"address"_s, u"street"_s},
                                        {u"customer"_s, u"address"_s, u"postOffice"_s},
                                        {u"representative"_s, u"name"_s}};
    auto change = [&](K kind, auto &&make) {
        if (!kinds.has(kind))
            return;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            // The customer's name always, the others now and then.
            if (i > 0 && !rnd.chance(0.4))
                continue;
            const QJsonValue v = valueAt(commondata, targets.at(i));
            if (v.isString() && !v.toString().isEmpty())
                setValueAt(commondata, targets.at(i), make(v.toString()));
        }
    };
    change(K::NameLong, [&](const QString &s) {
        return HostileText::lengthened(s, rnd.between(300, 1000), u" "_s);
    });
    change(K::NameBidi, [&](const QString &s) { return HostileText::withBidi(s, rnd); });
    change(K::NameZeroWidth, [&](const QString &s) { return HostileText::withZeroWidth(s, rnd); });
    change(K::NameCombining, [&](const QString &s) { return HostileText::withCombining(s, rnd); });
    change(K::NameHtml, [&](const QString &s) { return HostileText::withHtml(s, rnd); });

    QJsonObject customer = commondata.value(u"customer"_s).toObject();
    const QString hetu = customer.value(u"personalIdentityCode"_s).toString();
    if (kinds.has(K::Hetu2023Century) && hetu.size() == 11) {
        // The century signs added in 2023; the check character does not depend on them.
        const QString signs = hetu.at(6) == u'A' ? u"BCDEF"_s : u"UVWXY"_s;
        customer.insert(u"personalIdentityCode"_s,
                        QString(hetu.left(6) + signs.at(rnd.below(5)) + hetu.mid(7)));
    }
    const QString businessId = customer.value(u"businessId"_s).toString();
    if (kinds.has(K::BusinessIdWrongCheck) && businessId.size() == 9) {
        const int check = (businessId.at(8).digitValue() + rnd.between(1, 9)) % 10;
        customer.insert(u"businessId"_s, QString(businessId.left(8) + QString::number(check)));
    }
    commondata.insert(u"customer"_s, customer);
}

int HostileMix::attachmentsNeeded(const HostileKinds &kinds) const
{
    int slots = 0;
    for (const Rule &rule : rules) {
        if (kinds.has(rule.kind))
            slots += rule.slots;
    }
    return slots;
}

void HostileMix::changeAttachments(const HostileKinds &kinds, const ActionInfo &action,
                                   QList<AttachmentSpec> &specs) const
{
    using F = AttachmentSpec::Format;
    Q_ASSERT(specs.size() >= attachmentsNeeded(kinds));
    SimRandom rnd(m_seed, action.caseIndex, attachmentSalt, action.actionNo);
    QList<AttachmentSpec> repeated;
    int slot = 0;
    for (const Rule &rule : rules) {
        if (rule.slots == 0 || !kinds.has(rule.kind))
            continue;
        AttachmentSpec &spec = specs[slot];
        switch (rule.kind) {
        case K::FileNameDuplicate:
        case K::FileNameCaseOnly: {
            // A second attachment (other bytes, same format) under the same name or the same
            // name in other letter case.
            AttachmentSpec &other = specs[slot + 1];
            other.fileName = rule.kind == K::FileNameDuplicate
                                 ? spec.fileName
                                 : HostileText::caseVariant(spec.fileName);
            other.format = spec.format;
            other.contentType = spec.contentType;
            break;
        }
        case K::ContentTypeMismatch:
            spec.contentType = HostileText::mismatchedContentType(spec.format == F::Png, rnd);
            break;
        case K::ContentTypeMalformed:
            spec.contentType = HostileText::malformedContentType(rnd);
            break;
        case K::ContentBytesMismatch:
            // Name and content type keep saying what the bytes are not.
            spec.format = spec.format == F::Png ? F::Pdf : (rnd.chance(0.5) ? F::Png : F::Html);
            break;
        case K::AttachmentLarge:
            if (spec.format != F::Pdf) {
                spec.fileName = spec.fileName.left(spec.fileName.lastIndexOf(u'.')) + u".pdf"_s;
                spec.format = F::Pdf;
                spec.contentType = u"application/pdf"_s;
            }
            // Above the limit with room to spare for the writer's approximate size.
            spec.targetBytes = int(m_options.largeBytes + m_options.largeBytes / 64 + 16384);
            spec.large = true;
            break;
        case K::AttachmentIdRepeated: {
            // The same id and bytes listed twice, under another name.
            AttachmentSpec copy = spec;
            copy.fileName = u"kopio_"_s + spec.fileName;
            copy.description = spec.description + u" (kopio)"_s;
            repeated.append(copy);
            break;
        }
        case K::AttachmentWithoutChecksum:
            spec.announceDigest = false;
            break;
        default:
            spec.fileName = HostileText::fileName(rule.kind, spec.fileName, rnd);
            break;
        }
        slot += rule.slots;
    }
    specs.append(repeated);
}

void HostileMix::changeFormdata(const HostileKinds &kinds, const ActionInfo &action,
                                QJsonObject &formdata) const
{
    if (kinds.isEmpty())
        return;
    SimRandom rnd(m_seed, action.caseIndex, formdataSalt, action.actionNo);
    QJsonArray sections = formdata.value(u"sections"_s).toArray();
    auto fields = [&](auto &&visit) {
        forEachField(sections, visit);
    };
    auto labels = [&](auto &&visit) {
        forEachLabel(sections, visit);
    };

    // Text answers.
    auto changeText = [&](K kind, int count, auto &&make) {
        if (!kinds.has(kind))
            return;
        changeSome(fields, isTextAnswer, count, rnd, [&](QJsonObject &field) {
            field.insert(u"value"_s, make(field.value(u"value"_s).toString()));
        });
    };
    changeText(K::TextLong, 1, [&](const QString &s) {
        return HostileText::lengthened(s, rnd.between(95000, 105000), u"\n\n"_s);
    });
    changeText(K::TextBidi, rnd.between(1, 2),
               [&](const QString &s) { return HostileText::withBidi(s, rnd); });
    changeText(K::TextZeroWidth, rnd.between(1, 2),
               [&](const QString &s) { return HostileText::withZeroWidth(s, rnd); });
    changeText(K::TextCombining, rnd.between(1, 2),
               [&](const QString &s) { return HostileText::withCombining(s, rnd); });
    changeText(K::TextHtml, rnd.between(1, 2),
               [&](const QString &s) { return HostileText::withHtml(s, rnd); });

    // Types and values the contract does not have, or values of the wrong JSON type.
    if (kinds.has(K::UnknownFieldType)) {
        appendToFirstSection(
            sections,
            QJsonObject{
                {u"id"_s, u"allekirjoitus"_s},
                {u"label"_s, label(u"Allekirjoitus"_s, u"Underskrift"_s, u"Signature"_s)},
                {u"type"_s, u"signature"_s},
                {u"value"_s, QJsonObject{{u"signedAt"_s, action.submittedAt.toString(Qt::ISODate)},
                                         {u"method"_s, u"suomi.fi"_s},
                                         {u"signature"_s, u"MEUCIQDx8q0bHk4cZ3b0"_s}}}});
        appendToFirstSection(
            sections,
            QJsonObject{{u"id"_s, u"alue"_s},
                        {u"label"_s, label(u"Alue kartalla"_s, u"Område på kartan"_s, u"Area"_s)},
                        {u"type"_s, u"geometry"_s},
                        {u"value"_s, anyJson(rnd)}});
    }
    if (kinds.has(K::UnknownDeadlineRole)) {
        const QString roles[]
            = {u"hearingDate"_s, u"decisionDueBy"_s, u"EVENTDATE"_s, u"eventDate "_s};
        const QString role = rnd.pick(roles);
        changeOneOfType(sections, u"date"_s, action, rnd,
                        [&](QJsonObject &field) { field.insert(u"deadlineRole"_s, role); });
    }
    if (kinds.has(K::NumberAsText)) {
        changeOneOfType(sections, u"number"_s, action, rnd, [&](QJsonObject &field) {
            field.insert(u"value"_s, numberAsText(field.value(u"value"_s), rnd));
        });
    }
    if (kinds.has(K::DateNotIso)) {
        changeOneOfType(sections, u"date"_s, action, rnd, [&](QJsonObject &field) {
            QDate date = QDate::fromString(field.value(u"value"_s).toString(), Qt::ISODate);
            if (!date.isValid())
                date = action.submittedAt.date();
            field.insert(u"value"_s, date.toString(u"d.M.yyyy"_s));
        });
    }
    if (kinds.has(K::BooleanAsText)) {
        const QJsonValue values[] = {u"yes"_s, u"kyllä"_s, u"ja"_s, u"true"_s, 1};
        const QJsonValue value = rnd.pick(values);
        changeOneOfType(sections, u"boolean"_s, action, rnd,
                        [&](QJsonObject &field) { field.insert(u"value"_s, value); });
    }
    if (kinds.has(K::TableRowWrongCells)) {
        changeOneOfType(sections, u"table"_s, action, rnd, [&](QJsonObject &field) {
            QJsonObject table = field.value(u"value"_s).toObject();
            const int columns = int(table.value(u"columns"_s).toArray().size());
            QJsonArray rows = table.value(u"rows"_s).toArray();
            QJsonArray shortRow{u"vain yksi solu"_s};
            QJsonArray longRow;
            for (int c = 0; c < columns + 2; ++c)
                longRow.append(u"solu %1"_s.arg(c + 1));
            rows.insert(rnd.below(int(rows.size()) + 1), shortRow);
            rows.append(longRow);
            table.insert(u"rows"_s, rows);
            field.insert(u"value"_s, table);
        });
    }
    if (kinds.has(K::AttachmentRefUnknown)) {
        const int known = int(formdata.value(u"attachments"_s).toArray().size());
        appendToFirstSection(
            sections, QJsonObject{{u"id"_s, u"puuttuva_liite"_s},
                                  {u"label"_s, label(u"Liite"_s, u"Bilaga"_s, u"Attachment"_s)},
                                  {u"type"_s, u"attachmentRef"_s},
                                  {u"value"_s, u"a%1"_s.arg(known + 1 + rnd.below(90))}});
    }

    if (kinds.has(K::ChoiceWithoutEn)) {
        changeOneOfType(sections, u"choice"_s, action, rnd, [](QJsonObject &) {});
        fields([](QJsonObject &field) {
            if (field.value(u"type"_s).toString() != u"choice"_s)
                return;
            QJsonObject value = field.value(u"value"_s).toObject();
            value.remove(u"en"_s);
            field.insert(u"value"_s, value);
        });
    }

    // Labels: fi and sv are the contract's, en is optional.
    if (kinds.has(K::LabelMissingEn)) {
        labels([](QJsonObject &l) { l.remove(u"en"_s); });
        QJsonObject serviceName = formdata.value(u"serviceName"_s).toObject();
        serviceName.remove(u"en"_s);
        formdata.insert(u"serviceName"_s, serviceName);
    }
    // Each label changed by one kind at most.
    auto both = [](const QJsonObject &l) {
        return !l.value(u"fi"_s).toString().isEmpty() && !l.value(u"sv"_s).toString().isEmpty();
    };
    if (kinds.has(K::LabelMissingFiOrSv)) {
        changeSome(labels, both, rnd.between(1, 6), rnd,
                   [&](QJsonObject &l) { l.remove(rnd.chance(0.5) ? u"fi"_s : u"sv"_s); });
    }
    if (kinds.has(K::LabelOnlyEn)) {
        changeSome(labels, both, rnd.between(1, 2), rnd, [](QJsonObject &l) {
            if (l.value(u"en"_s).toString().isEmpty())
                l.insert(u"en"_s, u"Unnamed"_s);
            l.remove(u"fi"_s);
            l.remove(u"sv"_s);
        });
    }
    formdata.insert(u"sections"_s, sections);
}

} // namespace lvdesk
