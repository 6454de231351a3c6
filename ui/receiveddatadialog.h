// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

namespace lvdesk {

// ReceivedDataDialog: what the service sent for an action that lvdesk could not store, for IT
// support: the body as plain text (hidden and control characters marked, never applied), or as a
// hex dump when it is not UTF-8; copyable, never interpreted.
class ReceivedDataDialog : public QDialog
{
    Q_OBJECT

public:
    ReceivedDataDialog(const QString &externalId, const QByteArray &body,
                       QWidget *parent = nullptr);

    // The text the dialog shows for body (at most maxBytes of it).
    static QString displayText(const QByteArray &body, qsizetype maxBytes = 1024 * 1024);
};

} // namespace lvdesk
