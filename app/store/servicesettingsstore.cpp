// SPDX-License-Identifier: EUPL-1.2

#include "servicesettingsstore.h"

#include "audittrail.h"
#include "storeclock.h"
#include "storetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

ServiceSettingsStore::ServiceSettingsStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

ServiceSettingsStore::Settings ServiceSettingsStore::settings(const QString &serviceCode) const
{
    Settings s;
    s.serviceCode = serviceCode;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT review_required, processing_months, processing_days FROM service_settings "
              "WHERE service_code = ?"_s);
    q.addBindValue(serviceCode);
    if (q.exec() && q.next()) {
        s.reviewRequired = q.value(0).toInt() != 0;
        s.processingMonths = q.value(1).toInt();
        s.processingDays = q.value(2).toInt();
    }
    return s;
}

QList<ServiceSettingsStore::Settings> ServiceSettingsStore::all() const
{
    QList<Settings> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT service_code, review_required, processing_months, processing_days "
                "FROM service_settings ORDER BY service_code"_s))
        return list;
    while (q.next()) {
        Settings s;
        s.serviceCode = q.value(0).toString();
        s.reviewRequired = q.value(1).toInt() != 0;
        s.processingMonths = q.value(2).toInt();
        s.processingDays = q.value(3).toInt();
        list << s;
    }
    return list;
}

bool ServiceSettingsStore::save(const Settings &settings, const QString &actor, QString *error)
{
    StoreTransaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO service_settings (service_code, review_required, processing_months, "
              "processing_days, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (service_code) DO "
              "UPDATE SET review_required = excluded.review_required, processing_months = "
              "excluded.processing_months, processing_days = excluded.processing_days, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(settings.serviceCode);
    q.addBindValue(settings.reviewRequired ? 1 : 0);
    q.addBindValue(settings.processingMonths);
    q.addBindValue(settings.processingDays);
    q.addBindValue(StoreClock::now());
    if (!tx.isActive() || !q.exec()) {
        if (error)
            *error = tx.isActive() ? q.lastError().text() : tx.error();
        return false;
    }
    const QJsonObject details{{u"reviewRequired"_s, settings.reviewRequired},
                              {u"processingMonths"_s, settings.processingMonths},
                              {u"processingDays"_s, settings.processingDays}};
    if (!AuditTrail(m_db).append(actor, u"settings.service"_s, u"service:"_s + settings.serviceCode,
                                 details, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

} // namespace lvdesk
