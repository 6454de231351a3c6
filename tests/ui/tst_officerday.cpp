// SPDX-License-Identifier: EUPL-1.2
// The officer's day end to end: the real main window on a real Workspace against the real lvsim,
// driven through its widgets as an officer would (F5, Enter on a row, the case's toolbar, the
// action dialogs and their confirmation). What counts is what the service received and what the
// export folder holds, not what the window says.

#include "caselistmodel.h"
#include "caselistview.h"
#include "caseview.h"
#include "config/language.h"
#include "config/workspace.h"
#include "dialoghost.h"
#include "lvsimprocess.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "store/casestore.h"
#include "store/storeconnection.h"
#include "sync/syncengine.h"
#include "transfer/packageverifier.h"
#include "workflow/caseactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lvdesk;

namespace {

const QString officer = u"virkailija"_s;
const QString diaryNumber = u"YM/77/2026"_s;

// Runs `handle` on the modal dialog called `name` once it is open. A dialog that never comes, or
// a handler that leaves its dialog open, is rejected after a while so that a failing test ends.
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

// Confirms the action confirmation by its button and keeps the text it showed.
void confirmInto(QString *shown)
{
    whenModal(u"actionConfirmation"_s, [shown](QDialog *dialog) {
        if (auto *text = dialog->findChild<QPlainTextEdit *>(u"previewText"_s))
            *shown = text->toPlainText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    });
}

} // namespace

class TestOfficerDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void f5SyncFillsTheToReviewList();
    void enterOpensTheCaseAndTakenCaseKeepsItsReviewMarks();
    void approvalReachesTheServiceOnceAndExportsOneVerifiedPackage();
    void supplementRequestReachesTheServiceWithDueDateAndItems();
    void messageReachesTheServiceOnce();

private:
    CaseListView *caseList() const;
    QTabWidget *workTabs() const;
    // Selects the case's row in the To review list and presses Enter; returns its tab.
    CaseView *openFromToReview(qint64 caseId);
    // Clicks the action's toolbar button (or triggers it when the toolbar hid it in its overflow
    // menu) and waits until the view reports the action's outcome.
    bool runAction(CaseView *view, const QString &actionName);
    // Presses F5 (after any running sync) until done() holds, each time waiting for the sync's end.
    bool syncUntil(const std::function<bool()> &done);
    // Makes the window the active one again (a closed modal dialog leaves no active window under
    // the offscreen platform) so that its shortcuts answer, then presses the key.
    void pressInWindow(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QJsonObject receivedFor(const QString &externalId);
    QString openingExternalId(qint64 caseId) const;
    QStringList packages() const;

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<LvSimProcess> m_sim;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_db;
    qint64 m_approved = 0;
    qint64 m_supplemented = 0;
    QStringList m_reviewedSections;
};

void TestOfficerDay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::install(u"en"_s));
    QSettings().clear();
    DialogHost::setAnswerer([](DialogHost::Kind, const QString &, const QString &text) {
        qInfo("dialog: %s", qPrintable(text));
        return true;
    });
    m_sim = std::make_unique<LvSimProcess>();
    QVERIFY(m_sim->start({u"--seed"_s, u"7"_s, u"--cases"_s, u"12"_s}));

    Workspace::Options options;
    options.profile.securityServer = m_sim->baseUrl();
    options.profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
    options.profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
    options.profile.intervalMinutes = 600;
    options.profile.reviewByDefault = true;
    options.profile.diaryPattern = u"YM-{year}-{seq:4}"_s;
    options.profile.exportTarget = Profile::ExportTarget::Folder;
    options.profile.exportFolder = m_dir.filePath(u"register"_s);
    QVERIFY(QDir().mkpath(options.profile.exportFolder));
    options.dataDir = m_dir.filePath(u"data"_s);
    options.officer = officer;
    options.secrets = &m_secrets;
    m_workspace = std::make_unique<Workspace>(options);

    m_window = std::make_unique<MainWindow>(QString(), options.profile, QList<Profile::Issue>{});
    m_window->attachWorkspace(m_workspace.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy failed(m_workspace.get(), &Workspace::failed);
    m_workspace->open();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->isReady() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(m_workspace->exporter());
    QTRY_VERIFY(caseList());

    QString error;
    m_db = StoreConnection::open(m_workspace->storeConfig(), u"tst_officerday"_s, &error);
    QVERIFY2(m_db.isValid(), qPrintable(error));
}

