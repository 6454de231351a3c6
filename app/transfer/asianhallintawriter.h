// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/asianhallintamessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lvdesk {

// AsianhallintaWriter: an asianhallinta 1.3 message as XML (libxml2), UTF-8, every element in the
// interface's namespace and in the schema's order, optional values left out when empty. Text that
// XML 1.0 cannot carry (control characters from a customer's input) is replaced, so what the
// customer sent never makes a message invalid. Checked against AsianhallintaSchema before it is
// answered: an invalid message is never written (tst_asianhallinta schemaRefusesInvalidMessages,
// customerTextNeverMakesInvalidXml).
class AsianhallintaWriter
{
    Q_DECLARE_TR_FUNCTIONS(AsianhallintaWriter)

public:
    // The message's XML; empty with error set when it cannot be written or would not be valid.
    static QByteArray write(const AsianhallintaMessage &message, QString *error);

    // text with every character XML 1.0 does not allow replaced by U+FFFD.
    static QString xmlSafe(const QString &text);
};

} // namespace lvdesk
