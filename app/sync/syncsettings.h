// SPDX-License-Identifier: EUPL-1.2

#pragma once

// SyncSettings: what the sync engine takes from the profile (sync/, review/, register/) and from
// whoever runs it (the audit actor, how many retries one run makes before it leaves an item for
// the next run).

#include <QString>

namespace lvdesk {

struct SyncSettings
{
    int intervalMinutes = 5; // sync/intervalMinutes
    int concurrency = 4; // sync/concurrency: actions and attachments in flight at once
    bool reviewByDefault = true; // review/default, for services without their own setting
    QString diaryPattern = QStringLiteral("LV-{year}-{seq:5}"); // register/diaryPattern
    bool exportConfigured = false; // export/target is not none
    QString actor = QStringLiteral("lvdesk"); // audit actor and handler of automatic registrations
    int feedPageSize = 100; // GET /actions limit, 1..500
    int ackBatchSize = 100; // ids per POST /actions/ack
    // Attempts of one request within one run; afterwards the item waits for a later run, with its
    // backoff persisted.
    int attemptsPerRun = 6;
    // First backoff step; it doubles per failed attempt (capped at 30 minutes).
    int retryBaseMilliseconds = 500;
    // A Retry-After longer than this ends the run's attempts (the next run honours it).
    int maxInRunWaitSeconds = 60;
    // Take the SyncLock while syncing (one workstation or process at a time).
    bool useSyncLock = true;
    // sync/maxAttachmentMegabytes: a larger attachment is not downloaded; it is shown as not
    // received, with the reason, and its action is stored without it.
    qint64 maxAttachmentBytes = qint64(2048) * 1024 * 1024;
    // Free disk space kept beyond each download: without it the action waits for a later sync.
    qint64 minFreeBytes = qint64(1024) * 1024 * 1024;
};

} // namespace lvdesk
