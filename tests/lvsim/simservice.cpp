// SPDX-License-Identifier: EUPL-1.2

#include "simservice.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// Generated actions are spread over the 60 days before the epoch.
constexpr qint64 populationSpanSecs = 60LL * 24 * 3600;
constexpr int defaultLimit = 100;
constexpr int maxLimit = 500;

const QStringList states = {u"received"_s, u"inProcessing"_s, u"supplementRequested"_s,
                            u"decided"_s,  u"closed"_s,       u"transferredElsewhere"_s};

bool isUuid(const QString &s)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return re.match(s).hasMatch();
}

bool isDate(const QJsonValue &v)
{
    static const QRegularExpression re(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return v.isString() && re.match(v.toString()).hasMatch()
           && QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

// The announced content type when it can stand in a header as a media type, else the neutral one.
QByteArray headerContentType(const QString &contentType)
{
    static const QRegularExpression mediaType(
        u"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*"
        "([ \\t]*;[ \\t]*[A-Za-z0-9!#$&^_.+-]+="
        "(\"[^\"\\x00-\\x1f\\x7f]*\"|[A-Za-z0-9!#$&^_.+-]+))*\\z"_s);
    return mediaType.match(contentType).hasMatch() ? contentType.toLatin1()
                                                   : QByteArray("application/octet-stream");
}

// RFC 6266: an ASCII fallback without quotes, backslashes or controls, and the name itself in
// filename*, so that no file name (they may hold CR, LF and quotes) breaks the header
// (tst_lvsimhostile, everyKindOccursWhereListedAndAttachmentsMatch).
QByteArray contentDisposition(const QString &fileName)
{
    QByteArray fallback;
    for (const QChar c : fileName) {
        const char16_t u = c.unicode();
        fallback += u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' ? char(u) : '_';
    }
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
           + fileName.toUtf8().toPercentEncoding();
}

QString notFoundMessage()
{
    return u"Project part action not found with externalId"_s;
}

// Checks that only the listed keys occur; returns the first other key.
QString unknownKey(const QJsonObject &o, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return QString();
}

// A non-empty string of at most max characters, or (when nullable) null / absent.
QString checkString(const QJsonObject &o, const QString &name, int max, bool required,
                    bool nullable)
{
    if (!o.contains(name))
        return required ? u"is required"_s : QString();
    const QJsonValue v = o.value(name);
    if (v.isNull())
        return nullable ? QString() : u"must not be null"_s;
    if (!v.isString())
        return u"must be a string"_s;
    if (v.toString().trimmed().isEmpty())
        return u"must not be empty"_s;
    if (v.toString().size() > max)
        return u"is longer than %1 characters"_s.arg(max);
    return QString();
}

} // namespace

SimService::SimService(quint64 seed, int caseCount, const QDateTime &epoch,
                       qint64 attachmentCacheBytes, const HostileMix::Options &hostile)
    : m_generator(seed, epoch, hostile)
    , m_attachments(attachmentCacheBytes)
{
    buildFeed(caseCount);
}

QString SimService::cursor(quint32 position)
{
    return u"c-%1"_s.arg(position, 12, 10, QLatin1Char('0'));
}

void SimService::buildFeed(int caseCount)
{
    struct Slot
    {
        quint64 order;
        quint32 caseIndex;
        quint16 actionNo;
        quint8 kind;
        quint8 version;
    };
    std::vector<Slot> slots;
    slots.reserve(size_t(caseCount) * 3 / 2);
    for (quint32 c = 0; c < quint32(caseCount); ++c) {
        // Openings sort first in their slot, followers after them, by case, in script order.
        slots.push_back({quint64(c) << 32, c, 0, quint8(ActionInfo::Kind::Opening), 1});
        quint16 actionNo = 0;
        int version = 1;
        int seq = 0;
        for (const CaseGenerator::Follower &f : m_generator.script(c)) {
            ++seq;
            const quint64 order = (quint64(c + quint32(f.delay)) << 32)
                                  | (quint64(c & 0xffffff) << 4) | quint64(seq);
            if (f.kind == ActionInfo::Kind::Version)
                slots.push_back({order, c, 0, quint8(f.kind), quint8(++version)});
            else
                slots.push_back({order, c, ++actionNo, quint8(f.kind), 1});
        }
    }
    std::sort(slots.begin(), slots.end(),
              [](const Slot &a, const Slot &b) { return a.order < b.order; });
    m_openingPos.assign(size_t(caseCount), 0);
    m_caseCount = quint32(caseCount);
    const qint64 end = m_generator.epoch().toSecsSinceEpoch();
    const qint64 step
        = slots.empty() ? 1 : qMax<qint64>(1, populationSpanSecs / qint64(slots.size()));
    const qint64 start = end - step * qint64(slots.size());
    m_entries.reserve(slots.size() + 1024);
    for (size_t i = 0; i < slots.size(); ++i) {
        const Slot &s = slots[i];
        appendEntry(s.caseIndex, s.actionNo, ActionInfo::Kind(s.kind), s.version,
                    start + qint64(i) * step);
    }
}

quint32 SimService::appendEntry(quint32 caseIndex, quint16 actionNo, ActionInfo::Kind kind,
                                int version, qint64 time)
{
    m_entries.push_back({caseIndex, actionNo, quint8(kind), quint8(version), false, time});
    const quint32 pos = quint32(m_entries.size());
    switch (kind) {
    case ActionInfo::Kind::Opening:
        m_openingPos[caseIndex] = pos;
        break;
    case ActionInfo::Kind::Version:
        m_versionPos.insert(key(caseIndex, actionNo), pos);
        break;
    case ActionInfo::Kind::Withdrawal:
        m_withdrawalPos.insert(caseIndex, pos);
        Q_FALLTHROUGH();
    case ActionInfo::Kind::Supplement:
    case ActionInfo::Kind::Message:
        m_followers.insert(key(caseIndex, actionNo), {pos, quint8(kind)});
        m_lastActionNo.insert(caseIndex, qMax(m_lastActionNo.value(caseIndex), actionNo));
        break;
    }
    return pos;
}

bool SimService::findAction(const QString &externalId, quint32 *caseIndex, quint16 *actionNo) const
{
    quint32 c = 0;
    quint16 a = 0;
    if (!m_generator.decodeExternalId(externalId, &c, &a) || c >= m_caseCount)
        return false;
    if (a != 0 && !m_followers.contains(key(c, a)))
        return false;
    *caseIndex = c;
    *actionNo = a;
    return true;
}

ActionInfo SimService::info(quint32 caseIndex, quint16 actionNo, int version) const
{
    ActionInfo i;
    i.caseIndex = caseIndex;
    i.actionNo = actionNo;
    i.version = version;
    i.caseOverrides = m_caseOverrides.value(caseIndex);
    i.actionOverrides = m_actionOverrides.value(key(caseIndex, actionNo));
    qint64 time = 0;
    if (actionNo == 0) {
        i.kind = ActionInfo::Kind::Opening;
        const quint32 pos = m_openingPos[caseIndex];
        time = pos ? m_entries[pos - 1].time : m_foreignTimes.value(caseIndex);
    } else {
        const FollowerMeta meta = m_followers.value(key(caseIndex, actionNo));
        i.kind = ActionInfo::Kind(meta.kind);
        time = m_entries[meta.firstPos - 1].time;
    }
    i.submittedAt = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
    return i;
}

int SimService::visibleVersion(quint32 caseIndex, quint16 actionNo) const
{
    int version = 1;
    const auto range = m_versionPos.equal_range(key(caseIndex, actionNo));
    for (auto it = range.first; it != range.second; ++it) {
        if (it.value() <= m_horizon)
            version = qMax(version, int(m_entries[it.value() - 1].version));
    }
    return version;
}

int SimService::latestVersion(quint32 caseIndex, quint16 actionNo) const
{
    int version = 1;
    const auto range = m_versionPos.equal_range(key(caseIndex, actionNo));
    for (auto it = range.first; it != range.second; ++it)
        version = qMax(version, int(m_entries[it.value() - 1].version));
    return version;
}

bool SimService::isWithdrawn(quint32 caseIndex) const
{
    const auto it = m_withdrawalPos.constFind(caseIndex);
    return it != m_withdrawalPos.constEnd() && it.value() <= m_horizon;
}

quint16 SimService::lastActionNo(quint32 caseIndex) const
{
    return m_lastActionNo.value(caseIndex, 0);
}

SimReply SimService::listActions(const QUrlQuery &query)
{
    const auto queryItems = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : queryItems) {
        if (item.first != u"since"_s && item.first != u"limit"_s)
            return SimReply::error(400, u"BadRequest"_s,
                                   u"Unknown query parameter %1"_s.arg(item.first));
    }
    quint32 since = 0;
    const QString sinceText = query.queryItemValue(u"since"_s, QUrl::FullyDecoded);
    if (!sinceText.isEmpty()) {
        static const QRegularExpression re(u"^c-(\\d{12})$"_s);
        const auto match = re.match(sinceText);
        if (!match.hasMatch() || match.captured(1).toULongLong() > m_entries.size())
            return SimReply::error(400, u"BadRequest"_s, u"Invalid cursor in since"_s);
        since = quint32(match.captured(1).toULongLong());
    }
    int limit = defaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return SimReply::error(400, u"BadRequest"_s,
                                   u"limit must be a whole number from 1 to 500"_s);
    }

    QJsonArray items;
    quint32 pos = since;
    quint32 last = since;
    const quint32 total = quint32(m_entries.size());
    while (pos < total && items.size() < limit) {
        ++pos;
        const Entry &e = m_entries[pos - 1];
        if (e.acked)
            continue;
        ActionInfo action = info(e.caseIndex, e.actionNo, e.version);
        action.version = e.version;
        items.append(m_generator.feedItem(action));
        last = pos;
    }
    bool hasMore = false;
    for (quint32 p = pos; p < total; ++p) {
        if (!m_entries[p].acked) {
            hasMore = true;
            break;
        }
    }
    // With nothing more to hand out, the cursor moves to the end of the feed so far.
    const quint32 next = hasMore ? last : qMax(last, pos);
    m_horizon = qMax(m_horizon, next);
    return SimReply::json(
        200,
        QJsonObject{{u"items"_s, items}, {u"nextCursor"_s, cursor(next)}, {u"hasMore"_s, hasMore}});
}

