// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lvdesk {

// RecordsMetadata: the records-management metadata (tiedonohjaus) of a service's documents as the
// authority's records plan gives them: document type, function class, publicity with its legal
// ground, personal data and retention period. Carried with every document lvdesk hands to the case
// register, in both export formats. Defaults: docs/profile.md.
struct RecordsMetadata
{
    enum class Publicity {
        Public, // julkinen
        PartlyConfidential, // osittain salassa pidettävä
        Confidential, // salassa pidettävä
    };
    enum class PersonalData {
        None, // ei sisällä henkilötietoja
        Contains, // sisältää henkilötietoja
        Sensitive, // sisältää arkaluonteisia henkilötietoja
    };

    QString documentType = QStringLiteral("hakemus"); // asiakirjatyyppi of the application
    QString functionClass; // tehtäväluokka, e.g. "10.03.01"; empty = not stated
    Publicity publicity = Publicity::Public;
    QString publicityGround; // salassapitoperuste; required unless public
    PersonalData personalData = PersonalData::Contains;
    QString retention; // säilytysaika, e.g. "10 v" or "pysyvä"; empty = not stated

    // The profile's names ("public", "partlyConfidential", "confidential"; "none", "contains",
    // "sensitive") and the Finnish terms the register reads.
    static QStringList publicityNames();
    static QStringList personalDataNames();
    static QString publicityTerm(Publicity publicity);
    static QString personalDataTerm(PersonalData personalData);

    // The document type of an action's document: the service's type for the opening action (an
    // application, notification …), "täydennys" for a supplement, "viesti" for a message,
    // "peruutus" for a withdrawal, "muu asiakirja" for an action lvdesk does not know.
    QString documentTypeOf(const QString &actionType) const;
    // The document type of a customer's attachment.
    static QString attachmentDocumentType() { return QStringLiteral("liite"); }

    // The metadata as key/value pairs in a fixed order (Finnish keys: asiakirjatyyppi,
    // tehtavaluokka, julkisuusluokka, salassapitoperuste, henkilotietoja, sailytysaika); values
    // not stated are left out. documentType overrides the service's type (later actions' documents
    // and attachments have types of their own).
    QList<QPair<QString, QString>> entries(const QString &documentType = QString()) const;
    // The same as a JSON object for the default package (keys as in entries()).
    QJsonObject toJson(const QString &documentType = QString()) const;
};

} // namespace lvdesk
