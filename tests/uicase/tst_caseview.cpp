// SPDX-License-Identifier: EUPL-1.2
// The case view and the officer's action dialogs over a real store: a workspace on a temporary
// SQLite store (its writer thread and CaseActions as the window uses them), cases ingested with a
// form holding every field type, nested sections and attachments whose bytes are stored. The
// dialogs are driven as an officer would, and what the confirmation showed is compared with what
// landed in the outbox.

#include "actionconfirmation.h"
#include "attachmentmodel.h"
#include "attachmentview.h"
#include "casedocumentactions.h"
#include "casetransfersview.h"
#include "caseview.h"
#include "config/workspace.h"
#include "democase.h"
#include "dialoghost.h"
#include "documentpreviewdialog.h"
#include "lv/lvcodec.h"
#include "secrets/memorysecretstore.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/deadlinestore.h"
#include "store/inboundfailurestore.h"
#include "store/outboxstore.h"
#include "store/storeconnection.h"
#include "store/storewriter.h"
#include "workflow/caseactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

const QString officer = u"anna.virtanen"_s;
const QString otherOfficer = u"bertil.lind"_s;
// What a customer might type: it must appear literally, never as markup.
const QString htmlName = u"<b>x</b><img src=\"https://evil.example/p.png\">"_s;
const QString htmlAnswer = u"<b>x</b><img src=x onerror=alert(1)> ja <i>muuta</i>"_s;
using DemoCase::personCode;

const QString htmlFileName = u"<b>selvitys<img src=x>.pdf"_s;
using DemoCase::damagedBytes;
using DemoCase::externalIdOf;
using DemoCase::verifiedBytes;

// Runs `handle` on the modal dialog called `name` once it is open. A dialog that never comes, or a
// handler that leaves its dialog open, is closed after a while so that a failing test ends.
void whenModal(const QString &name, std::function<void(QDialog *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, name, handle, waited] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == name && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handle(qobject_cast<QDialog *>(modal));
            return;
        }
        if (++*waited > 500) {
            timer->stop();
            timer->deleteLater();
            qWarning("dialog %s did not open", qPrintable(name));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    timer->start();
}

// Confirms the action confirmation and keeps what it showed.
void confirmInto(QString *shown, bool *sawReadOnly)
{
    whenModal(u"actionConfirmation"_s, [shown, sawReadOnly](QDialog *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>(u"previewText"_s);
        if (text) {
            *shown = text->toPlainText();
            *sawReadOnly = text->isReadOnly();
        }
        dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
    });
}

// The shown body without the line breaks and indentation added for reading.
QByteArray withoutLayout(const QString &shown)
{
    const QString body = shown.section(u'\n', 1);
    QString out;
    bool inString = false;
    bool escaped = false;
    for (const QChar ch : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == u'\\')
                escaped = true;
            else if (ch == u'"')
                inString = false;
            out += ch;
            continue;
        }
        if (ch == u'"')
            inString = true;
        if (ch == u'\n' || (ch == u' '))
            continue;
        out += ch;
    }
    return out.toUtf8();
}

} // namespace

class tst_CaseView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void headerShowsCaseFactsWithMaskedPersonCode();
    void customerHtmlShowsLiterallyAndNoLabelInterpretsIt();
    void formRendersEveryFieldTypeAndNestedSections();
    void attachmentsShowChecksumStateAndOnlyVerifiedBytesLeave();
    void caseHeldByAnotherOfficerShowsWhoAndDisablesActions();
    void takingEnablesActionsAndReviewMarkIsSaved();
    void approveWithEnteredDiaryNumberQueuesExactlyThePreview();
    void supplementDueDateIsProposedEditableAndQueuedAsConfirmed();
    void messageQueuesExactlyThePreview();
    void markDecidedQueuesStatusUpdate();
    void cancellingTheConfirmationQueuesNothing();
    void transferElsewhereQueuesExactlyThePreview();
    void timelineAndTransfersListTheQueuedWrites();
    void failedWriteCanBeRetriedFromTheTransfersTab();
    void releasingAskedAndFreesTheCase();
    void confirmationKeepsTheBodyTextAndMemberOrder();
    void actionNotReceivedIsShownOnItsCaseWithAWayOut();
    void documentIsSavedAsTheOfficersCopyAndPreviewed();

private:
    qint64 ingestCase(int n, const QString &customerName);
    QList<QPair<QString, QByteArray>> outboxFor(qint64 caseId) const; // (kind, payload)
    std::unique_ptr<CaseView> openView(qint64 caseId);
    bool waitForAction(CaseView *view, QAction *action);

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<Workspace> m_workspace;
    QSqlDatabase m_db;
    qint64 m_case = 0;
    qint64 m_heldCase = 0;
    qint64 m_otherCase = 0;
};

