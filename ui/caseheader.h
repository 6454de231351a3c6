// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/commondata.h"
#include "domain/localizedtext.h"
#include "store/casestore.h"
#include "store/deadlinestore.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;

namespace lvdesk {

// CaseHeader: the facts the officer needs on top of every case: service, customer (henkilötunnus
// masked), location, state, handler, diary number, and the governing deadline with its source and
// days left. All customer text is shown as plain text.
class CaseHeader : public QWidget
{
    Q_OBJECT

public:
    explicit CaseHeader(QWidget *parent = nullptr);

    // commondata: of the case's latest action, when its data has arrived.
    void setData(const CaseStore::Case &caseInfo, const std::optional<Commondata> &commondata,
                 const LocalizedText &serviceName, const QList<DeadlineStore::Deadline> &deadlines,
                 const QDate &today);

    // One line on the case's transfers: writes waiting or failed, and the export's state.
    void setTransferSummary(const QString &summary);

    // The deadline line as shown ("15.1.2027, 12 days left · Statutory processing time …").
    static QString deadlineText(const QList<DeadlineStore::Deadline> &deadlines,
                                const QDate &today);

private:
    QLabel *addRow(const QString &caption, const QString &objectName, int row, int column);

    QLabel *m_service = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_customerId = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_handler = nullptr;
    QLabel *m_diary = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_transfers = nullptr;
};

} // namespace lvdesk
