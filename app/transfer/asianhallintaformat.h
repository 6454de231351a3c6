// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "transfer/exportformat.h"

namespace lvdesk {

// AsianhallintaFormat: every transfer item as one zip with an asianhallinta 1.3 message (UusiAsia
// first, TaydennysAsiaan after) and the files it references; into the drop folder through
// ZipDropFolder, or posted as application/zip.
class AsianhallintaFormat : public ExportFormat
{
public:
    explicit AsianhallintaFormat(const Settings &settings);

    Kind kind() const override { return Kind::Asianhallinta13; }
    std::shared_ptr<ExportDelivery> build(const Input &input, const BlobStore &blobs,
                                          QString *error, bool *permanent) const override;

private:
    Settings m_settings;
};

} // namespace lvdesk
