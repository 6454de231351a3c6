// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeclock.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace lvdesk {

// CaseFixture: fills a prepared store with list rows quickly (one transaction, prepared inserts),
// for the model tests and the scale benchmark. The rows carry what ingest would have copied from
// the opening action: customer, municipality, service names and the search text.
class CaseFixture
{
public:
    struct Options
    {
        QDate today = QDate(2026, 11, 26);
        QString officer = QStringLiteral("virkailija");
        // Customer name of case 1 (acceptance: customer text shows literally everywhere).
        QString firstCustomer;
    };

    static QString customerName(int n)
    {
        static const char *const first[] = {"Aino",  "Eero",  "Helmi", "Juho",  "Kaisa",
                                            "Lauri", "Maija", "Otto",  "Sanni", "Ville"};
        static const char *const last[] = {"Virtanen",   "Korhonen", "Mäkinen",   "Nieminen",
                                           "Hämäläinen", "Laine",    "Heikkinen", "Koskinen"};
        if (n % 7 == 0)
            return QStringLiteral("Soramonttu %1 Oy").arg(n);
        return QString::fromUtf8(first[n % 10]) + QLatin1Char(' ')
               + QString::fromUtf8(last[(n / 10) % 8]);
    }

    struct Service
    {
        const char *code, *fi, *sv, *en;
    };
    static const Service &service(int n)
    {
        static const Service services[] = {
            {"ymparistolupa", "Ympäristölupa", "Miljötillstånd", "Environmental permit"},
            {"maa-aineslupa", "Maa-aineslupa", "Marktäktstillstånd", "Soil extraction permit"},
            {"poikkeamislupa", "Poikkeamislupa", "Undantagslov", "Exception permit"},
            {"rakennuslupa", "Rakennuslupa", "Bygglov", "Building permit"},
            {"meluilmoitus", "Meluilmoitus", "Bulleranmälan", "Noise notification"},
        };
        return services[n % 5];
    }

    static QString state(int n)
    {
        static const char *const states[] = {"new",          "new",      "inReview",
                                             "registered",   "approved", "supplementRequested",
                                             "inProcessing", "decided",  "closed"};
        return QString::fromLatin1(states[n % 9]);
    }

    // Inserts cases 1..count; returns false (with error) when a statement fails.
    static bool fill(QSqlDatabase db, int count, const Options &options, QString *error)
    {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO cases (project_part_id, project_id, service_code, state, handler,"
            " diary_number, received_at, updated_at, export_state, export_attempts, export_error,"
            " customer_name, customer_kind, customer_id_masked, municipality_code,"
            " service_name_fi, service_name_sv, service_name_en, search_text, deadline_date,"
            " deadline_kind, deadline_source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QDateTime base(options.today.addDays(-400), QTime(8, 0), QTimeZone::utc());
        static const char *const municipalities[] = {"091", "049", "092", "564", "837", "179"};
        for (int n = 1; n <= count; ++n) {
            const Service &s = service(n);
            const QString name = n == 1 && !options.firstCustomer.isEmpty() ? options.firstCustomer
                                                                            : customerName(n);
            const bool person = n % 7 != 0;
            const QString maskedId
                = person ? QStringLiteral("%1%2%3-****")
                               .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                               .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                               .arg(60 + n % 40)
                         : QStringLiteral("%1-%2").arg(1000000 + n % 8999999).arg(n % 10);
            const QString municipality = QString::fromLatin1(municipalities[n % 6]);
            const QString st = state(n);
            const QString handler
                = st == QStringLiteral("new")
                      ? QString()
                      : (n % 3 == 0 ? options.officer : QStringLiteral("kollega"));
            const QDateTime received = base.addSecs(qint64(n) * 400);
            // Deadlines from 20 days overdue to 100 days ahead; every fourth case has none.
            const QDate deadline
                = n % 4 == 0 ? QDate() : options.today.addDays(-20 + (n * 37) % 121);
            const QString exportState
                = st == QStringLiteral("registered")
                      ? (n % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("exported"))
                      : QStringLiteral("");
            q.addBindValue(QStringLiteral("PP-%1").arg(n, 6, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("P-%1").arg(n));
            q.addBindValue(QString::fromLatin1(s.code));
            q.addBindValue(st);
            q.addBindValue(handler.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(handler));
            q.addBindValue(
                st == QStringLiteral("new")
                    ? QVariant(QMetaType(QMetaType::QString))
                    : QVariant(QStringLiteral("LV-2026-%1").arg(n, 5, 10, QLatin1Char('0'))));
            q.addBindValue(StoreClock::toText(received));
            q.addBindValue(StoreClock::toText(received.addSecs(60)));
            q.addBindValue(exportState);
            q.addBindValue(exportState == QStringLiteral("failed") ? 3 : 0);
            q.addBindValue(exportState == QStringLiteral("failed")
                               ? QStringLiteral("The export folder is not writable.")
                               : QStringLiteral(""));
            q.addBindValue(name);
            q.addBindValue(person ? QStringLiteral("person") : QStringLiteral("company"));
            q.addBindValue(maskedId);
            q.addBindValue(municipality);
            q.addBindValue(QString::fromUtf8(s.fi));
            q.addBindValue(QString::fromUtf8(s.sv));
            q.addBindValue(QString::fromUtf8(s.en));
            q.addBindValue(QStringList{name, maskedId, municipality, QString::fromUtf8(s.fi),
                                       QString::fromUtf8(s.sv), QString::fromUtf8(s.en),
                                       QStringLiteral("PP-%1").arg(n, 6, 10, QLatin1Char('0'))}
                               .join(QLatin1Char(' '))
                               .toLower());
            q.addBindValue(deadline.isValid() ? QVariant(deadline.toString(Qt::ISODate))
                                              : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(deadline.isValid() ? (n % 3 == 0 ? QStringLiteral("supplement")
                                                            : QStringLiteral("statutory"))
                                              : QStringLiteral(""));
            q.addBindValue(deadline.isValid() ? QString::fromLatin1(s.code) : QStringLiteral(""));
            if (!q.exec()) {
                *error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        return db.commit() || (*error = db.lastError().text(), false);
    }

    // An outbox write of case caseId in state (queued, retrying, failed, delivered …).
    static bool addOutbox(QSqlDatabase db, qint64 caseId, const QString &state, int attempts,
                          const QString &lastError, QString *error)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO outbox (message_id, case_id, target_external_id, kind, payload, state,"
            " attempts, next_attempt_at, last_error, created_at, updated_at)"
            " VALUES (?, ?, ?, 'status', '{}', ?, ?, ?, ?, ?, ?)"));
        static int counter = 0;
        q.addBindValue(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(++counter, 12, 10, QLatin1Char('0')));
        q.addBindValue(caseId);
        q.addBindValue(QStringLiteral("ext-%1").arg(caseId));
        q.addBindValue(state);
        q.addBindValue(attempts);
        q.addBindValue(
            state == QStringLiteral("retrying")
                ? QVariant(StoreClock::toText(QDateTime::currentDateTimeUtc().addSecs(600)))
                : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(lastError);
        q.addBindValue(StoreClock::now());
        q.addBindValue(StoreClock::now());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
};

} // namespace lvdesk
