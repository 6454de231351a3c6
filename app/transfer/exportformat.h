// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/audittrail.h"
#include "store/registerstore.h"
#include "transfer/serviceexportsettings.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace lvdesk {

class BlobStore;
class CaseSnapshot;
class ExportDelivery;

// ExportFormat: how a case goes into the case register; a strategy the exporter picks per case
// (the profile's [export] format, or the officer's choice for one case): lvdesk's own package
// (PackageFormat, the default) or asianhallinta 1.3 messages (AsianhallintaFormat).
class ExportFormat
{
public:
    enum class Kind {
        Package, // "lvdesk-package"
        Asianhallinta13, // "asianhallinta-1.3"
    };

    struct Settings
    {
        QString linkPrefix; // asianhallinta: before each file's name in LinkkiLiitteeseen
        QHash<QString, ServiceExportSettings> services; // by service code
    };

    struct Input
    {
        const CaseSnapshot &snapshot;
        RegisterStore::Item item; // the transfer item: its messageId and the events it carries
        QString registerCaseId; // the register's AsianTunnus of the case, once known
        // The audit trail's head verified just before this export (AuditGuard): lvdesk's package
        // carries it in its manifest, an anchor of the trail outside the database.
        AuditTrail::Head auditHead;
    };

    virtual ~ExportFormat() = default;
    virtual Kind kind() const = 0;

    // Off the main thread. nullptr with error set on failure; permanent tells a failure that waits
    // for the officer from one a later try may get past.
    virtual std::shared_ptr<ExportDelivery> build(const Input &input, const BlobStore &blobs,
                                                  QString *error, bool *permanent) const = 0;

    static std::unique_ptr<ExportFormat> create(Kind kind, const Settings &settings);
    static QStringList names(); // in Kind order
    static QString name(Kind kind);
};

} // namespace lvdesk
