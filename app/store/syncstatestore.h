// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// SyncStateStore: where the feed was last read (the cursor) and when the last sync succeeded, so
// that a restart continues where it stopped and the status bar can say how fresh the data is.
class SyncStateStore
{
public:
    explicit SyncStateStore(QSqlDatabase db);

    QString cursor() const; // empty = from the beginning
    bool setCursor(const QString &cursor, QString *error = nullptr);
    QDateTime lastSuccessfulSync() const; // invalid = never
    bool setLastSuccessfulSync(const QDateTime &time, QString *error = nullptr);

    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace lvdesk