void tst_CaseView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DialogHost::setAnswerer([](DialogHost::Kind kind, const QString &, const QString &text) {
        if (kind != DialogHost::Kind::Question)
            qInfo("dialog: %s", qPrintable(text));
        return true;
    });
    Workspace::Options options;
    // Nothing listens on the discard port: deliveries fail and stay in the outbox as queued.
    options.profile.securityServer = QUrl(u"http://127.0.0.1:9"_s);
    options.profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
    options.profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
    options.profile.intervalMinutes = 600;
    options.profile.exportTarget = Profile::ExportTarget::Folder;
    options.profile.exportFolder = m_dir.filePath(u"export"_s);
    options.dataDir = m_dir.filePath(u"data"_s);
    options.officer = officer;
    options.secrets = &m_secrets;
    m_workspace = std::make_unique<Workspace>(options);
    QSignalSpy ready(m_workspace.get(), &Workspace::ready);
    QSignalSpy failed(m_workspace.get(), &Workspace::failed);
    m_workspace->open();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    QString error;
    m_db = StoreConnection::open(m_workspace->storeConfig(), u"tst_caseview"_s, &error);
    QVERIFY2(m_db.isValid(), qPrintable(error));
    BlobStore blobs(m_workspace->storeConfig().blobDirectory());
    QVERIFY(!blobs.put(verifiedBytes).isEmpty());
    QVERIFY(!blobs.put(damagedBytes).isEmpty());

    m_case = ingestCase(1, htmlName);
    m_heldCase = ingestCase(2, u"Soramestarit Oy"_s);
    m_otherCase = ingestCase(3, u"Kalle Kivi"_s);
    QVERIFY(m_case > 0 && m_heldCase > 0 && m_otherCase > 0);
    QVERIFY(CaseStore(m_db).claim(m_heldCase, otherOfficer).won());
    // What the sync does after an ingest: the case's deadlines.
    bool refreshed = false;
    bool deadlinesOk = false;
    m_workspace->writer()->submit(
        [id = m_case](QSqlDatabase &db) {
            return CaseActions::refreshDeadlines(db, id, QDate::currentDate());
        },
        this,
        [&](const StoreWriter::Result &result) {
            deadlinesOk = result.ok;
            refreshed = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed, 10000);
    QVERIFY(deadlinesOk);

    // The stored copy of the second file is damaged afterwards (a disk error, a tampered file).
    const QString damagedPath = blobs.pathOf(BlobStore::sha256Of(damagedBytes));
    QFile::setPermissions(damagedPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile damaged(damagedPath);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.seek(3);
    damaged.write("X");
    damaged.close();
}

void tst_CaseView::cleanupTestCase()
{
    m_db = QSqlDatabase();
    StoreConnection::close(u"tst_caseview"_s);
    m_workspace.reset();
    DialogHost::setAnswerer({});
}

qint64 tst_CaseView::ingestCase(int n, const QString &customerName)
{
    const QByteArray raw = DemoCase::actionJson(n, customerName, htmlAnswer, htmlFileName);
    const DecodeResult<ActionData> data = LvCodec::decodeActionData(raw);
    if (!data) {
        qWarning("test action does not decode: %s %s", qPrintable(data.error().path),
                 qPrintable(data.error().message));
        return 0;
    }
    FeedItem item;
    item.externalId = externalIdOf(n);
    item.projectId = data.value().commondata.projectId;
    item.projectPartId = data.value().commondata.projectPartId;
    item.actionType = ActionType::fromString(u"application"_s);
    item.serviceCode = u"ymparistolupa"_s;
    item.submittedAt = data.value().commondata.submittedAt;
    item.version = 1;
    const BlobStore blobs(m_workspace->storeConfig().blobDirectory());
    const CaseStore::IngestResult result
        = CaseStore(m_db, &blobs).ingest(item, data.value(), u"lvdesk"_s);
    if (result.outcome != CaseStore::IngestOutcome::Inserted)
        qWarning("ingest failed: %s", qPrintable(result.error));
    return result.caseId;
}

QList<QPair<QString, QByteArray>> tst_CaseView::outboxFor(qint64 caseId) const
{
    QList<QPair<QString, QByteArray>> rows;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT kind, payload FROM outbox WHERE case_id = ? ORDER BY id"_s);
    q.addBindValue(caseId);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toByteArray()});
    return rows;
}

std::unique_ptr<CaseView> tst_CaseView::openView(qint64 caseId)
{
    auto view = std::make_unique<CaseView>(m_workspace.get(), caseId);
    view->resize(1200, 800);
    view->show();
    return view;
}

bool tst_CaseView::waitForAction(CaseView *view, QAction *action)
{
    QSignalSpy finished(view, &CaseView::actionFinished);
    action->trigger();
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    if (!finished.first().at(0).toBool())
        qWarning("action failed: %s", qPrintable(finished.first().at(1).toString()));
    return finished.first().at(0).toBool();
}

