// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <libxml/tree.h>

#include <memory>

namespace lvdesk {

// XmlDocument: an XML document parsed with libxml2 the safe way for data from outside: no network,
// no DTD (a document that has one is refused, so no entity can expand), no parser messages on the
// console. Used inside the transfer library only (libxml2 stays private to it).
class XmlDocument
{
    Q_DECLARE_TR_FUNCTIONS(XmlDocument)

public:
    ~XmlDocument();
    XmlDocument(const XmlDocument &) = delete;
    XmlDocument &operator=(const XmlDocument &) = delete;

    // Parses xml; nullptr with error set (line and reason) when it is not well-formed or has a DTD.
    static std::unique_ptr<XmlDocument> parse(const QByteArray &xml, QString *error);

    xmlDoc *doc() const { return m_doc; }
    xmlNode *root() const;
    // The root element's local name and namespace.
    QString rootName() const;
    QString rootNamespace() const;

    // Text of an element (its content, entities never expanded since there are none).
    static QString text(const xmlNode *node);
    static QString name(const xmlNode *node);
    // The first child element with this local name in the namespace of its parent, or nullptr.
    static xmlNode *child(const xmlNode *parent, const char *localName);
    static QString attribute(const xmlNode *node, const char *name);

private:
    explicit XmlDocument(xmlDoc *doc);
    xmlDoc *m_doc = nullptr;
};

} // namespace lvdesk
