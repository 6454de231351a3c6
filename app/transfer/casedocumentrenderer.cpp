// SPDX-License-Identifier: EUPL-1.2

#include "casedocumentrenderer.h"

#include "casedocument.h"
#include "casesnapshot.h"
#include "store/storeconnection.h"
#include "transferlog.h"

#include <QPointer>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lvdesk {

CaseDocumentRenderer::CaseDocumentRenderer(const StoreConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_pool.setMaxThreadCount(1);
}

CaseDocumentRenderer::~CaseDocumentRenderer()
{
    m_pool.waitForDone();
}

void CaseDocumentRenderer::render(qint64 caseId, qint64 eventId, const QString &savePath,
                                  QObject *context, Callback done)
{
    const StoreConfig config = m_config;
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    m_pool.start(
        [this, config, caseId, eventId, savePath, ctx, hasContext, done = std::move(done)] {
            Result result;
            const QString name = StoreConnection::nameForThisThread(u"document"_s);
            {
                QSqlDatabase db = StoreConnection::open(config, name, &result.error);
                std::optional<CaseSnapshot> snapshot;
                if (db.isValid())
                    snapshot = CaseSnapshot::read(db, caseId, &result.error);
                if (snapshot) {
                    CaseDocument::Options options;
                    options.copy = CaseDocument::Copy::Officer;
                    options.eventId = eventId;
                    const CaseDocument document(*snapshot, options);
                    result.title = document.title();
                    result.html = document.html();
                    result.fileName = CaseDocument::fileNameFor(*snapshot, eventId);
                    result.pdf = document.toPdf(&result.error);
                    result.ok = !result.pdf.isEmpty();
                }
            }
            StoreConnection::close(name);
            if (result.ok && !savePath.isEmpty()) {
                QSaveFile file(savePath);
                if (file.open(QIODevice::WriteOnly)
                    && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                    && file.write(result.pdf) == result.pdf.size() && file.commit()) {
                    result.savedTo = savePath;
                } else {
                    result.ok = false;
                    result.error = CaseDocument::tr("The document could not be saved: %1")
                                       .arg(file.errorString());
                }
            }
            if (!result.ok)
                qCInfo(lcTransfer) << "a case document could not be made for case" << caseId;
            QMetaObject::invokeMethod(
                this,
                [ctx, hasContext, done, result] {
                    if ((hasContext && !ctx) || !done)
                        return;
                    done(result);
                },
                Qt::QueuedConnection);
        });
}

} // namespace lvdesk