void tst_CaseView::headerShowsCaseFactsWithMaskedPersonCode()
{
    const auto view = openView(m_case);
    QCOMPARE(view->objectName(), u"caseView"_s);
    const QString service = view->findChild<QLabel *>(u"serviceLabel"_s)->text();
    QVERIFY2(service.contains(u"Environmental permit"_s) || service.contains(u"Ympäristölupa"_s),
             qPrintable(service));
    QVERIFY(service.contains(u"Maa-aineksen otto 1"_s));
    const QString id = view->findChild<QLabel *>(u"customerIdLabel"_s)->text();
    QVERIFY2(id.contains(u"131052-****"_s), qPrintable(id));
    QVERIFY(!id.contains(u"308T"_s));
    const QString location = view->findChild<QLabel *>(u"locationLabel"_s)->text();
    QVERIFY(location.contains(u"837"_s));
    QVERIFY(location.contains(u"Harjutie 4, Tampere"_s));
    QVERIFY(location.contains(u"837-401-12-34"_s));
    QVERIFY(view->findChild<QLabel *>(u"handlerLabel"_s)->text().contains(u"Nobody"_s));
    // The earliest open deadline governs, with its date, days left and source.
    const QList<DeadlineStore::Deadline> deadlines = DeadlineStore(m_db).forCase(m_case);
    QVERIFY(!deadlines.isEmpty());
    QDate earliest;
    for (const DeadlineStore::Deadline &d : deadlines) {
        if (!d.done && (!earliest.isValid() || d.dueDate < earliest))
            earliest = d.dueDate;
    }
    const QString deadline = view->findChild<QLabel *>(u"deadlineLabel"_s)->text();
    QVERIFY2(deadline.startsWith(QLocale().toString(earliest, QLocale::ShortFormat)),
             qPrintable(deadline));
    QVERIFY2(deadline.contains(u"day"_s), qPrintable(deadline));
    // No label anywhere shows the full henkilötunnus.
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        QVERIFY2(!l->text().contains(u"308T"_s), qPrintable(l->objectName()));
}

void tst_CaseView::customerHtmlShowsLiterallyAndNoLabelInterpretsIt()
{
    const auto view = openView(m_case);
    const QLabel *customer = view->findChild<QLabel *>(u"customerLabel"_s);
    QCOMPARE(customer->text(), htmlName);
    QCOMPARE(customer->textFormat(), Qt::PlainText);
    const QLabel *answer = view->findChild<QLabel *>(u"field:kuvaus"_s);
    QVERIFY(answer);
    QCOMPARE(answer->text(), htmlAnswer);
    QCOMPARE(answer->textFormat(), Qt::PlainText);
    // The HTML inside a table cell is an item's text, which views never interpret.
    const auto *table = view->findChild<QTableWidget *>(u"field:taulukko"_s);
    QCOMPARE(table->item(1, 0)->text(), htmlAnswer);

    int customerLabels = 0;
    const QList<QLabel *> labels = view->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->text().contains(u'<')) {
            ++customerLabels;
            QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName()));
        }
        // Tooltips are rich text when they look like it: none may carry customer text.
        QVERIFY2(!l->toolTip().contains(u"<b>"_s), qPrintable(l->objectName()));
    }
    QVERIFY(customerLabels >= 2);
    // The file name with markup is shown literally in the attachment list.
    const auto *attachments = view->findChild<AttachmentView *>(u"attachmentView"_s);
    const int row = attachments->model()->indexOf(u"a3"_s);
    QCOMPARE(attachments->model()->index(row, AttachmentModel::NameColumn).data().toString(),
             htmlFileName);
}

void tst_CaseView::formRendersEveryFieldTypeAndNestedSections()
{
    const auto view = openView(m_case);
    auto text = [&](const QString &id) {
        const auto *l = view->findChild<QLabel *>(u"field:"_s + id);
        return l ? l->text() : u"(missing)"_s;
    };
    QVERIFY2(text(u"maara"_s).contains(u"m³/v"_s), qPrintable(text(u"maara"_s)));
    QVERIFY(text(u"maara"_s).contains(u"120"_s));
    QCOMPARE(text(u"paiva"_s), QLocale().toString(QDate(2027, 1, 15), QLocale::ShortFormat));
    QCOMPARE(text(u"jatkuva"_s), u"Yes"_s);
    QCOMPARE(text(u"laji"_s), u"Quarrying"_s); // the UI language (English in tests)
    QVERIFY2(text(u"geometria"_s).contains(u"\"points\":[1,2,3]"_s),
             qPrintable(text(u"geometria"_s)));
    QCOMPARE(text(u"lisatieto"_s), u"(not answered)"_s);
    QCOMPARE(view->findChild<QLabel *>(u"label:kuvaus"_s)->text(), u"Description"_s);

    const auto *table = view->findChild<QTableWidget *>(u"field:taulukko"_s);
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Amount"_s);
    QCOMPARE(table->item(0, 0)->text(), u"Sora"_s);
    QCOMPARE(table->item(0, 1)->text(), u"100"_s);

    // The nested section is inside its parent, and its attachment reference is a button.
    const auto *parent = view->findChild<QGroupBox *>(u"section:toiminta"_s);
    QVERIFY(parent);
    const auto *nested = parent->findChild<QGroupBox *>(u"section:sijainti"_s);
    QVERIFY(nested);
    QCOMPARE(nested->title(), u"Site"_s);
    const auto *ref = nested->findChild<QPushButton *>(u"field:kartta"_s);
    QVERIFY(ref);
    QVERIFY(ref->text().contains(u"asemapiirros.pdf"_s));
    // Review marks are per top-level section only.
    QVERIFY(view->findChild<QWidget *>(u"review:toiminta"_s));
    QVERIFY(view->findChild<QWidget *>(u"review:hakija"_s));
    QVERIFY(!view->findChild<QWidget *>(u"review:sijainti"_s));
}

