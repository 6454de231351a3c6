// SPDX-License-Identifier: EUPL-1.2

#include "workflow/statusupdates.h"

#include "lv/lvcodec.h"
#include "store/audittrail.h"
#include "store/outboxstore.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

LocalizedText StatusUpdates::standardText(ServiceState state)
{
    switch (state) {
    case ServiceState::Received:
        return {u"Vastaanotettu"_s, u"Mottaget"_s, {}};
    case ServiceState::InProcessing:
        return {u"Käsittelyssä"_s, u"Under behandling"_s, {}};
    case ServiceState::SupplementRequested:
        return {u"Täydennettävänä"_s, u"Komplettering begärd"_s, {}};
    case ServiceState::Decided:
        return {u"Ratkaistu"_s, u"Avgjort"_s, {}};
    case ServiceState::Closed:
        return {u"Käsitelty"_s, u"Behandlat"_s, {}};
    case ServiceState::TransferredElsewhere:
        return {u"Siirretty toiselle viranomaiselle"_s, u"Överfört till en annan myndighet"_s, {}};
    }
    return {};
}

QDate StatusUpdates::processingStartDate(QSqlDatabase &db, qint64 caseId)
{
    const QList<AuditTrail::Entry> entries
        = AuditTrail(db).entriesFor(u"case:"_s + QString::number(caseId));
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->action == u"case.approved"_s)
            return QDate::fromString(it->details.value(u"processingStartDate"_s).toString(),
                                     Qt::ISODate);
    }
    return {};
}

bool StatusUpdates::queue(QSqlDatabase &db, qint64 caseId, const QString &openingExternalId,
                          const StatusUpdate &update, const QString &actor, QString *error)
{
    return OutboxStore(db).enqueue(update.messageId.toString(QUuid::WithoutBraces), caseId,
                                   openingExternalId, u"status"_s,
                                   LvCodec::encodeStatusUpdate(update), actor, error)
           != 0;
}

} // namespace lvdesk
