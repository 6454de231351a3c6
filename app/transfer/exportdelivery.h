// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/httpexporttarget.h"

#include <QByteArray>
#include <QString>

namespace lvdesk {

// ExportDelivery: one transfer item built in one export format, ready to go to the case register:
// written into the drop folder, or posted to the register's HTTP endpoint.
class ExportDelivery
{
public:
    virtual ~ExportDelivery() = default;

    // Off the main thread: writes the delivery into the drop folder (atomically) and answers the
    // name it got there; empty with error set on failure.
    virtual QString publish(const QString &folder, QString *error) = 0;
    // Off the main thread: whatever posting needs on disk, made in workDirectory (private).
    virtual bool prepareUpload(const QString &workDirectory, QString *error) = 0;
    // Main thread: posts it; done runs once.
    virtual void post(HttpExportTarget &target, const QByteArray &token,
                      HttpExportTarget::Callback done)
        = 0;
    // How the transfer log names what was delivered ("package LV-2026-00012", "UusiAsia …").
    virtual QString description() const = 0;
};

} // namespace lvdesk
