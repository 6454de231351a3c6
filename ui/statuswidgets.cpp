// SPDX-License-Identifier: EUPL-1.2

#include "statuswidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace lvdesk {

StatusWidgets::StatusWidgets(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"statusWidgets"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);

    m_outbox = new QLabel;
    m_outbox->setObjectName(u"outboxStatus"_s);
    m_outbox->setTextFormat(Qt::PlainText);
    m_lastSync = new QLabel;
    m_lastSync->setObjectName(u"lastSyncStatus"_s);
    m_lastSync->setTextFormat(Qt::PlainText);
    m_connection = new QLabel;
    m_connection->setObjectName(u"connectionStatus"_s);
    m_connection->setTextFormat(Qt::PlainText);
    m_officer = new QLabel;
    m_officer->setObjectName(u"officerStatus"_s);
    m_officer->setTextFormat(Qt::PlainText);
    m_officer->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_progress);
    layout->addWidget(m_outbox);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_connection);
    layout->addWidget(m_officer);
}

void StatusWidgets::setOfficer(const QString &displayName)
{
    m_officer->setText(displayName.isEmpty() ? QString() : tr("Signed in as %1").arg(displayName));
    m_officer->setVisible(!displayName.isEmpty());
}

QString StatusWidgets::officerText() const
{
    return m_officer->text();
}

void StatusWidgets::bind(SyncEngine *engine)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_engine = engine;
    if (!engine)
        return;
    m_connections << connect(engine, &SyncEngine::started, this, [this] { setRunning(true); });
    m_connections << connect(engine, &SyncEngine::progressChanged, this,
                             &StatusWidgets::setProgress);
    m_connections << connect(engine, &SyncEngine::finished, this, [this, engine] {
        setRunning(false);
        setPendingOutbox(engine->pendingOutbox());
    });
    m_connections << connect(engine, &SyncEngine::connectionStatusChanged, this,
                             &StatusWidgets::setStatus);
    m_connections << connect(engine, &SyncEngine::casesChanged, this,
                             [this, engine] { setPendingOutbox(engine->pendingOutbox()); });
    setStatus(engine->connectionStatus());
    setPendingOutbox(engine->pendingOutbox());
    setRunning(engine->isRunning());
}

void StatusWidgets::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

QString StatusWidgets::connectionText() const
{
    return m_connection->text();
}

QString StatusWidgets::stateWords(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Unknown:
        return tr("Not connected yet");
    case ConnectionState::Online:
        return tr("Connected");
    case ConnectionState::Offline:
        return tr("Offline: the Security Server cannot be reached");
    case ConnectionState::Credentials:
        return tr("Access refused: check the certificate and the X-Road access rights");
    case ConnectionState::Tls:
        return tr("Secure connection failed: check the certificates");
    case ConnectionState::ServiceUnavailable:
        return tr("The service is unavailable at the moment");
    case ConnectionState::Configuration:
        return tr("The connection settings need attention");
    }
    return {};
}

void StatusWidgets::setStatus(const ConnectionStatus &status)
{
    QString text = stateWords(status.state);
    QStringList tip;
    if (!status.message.isEmpty())
        tip << status.message;
    if (status.nextRetry.isValid() && status.state != ConnectionState::Online) {
        const QString when
            = QLocale().toString(status.nextRetry.toLocalTime().time(), QLocale::ShortFormat);
        text += tr(" – next try at %1").arg(when);
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip.join(u'\n').toHtmlEscaped());
    if (status.lastSuccessfulSync.isValid()) {
        m_lastSync->setText(tr("Last sync %1")
                                .arg(QLocale().toString(status.lastSuccessfulSync.toLocalTime(),
                                                        QLocale::ShortFormat)));
    } else {
        m_lastSync->setText(tr("Not synced yet"));
    }
}

void StatusWidgets::setProgress(const SyncProgress &progress)
{
    m_progress->setVisible(true);
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(qMin(progress.done, progress.total));
    } else {
        m_progress->setRange(0, 0); // busy, amount unknown
    }
    m_progress->setFormat(SyncEngine::phaseName(progress.phase) + u" %v/%m"_s);
    m_progress->setToolTip(SyncEngine::phaseName(progress.phase));
}

void StatusWidgets::setRunning(bool running)
{
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Syncing…"));
    }
}

void StatusWidgets::setPendingOutbox(int pending)
{
    m_outbox->setText(pending == 0 ? tr("Outbox empty")
                                   : tr("%n update(s) waiting to be sent", nullptr, pending));
}

} // namespace lvdesk
