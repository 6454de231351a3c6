// SPDX-License-Identifier: EUPL-1.2

#include "transferlistquery.h"

#include "store/storeclock.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lvdesk {

bool TransferListQuery::Row::isProblem() const
{
    switch (kind) {
    case Kind::Inbound:
        return state == u"discovered"_s || state == u"downloading"_s;
    case Kind::Export:
        return state == u"failed"_s || (state != u"exported"_s && attempts > 0);
    case Kind::Outbound:
        return state == u"failed"_s || state == u"retrying"_s;
    case Kind::InboundFailure:
        return state != u"handled"_s;
    case Kind::Attachment:
        return true;
    case Kind::Reply:
        return state == u"rejected"_s;
    }
    return false;
}

TransferListQuery::TransferListQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString TransferListQuery::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Inbound:
        return u"inbound"_s;
    case Kind::Export:
        return u"export"_s;
    case Kind::Outbound:
        return u"outbound"_s;
    case Kind::InboundFailure:
        return u"inboundFailure"_s;
    case Kind::Attachment:
        return u"attachment"_s;
    case Kind::Reply:
        return u"reply"_s;
    }
    return {};
}

QString TransferListQuery::source(const Filter &filter, QVariantList *values) const
{
    QString inbound = u"SELECT 0 AS kind, e.id AS id, e.case_id AS case_id, e.external_id AS item,"
                      " e.action_type AS detail, e.inbound_state AS state, 0 AS attempts,"
                      " '' AS last_error, NULL AS next_at, e.updated_at AS at FROM events e"
                      " WHERE 1 = 1"_s;
    QString exports = u"SELECT 1, c.id, c.id, COALESCE(c.diary_number, ''), '', c.export_state,"
                      " c.export_attempts, c.export_error, c.export_next_attempt_at, c.updated_at"
                      " FROM cases c WHERE c.export_state <> ''"_s;
    QString outbound = u"SELECT 2, o.id, COALESCE(o.case_id, 0), o.message_id, o.kind, o.state,"
                       " o.attempts, o.last_error, o.next_attempt_at, o.updated_at FROM outbox o"
                       " WHERE 1 = 1"_s;
    QString failures = u"SELECT 3, 0, COALESCE(fc.id, 0), f.external_id, f.reason, f.state,"
                       " f.attempts, f.detail, f.next_attempt_at, f.last_failed_at"
                       " FROM inbound_failures f LEFT JOIN cases fc"
                       " ON fc.project_part_id = f.project_part_id WHERE 1 = 1"_s;
    // Attachments that are not received: failed with a problem, or asked for again.
    QString attachments = u"SELECT 4, a.id, ae.case_id, ae.external_id || '#' || "
                          " CAST(a.position + 1 AS TEXT), a.file_name, a.problem, 0,"
                          " a.problem_detail, NULL, ae.updated_at FROM attachments a"
                          " JOIN events ae ON ae.id = a.event_id"
                          " WHERE (a.problem <> '' OR a.stored = 0)"_s;
    QString replies = u"SELECT 5, r.id, COALESCE(r.case_id, 0), r.file_name, r.root, r.state, 0,"
                      " CASE WHEN r.state = 'rejected' THEN r.detail ELSE '' END, NULL,"
                      " r.received_at FROM register_replies r WHERE 1 = 1"_s;
    if (filter.problemsOnly) {
        inbound += u" AND e.inbound_state IN ('discovered', 'downloading')"_s;
        exports += u" AND (c.export_state = 'failed' OR (c.export_state <> 'exported'"
                   " AND c.export_attempts > 0))"_s;
        outbound += u" AND o.state IN ('retrying', 'failed')"_s;
        failures += u" AND f.state <> 'handled'"_s;
        replies += u" AND r.state = 'rejected'"_s;
    }
    if (filter.caseId > 0) {
        inbound += u" AND e.case_id = ?"_s;
        exports += u" AND c.id = ?"_s;
        outbound += u" AND o.case_id = ?"_s;
        failures += u" AND fc.id = ?"_s;
        attachments += u" AND ae.case_id = ?"_s;
        replies += u" AND r.case_id = ?"_s;
        for (int i = 0; i < 6; ++i)
            values->append(filter.caseId);
    }
    return u"("_s + inbound + u" UNION ALL "_s + exports + u" UNION ALL "_s + outbound
           + u" UNION ALL "_s + failures + u" UNION ALL "_s + attachments + u" UNION ALL "_s
           + replies + u")"_s;
}

qint64 TransferListQuery::count(const Filter &filter, QString *error) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM "_s + source(filter, &values) + u" t"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "transfer list count failed:" << q.lastError().text();
        if (error)
            *error = tr("The transfer list could not be read from the store.");
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<TransferListQuery::Row> TransferListQuery::page(const Filter &filter, qint64 offset,
                                                      int limit, QString *error) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.kind, t.id, t.case_id, t.item, t.detail, t.state, t.attempts,"
              " t.last_error, t.next_at, t.at, c.customer_name, c.service_code,"
              " c.project_part_id FROM "_s
              + source(filter, &values)
              + u" t LEFT JOIN cases c ON c.id = t.case_id"
                " ORDER BY t.at DESC, t.kind, t.id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcStore) << "transfer list page failed:" << q.lastError().text();
        if (error)
            *error = tr("The transfer list could not be read from the store.");
        return rows;
    }
    while (q.next()) {
        Row r;
        r.kind = Kind(q.value(0).toInt());
        r.id = q.value(1).toLongLong();
        r.caseId = q.value(2).toLongLong();
        r.item = q.value(3).toString();
        r.detail = q.value(4).toString();
        r.state = q.value(5).toString();
        r.attempts = q.value(6).toInt();
        r.lastError = q.value(7).toString();
        if (!q.value(8).isNull())
            r.nextAttemptAt = StoreClock::fromText(q.value(8).toString());
        r.updatedAt = StoreClock::fromText(q.value(9).toString());
        r.customerName = q.value(10).toString();
        r.serviceCode = q.value(11).toString();
        r.projectPartId = q.value(12).toString();
        rows.append(r);
    }
    return rows;
}

} // namespace lvdesk