void tst_CaseView::attachmentsShowChecksumStateAndOnlyVerifiedBytesLeave()
{
    const auto view = openView(m_case);
    auto *attachments = view->findChild<AttachmentView *>(u"attachmentView"_s);
    AttachmentModel *model = attachments->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->reload(); // a reset under the tester's eyes
    QCOMPARE(model->rowCount(), 3);
    const int good = model->indexOf(u"a1"_s);
    const int bad = model->indexOf(u"a2"_s);
    const int missing = model->indexOf(u"a3"_s);
    // Checked on a worker thread: the rows follow when the check ends.
    QTRY_VERIFY(model->row(good).check == AttachmentModel::Check::Verified);
    QTRY_VERIFY(model->row(bad).check == AttachmentModel::Check::Mismatch);
    QVERIFY(model->row(missing).check == AttachmentModel::Check::Missing);
    QVERIFY(model->index(good, AttachmentModel::ChecksumColumn).data().toString().contains(u"✓"_s));
    QVERIFY(model->index(bad, AttachmentModel::ChecksumColumn).data().toString().contains(u"✗"_s));
    QCOMPARE(model->index(good, AttachmentModel::SizeColumn).data().toString(),
             QLocale().formattedDataSize(verifiedBytes.size()));

    QString error;
    const QString copy = attachments->verifiedCopy(good, &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    QVERIFY(copy.endsWith(u"/asemapiirros.pdf"_s));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), verifiedBytes);

    error.clear();
    QVERIFY(attachments->verifiedCopy(bad, &error).isEmpty());
    QVERIFY(error.contains(u"checksum"_s));
    const QString target = m_dir.filePath(u"saved.pdf"_s);
    QVERIFY(!attachments->saveTo(bad, target, &error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(attachments->saveTo(good, target, &error));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), verifiedBytes);
}

void tst_CaseView::caseHeldByAnotherOfficerShowsWhoAndDisablesActions()
{
    const auto view = openView(m_heldCase);
    const QLabel *held = view->findChild<QLabel *>(u"heldLabel"_s);
    QVERIFY(held->isVisible());
    QVERIFY(held->text().contains(otherOfficer));
    const QList<QAction *> actions = view->findChildren<QAction *>();
    int caseActions = 0;
    for (const QAction *a : actions) {
        if (a->objectName().endsWith(u"Action"_s) && a->objectName() != u"closeViewAction"_s) {
            ++caseActions;
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        }
    }
    QCOMPARE(caseActions, 9);
    // Nor can the review marks be changed.
    QVERIFY(!view->findChild<QComboBox *>(u"reviewStatus:toiminta"_s)->isEnabled());
}

void tst_CaseView::takingEnablesActionsAndReviewMarkIsSaved()
{
    const auto view = openView(m_case);
    auto *take = view->findChild<QAction *>(u"takeAction"_s);
    QVERIFY(take->isEnabled());
    QVERIFY(!take->shortcut().isEmpty());
    QVERIFY(!view->findChild<QAction *>(u"approveAction"_s)->isEnabled());
    QVERIFY(waitForAction(view.get(), take));
    QCOMPARE(CaseStore(m_db).caseById(m_case)->handler, officer);
    QVERIFY(view->findChild<QAction *>(u"releaseAction"_s)->isEnabled());
    QVERIFY(view->findChild<QAction *>(u"approveAction"_s)->isEnabled());
    QVERIFY(view->findChild<QLabel *>(u"handlerLabel"_s)->text().contains(officer));

    auto *status = view->findChild<QComboBox *>(u"reviewStatus:toiminta"_s);
    QVERIFY(status->isEnabled());
    // A note being typed survives a reload that changed nothing on the form (the sync's).
    auto *otherNote = view->findChild<QLineEdit *>(u"reviewNote:hakija"_s);
    otherNote->setText(u"kesken"_s);
    view->reload();
    QCOMPARE(view->findChild<QLineEdit *>(u"reviewNote:hakija"_s), otherNote);
    QCOMPARE(otherNote->text(), u"kesken"_s);
    status->setCurrentIndex(2); // needs clarification
    view->findChild<QLineEdit *>(u"reviewNote:toiminta"_s)->setText(u"Määrä puuttuu"_s);
    QSignalSpy finished(view.get(), &CaseView::actionFinished);
    view->findChild<QPushButton *>(u"reviewSave:toiminta"_s)->click();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().at(0).toBool());

    const QList<CaseStore::ReviewNote> notes = CaseStore(m_db).reviewNotes(m_case);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().sectionId, u"toiminta"_s);
    QVERIFY(notes.first().status == CaseStore::ReviewStatus::NeedsClarification);
    QCOMPARE(notes.first().note, u"Määrä puuttuu"_s);
    QCOMPARE(notes.first().author, officer);
    // A view opened afterwards shows the saved mark.
    const auto again = openView(m_case);
    QCOMPARE(again->findChild<QComboBox *>(u"reviewStatus:toiminta"_s)->currentIndex(), 2);
    QCOMPARE(again->findChild<QLineEdit *>(u"reviewNote:toiminta"_s)->text(), u"Määrä puuttuu"_s);
    QVERIFY(again->findChild<QLabel *>(u"reviewInfo:toiminta"_s)->text().contains(officer));
}

