// SPDX-License-Identifier: EUPL-1.2
// Deriving a case's deadlines from its sources and choosing the one that governs the case.
#include "deadlines/casedeadlines.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using lvdesk::CaseDeadline;
using lvdesk::CaseDeadlineInput;
using lvdesk::CaseDeadlines;
using lvdesk::CaseDeadlineSummary;
using lvdesk::DeadlineStatus;

namespace {

using Kind = CaseDeadline::Kind;
using Role = CaseDeadlineInput::CustomerDate::Role;
using Urgency = DeadlineStatus::Urgency;

// A permit application submitted on Friday 20 November 2026 with a four-month processing time.
CaseDeadlineInput environmentalPermit()
{
    CaseDeadlineInput input;
    input.submissionDate = QDate(2026, 11, 20);
    input.serviceCode = u"ymparistolupa"_s;
    input.statutoryProcessingTime = u"P4M"_s;
    return input;
}

} // namespace

class tst_CaseDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseWithoutSourcesHasNoDeadline();
    void statutoryProcessingTimeCountsFromSubmission();
    void malformedProcessingTimeIsReportedNotGuessed();
    void processingTimeNeedsASubmissionDate();
    void openSupplementRequestGovernsWhenEarlier();
    void answeredSupplementRequestNoLongerGoverns();
    void supplementDueOnSaturdayMovesToMonday();
    void eventDateMeansDecidingTheWorkingDayBefore();
    void requestedDateIsTheLastDayItself();
    void severalSourcesAreListedByDueDate();
    void resolvedCaseHasNoOpenDeadline();
    void customerDateOutsideTheRangeIsReported();
    void statusCountsCalendarAndWorkingDays();
    void urgencyBoundaries_data();
    void urgencyBoundaries();
    void submissionDayIsTheDateInFinland();
    void namesExistForEveryKindAndUrgency();
};

void tst_CaseDeadlines::caseWithoutSourcesHasNoDeadline()
{
    CaseDeadlineInput input;
    input.submissionDate = QDate(2026, 11, 20);
    input.serviceCode = u"rakennuslupa"_s;
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QVERIFY(summary.deadlines.isEmpty());
    QVERIFY(!summary.caseDeadline.has_value());
    QVERIFY(!summary.status.valid);
    QVERIFY(summary.problems.isEmpty());
}

void tst_CaseDeadlines::statutoryProcessingTimeCountsFromSubmission()
{
    const CaseDeadlineSummary summary
        = CaseDeadlines::derive(environmentalPermit(), QDate(2026, 11, 26));
    QCOMPARE(summary.deadlines.size(), 1);
    QVERIFY(summary.caseDeadline.has_value());
    const CaseDeadline &deadline = *summary.caseDeadline;
    QCOMPARE(deadline.kind, Kind::StatutoryProcessingTime);
    QCOMPARE(deadline.source, u"ymparistolupa"_s);
    QCOMPARE(deadline.period, u"P4M"_s);
    QCOMPARE(deadline.baseDate, QDate(2026, 11, 20));
    // 20 March 2027 is a Saturday: the limit ends on Monday 22 March.
    QCOMPARE(deadline.dueDate, QDate(2027, 3, 22));
    QVERIFY(deadline.moved);
    QVERIFY(deadline.open);
    QVERIFY(summary.status.valid);
    QCOMPARE(summary.status.calendarDaysLeft, 116);
    QCOMPARE(summary.status.urgency, Urgency::Later);
}

void tst_CaseDeadlines::malformedProcessingTimeIsReportedNotGuessed()
{
    CaseDeadlineInput input = environmentalPermit();
    input.statutoryProcessingTime = u"4 months"_s;
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QVERIFY(summary.deadlines.isEmpty());
    QVERIFY(!summary.caseDeadline.has_value());
    QCOMPARE(summary.problems.size(), 1);
    QVERIFY2(summary.problems.first().contains(u"ymparistolupa"_s),
             qPrintable(summary.problems.first()));
    QVERIFY(summary.problems.first().contains(u"4 months"_s));
}

