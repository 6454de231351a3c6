// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/feeditem.h"
#include "lv/lvcodec.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/storeconfig.h"
#include "store/storeconnection.h"
#include "transfer/casesnapshot.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>
#include <QTimeZone>

namespace lvdesk {

// RichCase: a case whose form uses every field type (text, number with unit, date, boolean,
// choice, table, attachment reference, a type lvdesk does not know) in nested sections, with a
// customer, representative, location and attachments, as the service sends it; decoded by the
// interface's codec, ingested into a store or put straight into a CaseSnapshot. For the document,
// asianhallinta and reply tests.
class RichCase
{
public:
    struct Options
    {
        int n = 1;
        QString customerKind = QStringLiteral("person");
        QString personalIdentityCode = QStringLiteral("131052-308T");
        QString businessId = QStringLiteral("1234567-1");
        QString language = QStringLiteral("fi");
        bool representative = false;
        bool location = true;
        QString municipalityCode = QStringLiteral("837");
        QString propertyId = QStringLiteral("837-401-12-34");
        int epsg = 3067;
        QString actionType = QStringLiteral("application");
        QString externalIdSuffix; // empty: from n
        QString submittedAt = QStringLiteral("2026-11-20T22:14:03Z"); // 21.11. in Finland
        QStringList attachmentNames{QStringLiteral("asemapiirros.pdf"),
                                    QStringLiteral("selvitys.pdf")};
        QString extraText; // an extra text field's value (customer text tests)
        int attachmentSize = 0; // bytes of each attachment; 0: small
    };

