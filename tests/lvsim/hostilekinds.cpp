// SPDX-License-Identifier: EUPL-1.2

#include "hostilekinds.h"

namespace lvdesk {

namespace {

// In the order of HostileKind.
const char *const kindNames[] = {
    "nameBidi",
    "nameZeroWidth",
    "nameCombining",
    "nameHtml",
    "nameLong",
    "businessIdWrongCheck",
    "hetu2023Century",
    "unknownActionType",
    "timestampOffset",
    "textBidi",
    "textZeroWidth",
    "textCombining",
    "textHtml",
    "textLong",
    "unknownFieldType",
    "unknownDeadlineRole",
    "labelMissingEn",
    "labelMissingFiOrSv",
    "labelOnlyEn",
    "choiceWithoutEn",
    "numberAsText",
    "dateNotIso",
    "booleanAsText",
    "tableRowWrongCells",
    "attachmentRefUnknown",
    "fileNamePath",
    "fileNameDots",
    "fileNameControl",
    "fileNameReserved",
    "fileNameForbiddenChars",
    "fileNameLeadingTrailing",
    "fileNameBidi",
    "fileNameZeroWidth",
    "fileNameCombining",
    "fileNameHtml",
    "fileNameLong",
    "fileNameDuplicate",
    "fileNameCaseOnly",
    "fileNameEmptyAfterSanitising",
    "contentTypeMismatch",
    "contentTypeMalformed",
    "contentBytesMismatch",
    "attachmentLarge",
    "attachmentIdRepeated",
    "attachmentWithoutChecksum",
};
static_assert(std::size(kindNames) == size_t(HostileKind::Count), "one name per kind");

} // namespace

QString HostileKinds::name(HostileKind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

QStringList HostileKinds::allNames()
{
    QStringList out;
    for (const char *n : kindNames)
        out << QString::fromLatin1(n);
    return out;
}

QStringList HostileKinds::names() const
{
    QStringList out;
    for (int k = 0; k < count; ++k) {
        if (has(HostileKind(k)))
            out << name(HostileKind(k));
    }
    return out;
}

} // namespace lvdesk
