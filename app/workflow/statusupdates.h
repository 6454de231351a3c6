// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/localizedtext.h"
#include "domain/servicestate.h"
#include "domain/statusupdate.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace lvdesk {

// StatusUpdates: what every status update to the service shares, whoever makes it (an officer's
// action, the automatic registration, the case register's reply): the standard status texts and
// the processing start date the service was given, and putting the update in the outbox.
class StatusUpdates
{
public:
    // The status text the customer reads at the service, in both official languages. Wire content,
    // not interface text: it is always Finnish and Swedish, whatever the officer's language.
    static LocalizedText standardText(ServiceState state);

    // The processing start date the service was given when the case was registered (kept in the
    // audit entry of the approval), so that later status updates repeat it instead of clearing it.
    static QDate processingStartDate(QSqlDatabase &db, qint64 caseId);

    // Queues update in the outbox to the case's opening action, within the caller's transaction.
    static bool queue(QSqlDatabase &db, qint64 caseId, const QString &openingExternalId,
                      const StatusUpdate &update, const QString &actor, QString *error);
};

} // namespace lvdesk
