// SPDX-License-Identifier: EUPL-1.2

#include "asianhallintaschema.h"

#include "transferlog.h"
#include "xmldocument.h"

#include <QFile>
#include <QRegularExpression>

#include <libxml/xmlschemas.h>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Parsed once, then only read: libxml2 lets many threads validate against one parsed schema.
struct CompiledSchema
{
    xmlSchemaPtr schema = nullptr;
};

void ignoreError(void *, xmlErrorPtr) { }

const CompiledSchema &compiled()
{
    static const CompiledSchema instance = [] {
        CompiledSchema c;
        const QByteArray text = AsianhallintaSchema::xsd();
        QString error;
        // Parsing the schema through XmlDocument initialises libxml2 once, thread-safely.
        if (!XmlDocument::parse(text, &error)) {
            qCWarning(lcTransfer) << "the asianhallinta schema is missing from the program";
            return c;
        }
        xmlSchemaParserCtxtPtr parser
            = xmlSchemaNewMemParserCtxt(text.constData(), int(text.size()));
        if (!parser)
            return c;
        xmlSchemaSetParserStructuredErrors(parser, ignoreError, nullptr);
        c.schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
        if (!c.schema)
            qCWarning(lcTransfer) << "the asianhallinta schema could not be compiled";
        return c;
    }();
    return instance;
}

struct FirstError
{
    int line = 0;
    QString element;
    QString message;
    bool set = false;
};

// Keeps the first problem, without the values libxml2 quotes (they may be personal data).
void collectError(void *data, xmlErrorPtr error)
{
    auto *first = static_cast<FirstError *>(data);
    if (first->set || !error)
        return;
    first->set = true;
    first->line = error->line;
    if (error->node && static_cast<xmlNode *>(error->node)->type == XML_ELEMENT_NODE)
        first->element = XmlDocument::name(static_cast<xmlNode *>(error->node));
    QString message = QString::fromUtf8(error->message).trimmed();
    static const QRegularExpression elementPrefix(u"^Element '[^']*'(, attribute '[^']*')?: "_s);
    static const QRegularExpression quoted(u"'[^']*'"_s);
    message.remove(elementPrefix);
    message.replace(quoted, u"'…'"_s);
    message.remove(u"{http://www.lupapiste.fi/asianhallinta}"_s);
    first->message = message;
}

} // namespace

QByteArray AsianhallintaSchema::xsd()
{
    QFile file(u":/asianhallinta/asianhallinta-1.3.xsd"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool AsianhallintaSchema::validate(const QByteArray &xml, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const CompiledSchema &c = compiled();
    if (!c.schema)
        return fail(tr("The asianhallinta schema is not available in this program."));
    const std::unique_ptr<XmlDocument> document = XmlDocument::parse(xml, error);
    if (!document)
        return false;
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(c.schema);
    if (!validator)
        return fail(tr("The asianhallinta schema is not available in this program."));
    FirstError first;
    xmlSchemaSetValidStructuredErrors(validator, collectError, &first);
    const int result = xmlSchemaValidateDoc(validator, document->doc());
    xmlSchemaFreeValidCtxt(validator);
    if (result == 0)
        return true;
    if (!first.set)
        return fail(tr("The message does not follow the asianhallinta 1.3 schema."));
    return fail(tr("The message does not follow the asianhallinta 1.3 schema: line %1, element "
                   "%2: %3")
                    .arg(first.line)
                    .arg(first.element.isEmpty() ? u"–"_s : first.element, first.message));
}

} // namespace lvdesk
