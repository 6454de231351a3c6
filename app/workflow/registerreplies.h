// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/registerreply.h"
#include "domain/servicestate.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace lvdesk {

// RegisterReplies: what the case register's answer does to a case, as one writer transaction:
// AsianTunnusVastaus sets the case's diary number to the register's (audited) and, as the
// service's settings say, queues the status update (received or in processing, with the diary
// number and handler) to the service; AsianPaatos marks the case decided with the decision's date
// and queues "decided". A reply that names no message lvdesk sent, another case, or a case that
// cannot take it is rejected with the reason. Every reply is recorded once by its content, so a
// reply processed again (a crash between applying it and moving its file) changes nothing
// (tst_registerreplies duplicateReplyChangesNothing,
// crashBetweenApplyingAndFilingChangesNothingTheSecondTime).
class RegisterReplies
{
    Q_DECLARE_TR_FUNCTIONS(RegisterReplies)

public:
    struct Settings
    {
        // The status told with the register's diary number, per service code (none: nothing).
        QHash<QString, std::optional<ServiceState>> statusOnDiaryNumber;
        std::optional<ServiceState> defaultStatusOnDiaryNumber = ServiceState::InProcessing;
        QString actor = QStringLiteral("lvdesk");
    };

    struct Input
    {
        QString replyKey; // what makes two files the same reply (SHA-256 of the message)
        QString fileName; // the reply's file in the replies folder
        std::optional<RegisterReply> reply; // empty: the file could not be read (problem says why)
        QString problem;
    };

    // The writer job. Its result is ok unless the store failed; its value is a map with "applied"
    // (bool: false = rejected), "repeated" (bool: seen before, nothing changed), "caseId" and
    // "detail" (what was done, or why not, for the officer and the reply's reason file).
    static StoreWriter::Job applyJob(const Input &input, const Settings &settings);
};

} // namespace lvdesk