void tst_CaseView::approveWithEnteredDiaryNumberQueuesExactlyThePreview()
{
    const auto view = openView(m_case);
    QString shown;
    bool readOnly = false;
    QString nextFromPattern;
    whenModal(u"approveDialog"_s, [&](QDialog *dialog) {
        nextFromPattern = dialog->findChild<QLabel *>(u"nextNumberLabel"_s)->text();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"diaryNumberEdit"_s), u"YM/123/2026"_s);
        QVERIFY(dialog->findChild<QRadioButton *>(u"enteredNumber"_s)->isChecked());
        confirmInto(&shown, &readOnly);
        dialog->accept();
    });
    QVERIFY(waitForAction(view.get(), view->findChild<QAction *>(u"approveAction"_s)));
    QVERIFY2(nextFromPattern.startsWith(u"LV-"_s), qPrintable(nextFromPattern));
    QVERIFY(readOnly);

    const auto c = CaseStore(m_db).caseById(m_case);
    QCOMPARE(c->diaryNumber, u"YM/123/2026"_s);
    const auto rows = outboxFor(m_case);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().first, u"status"_s);
    // What the officer saw is, byte for byte, the queued body laid out for reading.
    CaseActions::Preview queued;
    CaseActions::OutgoingWrite write;
    write.kind = rows.first().first;
    write.targetExternalId = externalIdOf(1);
    write.body = rows.first().second;
    queued.writes = {write};
    QCOMPARE(shown, ActionConfirmation::previewText(queued));
    const QJsonObject body = QJsonDocument::fromJson(rows.first().second).object();
    QCOMPARE(body.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(body.value(u"diaryNumber"_s).toString(), u"YM/123/2026"_s);
    QVERIFY(shown.contains(u"\"diaryNumber\": \"YM/123/2026\""_s));
    // Only layout was added: the members are in the wire's order, with the wire's text.
    QCOMPARE(withoutLayout(shown), rows.first().second);
    QVERIFY(shown.indexOf(u"\"messageId\""_s) < shown.indexOf(u"\"state\""_s));
    QVERIFY(shown.indexOf(u"\"state\""_s) < shown.indexOf(u"\"diaryNumber\""_s));
    QVERIFY(view->lastResult().contains(u"YM/123/2026"_s));
    QVERIFY(view->findChild<QLabel *>(u"diaryLabel"_s)->text() == u"YM/123/2026"_s);
    // The write and the export are visible on the case itself.
    const QString summary = view->findChild<QLabel *>(u"transferSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"1 waiting"_s) || summary.contains(u"1 delivered"_s)
                 || summary.contains(u"1 failed"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"export: "_s), qPrintable(summary));
}

void tst_CaseView::supplementDueDateIsProposedEditableAndQueuedAsConfirmed()
{
    const auto view = openView(m_case);
    const QDate proposed = m_workspace->actions()->proposedSupplementDueDate(QDate::currentDate());
    const QDate chosen = proposed.addDays(3);
    QDate offered;
    QString shown;
    bool readOnly = false;
    whenModal(u"supplementDialog"_s, [&](QDialog *dialog) {
        auto *due = dialog->findChild<QDateEdit *>(u"dueDateEdit"_s);
        offered = due->date();
        QVERIFY(due->calendarPopup());
        due->setDate(chosen);
        auto *item = dialog->findChild<QLineEdit *>(u"newItemEdit"_s);
        QTest::keyClicks(item, u"Asemapiirros 1:2000"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QTest::keyClicks(item, u"Naapurien kuuleminen"_s);
        dialog->findChild<QPushButton *>(u"addItemButton"_s)->click();
        QCOMPARE(dialog->findChild<QListWidget *>(u"itemsList"_s)->count(), 2);
        dialog->findChild<QPlainTextEdit *>(u"bodyEdit"_s)->setPlainText(u"Lisätkää."_s);
        confirmInto(&shown, &readOnly);
        dialog->accept();
    });
    QVERIFY(waitForAction(view.get(), view->findChild<QAction *>(u"supplementAction"_s)));
    QCOMPARE(offered, proposed);
    const auto rows = outboxFor(m_case);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.last().first, u"message"_s);
    const QJsonObject body = QJsonDocument::fromJson(rows.last().second).object();
    const QJsonObject request = body.value(u"supplementRequest"_s).toObject();
    QCOMPARE(request.value(u"dueDate"_s).toString(), chosen.toString(Qt::ISODate));
    QCOMPARE(request.value(u"items"_s).toArray(),
             (QJsonArray{u"Asemapiirros 1:2000"_s, u"Naapurien kuuleminen"_s}));
    QCOMPARE(body.value(u"body"_s).toString(), u"Lisätkää."_s);
    CaseActions::OutgoingWrite write{u"message"_s, externalIdOf(1), rows.last().second, {}, {}};
    CaseActions::Preview queued;
    queued.writes = {write};
    QCOMPARE(shown, ActionConfirmation::previewText(queued));
    QVERIFY(CaseStore(m_db).caseById(m_case)->state == CaseState::SupplementRequested);
}

