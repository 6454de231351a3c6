// SPDX-License-Identifier: EUPL-1.2

#include "asianhallintawriter.h"

#include "asianhallintaschema.h"
#include "transferlog.h"

#include <libxml/xmlwriter.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// A thin layer over xmlTextWriter that remembers the first failure.
class Writer
{
public:
    Writer()
        : m_buffer(xmlBufferCreate())
        , m_writer(m_buffer ? xmlNewTextWriterMemory(m_buffer, 0) : nullptr)
    {
        m_ok = m_writer != nullptr;
        if (m_ok) {
            xmlTextWriterSetIndent(m_writer, 1);
            xmlTextWriterSetIndentString(m_writer, BAD_CAST "  ");
            check(xmlTextWriterStartDocument(m_writer, "1.0", "UTF-8", nullptr));
        }
    }
    ~Writer()
    {
        if (m_writer)
            xmlFreeTextWriter(m_writer);
        if (m_buffer)
            xmlBufferFree(m_buffer);
    }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void start(const char *name)
    {
        if (m_ok)
            check(xmlTextWriterStartElement(m_writer, BAD_CAST name));
    }
    void end()
    {
        if (m_ok)
            check(xmlTextWriterEndElement(m_writer));
    }
    void attribute(const char *name, const QString &value)
    {
        if (m_ok)
            check(xmlTextWriterWriteAttribute(
                m_writer, BAD_CAST name,
                BAD_CAST AsianhallintaWriter::xmlSafe(value).toUtf8().constData()));
    }
    // An element with text, always written.
    void element(const char *name, const QString &value)
    {
        if (m_ok)
            check(xmlTextWriterWriteElement(
                m_writer, BAD_CAST name,
                BAD_CAST AsianhallintaWriter::xmlSafe(value).toUtf8().constData()));
    }
    // An optional element: left out when empty.
    void optional(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            element(name, value);
    }

    QByteArray finish()
    {
        if (m_ok)
            check(xmlTextWriterEndDocument(m_writer));
        if (m_writer) {
            xmlFreeTextWriter(m_writer); // flushes into the buffer
            m_writer = nullptr;
        }
        if (!m_ok || !m_buffer)
            return {};
        return QByteArray(reinterpret_cast<const char *>(xmlBufferContent(m_buffer)),
                          xmlBufferLength(m_buffer));
    }

private:
    void check(int result)
    {
        if (result < 0)
            m_ok = false;
    }

    xmlBufferPtr m_buffer = nullptr;
    xmlTextWriterPtr m_writer = nullptr;
    bool m_ok = false;
};

void contact(Writer &w, const AsianhallintaMessage::Contact &c)
{
    if (c.isEmpty())
        return;
    w.start("Yhteystiedot");
    w.optional("Jakeluosoite", c.street);
    w.optional("Postinumero", c.postalCode);
    w.optional("Postitoimipaikka", c.postOffice);
    w.optional("Maa", c.country);
    w.optional("Email", c.email);
    w.optional("Puhelinnumero", c.phone);
    w.end();
}

void attachments(Writer &w, const QList<AsianhallintaMessage::Attachment> &list)
{
    if (list.isEmpty())
        return;
    w.start("Liitteet");
    for (const AsianhallintaMessage::Attachment &a : list) {
        w.start("Liite");
        w.element("Kuvaus", a.description);
        w.element("Tyyppi", a.mimeType);
        w.element("LinkkiLiitteeseen", a.link);
        if (a.created.isValid())
            w.element("Luotu", a.created.toString(Qt::ISODate));
        if (!a.metadata.isEmpty()) {
            w.start("Metatiedot");
            for (const auto &[key, value] : a.metadata) {
                w.start("Metatieto");
                w.element("Avain", key);
                w.element("Arvo", value);
                w.end();
            }
            w.end();
        }
        w.end();
    }
    w.end();
}

} // namespace

QString AsianhallintaWriter::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF)
                             || (u >= 0xE000 && u <= 0xFFFD);
        safe += allowed ? c : QChar(0xFFFD);
    }
    return safe;
}

QByteArray AsianhallintaWriter::write(const AsianhallintaMessage &m, QString *error)
{
    Writer w;
    w.start(m.kind == AsianhallintaMessage::Kind::NewCase ? "UusiAsia" : "TaydennysAsiaan");
    w.attribute("xmlns", QString::fromLatin1(AsianhallintaMessage::namespaceUri));
    w.attribute("version", QString::fromLatin1(AsianhallintaMessage::version));
    w.attribute("messageId", m.messageId);
    if (m.kind == AsianhallintaMessage::Kind::NewCase) {
        w.element("Tyyppi", m.type);
        w.element("Kuvaus", m.description);
        w.element("Kuntanumero", m.municipalityCode);
        w.start("Hakijat");
        for (const AsianhallintaMessage::Applicant &a : m.applicants) {
            w.start("Hakija");
            if (a.person) {
                w.start("Henkilo");
                w.optional("Etunimi", a.person->firstNames);
                w.element("Sukunimi", a.person->lastName);
                contact(w, a.person->contact);
                w.element("Henkilotunnus", a.person->personalIdentityCode);
                w.end();
            } else if (a.company) {
                w.start("Yritys");
                w.element("Nimi", a.company->name);
                w.element("Ytunnus", a.company->businessId);
                contact(w, a.company->contact);
                w.start("Yhteyshenkilo");
                w.optional("Etunimi", a.company->contactPerson.firstNames);
                w.element("Sukunimi", a.company->contactPerson.lastName);
                contact(w, a.company->contactPerson.contact);
                w.end();
                w.end();
            }
            w.end();
        }
        w.end();
        w.element("HakemusTunnus", m.applicationId);
        w.element("VireilletuloPvm", m.submissionDate.toString(Qt::ISODate));
        attachments(w, m.attachments);
        w.optional("Asiointikieli", m.language);
        w.start("Toimenpiteet");
        for (const auto &[code, text] : m.operations) {
            w.start("Toimenpide");
            w.element("ToimenpideTunnus", code);
            w.element("ToimenpideTeksti", text);
            w.end();
        }
        w.end();
        if (m.point) {
            w.start("Sijainti");
            w.element("Sijaintipiste", QString::number(m.point->first, 'f', 3) + u' '
                                           + QString::number(m.point->second, 'f', 3));
            w.end();
        }
        w.optional("Kiinteistotunnus", m.propertyId);
    } else {
        w.element("HakemusTunnus", m.applicationId);
        w.optional("AsianTunnus", m.registerCaseId);
        attachments(w, m.attachments);
    }
    w.end();
    const QByteArray xml = w.finish();
    if (xml.isEmpty()) {
        if (error)
            *error = tr("The asianhallinta message could not be written.");
        return {};
    }
    // The last line of defence: whatever the mapping let through, nothing invalid leaves.
    QString invalid;
    if (!AsianhallintaSchema::validate(xml, &invalid)) {
        qCWarning(lcTransfer) << "an asianhallinta message failed the schema and was not written";
        if (error)
            *error = invalid;
        return {};
    }
    return xml;
}

} // namespace lvdesk