SimReply SimService::readAction(const QString &externalId, const QString &part)
{
    quint32 c = 0;
    quint16 a = 0;
    if (!findAction(externalId, &c, &a))
        return SimReply::error(400, u"NotFound"_s, notFoundMessage());
    if (m_caseOverrides.value(c).foreign)
        return SimReply::error(401, u"Unauthorized"_s, u"Unauthorized request"_s);
    const ActionInfo action = info(c, a, visibleVersion(c, a));
    if (part == u"commondata"_s)
        return SimReply::json(200, m_generator.commondata(action));
    if (part == u"formdata"_s)
        return SimReply::json(200, m_generator.formdata(action, m_attachments));
    return SimReply::json(200,
                          QJsonObject{{u"commondata"_s, m_generator.commondata(action)},
                                      {u"formdata"_s, m_generator.formdata(action, m_attachments)},
                                      {u"version"_s, action.version}});
}

SimReply SimService::attachment(const QString &externalId, const QString &attachmentId,
                                bool corrupt)
{
    quint32 c = 0;
    quint16 a = 0;
    if (!findAction(externalId, &c, &a))
        return SimReply::error(400, u"NotFound"_s, notFoundMessage());
    if (m_caseOverrides.value(c).foreign)
        return SimReply::error(401, u"Unauthorized"_s, u"Unauthorized request"_s);
    const ActionInfo action = info(c, a, visibleVersion(c, a));
    for (const AttachmentSpec &spec : m_generator.attachments(action)) {
        if (spec.id != attachmentId)
            continue;
        const AttachmentStore::Blob blob = m_attachments.blob(spec);
        SimReply r;
        r.contentType = headerContentType(spec.contentType);
        r.body = blob.bytes;
        // The Digest names the true bytes; a corrupted body then disagrees with both it and
        // formdata.
        r.headers.append({"Digest", "sha-256=" + blob.sha256.toBase64()});
        r.headers.append({"Content-Disposition", contentDisposition(spec.fileName)});
        if (corrupt && !r.body.isEmpty())
            r.body[r.body.size() / 2] = char(r.body.at(r.body.size() / 2) ^ 0x5a);
        return r;
    }
    return SimReply::error(404, u"NotFound"_s, u"Attachment not found"_s);
}

