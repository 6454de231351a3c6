// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include "domain/actiondata.h"
#include "domain/commondata.h"
#include "domain/feedpage.h"
#include "domain/formdata.h"
#include "domain/outgoingmessage.h"
#include "domain/statusupdate.h"
#include "lv/decodeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace lvdesk {

// Strict decoders and exact encoders for the bodies of the electronic interface (contract §1–§4).
// Stateless and reentrant: every function may be called from any thread.
//
// Every decoder first checks the body size against its resource's limit (TooLarge, nothing parsed),
// then UTF-8 validity (BadUtf8) and nesting depth (TooDeep, limit kMaxDepth), then parses and
// checks each field: presence, JSON type, ranges, lengths, GUIDs, dates (YYYY-MM-DD that exist) and
// timestamps (RFC 3339 in UTC: "Z" or "+00:00", optional fraction; other offsets are refused
// because the contract says UTC). Unknown actionType, customer.kind, field type and deadlineRole
// values are kept as Unknown with the raw string; unknown extra keys are ignored.
//
// Where the contract is silent, the decoders decide as follows:
// - externalId must be a GUID (the contract calls it one); other ids are non-empty strings.
// - A customer or representative of kind person needs a valid henkilötunnus, an organisation a
//   valid Y-tunnus; either is checked whenever it is given (the value never appears in a message).
// - representative, location, location.coordinates, customer.address/email/phone/language,
//   a section's "sections", formdata "attachments" and a field's unit/deadlineRole may be null or
//   absent. A field's "value" must be present; null means the customer left it empty.
// - A label needs fi or sv text (the UI falls back fi → sv); en is optional.
// - A known deadlineRole is only allowed on a date field; attachmentRef must name a listed
//   attachment; attachment ids are unique; fileName is a plain name (no folders, no control
//   characters); sha256 is 64 hex digits, returned in lower case.
// - Strings may not contain U+0000 or lone surrogates (possible through \u escapes).
class LvCodec
{
    Q_DECLARE_TR_FUNCTIONS(LvCodec)
public:
    // Body size limits per resource, checked before anything is parsed.
    static constexpr qsizetype kMaxFeedBytes = 8 * 1024 * 1024;
    static constexpr qsizetype kMaxActionBytes = 16 * 1024 * 1024; // also commondata, formdata
    static constexpr qsizetype kMaxSmallBodyBytes = 64 * 1024; // ack, status, errors, …
    static constexpr qsizetype kMaxListMethodsBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 64;
    // String length limits in UTF-16 code units.
    static constexpr int kMaxIdLength = 200; // ids, codes, cursors, phone numbers
    static constexpr int kMaxNameLength = 500; // names, file names, addresses, e-mail
    static constexpr int kMaxLabelLength = 2000; // labels, titles, descriptions
    static constexpr int kMaxTextLength = 100000; // free text answers, messages
    static constexpr int kMaxFeedItems = 500; // the largest `limit` the feed accepts

    // The X-Road error body {"type", "message", "detail"} (§1).
    struct XRoadErrorBody
    {
        QString type; // e.g. "Server.ServerProxy.ServiceFailed"
        QString message;
        QString detail;
    };
    // The service's own error body {"error", "message"[, "field"]} (§2.2, §2.5, §4).
    struct ServiceErrorBody
    {
        QString code; // the "error" member, e.g. "NotFound", "Conflict", "Invalid"
        QString message;
        QString field; // only with 422 Invalid; empty otherwise
    };
    // One entry of the listMethods metaservice answer (only serviceCode is required).
    struct ServiceDescription
    {
        QString serviceCode;
        QString serviceVersion;
        QString xroadInstance;
        QString memberClass;
        QString memberCode;
        QString subsystemCode;
    };

    // GET /actions → FeedPage (§2.1).
    static DecodeResult<FeedPage> decodeFeedPage(const QByteArray &body);
    // GET /commondata/{externalId} → ActionData; rawJson is `body` itself, byte for byte.
    static DecodeResult<ActionData> decodeActionData(const QByteArray &body);
    // GET /commondata/{externalId}/commondata → Commondata (paths start at the object's own keys).
    static DecodeResult<Commondata> decodeCommondata(const QByteArray &body);
    // GET /commondata/{externalId}/formdata → Formdata (paths start at the object's own keys).
    static DecodeResult<Formdata> decodeFormdata(const QByteArray &body);
    // POST /actions/ack → the number acknowledged (>= 0).
    static DecodeResult<int> decodeAckResponse(const QByteArray &body);
    // PUT /commondata/{externalId}/status → the "accepted" flag.
    static DecodeResult<bool> decodeStatusResponse(const QByteArray &body);
    // POST /commondata/{externalId}/messages → the service's id of the message ("m-…").
    static DecodeResult<QString> decodeMessageResponse(const QByteArray &body);
    // A non-2xx body without X-Road-Error. NotJson for a body that is not this JSON (an HTML page
    // from a proxy): the caller then shows plainTextExcerpt(body).
    static DecodeResult<ServiceErrorBody> decodeServiceError(const QByteArray &body);
    // The body of a response that carries X-Road-Error.
    static DecodeResult<XRoadErrorBody> decodeXRoadError(const QByteArray &body);
    // GET …/listMethods (metaservice).
    static DecodeResult<QList<ServiceDescription>> decodeListMethods(const QByteArray &body);

    // PUT /commondata/{externalId}/status body, members in the contract's order:
    // {"messageId","state","statusText":{"fi","sv"[,"en"]},"statusDate","diaryNumber","handler",
    //  "processingStartDate"}; empty diaryNumber/handler and an invalid processingStartDate are
    //  null.
    static QByteArray encodeStatusUpdate(const StatusUpdate &update);
    // POST /commondata/{externalId}/messages body:
    // {"messageId","subject","body","supplementRequest":{"dueDate","items"}|null,
    //  "attachments":[{"fileName","contentType","dataBase64"}]}.
    static QByteArray encodeMessage(const OutgoingMessage &message);
    // POST /actions/ack body {"messageId","externalIds":[…]}.
    static QByteArray encodeAck(const QUuid &messageId, const QStringList &externalIds);

    // The start of a body that is not the expected JSON, as plain text for the officer: at most
    // `maxChars` characters, invalid UTF-8 replaced, control characters other than newline and tab
    // removed.
    static QString plainTextExcerpt(const QByteArray &body, int maxChars = 200);

    // Checks for single values, shared with the request builder and the simulator.
    static bool isGuid(QStringView text);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace lvdesk
