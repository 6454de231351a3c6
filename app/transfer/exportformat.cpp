// SPDX-License-Identifier: EUPL-1.2

#include "exportformat.h"

#include "asianhallintaformat.h"
#include "packageformat.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

std::unique_ptr<ExportFormat> ExportFormat::create(Kind kind, const Settings &settings)
{
    switch (kind) {
    case Kind::Package:
        return std::make_unique<PackageFormat>(settings);
    case Kind::Asianhallinta13:
        return std::make_unique<AsianhallintaFormat>(settings);
    }
    return std::make_unique<PackageFormat>(settings);
}

QStringList ExportFormat::names()
{
    return {u"lvdesk-package"_s, u"asianhallinta-1.3"_s};
}

QString ExportFormat::name(Kind kind)
{
    return names().at(int(kind));
}

} // namespace lvdesk