SimReply SimService::acknowledge(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return SimReply::error(400, u"BadRequest"_s, u"The body is not a JSON object"_s);
    const QJsonObject o = doc.object();
    const QString messageId = o.value(u"messageId"_s).toString();
    if (!isUuid(messageId))
        return SimReply::error(422, u"Invalid"_s, u"messageId must be a UUID"_s, u"messageId"_s);
    ++m_ackRequests;
    if (const auto it = m_results.constFind(messageId); it != m_results.constEnd()) {
        ++m_ackReplays;
        return it->reply;
    }
    SimReply reply;
    const QString extra = unknownKey(o, {u"messageId"_s, u"externalIds"_s});
    const QJsonValue idsValue = o.value(u"externalIds"_s);
    if (!extra.isEmpty()) {
        reply = SimReply::error(422, u"Invalid"_s, u"Unknown field %1"_s.arg(extra), extra);
    } else if (!idsValue.isArray() || idsValue.toArray().isEmpty()
               || idsValue.toArray().size() > 1000) {
        reply
            = SimReply::error(422, u"Invalid"_s, u"externalIds must be an array of 1 to 1000 ids"_s,
                              u"externalIds"_s);
    } else {
        const QJsonArray ids = idsValue.toArray();
        QList<QPair<quint32, quint16>> found;
        for (int i = 0; i < ids.size(); ++i) {
            quint32 c = 0;
            quint16 a = 0;
            if (!ids.at(i).isString() || !findAction(ids.at(i).toString(), &c, &a)
                || m_caseOverrides.value(c).foreign) {
                found.clear();
                reply = SimReply::error(422, u"Invalid"_s, u"Unknown externalId"_s,
                                        u"externalIds[%1]"_s.arg(i));
                break;
            }
            found.append({c, a});
        }
        if (!found.isEmpty()) {
            for (const auto &[c, a] : std::as_const(found)) {
                // Only what has been handed out leaves the feed: a correction published later
                // stays.
                auto ackAt = [this](quint32 pos) {
                    if (pos && pos <= m_horizon)
                        m_entries[pos - 1].acked = true;
                };
                ackAt(a == 0 ? m_openingPos[c] : m_followers.value(key(c, a)).firstPos);
                const auto range = m_versionPos.equal_range(key(c, a));
                for (auto it = range.first; it != range.second; ++it)
                    ackAt(it.value());
                const QString id = m_generator.externalId(c, a);
                if (m_ackedSet.contains(id)) {
                    ++m_ackRepeatedIds;
                } else {
                    m_ackedSet.insert(id);
                    m_ackedIds.append(id);
                }
            }
            reply = SimReply::json(200, QJsonObject{{u"acknowledged"_s, int(found.size())}});
        }
    }
    m_results.insert(messageId, {reply, QString()});
    return reply;
}

