// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/commondata.h"
#include "domain/formdata.h"
#include "store/casestore.h"
#include "store/deadlinestore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace lvdesk {

// CaseSnapshot: one case as it leaves lvdesk (for the export packages and the case's documents):
// the case row, every event with its attachments and decoded data, the review marks and the
// deadlines, read in one go from a store connection. Off the main thread.
class CaseSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CaseSnapshot)

public:
    struct EventData
    {
        CaseStore::Event event;
        QList<CaseStore::Attachment> attachments;
        // Decoded with the interface's codec; empty when the stored JSON does not decode (the
        // documents then show the form as its JSON text, never drop it).
        std::optional<Commondata> commondata;
        std::optional<Formdata> formdata;
    };

    CaseStore::Case caseInfo;
    QList<EventData> events; // in submission order
    int openingIndex = 0; // the opening action, or the first event when it has not arrived
    QList<CaseStore::ReviewNote> reviewNotes;
    QList<DeadlineStore::Deadline> deadlines;

    static std::optional<CaseSnapshot> read(const QSqlDatabase &db, qint64 caseId, QString *error);

    const EventData &opening() const { return events.at(openingIndex); }
    const EventData *eventById(qint64 eventId) const;
    // The customer and the place as the latest event that carries them gives them.
    std::optional<Commondata> commondata() const;
    // The service's name, from the opening action's form (or any later one).
    LocalizedText serviceName() const;
    // The customer's language for documents: "fi" or "sv", otherwise "fi".
    QString documentLanguage() const;
};

} // namespace lvdesk
