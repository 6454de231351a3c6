// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "store/casestore.h"

#include <QHash>
#include <QJsonObject>
#include <QScrollArea>

class QFormLayout;
class QGroupBox;

namespace lvdesk {

struct FormField;
struct FormSection;

// FormView: renders a case's formdata as the officer reads it: each section a titled group, each
// field in a widget that suits its type (a table as a real table, an attachment reference as a
// button that opens the file), customer text always as plain text. Every top-level section carries
// its review mark (OK / needs clarification with a note), which the officer saves per section.
class FormView : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormView(QWidget *parent = nullptr);

    // formdata: as stored; attachments: of the same event (names for attachment references);
    // reviewEnabled: whether the officer may change the marks now (holds the case).
    void setForm(const QJsonObject &formdata, const QList<CaseStore::Attachment> &attachments,
                 const QList<CaseStore::ReviewNote> &notes, bool reviewEnabled);

    // Ids of the top-level sections shown, in form order.
    QStringList sectionIds() const { return m_sectionIds; }

Q_SIGNALS:
    void reviewRequested(const QString &sectionId, CaseStore::ReviewStatus status,
                         const QString &note);
    void attachmentRequested(const QString &attachmentId);

private:
    QGroupBox *sectionBox(const FormSection &section);
    static void unboldContent(QGroupBox *box);
    QWidget *fieldWidget(const FormField &field);
    QWidget *reviewRow(const QString &sectionId, const CaseStore::ReviewNote *note);

    QJsonObject m_formdata;
    QStringList m_signature;
    QString m_language;
    QHash<QString, CaseStore::Attachment> m_attachments;
    QStringList m_sectionIds;
    bool m_reviewEnabled = false;
};

} // namespace lvdesk
