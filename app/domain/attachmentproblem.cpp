// SPDX-License-Identifier: EUPL-1.2

#include "domain/attachmentproblem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {
struct Entry
{
    AttachmentProblem problem;
    QLatin1StringView name;
    const char *description;
};
constexpr Entry kEntries[] = {
    {AttachmentProblem::None, ""_L1, ""},
    {AttachmentProblem::NotDescribed, "notDescribed"_L1,
     QT_TRANSLATE_NOOP("AttachmentProblem",
                       "The service did not give this attachment an id, so it cannot be "
                       "fetched. Ask the customer to send it again.")},
    {AttachmentProblem::NoChecksum, "noChecksum"_L1,
     QT_TRANSLATE_NOOP("AttachmentProblem",
                       "The service gave no valid checksum for this attachment, so it cannot be "
                       "verified and was not downloaded. Ask the customer to send it again.")},
    {AttachmentProblem::OverLimit, "overLimit"_L1,
     QT_TRANSLATE_NOOP(
         "AttachmentProblem",
         "The attachment is larger than this workstation accepts. IT support can "
         "raise the limit (sync/maxAttachmentMegabytes); then choose Retry download.")},
    {AttachmentProblem::Unavailable, "unavailable"_L1,
     QT_TRANSLATE_NOOP("AttachmentProblem",
                       "The service refused to deliver this attachment. Choose Retry download "
                       "later, or ask the customer to send it again.")},
    {AttachmentProblem::Mismatch, "mismatch"_L1,
     QT_TRANSLATE_NOOP("AttachmentProblem",
                       "The downloaded bytes never matched the checksum the service gave, so the "
                       "file was not kept. Choose Retry download later.")},
};
} // namespace

QString toString(AttachmentProblem problem)
{
    for (const Entry &e : kEntries) {
        if (e.problem == problem)
            return QString(e.name);
    }
    return {};
}

std::optional<AttachmentProblem> attachmentProblemFromString(QStringView name)
{
    for (const Entry &e : kEntries) {
        if (name == e.name)
            return e.problem;
    }
    return std::nullopt;
}

QString describe(AttachmentProblem problem)
{
    for (const Entry &e : kEntries) {
        if (e.problem == problem)
            return QCoreApplication::translate("AttachmentProblem", e.description);
    }
    return {};
}

} // namespace lvdesk