void tst_CaseView::messageQueuesExactlyThePreview()
{
    const auto view = openView(m_case);
    QString shown;
    bool readOnly = false;
    whenModal(u"messageDialog"_s, [&](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), u"Kysymys <b>"_s);
        dialog->findChild<QPlainTextEdit *>(u"bodyEdit"_s)->setPlainText(u"Hei,\nkiitos."_s);
        confirmInto(&shown, &readOnly);
        dialog->accept();
    });
    QVERIFY(waitForAction(view.get(), view->findChild<QAction *>(u"messageAction"_s)));
    const auto rows = outboxFor(m_case);
    QCOMPARE(rows.size(), 3);
    const QJsonObject body = QJsonDocument::fromJson(rows.last().second).object();
    QCOMPARE(body.value(u"subject"_s).toString(), u"Kysymys <b>"_s);
    QCOMPARE(body.value(u"body"_s).toString(), u"Hei,\nkiitos."_s);
    QVERIFY(body.value(u"supplementRequest"_s).isNull());
    CaseActions::OutgoingWrite write{u"message"_s, externalIdOf(1), rows.last().second, {}, {}};
    CaseActions::Preview queued;
    queued.writes = {write};
    QCOMPARE(shown, ActionConfirmation::previewText(queued));
}

void tst_CaseView::markDecidedQueuesStatusUpdate()
{
    const auto view = openView(m_case);
    // The customer answered: processing goes on, then the case is decided.
    QString shown;
    bool readOnly = false;
    whenModal(u"statusDialog"_s, [&](QDialog *dialog) {
        auto *state = dialog->findChild<QComboBox *>(u"stateCombo"_s);
        state->setCurrentIndex(state->findData(u"inProcessing"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"statusTextFi"_s)->text(), u"Käsittelyssä"_s);
        confirmInto(&shown, &readOnly);
        dialog->accept();
    });
    QVERIFY(waitForAction(view.get(), view->findChild<QAction *>(u"statusAction"_s)));
    QVERIFY(CaseStore(m_db).caseById(m_case)->state == CaseState::InProcessing);

    QAction *decided = view->findChild<QAction *>(u"decidedAction"_s);
    QVERIFY(decided->isEnabled());
    whenModal(u"statusDialog"_s, [&](QDialog *dialog) {
        auto *state = dialog->findChild<QComboBox *>(u"stateCombo"_s);
        QCOMPARE(state->count(), 1);
        QCOMPARE(state->currentData().toString(), u"decided"_s);
        dialog->findChild<QLineEdit *>(u"statusTextFi"_s)->setText(u"Lupa myönnetty"_s);
        confirmInto(&shown, &readOnly);
        dialog->accept();
    });
    QVERIFY(waitForAction(view.get(), decided));
    const auto rows = outboxFor(m_case);
    QCOMPARE(rows.size(), 5);
    const QJsonObject body = QJsonDocument::fromJson(rows.last().second).object();
    QCOMPARE(body.value(u"state"_s).toString(), u"decided"_s);
    QCOMPARE(body.value(u"statusText"_s).toObject().value(u"fi"_s).toString(), u"Lupa myönnetty"_s);
    QCOMPARE(body.value(u"statusText"_s).toObject().value(u"sv"_s).toString(), u"Avgjord"_s);
    CaseActions::OutgoingWrite write{u"status"_s, externalIdOf(1), rows.last().second, {}, {}};
    CaseActions::Preview queued;
    queued.writes = {write};
    QCOMPARE(shown, ActionConfirmation::previewText(queued));
    QVERIFY(CaseStore(m_db).caseById(m_case)->state == CaseState::Decided);
    QVERIFY(view->findChild<QAction *>(u"closeCaseAction"_s)->isEnabled());
    QVERIFY(!view->findChild<QAction *>(u"approveAction"_s)->isEnabled());
}

void tst_CaseView::cancellingTheConfirmationQueuesNothing()
{
    const auto view = openView(m_case);
    const int before = int(outboxFor(m_case).size());
    whenModal(u"messageDialog"_s, [&](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"subjectEdit"_s)->setText(u"Ei lähetetä"_s);
        dialog->findChild<QPlainTextEdit *>(u"bodyEdit"_s)->setPlainText(u"Luonnos"_s);
        whenModal(u"actionConfirmation"_s, [](QDialog *confirmation) { confirmation->reject(); });
        dialog->accept();
    });
    QSignalSpy finished(view.get(), &CaseView::actionFinished);
    view->findChild<QAction *>(u"messageAction"_s)->trigger();
    QTest::qWait(300);
    QVERIFY(finished.isEmpty());
    QCOMPARE(int(outboxFor(m_case).size()), before);
}

