// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lvdesk {

// Why an attachment of a stored action is not (yet) on this workstation. An attachment with a
// problem never blocks its action: the action is stored and acknowledged, and the attachment is
// shown with the reason (contract §2.2 fileName/contentType are data; issue: limits fail
// visibly). The names are the storage names.
enum class AttachmentProblem {
    None, // "": received and verified, or not fetched yet
    NotDescribed, // "notDescribed": the service gave no id, so it cannot be fetched
    NoChecksum, // "noChecksum": no valid SHA-256, so it cannot be verified
    OverLimit, // "overLimit": larger than the workstation's per-attachment limit
    Unavailable, // "unavailable": the service refused it for good (400, 403, 404, 410 …)
    Mismatch, // "mismatch": the bytes never matched the announced SHA-256 or size
};

QString toString(AttachmentProblem problem);
std::optional<AttachmentProblem> attachmentProblemFromString(QStringView name);
// For the officer, in the UI language: what happened and what to do.
QString describe(AttachmentProblem problem);

} // namespace lvdesk
