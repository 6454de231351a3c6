// SPDX-License-Identifier: EUPL-1.2

#include "caselistquery.h"

#include "store/storeclock.h"
#include "store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

// The columns every page reads; the outbox counts are per row of the page only.
const auto kSelect
    = u"SELECT c.id, c.project_part_id, c.service_code, c.service_name_fi, c.service_name_sv,"
      " c.service_name_en, c.customer_name, c.customer_kind, c.customer_id_masked,"
      " c.municipality_code, c.received_at, c.deadline_date, c.deadline_kind, c.deadline_source,"
      " c.state, c.handler, c.diary_number, c.export_state, c.export_attempts, c.export_error,"
      " (SELECT COUNT(*) FROM outbox o WHERE o.case_id = c.id"
      "   AND o.state IN ('queued', 'sending', 'retrying')),"
      " (SELECT COUNT(*) FROM outbox o WHERE o.case_id = c.id AND o.state = 'failed')"
      " FROM cases c"_s;

const auto kClosedStates = u"('decided', 'closed', 'transferredElsewhere', 'withdrawn')"_s;

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return text;
}

} // namespace

QString CaseListQuery::Row::serviceName(const QString &language) const
{
    const QString &preferred = language == u"fi"_s   ? serviceNameFi
                               : language == u"sv"_s ? serviceNameSv
                                                     : serviceNameEn;
    if (!preferred.isEmpty())
        return preferred;
    for (const QString *name : {&serviceNameFi, &serviceNameEn, &serviceNameSv}) {
        if (!name->isEmpty())
            return *name;
    }
    return serviceCode;
}

CaseListQuery::CaseListQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString CaseListQuery::normalizedSearch(const QString &text)
{
    return text.simplified().toLower();
}

