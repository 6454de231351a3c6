// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace lvdesk {

// AsianhallintaMessage: a message lvdesk sends to the case register in the asianhallinta 1.3
// format (UusiAsia for a new case, TaydennysAsiaan for a supplement to it), as values in the
// schema's terms; AsianhallintaWriter turns it into XML. Optional values left empty are left out.
struct AsianhallintaMessage
{
    enum class Kind {
        NewCase, // UusiAsia
        Supplement, // TaydennysAsiaan
    };

    struct Contact // Yhteystiedot
    {
        QString street; // Jakeluosoite
        QString postalCode; // Postinumero
        QString postOffice; // Postitoimipaikka
        QString country; // Maa
        QString email; // Email
        QString phone; // Puhelinnumero

        bool isEmpty() const
        {
            return street.isEmpty() && postalCode.isEmpty() && postOffice.isEmpty()
                   && country.isEmpty() && email.isEmpty() && phone.isEmpty();
        }
    };

    struct Person // Henkilo, or the Yhteyshenkilo of a company (without henkilötunnus)
    {
        QString firstNames; // Etunimi
        QString lastName; // Sukunimi
        Contact contact;
        QString personalIdentityCode; // Henkilotunnus
    };

    struct Company // Yritys
    {
        QString name; // Nimi
        QString businessId; // Ytunnus
        Contact contact;
        Person contactPerson; // Yhteyshenkilo
    };

    struct Applicant // Hakija: a person or a company
    {
        std::optional<Person> person;
        std::optional<Company> company;
    };

    struct Attachment // Liite
    {
        QString description; // Kuvaus
        QString mimeType; // Tyyppi
        QString link; // LinkkiLiitteeseen: the file's name in the zip, or a prefix and the name
        QDate created; // Luotu
        QList<QPair<QString, QString>> metadata; // Metatiedot: Avain, Arvo
    };

    static constexpr const char *namespaceUri = "http://www.lupapiste.fi/asianhallinta";
    static constexpr const char *version = "1.3";

    Kind kind = Kind::NewCase;
    QString messageId; // the transfer item's UUID
    QString applicationId; // HakemusTunnus
    QList<Attachment> attachments; // Liitteet

    // UusiAsia
    QString type = QStringLiteral("KasiteltavaHakemus"); // Tyyppi
    QString description; // Kuvaus
    QString municipalityCode; // Kuntanumero
    QList<Applicant> applicants; // Hakijat
    QDate submissionDate; // VireilletuloPvm
    QString language; // Asiointikieli: "fi", "sv" or empty
    QList<QPair<QString, QString>> operations; // Toimenpiteet: ToimenpideTunnus, ToimenpideTeksti
    std::optional<QPair<double, double>> point; // Sijainti: east, north in ETRS-TM35FIN
    QString propertyId; // Kiinteistotunnus

    // TaydennysAsiaan
    QString registerCaseId; // AsianTunnus, once the register gave it

    QString rootName() const
    {
        return kind == Kind::NewCase ? QStringLiteral("UusiAsia")
                                     : QStringLiteral("TaydennysAsiaan");
    }
};

} // namespace lvdesk
