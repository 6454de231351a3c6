// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/asianhallintamessage.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>

#include <optional>

namespace lvdesk {

class CaseSnapshot;

// AsianhallintaMapper: a case in the terms of asianhallinta 1.3 (docs/export-format.md has the
// table): Kuntanumero from the location, VireilletuloPvm the submission day in Finnish time,
// Hakija from the customer (a company's Yhteyshenkilo is its representative), Asiointikieli,
// Toimenpide from the service, Sijainti from EPSG:3067 coordinates, Kiinteistotunnus when it has
// the 1.3 form. Where 1.3 cannot carry a case (a person without a henkilötunnus or with one of the
// century signs added in 2023, no municipality code …) it says why, in words for the officer and
// without the customer's data, and no message is made.
class AsianhallintaMapper
{
    Q_DECLARE_TR_FUNCTIONS(AsianhallintaMapper)

public:
    // UusiAsia without its attachments; nullopt with reason when 1.3 cannot carry the case.
    static std::optional<AsianhallintaMessage> newCase(const CaseSnapshot &snapshot,
                                                       QString *reason);
    // TaydennysAsiaan without its attachments; registerCaseId is the register's AsianTunnus, when
    // known.
    static AsianhallintaMessage supplement(const CaseSnapshot &snapshot,
                                           const QString &registerCaseId);

    // HakemusTunnus: the case's project part id, which names it at the service across all its
    // actions and in the register's replies.
    static QString applicationId(const CaseSnapshot &snapshot);
    // "Maija Liisa Meikäläinen" → ("Maija Liisa", "Meikäläinen"): the last word is the surname.
    static QPair<QString, QString> splitName(const QString &name);
    // The content type as 1.3's Tyyppi: a plain "type/subtype", else application/octet-stream.
    static QString mimeType(const QString &contentType);
    // Whether code has the henkilötunnus form the 1.3 schema accepts (century signs + - A).
    static bool isSchemaPersonalIdentityCode(const QString &code);
};

} // namespace lvdesk
