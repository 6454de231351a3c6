// SPDX-License-Identifier: EUPL-1.2

#include "packageformat.h"

#include "casesnapshot.h"
#include "dropfoldertarget.h"
#include "exportdelivery.h"
#include "exportpackage.h"

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

class PackageDelivery : public ExportDelivery
{
public:
    explicit PackageDelivery(ExportPackage package)
        : m_package(std::move(package))
    { }

    QString publish(const QString &folder, QString *error) override
    {
        return DropFolderTarget(folder).publish(m_package, error);
    }
    bool prepareUpload(const QString &, QString *) override { return true; }
    void post(HttpExportTarget &target, const QByteArray &token,
              HttpExportTarget::Callback done) override
    {
        target.post(m_package, token, std::move(done));
    }
    QString description() const override { return u"package "_s + m_package.name; }

private:
    ExportPackage m_package;
};

} // namespace

PackageFormat::PackageFormat(const Settings &settings)
    : m_settings(settings)
{ }

std::shared_ptr<ExportDelivery> PackageFormat::build(const Input &input, const BlobStore &blobs,
                                                     QString *error, bool *permanent) const
{
    if (permanent)
        *permanent = false;
    const RecordsMetadata records = ServiceExportSettings::forService(
                                        m_settings.services, input.snapshot.caseInfo.serviceCode)
                                        .records;
    std::optional<ExportPackage> package
        = ExportPackage::build(input.snapshot, blobs, records, error);
    if (!package)
        return nullptr;
    package->auditHead = input.auditHead;
    return std::make_shared<PackageDelivery>(std::move(*package));
}

} // namespace lvdesk
