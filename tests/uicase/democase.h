// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/blobstore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace lvdesk {

// DemoCase: an opening action as the interface delivers it, with a form that uses every field type
// of the contract, a nested section and three attachments, for the case view's tests and its
// screenshots. The bytes of the first two attachments are given, the third is never downloaded.
namespace DemoCase {

using namespace Qt::StringLiterals;

inline const QByteArray verifiedBytes = "%PDF-1.4 asemapiirros\n"_ba.repeated(20);
inline const QByteArray damagedBytes = "%PDF-1.4 vanha kartta\n"_ba.repeated(10);
inline const QByteArray missingBytes = "never downloaded"_ba;
// A valid henkilötunnus (the usual example): shown only masked.
inline const QString personCode = u"131052-308T"_s;

inline QJsonObject label(const QString &fi, const QString &sv, const QString &en = QString())
{
    QJsonObject o{{u"fi"_s, fi}, {u"sv"_s, sv}};
    if (!en.isEmpty())
        o.insert(u"en"_s, en);
    return o;
}

inline QJsonObject field(const QString &id, const QJsonObject &fieldLabel, const QString &type,
                         const QJsonValue &value)
{
    return {{u"id"_s, id}, {u"label"_s, fieldLabel}, {u"type"_s, type}, {u"value"_s, value}};
}

inline QJsonObject attachmentJson(const QString &id, const QString &fileName,
                                  const QByteArray &bytes)
{
    return {{u"id"_s, id},
            {u"fileName"_s, fileName},
            {u"contentType"_s, u"application/pdf"_s},
            {u"size"_s, double(bytes.size())},
            {u"sha256"_s, BlobStore::sha256Of(bytes)},
            {u"description"_s, QString(u"Kuvaus "_s + id)}};
}

// One opening action (an application) with every field type of the contract.
inline QByteArray actionJson(int n, const QString &customerName, const QString &description,
                             const QString &thirdFileName)
{
    QJsonObject amount
        = field(u"maara"_s, label(u"Määrä"_s, u"Mängd"_s, u"Amount"_s), u"number"_s, 120000);
    amount.insert(u"unit"_s, u"m³/v"_s);
    QJsonObject eventDate = field(
        u"paiva"_s, label(u"Toiminnan aloitus"_s, u"Verksamheten börjar"_s, u"Start of activity"_s),
        u"date"_s, u"2027-01-15"_s);
    eventDate.insert(u"deadlineRole"_s, u"eventDate"_s);
    const QJsonObject table{
        {u"columns"_s, QJsonArray{label(u"Laji"_s, u"Art"_s, u"Kind"_s),
                                  label(u"Määrä"_s, u"Mängd"_s, u"Amount"_s)}},
        {u"rows"_s, QJsonArray{QJsonArray{u"Sora"_s, 100}, QJsonArray{description, 2.5}}}};
    const QJsonObject nested{
        {u"id"_s, u"sijainti"_s},
        {u"title"_s, label(u"Sijainti"_s, u"Plats"_s, u"Site"_s)},
        {u"fields"_s,
         QJsonArray{field(u"kunta"_s, label(u"Kunta"_s, u"Kommun"_s, u"Municipality"_s), u"text"_s,
                          u"Tampere"_s),
                    field(u"kartta"_s, label(u"Sijaintikartta"_s, u"Lägeskarta"_s, u"Site map"_s),
                          u"attachmentRef"_s, u"a1"_s)}},
        {u"sections"_s, QJsonArray{}}};
    const QJsonObject activity{
        {u"id"_s, u"toiminta"_s},
        {u"title"_s, label(u"Toiminta"_s, u"Verksamhet"_s, u"Activity"_s)},
        {u"fields"_s,
         QJsonArray{
             field(u"kuvaus"_s,
                   label(u"Toiminnan kuvaus"_s, u"Beskrivning av verksamheten"_s, u"Description"_s),
                   u"text"_s, description),
             amount, eventDate,
             field(u"jatkuva"_s,
                   label(u"Jatkuva toiminta"_s, u"Fortlöpande verksamhet"_s, u"Continuous"_s),
                   u"boolean"_s, true),
             field(u"laji"_s, label(u"Toiminnan laji"_s, u"Typ av verksamhet"_s, u"Kind"_s),
                   u"choice"_s, label(u"Louhinta"_s, u"Brytning"_s, u"Quarrying"_s)),
             field(u"taulukko"_s, label(u"Ottomäärät"_s, u"Täktmängder"_s, u"Quantities"_s),
                   u"table"_s, table),
             field(u"geometria"_s, label(u"Ottoalue"_s, u"Täktområde"_s, u"Area"_s), u"polygon"_s,
                   QJsonObject{{u"points"_s, QJsonArray{1, 2, 3}}}),
             field(u"lisatieto"_s,
                   label(u"Lisätiedot"_s, u"Tilläggsuppgifter"_s, u"More information"_s), u"text"_s,
                   QJsonValue::Null)}},
        {u"sections"_s, QJsonArray{nested}}};
    const QJsonObject applicant{
        {u"id"_s, u"hakija"_s},
        {u"title"_s, label(u"Hakija"_s, u"Sökande"_s, u"Applicant"_s)},
        {u"fields"_s,
         QJsonArray{field(u"yhteys"_s,
                          label(u"Yhteydenottotapa"_s, u"Kontaktsätt"_s, u"How to contact"_s),
                          u"text"_s, u"Puhelimitse"_s)}},
        {u"sections"_s, QJsonArray{}}};
    const QJsonObject formdata{
        {u"serviceCode"_s, u"ymparistolupa"_s},
        {u"serviceName"_s,
         label(u"Ympäristölupa"_s, u"Miljötillstånd"_s, u"Environmental permit"_s)},
        {u"formVersion"_s, u"2026.1"_s},
        {u"sections"_s, QJsonArray{activity, applicant}},
        {u"attachments"_s, QJsonArray{attachmentJson(u"a1"_s, u"asemapiirros.pdf"_s, verifiedBytes),
                                      attachmentJson(u"a2"_s, u"kartta.pdf"_s, damagedBytes),
                                      attachmentJson(u"a3"_s, thirdFileName, missingBytes)}}};
    const QJsonObject commondata{
        {u"projectId"_s, u"P-2026-%1"_s.arg(n)},
        {u"projectPartId"_s, u"PP-2026-%1"_s.arg(n)},
        {u"projectName"_s, u"Maa-aineksen otto %1"_s.arg(n)},
        {u"customer"_s, QJsonObject{{u"kind"_s, u"person"_s},
                                    {u"name"_s, customerName},
                                    {u"businessId"_s, QJsonValue::Null},
                                    {u"personalIdentityCode"_s, personCode},
                                    {u"email"_s, u"asiakas@example.fi"_s},
                                    {u"phone"_s, u"+358401234567"_s},
                                    {u"address"_s, QJsonValue::Null},
                                    {u"language"_s, u"fi"_s}}},
        {u"representative"_s, QJsonValue::Null},
        {u"location"_s, QJsonObject{{u"municipalityCode"_s, u"837"_s},
                                    {u"propertyId"_s, u"837-401-12-34"_s},
                                    {u"address"_s, u"Harjutie 4, Tampere"_s},
                                    {u"coordinates"_s, QJsonValue::Null}}},
        {u"submittedAt"_s, u"2026-11-20T09:14:03Z"_s}};
    return QJsonDocument(QJsonObject{{u"commondata"_s, commondata},
                                     {u"formdata"_s, formdata},
                                     {u"version"_s, 1}})
        .toJson(QJsonDocument::Compact);
}

inline QString externalIdOf(int n)
{
    return u"3f0c5a2e-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace DemoCase

} // namespace lvdesk
