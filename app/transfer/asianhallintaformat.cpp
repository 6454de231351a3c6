// SPDX-License-Identifier: EUPL-1.2

#include "asianhallintaformat.h"

#include "asianhallintapackage.h"
#include "casesnapshot.h"
#include "exportdelivery.h"
#include "transferlog.h"
#include "zipdropfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

class ZipDelivery : public ExportDelivery
{
public:
    explicit ZipDelivery(AsianhallintaPackage package)
        : m_package(std::move(package))
    { }

    QString publish(const QString &folder, QString *error) override
    {
        return ZipDropFolder(folder).publish(m_package.name, m_package.entries, error);
    }

    // The zip is made in lvdesk's own (private) folder and streamed from there; it is removed when
    // the delivery is gone.
    bool prepareUpload(const QString &workDirectory, QString *error) override
    {
        QDir().mkpath(workDirectory);
        m_upload = std::make_unique<QTemporaryFile>(
            QDir(workDirectory).filePath(u"upload-XXXXXX.zip"_s));
        if (!m_upload->open()) { // QTemporaryFile makes it new, readable by this user only
            if (error)
                *error = AsianhallintaPackage::tr("The package to send could not be prepared.");
            return false;
        }
        if (!ZipWriter::write(m_upload->handle(), m_package.entries,
                              QDateTime::currentDateTimeUtc(), error))
            return false;
        m_upload->close();
        // Posted and removed on the main thread.
        m_upload->moveToThread(QCoreApplication::instance()->thread());
        return true;
    }

    void post(HttpExportTarget &target, const QByteArray &token,
              HttpExportTarget::Callback done) override
    {
        target.postFile(m_upload ? m_upload->fileName() : QString(), m_package.name + u".zip"_s,
                        u"application/zip"_s, token, std::move(done));
    }

    QString description() const override
    {
        return m_package.rootName + u" "_s + m_package.messageId;
    }

private:
    AsianhallintaPackage m_package;
    std::unique_ptr<QTemporaryFile> m_upload;
};

} // namespace

AsianhallintaFormat::AsianhallintaFormat(const Settings &settings)
    : m_settings(settings)
{ }

std::shared_ptr<ExportDelivery> AsianhallintaFormat::build(const Input &input,
                                                           const BlobStore &blobs, QString *error,
                                                           bool *permanent) const
{
    AsianhallintaPackage::Options options;
    options.linkPrefix = m_settings.linkPrefix;
    options.records = ServiceExportSettings::forService(m_settings.services,
                                                        input.snapshot.caseInfo.serviceCode)
                          .records;
    options.registerCaseId = input.registerCaseId;
    std::optional<AsianhallintaPackage> package
        = AsianhallintaPackage::build(input.snapshot, input.item, blobs, options, error, permanent);
    if (!package)
        return nullptr;
    qCInfo(lcTransfer) << "case" << input.snapshot.caseInfo.id << "built as" << package->rootName;
    return std::make_shared<ZipDelivery>(std::move(*package));
}

} // namespace lvdesk
