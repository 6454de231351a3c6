// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QString>
#include <QStringList>

namespace lvdesk {

// The kinds of hostile content that --hostile mixes into generated actions. Their names (below)
// are what GET /admin/hostile lists and docs/lvsim.md describes.
enum class HostileKind : quint8 {
    // commondata of every action of a hostile case
    NameBidi,
    NameZeroWidth,
    NameCombining,
    NameHtml,
    NameLong,
    BusinessIdWrongCheck,
    Hetu2023Century,
    // feed item and commondata of one action
    UnknownActionType,
    TimestampOffset,
    // formdata of one action
    TextBidi,
    TextZeroWidth,
    TextCombining,
    TextHtml,
    TextLong,
    UnknownFieldType,
    UnknownDeadlineRole,
    LabelMissingEn,
    LabelMissingFiOrSv,
    LabelOnlyEn,
    ChoiceWithoutEn,
    NumberAsText,
    DateNotIso,
    BooleanAsText,
    TableRowWrongCells,
    AttachmentRefUnknown,
    // attachments of one action, each kind on attachments of its own
    FileNamePath,
    FileNameDots,
    FileNameControl,
    FileNameReserved,
    FileNameForbiddenChars,
    FileNameLeadingTrailing,
    FileNameBidi,
    FileNameZeroWidth,
    FileNameCombining,
    FileNameHtml,
    FileNameLong,
    FileNameDuplicate,
    FileNameCaseOnly,
    FileNameEmptyAfterSanitising,
    ContentTypeMismatch,
    ContentTypeMalformed,
    ContentBytesMismatch,
    AttachmentLarge,
    AttachmentIdRepeated,
    AttachmentWithoutChecksum,
    Count
};

// A set of HostileKind values (what one action carries), with the kinds' names.
class HostileKinds
{
public:
    static constexpr int count = int(HostileKind::Count);
    static_assert(count <= 64, "the set is one 64-bit mask");

    bool has(HostileKind kind) const { return m_bits & bit(kind); }
    void add(HostileKind kind) { m_bits |= bit(kind); }
    void remove(HostileKind kind) { m_bits &= ~bit(kind); }
    bool isEmpty() const { return m_bits == 0; }
    bool operator==(const HostileKinds &other) const { return m_bits == other.m_bits; }

    // The names of the kinds in the set, in declaration order.
    QStringList names() const;
    static QString name(HostileKind kind);
    static QStringList allNames();

private:
    static quint64 bit(HostileKind kind) { return quint64(1) << int(kind); }

    quint64 m_bits = 0;
};

} // namespace lvdesk
