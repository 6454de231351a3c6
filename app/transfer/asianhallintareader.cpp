// SPDX-License-Identifier: EUPL-1.2

#include "asianhallintareader.h"

#include "asianhallintamessage.h"
#include "asianhallintaschema.h"
#include "xmldocument.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

std::optional<RegisterReply> AsianhallintaReader::read(const QByteArray &xml, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const std::unique_ptr<XmlDocument> document = XmlDocument::parse(xml, error);
    if (!document)
        return std::nullopt;
    const QString root = document->rootName();
    if (document->rootNamespace() != QString::fromLatin1(AsianhallintaMessage::namespaceUri))
        return fail(tr("The reply's root element %1 is not in the asianhallinta namespace.")
                        .arg(root.left(100)));
    RegisterReply reply;
    if (root == u"AsianTunnusVastaus"_s)
        reply.kind = RegisterReply::Kind::DiaryNumber;
    else if (root == u"AsianPaatos"_s)
        reply.kind = RegisterReply::Kind::Decision;
    else if (root == u"UusiAsia"_s || root == u"TaydennysAsiaan"_s)
        return fail(tr("The file holds a message to the register (%1), not a reply.").arg(root));
    else
        return fail(tr("The reply's root element %1 is unknown.").arg(root.left(100)));
    if (!AsianhallintaSchema::validate(xml, error))
        return std::nullopt;

    const xmlNode *r = document->root();
    auto text = [r](const char *name) {
        return XmlDocument::text(XmlDocument::child(r, name)).trimmed();
    };
    // xs:date allows a time zone ("2027-01-10+02:00"); the day is what counts.
    auto date = [&text](const char *name) {
        return QDate::fromString(text(name).left(10), Qt::ISODate);
    };
    reply.messageId = XmlDocument::attribute(r, "messageId").trimmed();
    reply.applicationId = text("HakemusTunnus");
    reply.registerCaseId = text("AsianTunnus");
    if (reply.kind == RegisterReply::Kind::DiaryNumber) {
        reply.receivedOn = date("VastaanotettuPvm");
    } else {
        reply.decisionId = text("PaatoksenTunnus");
        reply.decisionDate = date("PaatoksenPvm");
        reply.decisionCode = text("PaatosKoodi");
        reply.decisionMaker = text("PaatoksenTekija");
        reply.section = text("Pykala");
        if (const xmlNode *list = XmlDocument::child(r, "Liitteet")) {
            for (const xmlNode *node = list->children; node; node = node->next) {
                if (node->type == XML_ELEMENT_NODE && XmlDocument::name(node) == u"Liite"_s)
                    reply.attachmentLinks
                        << XmlDocument::text(XmlDocument::child(node, "LinkkiLiitteeseen"))
                               .trimmed();
            }
        }
    }
    if (reply.applicationId.isEmpty() || reply.registerCaseId.isEmpty())
        return fail(tr("The reply does not name the case."));
    // Ids lvdesk keeps and shows: within the lengths the rest of lvdesk allows.
    if (reply.messageId.size() > 100 || reply.applicationId.size() > 200
        || reply.registerCaseId.size() > 100)
        return fail(tr("An id in the reply is longer than lvdesk accepts."));
    return reply;
}

} // namespace lvdesk
