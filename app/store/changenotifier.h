// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/storeconfig.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// ChangeNotifier: tells this workstation that the shared database changed elsewhere, so that lists
// refresh. PostgreSQL: LISTEN on "lvdesk_changes" through a dedicated connection of the thread
// that creates it (which needs an event loop); writers NOTIFY within their transactions, so the
// news arrives only after commit. SQLite has one workstation: its writer reports changes itself.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Starts listening (PostgreSQL); for SQLite it only succeeds. error is translated.
    bool start(const StoreConfig &config, QString *error = nullptr);
    void stop();
    bool isListening() const { return !m_connectionName.isEmpty(); }

    // Called by writers inside a transaction that changed cases: queues the notification that
    // PostgreSQL delivers at commit. Does nothing on SQLite.
    static bool announce(QSqlDatabase &db, const QString &what = QString());

    static QString channel();

Q_SIGNALS:
    void changed(const QString &what);

private:
    QString m_connectionName;
};

} // namespace lvdesk