bool SimService::beginWrite(const QString &externalId, const QByteArray &body, QJsonObject *object,
                            QString *messageId, quint32 *caseIndex, SimReply *reply)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *reply = SimReply::error(400, u"BadRequest"_s, u"The body is not a JSON object"_s);
        return true;
    }
    *object = doc.object();
    *messageId = object->value(u"messageId"_s).toString();
    if (!isUuid(*messageId)) {
        *reply = SimReply::error(422, u"Invalid"_s, u"messageId must be a UUID"_s, u"messageId"_s);
        return true;
    }
    if (const auto it = m_results.constFind(*messageId); it != m_results.constEnd()) {
        if (!it->externalId.isEmpty())
            ++m_records[it->externalId].replayed;
        *reply = it->reply;
        return true;
    }
    quint32 c = 0;
    quint16 a = 0;
    if (!findAction(externalId, &c, &a)) {
        *reply = finishWrite(*messageId, QString(),
                             SimReply::error(400, u"NotFound"_s, notFoundMessage()));
        return true;
    }
    if (m_caseOverrides.value(c).foreign) {
        *reply = finishWrite(*messageId, QString(),
                             SimReply::error(401, u"Unauthorized"_s, u"Unauthorized request"_s));
        return true;
    }
    if (a != 0) {
        *reply = finishWrite(
            *messageId, externalId,
            SimReply::error(422, u"Invalid"_s,
                            u"Writes address the opening action of the project part"_s,
                            u"externalId"_s));
        return true;
    }
    *caseIndex = c;
    return false;
}

SimReply SimService::finishWrite(const QString &messageId, const QString &externalId,
                                 const SimReply &reply)
{
    m_results.insert(messageId, {reply, externalId});
    if (!externalId.isEmpty() && reply.status >= 400)
        ++m_records[externalId].rejected;
    return reply;
}