void TestOfficerDay::cleanupTestCase()
{
    m_db = QSqlDatabase();
    StoreConnection::close(u"tst_officerday"_s);
    m_window.reset();
    m_workspace.reset();
    m_sim.reset();
    DialogHost::setAnswerer({});
}

CaseListView *TestOfficerDay::caseList() const
{
    return m_window->findChild<CaseListView *>(u"caseListView"_s);
}

QTabWidget *TestOfficerDay::workTabs() const
{
    return m_window->findChild<QTabWidget *>(u"workTabs"_s);
}

CaseView *TestOfficerDay::openFromToReview(qint64 caseId)
{
    workTabs()->setCurrentIndex(0);
    pressInWindow(Qt::Key_1, Qt::ControlModifier);
    if (m_window->currentView() != MainWindow::View::ToReview)
        return nullptr;
    CaseListView *list = caseList();
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->caseIdAt(r) == caseId)
            row = r;
    }
    if (row < 0)
        return nullptr;
    list->table()->setFocus();
    list->table()->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list->table(), Qt::Key_Return);
    auto *view = qobject_cast<CaseView *>(workTabs()->currentWidget());
    return view && view->caseId() == caseId ? view : nullptr;
}

bool TestOfficerDay::runAction(CaseView *view, const QString &actionName)
{
    auto *action = view->findChild<QAction *>(actionName);
    if (!action || !action->isEnabled()) {
        qWarning("action %s is missing or disabled", qPrintable(actionName));
        return false;
    }
    QSignalSpy finished(view, &CaseView::actionFinished);
    auto *toolBar = view->findChild<QToolBar *>(u"caseActions"_s);
    QWidget *button = toolBar ? toolBar->widgetForAction(action) : nullptr;
    if (button && button->isVisible())
        QTest::mouseClick(button, Qt::LeftButton);
    else
        action->trigger();
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    if (!finished.first().at(0).toBool())
        qWarning("action failed: %s", qPrintable(finished.first().at(1).toString()));
    return finished.first().at(0).toBool();
}

bool TestOfficerDay::syncUntil(const std::function<bool()> &done)
{
    SyncEngine *sync = m_workspace->sync();
    for (int round = 0; round < 4; ++round) {
        // A sync the action started may be past its outbox step already: let it end first.
        if (sync->isRunning()) {
            QSignalSpy running(sync, &SyncEngine::finished);
            if (!running.wait(60000))
                return false;
        }
        QSignalSpy finished(sync, &SyncEngine::finished);
        pressInWindow(Qt::Key_F5);
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        const auto summary = finished.first().first().value<SyncSummary>();
        if (!summary.error.isEmpty())
            qWarning("sync: %s", qPrintable(summary.error));
        if (done())
            return true;
    }
    return done();
}

void TestOfficerDay::pressInWindow(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("the window did not become active");
    QTest::keyClick(m_window.get(), key, modifiers);
}

QJsonObject TestOfficerDay::receivedFor(const QString &externalId)
{
    const QJsonObject received = m_sim->adminGet(u"/admin/received?externalId="_s + externalId);
    return received.value(u"cases"_s).toObject().value(externalId).toObject();
}

QString TestOfficerDay::openingExternalId(qint64 caseId) const
{
    const auto c = CaseStore(m_db).caseById(caseId);
    return c ? c->openingExternalId : QString();
}