void tst_CaseDeadlines::processingTimeNeedsASubmissionDate()
{
    CaseDeadlineInput input = environmentalPermit();
    input.submissionDate = QDate();
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QVERIFY(summary.deadlines.isEmpty());
    QCOMPARE(summary.problems.size(), 1);
}

void tst_CaseDeadlines::openSupplementRequestGovernsWhenEarlier()
{
    CaseDeadlineInput input = environmentalPermit();
    input.supplementRequests.append({u"m-1"_s, QDate(2026, 12, 18), false});
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QCOMPARE(summary.deadlines.size(), 2);
    QVERIFY(summary.caseDeadline.has_value());
    QCOMPARE(summary.caseDeadline->kind, Kind::SupplementDue);
    QCOMPARE(summary.caseDeadline->source, u"m-1"_s);
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2026, 12, 18));
    QVERIFY(!summary.caseDeadline->moved);
    QCOMPARE(summary.status.calendarDaysLeft, 22);
    // Fri 27 Nov to Fri 18 Dec: 16 working days (Independence Day 2026 is a Sunday).
    QCOMPARE(summary.status.workingDaysLeft, 16);
}

void tst_CaseDeadlines::answeredSupplementRequestNoLongerGoverns()
{
    CaseDeadlineInput input = environmentalPermit();
    input.supplementRequests.append({u"m-1"_s, QDate(2026, 12, 18), true});
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QCOMPARE(summary.deadlines.size(), 2);
    QCOMPARE(summary.deadlines.at(0).kind, Kind::SupplementDue);
    QVERIFY(!summary.deadlines.at(0).open);
    QVERIFY(summary.caseDeadline.has_value());
    QCOMPARE(summary.caseDeadline->kind, Kind::StatutoryProcessingTime);
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2027, 3, 22));
}

void tst_CaseDeadlines::supplementDueOnSaturdayMovesToMonday()
{
    CaseDeadlineInput input;
    input.supplementRequests.append({u"m-2"_s, QDate(2026, 12, 19), false});
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 12, 21));
    QVERIFY(summary.caseDeadline.has_value());
    QCOMPARE(summary.caseDeadline->baseDate, QDate(2026, 12, 19));
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2026, 12, 21));
    QVERIFY(summary.caseDeadline->moved);
    // Seen on the Monday it is due today, not overdue.
    QCOMPARE(summary.status.calendarDaysLeft, 0);
    QCOMPARE(summary.status.urgency, Urgency::DueSoon);
}

void tst_CaseDeadlines::eventDateMeansDecidingTheWorkingDayBefore()
{
    CaseDeadlineInput input;
    input.customerDates.append({u"tapahtumapaiva"_s, QDate(2027, 1, 15), Role::EventDate});
    CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QVERIFY(summary.caseDeadline.has_value());
    QCOMPARE(summary.caseDeadline->kind, Kind::EventDate);
    QCOMPARE(summary.caseDeadline->source, u"tapahtumapaiva"_s);
    QCOMPARE(summary.caseDeadline->baseDate, QDate(2027, 1, 15));
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2027, 1, 14)); // Thursday before a Friday event
    QVERIFY(!summary.caseDeadline->moved);

    // An event on Monday 18 January: the day before is a Sunday, so the decision is due on Friday.
    input.customerDates.first().date = QDate(2027, 1, 18);
    summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2027, 1, 15));
    QVERIFY(summary.caseDeadline->moved);

    // An event on Epiphany's next day, Thursday 7 January 2027: due on Tuesday 5 January.
    input.customerDates.first().date = QDate(2027, 1, 7);
    summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2027, 1, 5));
}

void tst_CaseDeadlines::requestedDateIsTheLastDayItself()
{
    CaseDeadlineInput input;
    input.customerDates.append({u"toivottu"_s, QDate(2027, 2, 10), Role::RequestedBy});
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QVERIFY(summary.caseDeadline.has_value());
    QCOMPARE(summary.caseDeadline->kind, Kind::RequestedDate);
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2027, 2, 10));
    QVERIFY(!summary.caseDeadline->moved);
}