SimReply SimService::putStatus(const QString &externalId, const QByteArray &body)
{
    QJsonObject o;
    QString messageId;
    quint32 c = 0;
    SimReply reply;
    if (beginWrite(externalId, body, &o, &messageId, &c, &reply))
        return reply;
    const QString id = m_generator.externalId(c, 0);
    auto invalid = [&](const QString &field, const QString &message) {
        return finishWrite(messageId, id,
                           SimReply::error(422, u"Invalid"_s, field + u' ' + message, field));
    };
    const QString extra
        = unknownKey(o, {u"messageId"_s, u"state"_s, u"statusText"_s, u"statusDate"_s,
                         u"diaryNumber"_s, u"handler"_s, u"processingStartDate"_s});
    if (!extra.isEmpty())
        return invalid(extra, u"is not a field of a status update"_s);
    const QJsonValue state = o.value(u"state"_s);
    if (!state.isString() || !states.contains(state.toString()))
        return invalid(u"state"_s, u"must be one of %1"_s.arg(states.join(u", "_s)));
    const QJsonValue statusText = o.value(u"statusText"_s);
    if (!statusText.isObject())
        return invalid(u"statusText"_s, u"must be an object with fi and sv"_s);
    const QJsonObject text = statusText.toObject();
    const QString textExtra = unknownKey(text, {u"fi"_s, u"sv"_s, u"en"_s});
    if (!textExtra.isEmpty())
        return invalid(u"statusText."_s + textExtra, u"is not a language of the service"_s);
    for (const QString &lang : {u"fi"_s, u"sv"_s, u"en"_s}) {
        const QString problem = checkString(text, lang, 2000, lang != u"en"_s, false);
        if (!problem.isEmpty())
            return invalid(u"statusText."_s + lang, problem);
    }
    if (!isDate(o.value(u"statusDate"_s)))
        return invalid(u"statusDate"_s, u"must be a date YYYY-MM-DD"_s);
    for (const auto &[name, max] :
         {qMakePair(u"diaryNumber"_s, 100), qMakePair(u"handler"_s, 200)}) {
        const QString problem = checkString(o, name, max, false, true);
        if (!problem.isEmpty())
            return invalid(name, problem);
    }
    if (o.contains(u"processingStartDate"_s) && !o.value(u"processingStartDate"_s).isNull()
        && !isDate(o.value(u"processingStartDate"_s)))
        return invalid(u"processingStartDate"_s, u"must be a date YYYY-MM-DD or null"_s);

    CaseRecord &record = m_records[id];
    const QString newState = state.toString();
    const QString current = record.state;
    QString conflict;
    if (current == u"closed"_s && newState != u"closed"_s)
        conflict = u"The case is closed"_s;
    else if (current == u"transferredElsewhere"_s && newState != u"closed"_s && newState != current)
        conflict = u"The case was transferred to another authority"_s;
    else if (isWithdrawn(c) && newState != u"closed"_s)
        conflict = u"The customer has withdrawn the project part; only closed is allowed"_s;
    if (!conflict.isEmpty())
        return finishWrite(messageId, id, SimReply::error(409, u"Conflict"_s, conflict));

    QJsonObject content = o;
    content.remove(u"messageId"_s);
    if (content == record.lastStatusContent) {
        // A second messageId for the same logical write: answered as success, counted apart.
        ++record.duplicateWrites;
    } else {
        QJsonObject applied = o;
        applied.insert(u"sequence"_s, int(record.statusUpdates.size()) + 1);
        record.statusUpdates.append(applied);
        record.lastStatusContent = content;
        record.state = newState;
    }
    return finishWrite(messageId, id, SimReply::json(200, QJsonObject{{u"accepted"_s, true}}));
}