QStringList TestOfficerDay::packages() const
{
    // Hidden folders are packages still being written; the register sees only the others.
    return QDir(m_workspace->profile().exportFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

void TestOfficerDay::f5SyncFillsTheToReviewList()
{
    QCOMPARE(m_window->counts().all, qint64(0));
    QSignalSpy finished(m_workspace->sync(), &SyncEngine::finished);
    pressInWindow(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.newCases, 12);

    // With review on by default every new case waits for review.
    pressInWindow(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::View::ToReview);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->counts().all, qint64(12), 5000);
    // Cases the customer already withdrew in the feed need no review; the others all wait.
    QVERIFY(m_window->counts().toReview >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(caseList()->model()->totalCount(), m_window->counts().toReview, 5000);
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    QCOMPARE(nav->item(0)->text(), u"To review (%1)"_s.arg(m_window->counts().toReview));
    QVERIFY(caseList()->model()->rowCount() >= 2);
    QVERIFY(packages().isEmpty());
}

void TestOfficerDay::enterOpensTheCaseAndTakenCaseKeepsItsReviewMarks()
{
    m_approved = caseList()->model()->caseIdAt(0);
    QVERIFY(m_approved > 0);
    CaseView *view = openFromToReview(m_approved);
    QVERIFY(view);
    QCOMPARE(workTabs()->count(), 2);
    QVERIFY(runAction(view, u"takeAction"_s));
    QCOMPARE(CaseStore(m_db).caseById(m_approved)->handler, officer);
    QVERIFY(view->findChild<QLabel *>(u"handlerLabel"_s)->text().contains(officer));

    // The form's top-level sections, each with its review mark.
    QList<QComboBox *> marks;
    const QList<QComboBox *> combos = view->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->objectName().startsWith(u"reviewStatus:"_s))
            marks.append(combo);
    }
    QVERIFY2(marks.size() >= 2, qPrintable(QString::number(marks.size())));
    const QString okSection = marks.at(0)->objectName().section(u':', 1);
    const QString unclearSection = marks.at(1)->objectName().section(u':', 1);
    m_reviewedSections = {okSection, unclearSection};

    // Widgets are looked up by name each time: a reload after a sync may rebuild the form.
    auto mark = [&](const QString &section, const QString &status, const QString &noteText) {
        auto *combo = view->findChild<QComboBox *>(u"reviewStatus:"_s + section);
        if (!combo || !combo->isEnabled())
            return false;
        combo->setFocus();
        combo->setCurrentIndex(combo->findText(status));
        if (!noteText.isEmpty()) {
            auto *note = view->findChild<QLineEdit *>(u"reviewNote:"_s + section);
            if (!note)
                return false;
            note->setFocus();
            note->clear();
            QTest::keyClicks(note, noteText);
        }
        QSignalSpy finished(view, &CaseView::actionFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(u"reviewSave:"_s + section),
                          Qt::LeftButton);
        if (finished.isEmpty() && !finished.wait(15000))
            return false;
        if (!finished.first().at(0).toBool())
            qWarning("review save failed: %s", qPrintable(finished.first().at(1).toString()));
        return finished.first().at(0).toBool();
    };
    QVERIFY(mark(okSection, u"OK"_s, QString()));
    QVERIFY(mark(unclearSection, u"Needs clarification"_s, u"Kartta puuttuu"_s));

    const QList<CaseStore::ReviewNote> notes = CaseStore(m_db).reviewNotes(m_approved);
    QCOMPARE(notes.size(), 2);
    for (const CaseStore::ReviewNote &n : notes) {
        QCOMPARE(n.author, officer);
        if (n.sectionId == okSection) {
            QVERIFY(n.status == CaseStore::ReviewStatus::Ok);
        } else {
            QCOMPARE(n.sectionId, unclearSection);
            QVERIFY(n.status == CaseStore::ReviewStatus::NeedsClarification);
            QCOMPARE(n.note, u"Kartta puuttuu"_s);
        }
    }
}

