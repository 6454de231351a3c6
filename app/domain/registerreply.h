// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lvdesk {

// What a case register answers about a case lvdesk delivered to it: the diary number it gave the
// case (asianhallinta AsianTunnusVastaus), or its decision (AsianPaatos). Read from the register's
// reply; applied to the case by the workflow.
struct RegisterReply
{
    enum class Kind {
        DiaryNumber, // AsianTunnusVastaus
        Decision, // AsianPaatos
    };

    Kind kind = Kind::DiaryNumber;
    QString messageId; // the message it answers (required for a diary number, optional otherwise)
    QString applicationId; // HakemusTunnus: lvdesk's id of the case, its projectPartId
    QString registerCaseId; // AsianTunnus: the register's diary number
    QDate receivedOn; // VastaanotettuPvm
    QString decisionId; // PaatoksenTunnus
    QDate decisionDate; // PaatoksenPvm
    QString decisionCode; // PaatosKoodi, may be empty
    QString decisionMaker; // PaatoksenTekija, may be empty
    QString section; // Pykala, may be empty
    QStringList attachmentLinks; // LinkkiLiitteeseen of each Liite, as given

    // The root element's name in the message ("AsianTunnusVastaus", "AsianPaatos").
    QString rootName() const
    {
        return kind == Kind::DiaryNumber ? QStringLiteral("AsianTunnusVastaus")
                                         : QStringLiteral("AsianPaatos");
    }
};

} // namespace lvdesk
