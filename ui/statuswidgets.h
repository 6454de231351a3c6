// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "sync/syncengine.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace lvdesk {

// StatusWidgets: the status bar's permanent part: the connection state in words, the time of the
// last successful sync, the number of writes waiting in the outbox and a progress bar while a sync
// runs. It only listens to the sync engine; nothing here waits for the network.
class StatusWidgets : public QWidget
{
    Q_OBJECT

public:
    explicit StatusWidgets(QWidget *parent = nullptr);

    // Follows engine (may be null: the labels keep what setConnectionText set).
    void bind(SyncEngine *engine);
    void setConnectionText(const QString &text);
    // Who is signed in: the officer lvdesk acts for (empty hides it).
    void setOfficer(const QString &displayName);
    QString officerText() const;
    QString connectionText() const;

    void setStatus(const ConnectionStatus &status);
    void setProgress(const SyncProgress &progress);
    void setRunning(bool running);
    void setPendingOutbox(int pending);

    static QString stateWords(ConnectionState state); // translated

private:
    QLabel *m_officer = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_outbox = nullptr;
    QProgressBar *m_progress = nullptr;
    QPointer<SyncEngine> m_engine;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace lvdesk
