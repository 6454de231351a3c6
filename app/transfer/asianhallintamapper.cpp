// SPDX-License-Identifier: EUPL-1.2

#include "asianhallintamapper.h"

#include "casesnapshot.h"
#include "domain/personalidentitycode.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

AsianhallintaMessage::Contact contactOf(const Customer &c)
{
    AsianhallintaMessage::Contact contact;
    contact.street = c.address.street.trimmed();
    contact.postalCode = c.address.postalCode.trimmed();
    contact.postOffice = c.address.postOffice.trimmed();
    contact.email = c.email.trimmed();
    contact.phone = c.phone.trimmed();
    return contact;
}

QString cannotCarry(const QString &why)
{
    return AsianhallintaMapper::tr("The asianhallinta 1.3 format cannot carry this case: %1 Export "
                                   "it in lvdesk's own package format instead.")
        .arg(why);
}

} // namespace

QString AsianhallintaMapper::applicationId(const CaseSnapshot &snapshot)
{
    return snapshot.caseInfo.projectPartId;
}

QPair<QString, QString> AsianhallintaMapper::splitName(const QString &name)
{
    const QString simplified = name.simplified();
    const qsizetype space = simplified.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), simplified};
    return {simplified.left(space), simplified.mid(space + 1)};
}

QString AsianhallintaMapper::mimeType(const QString &contentType)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/"
                                          "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$"_s);
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return plain.match(type).hasMatch() ? type : u"application/octet-stream"_s;
}

bool AsianhallintaMapper::isSchemaPersonalIdentityCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[0-9]{6}[-+A][0-9]{3}[A-Y0-9]$"_s);
    return pattern.match(code).hasMatch();
}

std::optional<AsianhallintaMessage> AsianhallintaMapper::newCase(const CaseSnapshot &snapshot,
                                                                 QString *reason)
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = cannotCarry(why);
        return std::nullopt;
    };
    const std::optional<Commondata> common = snapshot.commondata();
    if (!common)
        return refuse(tr("the customer's data of the case could not be read."));
    const QString language = snapshot.documentLanguage();

    AsianhallintaMessage m;
    m.kind = AsianhallintaMessage::Kind::NewCase;
    m.applicationId = applicationId(snapshot);
    const LocalizedText service = snapshot.serviceName();
    const QString serviceText = service.text(language);
    m.description
        = common->projectName.trimmed().isEmpty() ? serviceText : common->projectName.trimmed();

    if (!common->location
        || !QRegularExpression(u"^[0-9]{3}$"_s)
                .match(common->location->municipalityCode)
                .hasMatch())
        return refuse(tr("it has no municipality code of three digits."));
    m.municipalityCode = common->location->municipalityCode;

    const Customer &customer = common->customer;
    AsianhallintaMessage::Applicant applicant;
    switch (customer.kind.kind()) {
    case CustomerKind::Person: {
        const QString code = customer.personalIdentityCode.trimmed();
        if (code.isEmpty())
            return refuse(tr("the customer is a person without a henkilötunnus, which 1.3 "
                             "requires."));
        if (!isSchemaPersonalIdentityCode(code)) {
            if (PersonalIdentityCode::isValidCode(code))
                return refuse(tr("the customer's henkilötunnus has one of the century signs "
                                 "introduced in 2023 (B–F, U–Y), which the 1.3 schema does not "
                                 "accept."));
            return refuse(tr("the customer's henkilötunnus is not in the form 1.3 requires."));
        }
        const auto [first, last] = splitName(customer.name);
        if (last.isEmpty())
            return refuse(tr("the customer has no name."));
        AsianhallintaMessage::Person person;
        person.firstNames = first;
        person.lastName = last;
        person.contact = contactOf(customer);
        person.personalIdentityCode = code;
        applicant.person = person;
        break;
    }
    case CustomerKind::Organisation: {
        if (!QRegularExpression(u"^[0-9]{7}-[0-9]$"_s)
                 .match(customer.businessId.trimmed())
                 .hasMatch())
            return refuse(
                tr("the customer organisation has no business ID of the form 1234567-8."));
        if (customer.name.trimmed().isEmpty())
            return refuse(tr("the customer organisation has no name."));
        AsianhallintaMessage::Company company;
        company.name = customer.name.trimmed();
        company.businessId = customer.businessId.trimmed();
        company.contact = contactOf(customer);
        // 1.3 requires a contact person: the representative, when there is one; otherwise the
        // organisation is its own contact, with its own address.
        const Customer &contact = common->representative ? *common->representative : customer;
        const auto [first, last] = common->representative
                                       ? splitName(contact.name)
                                       : QPair<QString, QString>(QString(), company.name);
        if (last.isEmpty())
            return refuse(tr("the customer organisation's representative has no name."));
        company.contactPerson.firstNames = first;
        company.contactPerson.lastName = last;
        company.contactPerson.contact = contactOf(contact);
        applicant.company = company;
        break;
    }
    case CustomerKind::Unknown:
        return refuse(tr("the customer is of a kind lvdesk does not know."));
    }
    m.applicants << applicant;

    // The day the matter became pending, as the Act counts days: in Finland.
    const QDateTime submitted = common->submittedAt.isValid()
                                    ? common->submittedAt
                                    : snapshot.opening().event.submittedAt;
    m.submissionDate = submitted.toTimeZone(QTimeZone("Europe/Helsinki")).date();
    if (!m.submissionDate.isValid())
        return refuse(tr("it has no submission date."));

    const QString customerLanguage = customer.language.trimmed().toLower();
    if (customerLanguage == u"fi"_s || customerLanguage == u"sv"_s)
        m.language = customerLanguage;
    m.operations << QPair<QString, QString>(snapshot.caseInfo.serviceCode,
                                            serviceText.isEmpty() ? snapshot.caseInfo.serviceCode
                                                                  : serviceText);
    if (const std::optional<Coordinates> &point = common->location->coordinates;
        point && point->epsg == 3067 && std::isfinite(point->x) && std::isfinite(point->y))
        m.point = QPair<double, double>(point->x, point->y);
    static const QRegularExpression property(u"^[0-9]{1,3}-[0-9]{1,3}-[0-9]{1,4}-[0-9]{1,4}$"_s);
    if (property.match(common->location->propertyId.trimmed()).hasMatch())
        m.propertyId = common->location->propertyId.trimmed();
    return m;
}

AsianhallintaMessage AsianhallintaMapper::supplement(const CaseSnapshot &snapshot,
                                                     const QString &registerCaseId)
{
    AsianhallintaMessage m;
    m.kind = AsianhallintaMessage::Kind::Supplement;
    m.applicationId = applicationId(snapshot);
    m.registerCaseId = registerCaseId;
    return m;
}

} // namespace lvdesk
