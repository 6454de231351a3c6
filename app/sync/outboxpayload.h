// SPDX-License-Identifier: EUPL-1.2

#pragma once

// OutboxPayload: turns the request body an outbox row keeps (the exact JSON that was previewed to
// the officer) back into the typed write LvClient sends, so that a retry sends the same write with
// the same messageId however many times it is attempted.

#include "domain/outgoingmessage.h"
#include "domain/statusupdate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lvdesk {

class OutboxPayload
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPayload)

public:
    // nullopt with error set (translated) when the body is not a status update of the contract.
    static std::optional<StatusUpdate> statusUpdate(const QByteArray &payload, QString *error);
    // nullopt with error set (translated) when the body is not a message of the contract.
    static std::optional<OutgoingMessage> message(const QByteArray &payload, QString *error);
};

} // namespace lvdesk