void tst_CaseView::transferElsewhereQueuesExactlyThePreview()
{
    const auto view = openView(m_otherCase);
    // Taken from the keyboard, as every action can be.
    QApplication::setActiveWindow(view.get());
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
    view->findChild<QTabWidget *>(u"caseTabs"_s)->setFocus();
    QSignalSpy taken(view.get(), &CaseView::actionFinished);
    QTest::keyClick(view.get(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(taken.wait(15000));
    QVERIFY(taken.first().at(0).toBool());
    QCOMPARE(CaseStore(m_db).caseById(m_otherCase)->handler, officer);
    QString shown;
    bool readOnly = false;
    whenModal(u"transferElsewhereDialog"_s, [&](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"authorityEdit"_s), u"Pirkanmaan ELY"_s);
        dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"Toimivalta."_s);
        confirmInto(&shown, &readOnly);
        dialog->accept();
    });
    QVERIFY(waitForAction(view.get(), view->findChild<QAction *>(u"transferElsewhereAction"_s)));
    const auto rows = outboxFor(m_otherCase);
    QCOMPARE(rows.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(rows.first().second).object();
    QCOMPARE(body.value(u"state"_s).toString(), u"transferredElsewhere"_s);
    CaseActions::OutgoingWrite write{
        rows.first().first, externalIdOf(3), rows.first().second, {}, {}};
    CaseActions::Preview queued;
    queued.writes = {write};
    QCOMPARE(shown, ActionConfirmation::previewText(queued));
    QVERIFY(shown.contains(u"Pirkanmaan ELY"_s));
    QVERIFY(CaseStore(m_db).caseById(m_otherCase)->state == CaseState::TransferredElsewhere);
}

void tst_CaseView::timelineAndTransfersListTheQueuedWrites()
{
    const auto view = openView(m_case);
    const auto *timeline = view->findChild<QTreeWidget *>(u"timelineTree"_s);
    int outbound = 0;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        if (timeline->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"outbound"_s)
            ++outbound;
    }
    QCOMPARE(outbound, int(outboxFor(m_case).size()));
    const auto *transfers = view->findChild<QTreeWidget *>(u"transfersTree"_s);
    // One inbound action, the export (approved with an export target) and the five writes.
    QCOMPARE(transfers->topLevelItemCount(), 1 + 1 + 5);
    // Each item carries its history underneath.
    QVERIFY(transfers->topLevelItem(0)->childCount() >= 1);
    const auto *audit = view->findChild<QTreeWidget *>(u"auditTree"_s);
    QStringList actions;
    for (int i = 0; i < audit->topLevelItemCount(); ++i)
        actions << audit->topLevelItem(i)->data(0, Qt::UserRole).toString();
    QVERIFY2(actions.contains(u"case.claimed"_s), qPrintable(actions.join(u',')));
    QVERIFY(actions.contains(u"case.approved"_s));
    QVERIFY(actions.contains(u"case.messageQueued"_s));
}

void tst_CaseView::failedWriteCanBeRetriedFromTheTransfersTab()
{
    const auto rows = outboxFor(m_otherCase);
    QCOMPARE(rows.size(), 1);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"SELECT id, message_id FROM outbox WHERE case_id = %1"_s.arg(m_otherCase)));
    QVERIFY(q.next());
    const qint64 outboxId = q.value(0).toLongLong();
    const QString messageId = q.value(1).toString();
    q.finish();
    QString error;
    QVERIFY2(OutboxStore(m_db).markFailed(outboxId, u"Invalid: statusText"_s, u"lvdesk"_s, &error),
             qPrintable(error));

    const auto view = openView(m_otherCase);
    auto *tree = view->findChild<QTreeWidget *>(u"transfersTree"_s);
    auto *retry = view->findChild<QPushButton *>(u"retryButton"_s);
    QTreeWidgetItem *failed = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(CaseTransfersView::ErrorColumn) == u"Invalid: statusText"_s)
            failed = tree->topLevelItem(i);
    }
    QVERIFY(failed);
    QVERIFY(!retry->isEnabled());
    // Only problems: the inbound action, which is fine, is hidden.
    view->findChild<QCheckBox *>(u"problemsOnly"_s)->setChecked(true);
    QVERIFY(tree->topLevelItem(0)->isHidden());
    QVERIFY(!failed->isHidden());
    tree->setCurrentItem(failed);
    QVERIFY(retry->isEnabled());
    QSignalSpy finished(view.get(), &CaseView::actionFinished);
    retry->click();
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(OutboxStore(m_db).byMessageId(messageId)->state != OutboxState::Failed);
}

