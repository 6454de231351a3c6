// SPDX-License-Identifier: EUPL-1.2

#include "caseauditview.h"

#include "store/storeclock.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lvdesk {

CaseAuditView::CaseAuditView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"caseAuditView"_s);
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"auditTree"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_tree->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Audit trail of the case"));
    layout->addWidget(m_tree);
}

QString CaseAuditView::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {u"case.created"_s, QT_TR_NOOP("Case created")},
        {u"case.claimed"_s, QT_TR_NOOP("Taken")},
        {u"case.released"_s, QT_TR_NOOP("Released")},
        {u"case.reviewed"_s, QT_TR_NOOP("Section reviewed")},
        {u"case.approved"_s, QT_TR_NOOP("Transfer approved")},
        {u"case.diaryNumber"_s, QT_TR_NOOP("Diary number set")},
        {u"case.state"_s, QT_TR_NOOP("State changed")},
        {u"case.statusQueued"_s, QT_TR_NOOP("Status update queued")},
        {u"case.messageQueued"_s, QT_TR_NOOP("Message queued")},
        {u"case.supplementRequested"_s, QT_TR_NOOP("Supplement requested")},
        {u"case.transferredElsewhere"_s, QT_TR_NOOP("Transferred to another authority")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

void CaseAuditView::setEntries(const QList<AuditTrail::Entry> &entries)
{
    m_tree->clear();
    for (const AuditTrail::Entry &e : entries) {
        const QDateTime at = StoreClock::fromText(e.at);
        const QString details
            = e.details.isEmpty()
                  ? QString()
                  : QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        auto *item = new QTreeWidgetItem(
            m_tree,
            {QString::number(e.seq),
             at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : e.at,
             e.actor, actionName(e.action), details});
        item->setData(0, Qt::UserRole, e.action);
    }
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace lvdesk