    static QString projectPartId(int n)
    {
        return QStringLiteral("PP-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    }
    static QString externalId(int n, int action = 0)
    {
        return QStringLiteral("3f0c6a52-0000-4000-8%1-%2")
            .arg(action, 3, 10, QLatin1Char('0'))
            .arg(n, 12, 10, QLatin1Char('0'));
    }
    static QByteArray attachmentBytes(int n, int index, int size = 0)
    {
        const QByteArray seed
            = QStringLiteral("%PDF-1.4 attachment %1 of case %2 ").arg(index).arg(n).toUtf8();
        if (size <= 0)
            return seed.repeated(40);
        QByteArray bytes = seed.repeated(size / seed.size() + 1);
        bytes.truncate(size);
        return bytes;
    }

    // The values the form carries, as a document must show them (Finnish number format).
    static QStringList fieldValues()
    {
        return {QStringLiteral("Kalliokiviaineksen louhinta ja murskaus"),
                QStringLiteral("Soramestarit Oy:n toimipaikka"),
                QStringLiteral("120 000 m³/v"),
                QStringLiteral("15.1.2027"),
                QStringLiteral("Murskaus"),
                QStringLiteral("Kallio"),
                QStringLiteral("12 500"),
                QStringLiteral("Sora"),
                QStringLiteral("7 250,5"),
                QStringLiteral("{\"x\":1,\"y\":[2,3]}")};
    }

    static QJsonObject label(const QString &fi, const QString &sv)
    {
        return QJsonObject{{QStringLiteral("fi"), fi}, {QStringLiteral("sv"), sv}};
    }

    static QJsonObject field(const QString &id, const QJsonObject &label, const QString &type,
                             const QJsonValue &value, const QString &unit = QString())
    {
        QJsonObject f{{QStringLiteral("id"), id},
                      {QStringLiteral("label"), label},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("value"), value}};
        if (!unit.isEmpty())
            f.insert(QStringLiteral("unit"), unit);
        return f;
    }

    // The body of GET /commondata/{externalId} for the options.
    static QByteArray actionJson(const Options &o, QList<QByteArray> *attachmentContents = nullptr)
    {
        QJsonObject customer{
            {QStringLiteral("kind"), o.customerKind},
            {QStringLiteral("name"), o.customerKind == QStringLiteral("person")
                                         ? QStringLiteral("Maija Liisa Meikäläinen")
                                         : QStringLiteral("Soramestarit Oy")},
            {QStringLiteral("email"), QStringLiteral("maija@example.fi")},
            {QStringLiteral("phone"), QStringLiteral("+358401234567")},
            {QStringLiteral("address"),
             QJsonObject{{QStringLiteral("street"), QStringLiteral("Harjutie 4")},
                         {QStringLiteral("postalCode"), QStringLiteral("33100")},
                         {QStringLiteral("postOffice"), QStringLiteral("Tampere")}}},
            {QStringLiteral("language"), o.language}};
        if (o.customerKind == QStringLiteral("person")) {
            customer.insert(QStringLiteral("personalIdentityCode"), o.personalIdentityCode);
            customer.insert(QStringLiteral("businessId"), QJsonValue());
        } else {
            customer.insert(QStringLiteral("businessId"), o.businessId);
            customer.insert(QStringLiteral("personalIdentityCode"), QJsonValue());
        }
        QJsonObject common{
            {QStringLiteral("projectId"), QStringLiteral("P-2026-%1").arg(o.n)},
            {QStringLiteral("projectPartId"), projectPartId(o.n)},
            {QStringLiteral("projectName"), QStringLiteral("Uusi maa-aineksen ottoalue")},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("submittedAt"), o.submittedAt}};
        if (o.representative)
            common.insert(
                QStringLiteral("representative"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                            {QStringLiteral("name"), QStringLiteral("Pekka Edustaja")},
                            {QStringLiteral("personalIdentityCode"), QStringLiteral("120464-121C")},
                            {QStringLiteral("businessId"), QJsonValue()},
                            {QStringLiteral("email"), QStringLiteral("pekka@example.fi")}});
        else
            common.insert(QStringLiteral("representative"), QJsonValue());
        if (o.location)
            common.insert(
                QStringLiteral("location"),
                QJsonObject{{QStringLiteral("municipalityCode"), o.municipalityCode},
                            {QStringLiteral("propertyId"), o.propertyId},
                            {QStringLiteral("address"), QStringLiteral("Harjutie 4, Tampere")},
                            {QStringLiteral("coordinates"),
                             QJsonObject{{QStringLiteral("epsg"), o.epsg},
                                         {QStringLiteral("x"), 327000.5},
                                         {QStringLiteral("y"), 6822000.25}}}});
        else
            common.insert(QStringLiteral("location"), QJsonValue());

        QJsonArray attachments;
        for (int i = 0; i < o.attachmentNames.size(); ++i) {
            const QByteArray bytes = attachmentBytes(o.n, i, o.attachmentSize);
            if (attachmentContents)
                attachmentContents->append(bytes);
            attachments.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("a%1").arg(i + 1)},
                {QStringLiteral("fileName"), o.attachmentNames.at(i)},
                {QStringLiteral("contentType"),
                 i == 1 ? QStringLiteral("Application/PDF") : QStringLiteral("application/pdf")},
                {QStringLiteral("size"), bytes.size()},
                {QStringLiteral("sha256"), BlobStore::sha256Of(bytes)},
                {QStringLiteral("description"), QStringLiteral("Liite %1").arg(i + 1)}});
        }
        QJsonArray fields{
            field(QStringLiteral("kuvaus"),
                  label(QStringLiteral("Kuvaus"), QStringLiteral("Beskrivning")),
                  QStringLiteral("text"),
                  QStringLiteral("Kalliokiviaineksen louhinta ja murskaus")),
            field(QStringLiteral("paikka"),
                  label(QStringLiteral("Paikka"), QStringLiteral("Plats")), QStringLiteral("text"),
                  QStringLiteral("Soramestarit Oy:n toimipaikka")),
            field(QStringLiteral("maara"), label(QStringLiteral("Määrä"), QStringLiteral("Mängd")),
                  QStringLiteral("number"), 120000, QStringLiteral("m³/v")),
            field(QStringLiteral("paiva"),
                  label(QStringLiteral("Tapahtumapäivä"), QStringLiteral("Datum")),
                  QStringLiteral("date"), QStringLiteral("2027-01-15")),
            field(QStringLiteral("toiminto"),
                  label(QStringLiteral("Toiminto"), QStringLiteral("Verksamhet")),
                  QStringLiteral("choice"),
                  label(QStringLiteral("Murskaus"), QStringLiteral("Krossning"))),
            field(QStringLiteral("lupa"),
                  label(QStringLiteral("Aiempi lupa"), QStringLiteral("Tidigare tillstånd")),
                  QStringLiteral("boolean"), true),
            field(QStringLiteral("tuntematon"),
                  label(QStringLiteral("Erikoistieto"), QStringLiteral("Specialuppgift")),
                  QStringLiteral("geometry"),
                  QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), QJsonArray{2, 3}}}),
        };
        if (!o.attachmentNames.isEmpty())
            fields.append(field(QStringLiteral("kartta"),
                                label(QStringLiteral("Kartta"), QStringLiteral("Karta")),
                                QStringLiteral("attachmentRef"), QStringLiteral("a1")));
        if (!o.extraText.isEmpty())
            fields.append(field(QStringLiteral("lisatieto"),
                                label(QStringLiteral("Lisätieto"), QStringLiteral("Tillägg")),
                                QStringLiteral("text"), o.extraText));
        const QJsonObject table{
            {QStringLiteral("columns"),
             QJsonArray{label(QStringLiteral("Aines"), QStringLiteral("Material")),
                        label(QStringLiteral("Määrä (m³)"), QStringLiteral("Mängd (m³)"))}},
            {QStringLiteral("rows"), QJsonArray{QJsonArray{QStringLiteral("Kallio"), 12500},
                                                QJsonArray{QStringLiteral("Sora"), 7250.5}}}};
        const QJsonObject nested{
            {QStringLiteral("id"), QStringLiteral("ainekset")},
            {QStringLiteral("title"),
             label(QStringLiteral("Ainekset"), QStringLiteral("Material"))},
            {QStringLiteral("fields"), QJsonArray{field(QStringLiteral("taulukko"),
                                                        label(QStringLiteral("Otettavat ainekset"),
                                                              QStringLiteral("Material som tas")),
                                                        QStringLiteral("table"), table)}},
            {QStringLiteral("sections"), QJsonArray()}};
        const QJsonObject form{
            {QStringLiteral("serviceCode"), QStringLiteral("ymparistolupa")},
            {QStringLiteral("serviceName"),
             QJsonObject{{QStringLiteral("fi"), QStringLiteral("Ympäristölupa")},
                         {QStringLiteral("sv"), QStringLiteral("Miljötillstånd")}}},
            {QStringLiteral("formVersion"), QStringLiteral("2026.1")},
            {QStringLiteral("sections"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("toiminta")},
                                    {QStringLiteral("title"), label(QStringLiteral("Toiminta"),
                                                                    QStringLiteral("Verksamhet"))},
                                    {QStringLiteral("fields"), fields},
                                    {QStringLiteral("sections"), QJsonArray{nested}}}}},
            {QStringLiteral("attachments"), attachments}};
        return QJsonDocument(QJsonObject{{QStringLiteral("commondata"), common},
                                         {QStringLiteral("formdata"), form},
                                         {QStringLiteral("version"), 1}})
            .toJson(QJsonDocument::Compact);
    }

    static FeedItem feedItem(const Options &o)
    {
        FeedItem item;
        item.externalId = o.externalIdSuffix.isEmpty() ? externalId(o.n) : o.externalIdSuffix;
        item.projectId = QStringLiteral("P-2026-%1").arg(o.n);
        item.projectPartId = projectPartId(o.n);
        item.actionType = ActionType::fromString(o.actionType);
        item.serviceCode = QStringLiteral("ymparistolupa");
        item.submittedAt = QDateTime::fromString(o.submittedAt, Qt::ISODate);
        item.version = 1;
        return item;
    }

    // Stores the action (and its attachments' bytes) as the sync would; the case id, 0 on error.
    static qint64 ingest(const StoreConfig &config, const Options &o, QString *error = nullptr)
    {
        const QString name = QStringLiteral("richcase-ingest");
        qint64 caseId = 0;
        {
            QSqlDatabase db = StoreConnection::open(config, name, error);
            if (!db.isValid())
                return 0;
            BlobStore blobs(config.blobDirectory());
            QList<QByteArray> contents;
            const QByteArray body = actionJson(o, &contents);
            for (const QByteArray &bytes : contents)
                blobs.put(bytes);
            const DecodeResult<ActionData> data = LvCodec::decodeActionData(body);
            if (!data) {
                if (error)
                    *error = data.error().message;
            } else {
                const CaseStore::IngestResult r
                    = CaseStore(db, &blobs)
                          .ingest(feedItem(o), data.value(), QStringLiteral("lvdesk"));
                if (r.outcome == CaseStore::IngestOutcome::Inserted)
                    caseId = r.caseId;
                else if (error)
                    *error = r.error;
            }
        }
        StoreConnection::close(name);
        return caseId;
    }

    // The same case without a store: for the mapping and document checks that change what the
    // codec would refuse (a person without a henkilötunnus, say).
    static CaseSnapshot snapshot(const Options &o)
    {
        const DecodeResult<ActionData> data = LvCodec::decodeActionData(actionJson(o));
        CaseSnapshot s;
        s.caseInfo.id = o.n;
        s.caseInfo.projectPartId = projectPartId(o.n);
        s.caseInfo.projectId = QStringLiteral("P-2026-%1").arg(o.n);
        s.caseInfo.serviceCode = QStringLiteral("ymparistolupa");
        s.caseInfo.openingExternalId = externalId(o.n);
        s.caseInfo.diaryNumber = QStringLiteral("LV-2026-00042");
        s.caseInfo.receivedAt = QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc());
        CaseSnapshot::EventData e;
        e.event.id = 100 + o.n;
        e.event.caseId = o.n;
        e.event.externalId = externalId(o.n);
        e.event.version = 1;
        e.event.actionType = o.actionType;
        e.event.submittedAt = QDateTime::fromString(o.submittedAt, Qt::ISODate);
        if (data) {
            e.commondata = data.value().commondata;
            e.formdata = data.value().formdata;
            const QJsonObject body = QJsonDocument::fromJson(actionJson(o)).object();
            e.event.commondata = body.value(QStringLiteral("commondata")).toObject();
            e.event.formdata = body.value(QStringLiteral("formdata")).toObject();
            for (const AttachmentInfo &a : data.value().formdata.attachments) {
                CaseStore::Attachment att;
                att.id = e.event.id * 10 + e.attachments.size();
                att.eventId = e.event.id;
                att.attachmentId = a.id;
                att.fileName = a.fileName;
                att.contentType = a.contentType;
                att.size = a.size;
                att.sha256 = a.sha256Hex;
                att.description = a.description;
                att.stored = true;
                e.attachments << att;
            }
        }
        s.events << e;
        CaseStore::ReviewNote note;
        note.sectionId = QStringLiteral("ainekset");
        note.status = CaseStore::ReviewStatus::NeedsClarification;
        note.note = QStringLiteral("Kalliomäärä tarkistettava");
        note.author = QStringLiteral("virkailija.a");
        note.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());
        s.reviewNotes << note;
        return s;
    }

    // The text pdftotext recovers from a PDF, all white space (also no-break spaces) as one space.
    static QString pdfText(const QByteArray &pdf, QString *error = nullptr)
    {
        QTemporaryFile file;
        if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
            return {};
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              file.fileName(), QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            if (error)
                *error = QString::fromUtf8(p.readAllStandardError());
            return {};
        }
        return normalized(QString::fromUtf8(p.readAllStandardOutput()));
    }

    static QString normalized(QString text)
    {
        text.replace(QChar(0x00A0), u' ');
        text.replace(QChar(0x202F), u' ');
        return text.simplified();
    }
};

} // namespace lvdesk
