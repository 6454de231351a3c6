// SPDX-License-Identifier: EUPL-1.2

#include "changenotifier.h"

#include "storeconnection.h"
#include "storelog.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lvdesk {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{ }

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

QString ChangeNotifier::channel()
{
    return u"lvdesk_changes"_s;
}

bool ChangeNotifier::start(const StoreConfig &config, QString *error)
{
    if (config.driver != StoreConfig::Driver::Postgresql || isListening())
        return true;
    const QString name = StoreConnection::nameForThisThread(
        u"notify-"_s + QString::number(reinterpret_cast<quintptr>(this), 16));
    QSqlDatabase db = StoreConnection::open(config, name, error);
    if (!db.isValid())
        return false;
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(channel())) {
        if (error)
            *error = tr("Changes made on other workstations cannot be followed.");
        db = QSqlDatabase();
        StoreConnection::close(name);
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &channelName, QSqlDriver::NotificationSource,
                   const QVariant &payload) {
                if (channelName == channel())
                    Q_EMIT changed(payload.toString());
            });
    m_connectionName = name;
    return true;
}

void ChangeNotifier::stop()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid() && db.driver())
            db.driver()->unsubscribeFromNotification(channel());
    }
    StoreConnection::close(m_connectionName);
    m_connectionName.clear();
}

bool ChangeNotifier::announce(QSqlDatabase &db, const QString &what)
{
    if (!StoreConnection::isPostgres(db))
        return true;
    QSqlQuery q(db);
    q.prepare(u"SELECT pg_notify(?, ?)"_s);
    q.addBindValue(channel());
    q.addBindValue(what);
    if (!q.exec()) {
        qCWarning(lcStore) << "Change notification could not be queued";
        return false;
    }
    return true;
}

} // namespace lvdesk