QString CaseListQuery::whereClause(const Filter &filter, QVariantList *values, ColumnUse use) const
{
    // For a page, the equality filters must not steer SQLite onto their index: walking the
    // sort column's index and stopping after one page of matches is far cheaper than sorting
    // every match (a unary + keeps a column out of index selection, in SQLite and PostgreSQL).
    const QString p = use == ColumnUse::Page ? u"+"_s : QString();
    QStringList conditions;
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    switch (filter.scope) {
    case Scope::All:
        break;
    case Scope::ToReview:
        conditions << p + u"c.state IN ('new', 'inReview')"_s;
        break;
    case Scope::Mine:
        conditions << p + u"c.handler = ?"_s << u"c.state NOT IN "_s + kClosedStates;
        values->append(filter.officer);
        break;
    case Scope::OpenDeadlines:
        conditions << u"c.deadline_date IS NOT NULL"_s << u"c.state NOT IN "_s + kClosedStates;
        break;
    }
    const QStringList words = normalizedSearch(filter.search).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << u"c.search_text LIKE ? ESCAPE '\\'"_s;
        values->append(QString(u'%' + escapeLike(word) + u'%'));
    }
    if (!filter.serviceCode.isEmpty()) {
        conditions << p + u"c.service_code = ?"_s;
        values->append(filter.serviceCode);
    }
    if (!filter.state.isEmpty()) {
        conditions << p + u"c.state = ?"_s;
        values->append(filter.state);
    }
    if (!filter.handler.isEmpty()) {
        conditions << p + u"c.handler = ?"_s;
        values->append(filter.handler);
    }
    const QString todayText = today.toString(Qt::ISODate);
    switch (filter.deadline) {
    case DeadlineWindow::Any:
        break;
    case DeadlineWindow::Overdue:
        conditions << u"c.deadline_date < ?"_s;
        values->append(todayText);
        break;
    case DeadlineWindow::Within7Days:
        conditions << u"c.deadline_date >= ?"_s << u"c.deadline_date <= ?"_s;
        values->append(todayText);
        values->append(today.addDays(7).toString(Qt::ISODate));
        break;
    case DeadlineWindow::Later:
        conditions << u"c.deadline_date > ?"_s;
        values->append(today.addDays(7).toString(Qt::ISODate));
        break;
    case DeadlineWindow::NoDeadline:
        conditions << u"c.deadline_date IS NULL"_s;
        break;
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

qint64 CaseListQuery::count(const Filter &filter, QString *error) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM cases c"_s + whereClause(filter, &values, ColumnUse::Count));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "case list count failed:" << q.lastError().text();
        if (error)
            *error = tr("The case list could not be read from the store.");
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<CaseListQuery::Row> CaseListQuery::page(const Filter &filter, const Sort &sort, qint64 offset,
                                              int limit, QString *error) const
{
    const QString dir = sort.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    QString order;
    switch (sort.column) {
    case Column::Service: {
        const QString column = sort.language == u"fi"_s   ? u"c.service_name_fi"_s
                               : sort.language == u"sv"_s ? u"c.service_name_sv"_s
                                                          : u"c.service_name_en"_s;
        order = column + dir;
        break;
    }
    case Column::Customer:
        order = u"c.customer_name"_s + dir;
        break;
    case Column::Municipality:
        order = u"c.municipality_code"_s + dir;
        break;
    case Column::Received:
        order = u"c.received_at"_s + dir;
        break;
    case Column::Deadline:
        // Cases without a deadline come last either way.
        order = u"(c.deadline_date IS NULL), c.deadline_date"_s + dir;
        break;
    case Column::State:
        order = u"c.state"_s + dir;
        break;
    case Column::Handler:
        order = u"COALESCE(c.handler, '')"_s + dir;
        break;
    case Column::Transfer:
        order = u"c.export_state"_s + dir;
        break;
    }
    // The id makes the order total, so pages never overlap or skip a row.
    order += u", c.id"_s + dir;

    QVariantList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect + whereClause(filter, &values, ColumnUse::Page) + u" ORDER BY "_s + order
              + u" LIMIT ? OFFSET ?"_s);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcStore) << "case list page failed:" << q.lastError().text();
        if (error)
            *error = tr("The case list could not be read from the store.");
        return rows;
    }
    rows.reserve(limit);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.projectPartId = q.value(1).toString();
        r.serviceCode = q.value(2).toString();
        r.serviceNameFi = q.value(3).toString();
        r.serviceNameSv = q.value(4).toString();
        r.serviceNameEn = q.value(5).toString();
        r.customerName = q.value(6).toString();
        r.customerKind = q.value(7).toString();
        r.customerIdMasked = q.value(8).toString();
        r.municipalityCode = q.value(9).toString();
        r.receivedAt = StoreClock::fromText(q.value(10).toString());
        if (!q.value(11).isNull())
            r.deadlineDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        r.deadlineKind = q.value(12).toString();
        r.deadlineSource = q.value(13).toString();
        r.state = q.value(14).toString();
        r.handler = q.value(15).toString();
        r.diaryNumber = q.value(16).toString();
        r.exportState = q.value(17).toString();
        r.exportAttempts = q.value(18).toInt();
        r.exportError = q.value(19).toString();
        r.outboxPending = q.value(20).toInt();
        r.outboxFailed = q.value(21).toInt();
        rows.append(r);
    }
    return rows;
}

QList<std::pair<QString, QString>> CaseListQuery::services(const QString &language) const
{
    const QString column = language == u"fi"_s   ? u"service_name_fi"_s
                           : language == u"sv"_s ? u"service_name_sv"_s
                                                 : u"service_name_en"_s;
    QList<std::pair<QString, QString>> services;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT service_code, MAX("_s + column
               + u"), MAX(service_name_fi) FROM cases GROUP BY service_code"
                 " ORDER BY service_code"_s)) {
        while (q.next()) {
            QString name = q.value(1).toString();
            if (name.isEmpty())
                name = q.value(2).toString();
            if (name.isEmpty())
                name = q.value(0).toString();
            services.append({q.value(0).toString(), name});
        }
    }
    return services;
}

QStringList CaseListQuery::handlers() const
{
    QStringList names;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT DISTINCT handler FROM cases WHERE handler IS NOT NULL AND handler <> ''"
               " ORDER BY handler"_s)) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

} // namespace lvdesk