void tst_CaseDeadlines::severalSourcesAreListedByDueDate()
{
    CaseDeadlineInput input = environmentalPermit();
    input.supplementRequests.append({u"m-2"_s, QDate(2027, 1, 29), false});
    input.supplementRequests.append({u"m-1"_s, QDate(2026, 12, 18), true});
    input.customerDates.append({u"tapahtumapaiva"_s, QDate(2027, 1, 15), Role::EventDate});

    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2027, 1, 8));
    QCOMPARE(summary.deadlines.size(), 4);
    QCOMPARE(summary.deadlines.at(0).source, u"m-1"_s); // answered, 18 Dec
    QCOMPARE(summary.deadlines.at(1).kind, Kind::EventDate); // 14 Jan
    QCOMPARE(summary.deadlines.at(2).source, u"m-2"_s); // 29 Jan
    QCOMPARE(summary.deadlines.at(3).kind, Kind::StatutoryProcessingTime); // 22 Mar
    QVERIFY(!summary.deadlines.at(0).open);

    // The answered request is earliest but met; the event date governs.
    QVERIFY(summary.caseDeadline.has_value());
    QCOMPARE(summary.caseDeadline->kind, Kind::EventDate);
    QCOMPARE(summary.caseDeadline->dueDate, QDate(2027, 1, 14));
    QCOMPARE(summary.status.calendarDaysLeft, 6);
    QCOMPARE(summary.status.workingDaysLeft, 4); // Mon 11 to Thu 14
    QCOMPARE(summary.status.urgency, Urgency::DueSoon);

    // The input order does not change the result.
    CaseDeadlineInput reversed = input;
    std::reverse(reversed.supplementRequests.begin(), reversed.supplementRequests.end());
    QCOMPARE(CaseDeadlines::derive(reversed, QDate(2027, 1, 8)).deadlines, summary.deadlines);

    // A week later the event date has passed unmet: the case is overdue by it.
    const CaseDeadlineSummary later = CaseDeadlines::derive(input, QDate(2027, 1, 18));
    QCOMPARE(later.caseDeadline->kind, Kind::EventDate);
    QCOMPARE(later.status.urgency, Urgency::Overdue);
    QCOMPARE(later.status.calendarDaysLeft, -4);
    QCOMPARE(later.status.workingDaysLeft, -2); // Fri 15 and Mon 18
}

void tst_CaseDeadlines::resolvedCaseHasNoOpenDeadline()
{
    CaseDeadlineInput input = environmentalPermit();
    input.customerDates.append({u"tapahtumapaiva"_s, QDate(2027, 1, 15), Role::EventDate});
    // Withdrawn while a supplement request was still unanswered.
    input.supplementRequests.append({u"m-1"_s, QDate(2026, 12, 18), false});
    input.resolved = true;
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QCOMPARE(summary.deadlines.size(), 3);
    for (const CaseDeadline &deadline : summary.deadlines)
        QVERIFY(!deadline.open);
    QVERIFY(!summary.caseDeadline.has_value());
    QVERIFY(!summary.status.valid);
}

void tst_CaseDeadlines::customerDateOutsideTheRangeIsReported()
{
    CaseDeadlineInput input = environmentalPermit();
    input.customerDates.append({u"tapahtumapaiva"_s, QDate(2301, 1, 15), Role::EventDate});
    input.supplementRequests.append({u"m-1"_s, QDate(), false});
    const CaseDeadlineSummary summary = CaseDeadlines::derive(input, QDate(2026, 11, 26));
    QCOMPARE(summary.deadlines.size(), 1);
    QCOMPARE(summary.caseDeadline->kind, Kind::StatutoryProcessingTime);
    QCOMPARE(summary.problems.size(), 2);
    QVERIFY(summary.problems.join(u'\n').contains(u"tapahtumapaiva"_s));
    QVERIFY(summary.problems.join(u'\n').contains(u"m-1"_s));
}

