// SPDX-License-Identifier: EUPL-1.2

#pragma once

// SyncRun: runs the real lvdesk binary (LVDESK_BIN) headless against a profile written by the
// test, and opens the store it left behind, for the sync's integration tests.

#include "store/storeconfig.h"

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lvdesk {

class LvSimProcess;

class SyncRun
{
public:
    struct Outcome
    {
        int exitCode = -1;
        bool crashed = false; // ended by a signal (the kill test) or did not end in time
        QByteArray out;
        QByteArray err;
    };

    static QString program() { return qEnvironmentVariable("LVDESK_BIN"); }

    // Writes an INI profile for lvsim at securityServer; values overrides or adds keys
    // ("review/default" → "false").
    static bool writeProfile(const QString &path, const QUrl &securityServer,
                             const QMap<QString, QString> &values = {});

    // lvdesk --sync-once --profile profile --data-dir dataDir; waits at most timeoutMs.
    static Outcome syncOnce(const QString &profile, const QString &dataDir, int timeoutMs);

    static StoreConfig storeConfig(const QString &dataDir);
    // Opens the SQLite store of dataDir in this thread (close with StoreConnection::close).
    static QSqlDatabase openStore(const QString &dataDir, const QString &name);

    // The end state a complete sync must leave (issue acceptance 1): expectedCases cases, every
    // action in the store exactly once and acknowledged, every attachment stored and matching its
    // SHA-256, exactly one status update applied per case the customer did not withdraw (at most
    // one for withdrawn ones), no write applied twice, an intact audit chain. Answers the first
    // problem found, or an empty string.
    static QString checkEndState(LvSimProcess &sim, const QString &dataDir, int expectedCases,
                                 bool expectStatusUpdates);
};

} // namespace lvdesk
