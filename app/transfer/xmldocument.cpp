// SPDX-License-Identifier: EUPL-1.2

#include "xmldocument.h"

#include <libxml/parser.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

} // namespace

XmlDocument::XmlDocument(xmlDoc *doc)
    : m_doc(doc)
{ }

XmlDocument::~XmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

std::unique_ptr<XmlDocument> XmlDocument::parse(const QByteArray &xml, QString *error)
{
    initialiseOnce();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<XmlDocument>();
    };
    xmlParserCtxtPtr context = xmlNewParserCtxt();
    if (!context)
        return fail(tr("The XML parser could not be started."));
    xmlDoc *doc = xmlCtxtReadMemory(
        context, xml.constData(), int(xml.size()), "message.xml", nullptr,
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    if (!doc) {
        const xmlError *e = xmlCtxtGetLastError(context);
        const int line = e ? e->line : 0;
        xmlFreeParserCtxt(context);
        return fail(tr("The message is not well-formed XML (line %1).").arg(line));
    }
    xmlFreeParserCtxt(context);
    std::unique_ptr<XmlDocument> document(new XmlDocument(doc));
    if (doc->intSubset || doc->extSubset)
        return fail(tr("The message has a document type declaration, which lvdesk does not "
                       "accept."));
    if (!document->root())
        return fail(tr("The message has no root element."));
    return document;
}

xmlNode *XmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

QString XmlDocument::rootName() const
{
    return name(root());
}

QString XmlDocument::rootNamespace() const
{
    const xmlNode *node = root();
    return node && node->ns && node->ns->href
               ? QString::fromUtf8(reinterpret_cast<const char *>(node->ns->href))
               : QString();
}

QString XmlDocument::text(const xmlNode *node)
{
    if (!node)
        return {};
    xmlChar *content = xmlNodeGetContent(node);
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(content));
    xmlFree(content);
    return value;
}

QString XmlDocument::name(const xmlNode *node)
{
    return node ? QString::fromUtf8(reinterpret_cast<const char *>(node->name)) : QString();
}

xmlNode *XmlDocument::child(const xmlNode *parent, const char *localName)
{
    if (!parent)
        return nullptr;
    for (xmlNode *node = parent->children; node; node = node->next) {
        if (node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, BAD_CAST localName)
            && node->ns && parent->ns && xmlStrEqual(node->ns->href, parent->ns->href))
            return node;
    }
    return nullptr;
}

QString XmlDocument::attribute(const xmlNode *node, const char *attributeName)
{
    if (!node)
        return {};
    xmlChar *value = xmlGetNoNsProp(node, BAD_CAST attributeName);
    const QString text
        = value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    xmlFree(value);
    return text;
}

} // namespace lvdesk
