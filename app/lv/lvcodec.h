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

// Decoders and exact encoders for the bodies of the electronic interface (contract §1–§4).
// Stateless and reentrant: every function may be called from any thread.
//
// Every decoder first checks the body size against its resource's limit (TooLarge, nothing parsed),
// then UTF-8 validity (BadUtf8) and nesting depth (TooDeep, limit kMaxDepth), then parses. Those
// body-level problems, and a body that is not a JSON object, are the only reasons an action or a
// feed page is refused (a feed page also needs its "items" list).
//
// What the service sends about an action is data (contract §2.2), so the action, commondata,
// formdata and feed decoders are total: every member is checked (presence, JSON type, ranges,
// lengths, GUIDs, dates that exist, RFC 3339 timestamps), and a member of the wrong form is kept
// as sent where it can be (a non-string as its JSON text, U+0000 and lone surrogates replaced by
// U+FFFD) or left at its default, with a DataNote naming the field (Commondata::notes,
// Formdata::notes, ActionData::notes, FeedPage::notes). In particular:
// - Timestamps with any UTC offset are taken and converted to UTC.
// - A malformed henkilötunnus or Y-tunnus is kept as sent and noted (the value never appears in a
//   note); a municipality code that is not three digits likewise.
// - A field whose value does not fit its type keeps the value and has valueMatchesType false; it
//   is shown as its JSON text and gives no deadline. A field or section that is not an object
//   becomes a field of unknown type holding the value. Missing ids get a positional id ("#2").
// - An attachment's fileName and contentType are any strings; an attachment without an id or a
//   valid SHA-256 is kept and fails visibly (AttachmentInfo::isDownloadable()); an unknown or
//   invalid size is -1. Repeated attachment ids are kept.
// - A feed entry without an externalId cannot be fetched: it is kept in
//   FeedPage::unusableItems (as JSON text) and noted.
// Unknown actionType, customer.kind, field type and deadlineRole values are kept as Unknown with
// the raw string; unknown extra keys are ignored. The small answers (ack, status, message, errors,
// listMethods) stay strict: they are the service's answers to lvdesk, not customer data.
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
