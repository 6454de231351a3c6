// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// ServiceSettingsStore: per-service choices of the authority: whether an officer reviews each case
// before it is registered, and the statutory processing time the deadlines count from.
class ServiceSettingsStore
{
public:
    struct Settings
    {
        QString serviceCode;
        bool reviewRequired = true;
        int processingMonths = 0; // statutory processing time; 0 months and 0 days = none
        int processingDays = 0;
    };

    explicit ServiceSettingsStore(QSqlDatabase db);

    // The stored settings, or the defaults for a service never configured.
    Settings settings(const QString &serviceCode) const;
    QList<Settings> all() const;
    bool save(const Settings &settings, const QString &actor, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