SimReply SimService::postMessage(const QString &externalId, const QByteArray &body)
{
    QJsonObject o;
    QString messageId;
    quint32 c = 0;
    SimReply reply;
    if (beginWrite(externalId, body, &o, &messageId, &c, &reply))
        return reply;
    const QString id = m_generator.externalId(c, 0);
    auto invalid = [&](const QString &field, const QString &message) {
        return finishWrite(messageId, id,
                           SimReply::error(422, u"Invalid"_s, field + u' ' + message, field));
    };
    const QString extra = unknownKey(
        o, {u"messageId"_s, u"subject"_s, u"body"_s, u"supplementRequest"_s, u"attachments"_s});
    if (!extra.isEmpty())
        return invalid(extra, u"is not a field of a message"_s);
    for (const auto &[name, max] : {qMakePair(u"subject"_s, 200), qMakePair(u"body"_s, 20000)}) {
        const QString problem = checkString(o, name, max, true, false);
        if (!problem.isEmpty())
            return invalid(name, problem);
    }
    const QJsonValue supplement = o.value(u"supplementRequest"_s);
    if (!supplement.isUndefined() && !supplement.isNull()) {
        if (!supplement.isObject())
            return invalid(u"supplementRequest"_s, u"must be an object or null"_s);
        const QJsonObject s = supplement.toObject();
        const QString sExtra = unknownKey(s, {u"dueDate"_s, u"items"_s});
        if (!sExtra.isEmpty())
            return invalid(u"supplementRequest."_s + sExtra,
                           u"is not a field of a supplement request"_s);
        if (!isDate(s.value(u"dueDate"_s)))
            return invalid(u"supplementRequest.dueDate"_s, u"must be a date YYYY-MM-DD"_s);
        const QJsonValue items = s.value(u"items"_s);
        if (!items.isArray() || items.toArray().isEmpty() || items.toArray().size() > 50)
            return invalid(u"supplementRequest.items"_s, u"must be an array of 1 to 50 texts"_s);
        const QJsonArray list = items.toArray();
        for (int i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || list.at(i).toString().trimmed().isEmpty()
                || list.at(i).toString().size() > 2000)
                return invalid(u"supplementRequest.items[%1]"_s.arg(i),
                               u"must be a non-empty text of at most 2000 characters"_s);
        }
    }
    QJsonArray attachmentSummary;
    const QJsonValue attachments = o.value(u"attachments"_s);
    if (!attachments.isUndefined()) {
        if (!attachments.isArray() || attachments.toArray().size() > 10)
            return invalid(u"attachments"_s, u"must be an array of at most 10 files"_s);
        const QJsonArray list = attachments.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString prefix = u"attachments[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                return invalid(prefix, u"must be an object"_s);
            const QJsonObject a = list.at(i).toObject();
            const QString aExtra
                = unknownKey(a, {u"fileName"_s, u"contentType"_s, u"dataBase64"_s});
            if (!aExtra.isEmpty())
                return invalid(prefix + u'.' + aExtra, u"is not a field of an attachment"_s);
            QString problem = checkString(a, u"fileName"_s, 255, true, false);
            if (problem.isEmpty()
                && (a.value(u"fileName"_s).toString().contains(u'/')
                    || a.value(u"fileName"_s).toString().contains(u'\\')))
                problem = u"must not contain a path"_s;
            if (!problem.isEmpty())
                return invalid(prefix + u".fileName"_s, problem);
            static const QRegularExpression mime(u"^[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+$"_s);
            if (!a.value(u"contentType"_s).isString()
                || !mime.match(a.value(u"contentType"_s).toString()).hasMatch())
                return invalid(prefix + u".contentType"_s,
                               u"must be a media type such as application/pdf"_s);
            if (!a.value(u"dataBase64"_s).isString())
                return invalid(prefix + u".dataBase64"_s, u"must be a base64 string"_s);
            const auto decoded
                = QByteArray::fromBase64Encoding(a.value(u"dataBase64"_s).toString().toLatin1(),
                                                 QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return invalid(prefix + u".dataBase64"_s, u"is not valid base64"_s);
            if (decoded.decoded.size() > 10 * 1024 * 1024)
                return invalid(prefix + u".dataBase64"_s, u"is larger than 10 MB"_s);
            attachmentSummary.append(QJsonObject{
                {u"fileName"_s, a.value(u"fileName"_s)},
                {u"contentType"_s, a.value(u"contentType"_s)},
                {u"size"_s, decoded.decoded.size()},
                {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(
                                                      decoded.decoded, QCryptographicHash::Sha256)
                                                      .toHex())}});
        }
    }

    CaseRecord &record = m_records[id];
    const bool asksSupplement = supplement.isObject();
    if (asksSupplement
        && (record.state == u"closed"_s || isWithdrawn(c)
            || record.state == u"transferredElsewhere"_s))
        return finishWrite(
            messageId, id,
            SimReply::error(409, u"Conflict"_s,
                            u"A supplement cannot be requested in this state of the case"_s));

    QJsonObject content = o;
    content.remove(u"messageId"_s);
    for (const QJsonValue &m : std::as_const(record.messages)) {
        if (m.toObject().value(u"content"_s).toObject() == content) {
            ++record.duplicateWrites;
            return finishWrite(
                messageId, id,
                SimReply::json(201, QJsonObject{{u"id"_s, m.toObject().value(u"id"_s)}}));
        }
    }
    const QString newId = u"m-%1"_s.arg(++m_messageCounter, 6, 10, QLatin1Char('0'));
    QJsonObject summary{{u"messageId"_s, messageId},
                        {u"id"_s, newId},
                        {u"subject"_s, o.value(u"subject"_s)},
                        {u"supplementRequest"_s,
                         supplement.isUndefined() ? QJsonValue(QJsonValue::Null) : supplement},
                        {u"attachments"_s, attachmentSummary}};
    // The full content is kept only to recognise the same message sent again under a new id.
    QJsonObject stored = summary;
    stored.insert(u"content"_s, content);
    record.messages.append(stored);
    if (asksSupplement)
        record.state = u"supplementRequested"_s;
    return finishWrite(messageId, id, SimReply::json(201, QJsonObject{{u"id"_s, newId}}));
}

