// SPDX-License-Identifier: EUPL-1.2

#include "caseheader.h"

#include "domain/visibletext.h"

#include "config/language.h"
#include "deadlines/casedeadlines.h"
#include "domain/casestate.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    // Customer names and addresses are data, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setObjectName(objectName);
    return label;
}

std::optional<CaseDeadline::Kind> kindOf(const QString &storageName)
{
    if (storageName == "statutory"_L1)
        return CaseDeadline::Kind::StatutoryProcessingTime;
    if (storageName == "supplement"_L1)
        return CaseDeadline::Kind::SupplementDue;
    if (storageName == "eventDate"_L1)
        return CaseDeadline::Kind::EventDate;
    if (storageName == "requestedBy"_L1)
        return CaseDeadline::Kind::RequestedDate;
    return std::nullopt;
}

} // namespace

CaseHeader::CaseHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"caseHeader"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_service = plainLabel(this, u"serviceLabel"_s);
    QFont big = m_service->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_service->setFont(big);
    grid->addWidget(m_service, 0, 0, 1, 4);
    m_customer = addRow(tr("Customer:"), u"customerLabel"_s, 1, 0);
    m_customerId = addRow(tr("Identifier:"), u"customerIdLabel"_s, 2, 0);
    m_location = addRow(tr("Location:"), u"locationLabel"_s, 3, 0);
    m_received = addRow(tr("Received:"), u"receivedLabel"_s, 4, 0);
    m_state = addRow(tr("State:"), u"stateLabel"_s, 1, 2);
    m_handler = addRow(tr("Handler:"), u"handlerLabel"_s, 2, 2);
    m_diary = addRow(tr("Diary number:"), u"diaryLabel"_s, 3, 2);
    m_deadline = addRow(tr("Deadline:"), u"deadlineLabel"_s, 4, 2);
    m_transfers = addRow(tr("Transfers:"), u"transferSummaryLabel"_s, 5, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
}

QLabel *CaseHeader::addRow(const QString &caption, const QString &objectName, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setTextFormat(Qt::PlainText);
    captionLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QLabel *value = plainLabel(this, objectName);
    captionLabel->setBuddy(value);
    grid->addWidget(captionLabel, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void CaseHeader::setTransferSummary(const QString &summary)
{
    m_transfers->setText(summary);
}

QString CaseHeader::deadlineText(const QList<DeadlineStore::Deadline> &deadlines,
                                 const QDate &today)
{
    const DeadlineStore::Deadline *governing = nullptr;
    for (const DeadlineStore::Deadline &d : deadlines) {
        if (!d.done && d.dueDate.isValid() && (!governing || d.dueDate < governing->dueDate))
            governing = &d;
    }
    if (!governing)
        return tr("No open deadline");
    const DeadlineStatus status = CaseDeadlines::statusOf(governing->dueDate, today);
    QString left;
    if (status.calendarDaysLeft < 0)
        left = tr("overdue by %n day(s)", nullptr, -status.calendarDaysLeft);
    else if (status.calendarDaysLeft == 0)
        left = tr("due today");
    else
        left = tr("%n day(s) left", nullptr, status.calendarDaysLeft);
    const auto kind = kindOf(governing->kind);
    const QString source = kind ? CaseDeadlines::kindName(*kind) : governing->kind;
    return tr("%1, %2 · %3 (%4)")
        .arg(QLocale().toString(governing->dueDate, QLocale::ShortFormat), left, source,
             governing->source);
}

void CaseHeader::setData(const CaseStore::Case &c, const std::optional<Commondata> &commondata,
                         const LocalizedText &serviceName,
                         const QList<DeadlineStore::Deadline> &deadlines, const QDate &today)
{
    const QString language = Language::current();
    const QString service = serviceName.isEmpty() ? c.serviceCode : serviceName.text(language);
    // The service's and the customer's text: plain, with hidden characters marked.
    m_service->setText(VisibleText::of(commondata && !commondata->projectName.isEmpty()
                                           ? tr("%1: %2").arg(service, commondata->projectName)
                                           : service));
    if (commondata) {
        const Customer &customer = commondata->customer;
        m_customer->setText(customer.name.isEmpty() ? tr("(no name given)")
                                                    : VisibleText::of(customer.name));
        if (!customer.businessId.isEmpty())
            m_customerId->setText(tr("Business ID %1").arg(VisibleText::of(customer.businessId)));
        else if (!customer.personalIdentityCode.isEmpty())
            // Masked always: the case view is seen over shoulders and on screenshots.
            m_customerId->setText(
                tr("Personal identity code %1").arg(customer.maskedPersonalIdentityCode()));
        else
            m_customerId->setText(QString());
        QStringList place;
        if (commondata->location) {
            const Location &l = *commondata->location;
            if (!l.municipalityCode.isEmpty())
                place.append(tr("municipality %1").arg(l.municipalityCode));
            if (!l.address.isEmpty())
                place.append(l.address);
            if (!l.propertyId.isEmpty())
                place.append(tr("property %1").arg(l.propertyId));
        }
        m_location->setText(place.isEmpty() ? tr("No location given")
                                            : VisibleText::of(place.join(u" · "_s)));
    } else {
        m_customer->setText(tr("(the opening action has not arrived yet)"));
        m_customerId->clear();
        m_location->clear();
    }
    m_state->setText(displayName(c.state));
    m_handler->setText(c.handler.isEmpty()
                           ? tr("Nobody yet")
                           : tr("%1 since %2")
                                 .arg(c.handler, QLocale().toString(c.handlerSince.toLocalTime(),
                                                                    QLocale::ShortFormat)));
    m_diary->setText(c.diaryNumber.isEmpty() ? tr("None yet") : c.diaryNumber);
    m_received->setText(QLocale().toString(c.receivedAt.toLocalTime(), QLocale::ShortFormat));
    m_deadline->setText(deadlineText(deadlines, today));
}

} // namespace lvdesk