void TestOfficerDay::approvalReachesTheServiceOnceAndExportsOneVerifiedPackage()
{
    QVERIFY(m_approved > 0);
    auto *view = qobject_cast<CaseView *>(workTabs()->currentWidget());
    QVERIFY(view && view->caseId() == m_approved);
    const QString externalId = openingExternalId(m_approved);
    QVERIFY(!externalId.isEmpty());

    QString shown;
    bool entered = false;
    whenModal(u"approveDialog"_s, [&](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(u"diaryNumberEdit"_s);
        QTest::keyClicks(edit, diaryNumber);
        entered = dialog->findChild<QRadioButton *>(u"enteredNumber"_s)->isChecked();
        confirmInto(&shown);
        dialog->accept();
    });
    QVERIFY(runAction(view, u"approveAction"_s));
    QVERIFY(entered);
    // The confirmation showed the very body that goes to the service.
    QVERIFY2(shown.contains(u"\"diaryNumber\": \""_s + diaryNumber + u'"'), qPrintable(shown));
    QVERIFY(shown.contains(u"\"state\": \"inProcessing\""_s));

    // The next syncs deliver the status update and export the case.
    QVERIFY(syncUntil([&] {
        return !receivedFor(externalId).value(u"statusUpdates"_s).toArray().isEmpty()
               && !packages().isEmpty();
    }));
    const QJsonObject received = receivedFor(externalId);
    const QJsonArray updates = received.value(u"statusUpdates"_s).toArray();
    QCOMPARE(updates.size(), 1);
    const QJsonObject update = updates.first().toObject();
    QCOMPARE(update.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(update.value(u"diaryNumber"_s).toString(), diaryNumber);
    QCOMPARE(update.value(u"handler"_s).toString(), officer);
    QCOMPARE(received.value(u"state"_s).toString(), u"inProcessing"_s);
    QCOMPARE(received.value(u"duplicateWrites"_s).toInt(), 0);
    QCOMPARE(received.value(u"replayedMessageIds"_s).toInt(), 0);
    QCOMPARE(received.value(u"rejected"_s).toInt(), 0);
    QVERIFY(received.value(u"messages"_s).toArray().isEmpty());

    // Exactly one package, intact, for this case, with the diary number and the review marks.
    const QStringList found = packages();
    QCOMPARE(found.size(), 1);
    const QString folder = QDir(m_workspace->profile().exportFolder).filePath(found.first());
    QString error;
    QVERIFY2(PackageVerifier::verify(folder, &error), qPrintable(error));
    QFile caseFile(QDir(folder).filePath(u"case.json"_s));
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(caseFile.readAll()).object();
    QCOMPARE(exported.value(u"caseId"_s).toInteger(), m_approved);
    QCOMPARE(exported.value(u"openingExternalId"_s).toString(), externalId);
    QCOMPARE(exported.value(u"diaryNumber"_s).toString(), diaryNumber);
    QCOMPARE(exported.value(u"handler"_s).toString(), officer);
    const QJsonArray notes = exported.value(u"reviewNotes"_s).toArray();
    QCOMPARE(notes.size(), 2);
    QStringList sections;
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        sections << n.value(u"sectionId"_s).toString();
        QCOMPARE(n.value(u"author"_s).toString(), officer);
        if (n.value(u"sectionId"_s).toString() == m_reviewedSections.at(1)) {
            QCOMPARE(n.value(u"status"_s).toString(), u"needsClarification"_s);
            QCOMPARE(n.value(u"note"_s).toString(), u"Kartta puuttuu"_s);
        } else {
            QCOMPARE(n.value(u"status"_s).toString(), u"ok"_s);
        }
    }
    sections.sort();
    QStringList expected = m_reviewedSections;
    expected.sort();
    QCOMPARE(sections, expected);

    // Another sync neither writes again nor exports again.
    QSignalSpy finished(m_workspace->sync(), &SyncEngine::finished);
    pressInWindow(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(receivedFor(externalId).value(u"statusUpdates"_s).toArray().size(), 1);
    QCOMPARE(receivedFor(externalId).value(u"duplicateWrites"_s).toInt(), 0);
    QCOMPARE(packages(), found);
}

void TestOfficerDay::supplementRequestReachesTheServiceWithDueDateAndItems()
{
    CaseListView *list = caseList();
    workTabs()->setCurrentIndex(0);
    pressInWindow(Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(list->model()->rowCount() > 0);
    for (int r = 0; r < list->model()->rowCount() && !m_supplemented; ++r) {
        if (list->model()->caseIdAt(r) != m_approved)
            m_supplemented = list->model()->caseIdAt(r);
    }
    QVERIFY(m_supplemented > 0);
    CaseView *view = openFromToReview(m_supplemented);
    QVERIFY(view);
    QVERIFY(runAction(view, u"takeAction"_s));
    const QString externalId = openingExternalId(m_supplemented);
    QVERIFY(!externalId.isEmpty());
    // A supplement is requested of a registered case: approved first, numbered from the pattern.
    bool fromPattern = false;
    QString approvalShown;
    whenModal(u"approveDialog"_s, [&](QDialog *dialog) {
        auto *pattern = dialog->findChild<QRadioButton *>(u"fromPattern"_s);
        QTest::mouseClick(pattern, Qt::LeftButton);
        fromPattern = pattern->isChecked();
        confirmInto(&approvalShown);
        dialog->accept();
    });
    QVERIFY(runAction(view, u"approveAction"_s));
    QVERIFY(fromPattern);
    QVERIFY2(approvalShown.contains(u"\"diaryNumber\": \"YM-"_s), qPrintable(approvalShown));
    const QString patternNumber = CaseStore(m_db).caseById(m_supplemented)->diaryNumber;
    QCOMPARE(patternNumber, u"YM-%1-0001"_s.arg(QDate::currentDate().year()));
    const QDate proposed = m_workspace->actions()->proposedSupplementDueDate(QDate::currentDate());
    QVERIFY(proposed > QDate::currentDate());

    QDate offered;
    QString shown;
    whenModal(u"supplementDialog"_s, [&](QDialog *dialog) {
        offered = dialog->findChild<QDateEdit *>(u"dueDateEdit"_s)->date();
        auto *item = dialog->findChild<QLineEdit *>(u"newItemEdit"_s);
        QTest::keyClicks(item, u"Asemapiirros 1:2000"_s);
        QTest::keyClick(item, Qt::Key_Return);
        QTest::keyClicks(item, u"Naapurien kuuleminen"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addItemButton"_s), Qt::LeftButton);
        dialog->findChild<QPlainTextEdit *>(u"bodyEdit"_s)->setPlainText(u"Täydentäkää."_s);
        confirmInto(&shown);
        dialog->accept();
    });
    QVERIFY(runAction(view, u"supplementAction"_s));
    QCOMPARE(offered, proposed);
    QVERIFY2(shown.contains(proposed.toString(Qt::ISODate)), qPrintable(shown));

    QVERIFY(syncUntil(
        [&] { return !receivedFor(externalId).value(u"messages"_s).toArray().isEmpty(); }));
    const QJsonObject received = receivedFor(externalId);
    const QJsonArray messages = received.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject request
        = messages.first().toObject().value(u"supplementRequest"_s).toObject();
    QCOMPARE(request.value(u"dueDate"_s).toString(), proposed.toString(Qt::ISODate));
    QCOMPARE(request.value(u"items"_s).toArray(),
             (QJsonArray{u"Asemapiirros 1:2000"_s, u"Naapurien kuuleminen"_s}));
    QCOMPARE(received.value(u"state"_s).toString(), u"supplementRequested"_s);
    const QJsonArray updates = received.value(u"statusUpdates"_s).toArray();
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().toObject().value(u"diaryNumber"_s).toString(), patternNumber);
    QCOMPARE(received.value(u"duplicateWrites"_s).toInt(), 0);
    QCOMPARE(received.value(u"rejected"_s).toInt(), 0);
    QVERIFY(CaseStore(m_db).caseById(m_supplemented)->state == CaseState::SupplementRequested);
    QTRY_COMPARE_WITH_TIMEOUT(view->findChild<QLabel *>(u"stateLabel"_s)->text(),
                              u"Supplement requested"_s, 5000);
}

void TestOfficerDay::messageReachesTheServiceOnce()
{
    QVERIFY(m_approved > 0);
    workTabs()->setCurrentIndex(0);
    pressInWindow(Qt::Key_5, Qt::ControlModifier); // All cases
    CaseListView *list = caseList();
    QTRY_VERIFY(list->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->caseIdAt(r) == m_approved)
            row = r;
    }
    QVERIFY(row >= 0);
    list->table()->setFocus();
    list->table()->setCurrentIndex(list->model()->index(row, 0));
    QTest::keyClick(list->table(), Qt::Key_Return);
    auto *view = qobject_cast<CaseView *>(workTabs()->currentWidget());
    QVERIFY(view && view->caseId() == m_approved);
    const QString externalId = openingExternalId(m_approved);

    const QString subject = u"Kysymys luvasta"_s;
    const QString body = u"Hei,\nmilloin alue on katselmoitavissa?"_s;
    QString shown;
    whenModal(u"messageDialog"_s, [&](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"subjectEdit"_s), subject);
        dialog->findChild<QPlainTextEdit *>(u"bodyEdit"_s)->setPlainText(body);
        confirmInto(&shown);
        dialog->accept();
    });
    QVERIFY(runAction(view, u"messageAction"_s));
    QVERIFY(shown.contains(subject));

    QVERIFY(syncUntil(
        [&] { return !receivedFor(externalId).value(u"messages"_s).toArray().isEmpty(); }));
    // One more sync must not send it again.
    QSignalSpy finished(m_workspace->sync(), &SyncEngine::finished);
    pressInWindow(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const QJsonObject received = receivedFor(externalId);
    const QJsonArray messages = received.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"subject"_s).toString(), subject);
    QVERIFY(messages.first().toObject().value(u"supplementRequest"_s).isNull());
    QCOMPARE(received.value(u"duplicateWrites"_s).toInt(), 0);
    QCOMPARE(received.value(u"replayedMessageIds"_s).toInt(), 0);
    QCOMPARE(received.value(u"rejected"_s).toInt(), 0);
    // lvsim's report leaves the body out; what was delivered is the stored outbox body.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT payload, state FROM outbox WHERE case_id = ? AND kind = 'message'"_s);
    q.addBindValue(m_approved);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    const QJsonObject sent = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    QCOMPARE(sent.value(u"messageId"_s).toString(),
             messages.first().toObject().value(u"messageId"_s).toString());
    QCOMPARE(sent.value(u"subject"_s).toString(), subject);
    QCOMPARE(sent.value(u"body"_s).toString(), body);
    QVERIFY(!q.next());
}

QTEST_MAIN(TestOfficerDay)
#include "tst_officerday.moc"
