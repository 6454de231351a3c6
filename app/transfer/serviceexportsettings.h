// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/servicestate.h"
#include "transfer/recordsmetadata.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace lvdesk {

// ServiceExportSettings: what the authority configured for one service's cases on their way into
// the case register and back (the profile's [service.CODE] section): the records-management
// metadata of its documents, and which status the service is told when the register answers with
// the case's diary number.
struct ServiceExportSettings
{
    RecordsMetadata records;
    // Told to the service with the register's diary number; none = tell nothing.
    std::optional<ServiceState> statusOnDiaryNumber = ServiceState::InProcessing;

    // The profile's names of statusOnDiaryNumber: "none", "received", "inProcessing".
    static QStringList statusOnDiaryNumberNames();

    // The settings of serviceCode, or the defaults for a service the profile does not name.
    static ServiceExportSettings forService(const QHash<QString, ServiceExportSettings> &all,
                                            const QString &serviceCode)
    {
        return all.value(serviceCode);
    }
};

} // namespace lvdesk