void tst_CaseView::releasingAskedAndFreesTheCase()
{
    const qint64 caseId = ingestCase(4, u"Liisa Laine"_s);
    QVERIFY(caseId > 0);
    const auto view = openView(caseId);
    QVERIFY(waitForAction(view.get(), view->findChild<QAction *>(u"takeAction"_s)));
    QAction *release = view->findChild<QAction *>(u"releaseAction"_s);
    QVERIFY(release->isVisible());
    QVERIFY(!view->findChild<QAction *>(u"takeAction"_s)->isVisible());
    QStringList asked;
    DialogHost::setAnswerer([&asked](DialogHost::Kind kind, const QString &, const QString &text) {
        if (kind == DialogHost::Kind::Question)
            asked << text;
        return true;
    });
    const bool released = waitForAction(view.get(), release);
    DialogHost::setAnswerer(
        [](DialogHost::Kind, const QString &, const QString &) { return true; });
    QVERIFY(released);
    QCOMPARE(asked.size(), 1);
    QVERIFY(CaseStore(m_db).caseById(caseId)->handler.isEmpty());
    QVERIFY(view->findChild<QAction *>(u"takeAction"_s)->isEnabled());
    QVERIFY(!view->findChild<QAction *>(u"approveAction"_s)->isEnabled());
}

void tst_CaseView::confirmationKeepsTheBodyTextAndMemberOrder()
{
    // Braces, commas and escaped quotes inside strings are text, not structure.
    const QByteArray body = R"({"z":"a\"{,}[]","a":[],"m":{"k":[1,2.5e3,true,null]},"e":{}})"_ba;
    const QString expected = u"{\n"
                             "    \"z\": \"a\\\"{,}[]\",\n"
                             "    \"a\": [],\n"
                             "    \"m\": {\n"
                             "        \"k\": [\n"
                             "            1,\n"
                             "            2.5e3,\n"
                             "            true,\n"
                             "            null\n"
                             "        ]\n"
                             "    },\n"
                             "    \"e\": {}\n"
                             "}"_s;
    QCOMPARE(ActionConfirmation::indentJson(body), expected);
    QCOMPARE(withoutLayout(u"line\n"_s + expected), body);
}

void tst_CaseView::actionNotReceivedIsShownOnItsCaseWithAWayOut()
{
    // A supplement of the case that the service refused to deliver: the case says so.
    const std::optional<CaseStore::Case> c = CaseStore(m_db).caseById(m_otherCase);
    QVERIFY(c);
    InboundFailure failure;
    failure.item.externalId = u"3f0c5a2e-0000-4000-8000-999999999999"_s;
    failure.item.projectPartId = c->projectPartId;
    failure.item.actionType = ActionType::fromString(u"supplement"_s);
    failure.item.version = 1;
    failure.reason = InboundFailure::Reason::Refused;
    failure.state = InboundFailure::State::Failed;
    failure.detail = u"service HTTP 404 NotFound"_s;
    QString error;
    QVERIFY2(InboundFailureStore(m_db).recordFailure(failure, 1, u"lvdesk"_s, &error),
             qPrintable(error));
    const auto view = openView(m_otherCase);
    const auto *banner = view->findChild<QWidget *>(u"inboundBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY(view->findChild<QLabel *>(u"inboundText"_s)
                ->text()
                .contains(describe(InboundFailure::Reason::Refused)));
    auto *retry = view->findChild<QPushButton *>(u"inboundRetry"_s);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    retry->click();
    QTRY_COMPARE(toString(InboundFailureStore(m_db).find(failure.item.externalId)->state),
                 toString(InboundFailure::State::RetryRequested));
    // Handled outside lvdesk: the case no longer shows it.
    QVERIFY(InboundFailureStore(m_db).markHandled(failure.item.externalId, officer, &error));
    view->reload();
    QVERIFY(!banner->isVisible());
}

void tst_CaseView::documentIsSavedAsTheOfficersCopyAndPreviewed()
{
    const auto view = openView(m_case);
    auto *documents = view->findChild<CaseDocumentActions *>();
    QVERIFY(documents);
    // Reading the document is not an action on the case: anyone may, the menu is there.
    QVERIFY(view->findChild<QToolButton *>(u"documentButton"_s)->isEnabled());
    const QString path = m_dir.filePath(u"hakemus.pdf"_s);
    QSignalSpy finished(documents, &CaseDocumentActions::finished);
    documents->saveTo(path);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const QByteArray pdf = saved.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QProcess text;
    text.start(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(u"131052-****"_s), qPrintable(words.left(400)));
    QVERIFY(!words.contains(u"308T"_s));

    QSignalSpy shown(documents, &CaseDocumentActions::previewShown);
    documents->preview();
    QVERIFY(shown.wait(60000));
    auto *preview = view->findChild<DocumentPreviewDialog *>(u"documentPreview"_s);
    QVERIFY(preview && preview->isVisible());
    QVERIFY(preview->pageCount() >= 1);
    preview->close();
}

QTEST_MAIN(tst_CaseView)
#include "tst_caseview.moc"
