// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/registerstore.h"
#include "transfer/recordsmetadata.h"
#include "transfer/zipwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lvdesk {

class BlobStore;
class CaseSnapshot;

// AsianhallintaPackage: one transfer item of a case as the zip the register receives in the
// asianhallinta 1.3 format: the message (UusiAsia for the case's first transfer, TaydennysAsiaan
// for later ones) at the top, and under liitteet/ every file it references: each action's PDF/A
// document (the register's copy) and the customer's attachments under their safe names. Built off
// the main thread; ZipDropFolder or the HTTP target carry it.
class AsianhallintaPackage
{
    Q_DECLARE_TR_FUNCTIONS(AsianhallintaPackage)

public:
    struct Options
    {
        QString linkPrefix; // put before each file's name in LinkkiLiitteeseen (may be empty)
        RecordsMetadata records; // of the case's service
        QString registerCaseId; // the register's AsianTunnus, once it answered
    };

    QString name; // the zip's name without ".zip": the case's package name and the item's number
    QString messageId;
    QString rootName; // "UusiAsia" or "TaydennysAsiaan"
    QByteArray xml;
    QList<ZipWriter::Entry> entries; // the message first

    static constexpr const char *attachmentFolder = "liitteet/";

    // permanent (when given) tells a failure that waits for the officer (1.3 cannot carry the
    // case) from one that may pass on a later try (a blob not downloaded yet).
    static std::optional<AsianhallintaPackage> build(const CaseSnapshot &snapshot,
                                                     const RegisterStore::Item &item,
                                                     const BlobStore &blobs, const Options &options,
                                                     QString *error, bool *permanent = nullptr);
};

} // namespace lvdesk
