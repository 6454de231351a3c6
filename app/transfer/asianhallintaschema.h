// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// AsianhallintaSchema: the project's own XML schema of asianhallinta 1.3
// (docs/asianhallinta-1.3.xsd, written from the published facts of the interface, embedded in the
// program), and the check of a message against it with libxml2. Every message lvdesk writes is
// checked before it leaves, and every reply before it is believed. Thread-safe.
class AsianhallintaSchema
{
    Q_DECLARE_TR_FUNCTIONS(AsianhallintaSchema)

public:
    // The schema's text (from the program's resources).
    static QByteArray xsd();

    // True when xml is well-formed, has no DTD and is valid against the schema; otherwise error
    // names the first problem by line and element (values in the message are left out).
    static bool validate(const QByteArray &xml, QString *error);
};

} // namespace lvdesk