SimReply SimService::submit(const QJsonObject &request)
{
    const QString kind = request.value(u"kind"_s).toString(u"case"_s);
    ActionInfo::Overrides ov;
    ov.serviceCode = request.value(u"serviceCode"_s).toString();
    ov.actionType = request.value(u"actionType"_s).toString();
    ov.language = request.value(u"language"_s).toString();
    ov.customerKind = request.value(u"customerKind"_s).toString();
    ov.text = request.value(u"text"_s).toString();
    ov.attachments = request.value(u"attachments"_s).toInt(-1);
    ov.foreign = request.value(u"foreign"_s).toBool();
    ov.submitted = true;
    if (!ov.serviceCode.isEmpty() && !m_generator.serviceCodes().contains(ov.serviceCode))
        return SimReply::error(
            400, u"BadRequest"_s,
            u"Unknown serviceCode; known: %1"_s.arg(m_generator.serviceCodes().join(u", "_s)));
    if (!ov.language.isEmpty() && ov.language != u"fi"_s && ov.language != u"sv"_s)
        return SimReply::error(400, u"BadRequest"_s, u"language must be fi or sv"_s);
    if (!ov.customerKind.isEmpty() && ov.customerKind != u"person"_s
        && ov.customerKind != u"organisation"_s)
        return SimReply::error(400, u"BadRequest"_s,
                               u"customerKind must be person or organisation"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    if (kind == u"case"_s) {
        const quint32 c = m_caseCount++;
        m_openingPos.push_back(0);
        m_caseOverrides.insert(c, ov);
        quint32 pos = 0;
        if (ov.foreign)
            m_foreignTimes.insert(c, now);
        else
            pos = appendEntry(c, 0, ActionInfo::Kind::Opening, 1, now);
        const ActionInfo action = info(c, 0, 1);
        return SimReply::json(201, QJsonObject{{u"externalId"_s, m_generator.externalId(c, 0)},
                                               {u"projectPartId"_s, m_generator.projectPartId(c)},
                                               {u"actionType"_s, m_generator.actionType(action)},
                                               {u"serviceCode"_s, m_generator.serviceCode(action)},
                                               {u"version"_s, 1},
                                               {u"cursor"_s, pos ? cursor(pos) : QString()}});
    }

    quint32 c = 0;
    quint16 a = 0;
    if (!findAction(request.value(u"externalId"_s).toString(), &c, &a))
        return SimReply::error(400, u"BadRequest"_s,
                               u"externalId names no action of this simulator"_s);
    if (kind == u"version"_s) {
        const int version = latestVersion(c, a) + 1;
        if (version > 255)
            return SimReply::error(400, u"BadRequest"_s, u"Too many versions"_s);
        const quint32 pos = appendEntry(c, a, ActionInfo::Kind::Version, version, now);
        return SimReply::json(201, QJsonObject{{u"externalId"_s, m_generator.externalId(c, a)},
                                               {u"projectPartId"_s, m_generator.projectPartId(c)},
                                               {u"version"_s, version},
                                               {u"cursor"_s, cursor(pos)}});
    }
    ActionInfo::Kind followerKind;
    if (kind == u"supplement"_s)
        followerKind = ActionInfo::Kind::Supplement;
    else if (kind == u"message"_s)
        followerKind = ActionInfo::Kind::Message;
    else if (kind == u"withdrawal"_s)
        followerKind = ActionInfo::Kind::Withdrawal;
    else
        return SimReply::error(400, u"BadRequest"_s,
                               u"kind must be case, version, supplement, message or withdrawal"_s);
    const int actionNo = lastActionNo(c) + 1;
    if (actionNo >= CaseGenerator::maxActionsPerCase)
        return SimReply::error(400, u"BadRequest"_s, u"Too many actions in this project part"_s);
    m_actionOverrides.insert(key(c, quint16(actionNo)), ov);
    const quint32 pos = appendEntry(c, quint16(actionNo), followerKind, 1, now);
    const ActionInfo action = info(c, quint16(actionNo), 1);
    return SimReply::json(
        201, QJsonObject{{u"externalId"_s, m_generator.externalId(c, quint16(actionNo))},
                         {u"projectPartId"_s, m_generator.projectPartId(c)},
                         {u"actionType"_s, m_generator.actionType(action)},
                         {u"version"_s, 1},
                         {u"cursor"_s, cursor(pos)}});
}

QJsonObject SimService::received(const QString &externalId) const
{
    QJsonObject cases;
    int statusUpdates = 0, messages = 0, replayed = 0, duplicates = 0, rejected = 0;
    for (auto it = m_records.constBegin(); it != m_records.constEnd(); ++it) {
        const CaseRecord &r = it.value();
        statusUpdates += int(r.statusUpdates.size());
        messages += int(r.messages.size());
        replayed += r.replayed;
        duplicates += r.duplicateWrites;
        rejected += r.rejected;
        if (!externalId.isEmpty() && it.key() != externalId)
            continue;
        QJsonArray messageList;
        for (const QJsonValue &m : r.messages) {
            QJsonObject o = m.toObject();
            o.remove(u"content"_s);
            messageList.append(o);
        }
        cases.insert(it.key(),
                     QJsonObject{{u"state"_s, r.state.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(r.state)},
                                 {u"statusUpdates"_s, r.statusUpdates},
                                 {u"messages"_s, messageList},
                                 {u"replayedMessageIds"_s, r.replayed},
                                 {u"duplicateWrites"_s, r.duplicateWrites},
                                 {u"rejected"_s, r.rejected}});
    }
    QJsonArray acked;
    if (externalId.isEmpty()) {
        for (const QString &id : m_ackedIds)
            acked.append(id);
    } else if (m_ackedSet.contains(externalId)) {
        acked.append(externalId);
    }
    return QJsonObject{{u"acks"_s, QJsonObject{{u"requests"_s, m_ackRequests},
                                               {u"replayedMessageIds"_s, m_ackReplays},
                                               {u"acknowledged"_s, int(m_ackedIds.size())},
                                               {u"repeatedIds"_s, m_ackRepeatedIds},
                                               {u"externalIds"_s, acked}}},
                       {u"statusUpdates"_s, statusUpdates},
                       {u"messages"_s, messages},
                       {u"replayedMessageIds"_s, replayed},
                       {u"duplicateWrites"_s, duplicates},
                       {u"rejected"_s, rejected},
                       {u"cases"_s, cases}};
}

QJsonObject SimService::summary() const
{
    int unacked = 0;
    for (const Entry &e : m_entries)
        unacked += e.acked ? 0 : 1;
    return QJsonObject{{u"cases"_s, int(m_caseCount)},
                       {u"feedLength"_s, int(m_entries.size())},
                       {u"unacknowledged"_s, unacked},
                       {u"deliveredUpTo"_s, cursor(m_horizon)},
                       {u"seed"_s, QString::number(m_generator.seed())},
                       {u"epoch"_s, m_generator.epoch().toString(Qt::ISODate)},
                       {u"hostile"_s, hostileOptions()}};
}

QJsonObject SimService::hostileOptions() const
{
    const HostileMix::Options &options = m_generator.hostile().options();
    return QJsonObject{{u"fraction"_s, options.fraction}, {u"largeBytes"_s, options.largeBytes}};
}

QJsonObject SimService::hostile(const QString &externalId) const
{
    const HostileMix &mix = m_generator.hostile();
    QJsonArray actions;
    QHash<QString, int> kindCounts;
    QSet<quint32> cases;
    int hostileActions = 0;
    for (const Entry &e : m_entries) {
        if (ActionInfo::Kind(e.kind) == ActionInfo::Kind::Version)
            continue; // a corrected version carries what its action carries
        const ActionInfo action = info(e.caseIndex, e.actionNo, 1);
        const HostileKinds kinds = mix.kinds(action);
        if (kinds.isEmpty())
            continue;
        ++hostileActions;
        cases.insert(e.caseIndex);
        const QStringList names = kinds.names();
        for (const QString &name : names)
            ++kindCounts[name];
        const QString id = m_generator.externalId(e.caseIndex, e.actionNo);
        if (!externalId.isEmpty() && id != externalId)
            continue;
        QJsonArray large, withoutChecksum;
        for (const AttachmentSpec &spec : m_generator.attachments(action)) {
            if (spec.large)
                large.append(spec.id);
            if (!spec.announceDigest)
                withoutChecksum.append(spec.id);
        }
        actions.append(QJsonObject{{u"externalId"_s, id},
                                   {u"projectPartId"_s, m_generator.projectPartId(e.caseIndex)},
                                   {u"actionType"_s, m_generator.actionType(action)},
                                   {u"kinds"_s, QJsonArray::fromStringList(names)},
                                   {u"largeAttachments"_s, large},
                                   {u"attachmentsWithoutChecksum"_s, withoutChecksum}});
    }
    QJsonObject counts;
    for (const QString &name : HostileKinds::allNames())
        counts.insert(name, kindCounts.value(name));
    QJsonObject out = hostileOptions();
    out.insert(u"hostileCases"_s, int(cases.size()));
    out.insert(u"hostileActions"_s, hostileActions);
    out.insert(u"kindCounts"_s, counts);
    out.insert(u"actions"_s, actions);
    return out;
}

} // namespace lvdesk
