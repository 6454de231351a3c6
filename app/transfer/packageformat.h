// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/exportformat.h"

namespace lvdesk {

// PackageFormat: lvdesk's own export package (docs/export-format.md): a folder with case.json,
// each action's PDF/A document, the attachments and manifest.json, or the same as multipart HTTP.
class PackageFormat : public ExportFormat
{
public:
    explicit PackageFormat(const Settings &settings);

    Kind kind() const override { return Kind::Package; }
    std::shared_ptr<ExportDelivery> build(const Input &input, const BlobStore &blobs,
                                          QString *error, bool *permanent) const override;

private:
    Settings m_settings;
};

} // namespace lvdesk
