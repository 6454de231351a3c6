// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/registerreply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lvdesk {

// AsianhallintaReader: a case register's reply in the asianhallinta 1.3 format (libxml2):
// AsianTunnusVastaus (the case's diary number) or AsianPaatos (its decision). The reply must be
// well-formed, without a DTD, one of these two roots in the interface's namespace and valid
// against AsianhallintaSchema; anything else is refused with the reason.
class AsianhallintaReader
{
    Q_DECLARE_TR_FUNCTIONS(AsianhallintaReader)

public:
    static std::optional<RegisterReply> read(const QByteArray &xml, QString *error);
};

} // namespace lvdesk