void tst_CaseDeadlines::statusCountsCalendarAndWorkingDays()
{
    // Seen on Wednesday 23 December 2026, a limit on Monday 28 December is five calendar days but
    // one working day away: Christmas Eve, Christmas, Boxing Day and Sunday come between.
    const DeadlineStatus status = CaseDeadlines::statusOf(QDate(2026, 12, 28), QDate(2026, 12, 23));
    QVERIFY(status.valid);
    QCOMPARE(status.calendarDaysLeft, 5);
    QCOMPARE(status.workingDaysLeft, 1);
    QCOMPARE(status.urgency, Urgency::DueSoon);

    QVERIFY(!CaseDeadlines::statusOf(QDate(), QDate(2026, 12, 23)).valid);
    QVERIFY(!CaseDeadlines::statusOf(QDate(2026, 12, 28), QDate()).valid);
}

void tst_CaseDeadlines::urgencyBoundaries_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("calendarDaysLeft");
    QTest::addColumn<Urgency>("urgency");
    const QDate today(2026, 11, 26);
    QTest::newRow("yesterday") << today.addDays(-1) << -1 << Urgency::Overdue;
    QTest::newRow("today") << today << 0 << Urgency::DueSoon;
    QTest::newRow("in 7 days") << today.addDays(7) << 7 << Urgency::DueSoon;
    QTest::newRow("in 8 days") << today.addDays(8) << 8 << Urgency::Later;
}

void tst_CaseDeadlines::urgencyBoundaries()
{
    QFETCH(QDate, due);
    QFETCH(int, calendarDaysLeft);
    QFETCH(Urgency, urgency);
    const DeadlineStatus status = CaseDeadlines::statusOf(due, QDate(2026, 11, 26));
    QCOMPARE(status.calendarDaysLeft, calendarDaysLeft);
    QCOMPARE(status.urgency, urgency);
}

void tst_CaseDeadlines::submissionDayIsTheDateInFinland()
{
    // 22:30 UTC in November is 00:30 the next day in Finland (UTC+2).
    QCOMPARE(CaseDeadlines::submissionDay(QDateTime(QDate(2026, 11, 20), QTime(22, 30), Qt::UTC)),
             QDate(2026, 11, 21));
    QCOMPARE(CaseDeadlines::submissionDay(QDateTime(QDate(2026, 11, 20), QTime(21, 59), Qt::UTC)),
             QDate(2026, 11, 20));
    // Summer time (UTC+3): 21:30 UTC is already the next day.
    QCOMPARE(CaseDeadlines::submissionDay(QDateTime(QDate(2026, 6, 18), QTime(21, 30), Qt::UTC)),
             QDate(2026, 6, 19));
    // The workstation's own zone does not matter.
    const QDateTime inTokyo = QDateTime(QDate(2026, 11, 20), QTime(22, 30), Qt::UTC)
                                  .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    QCOMPARE(CaseDeadlines::submissionDay(inTokyo), QDate(2026, 11, 21));
    QVERIFY(!CaseDeadlines::submissionDay(QDateTime()).isValid());
}

void tst_CaseDeadlines::namesExistForEveryKindAndUrgency()
{
    QStringList names;
    for (const Kind kind :
         {Kind::StatutoryProcessingTime, Kind::SupplementDue, Kind::EventDate, Kind::RequestedDate})
        names.append(CaseDeadlines::kindName(kind));
    for (const Urgency urgency : {Urgency::Overdue, Urgency::DueSoon, Urgency::Later})
        names.append(CaseDeadlines::urgencyName(urgency));
    QVERIFY(!names.contains(QString()));
    names.removeDuplicates();
    QCOMPARE(names.size(), 7);
}

QTEST_GUILESS_MAIN(tst_CaseDeadlines)
#include "tst_casedeadlines.moc"
