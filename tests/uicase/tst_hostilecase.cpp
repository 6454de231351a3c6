// SPDX-License-Identifier: EUPL-1.2
// Issue 12, acceptance: cases full of hostile content, synced from lvsim --hostile, are shown in
// the case view as plain text: no label interprets markup, and every control, zero-width and
// bidirectional character of the customer's text is shown as a marker, never applied.
// With LVDESK_SCREENSHOT_DIR set the views are also saved there (docs/screenshots), in the language
// LVDESK_SCREENSHOT_LANG names (fi, sv or en). in the language
// LVDESK_SCREENSHOT_LANG names (fi, sv or en).

#include "attachmentmodel.h"
#include "attachmentview.h"
#include "caseview.h"
#include "config/language.h"
#include "config/workspace.h"
#include "dialoghost.h"
#include "domain/visibletext.h"
#include "lvsimprocess.h"
#include "secrets/memorysecretstore.h"
#include "store/casestore.h"
#include "store/storeconnection.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lvdesk;

class tst_HostileCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileCasesAreShownAsPlainText();
};

void tst_HostileCase::hostileCasesAreShownAsPlainText()
{
    DialogHost::setAnswerer(
        [](DialogHost::Kind, const QString &, const QString &) { return true; });
    if (qEnvironmentVariableIsSet("LVDESK_SCREENSHOT_LANG"))
        Language::install(qEnvironmentVariable("LVDESK_SCREENSHOT_LANG"));
    LvSimProcess sim;
    QVERIFY(sim.start({u"--seed"_s, u"5"_s, u"--cases"_s, u"12"_s, u"--hostile"_s, u"1"_s,
                       u"--hostile-large-bytes"_s, u"1100000"_s}));
    QTemporaryDir dir;
    MemorySecretStore secrets;
    Workspace::Options options;
    options.profile.securityServer = sim.baseUrl();
    options.profile.client = u"FI-TEST/MUN/0135202-4/lvdesk"_s;
    options.profile.service = u"FI-TEST/GOV/0245437-2/LV/lvService"_s;
    options.profile.intervalMinutes = 600;
    options.profile.maxAttachmentMegabytes = 1;
    options.dataDir = dir.filePath(u"data"_s);
    options.officer = u"anna.virtanen"_s;
    options.secrets = &secrets;
    Workspace workspace(options);
    QSignalSpy ready(&workspace, &Workspace::ready);
    QSignalSpy failed(&workspace, &Workspace::failed);
    workspace.open();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QSignalSpy synced(workspace.sync(), &SyncEngine::finished);
    workspace.sync()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 120000);
    QVERIFY(synced.first().first().value<SyncSummary>().complete());

    QList<qint64> caseIds;
    {
        QString error;
        QSqlDatabase db = StoreConnection::open(workspace.storeConfig(), u"hostile-ui"_s, &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        const QList<CaseStore::Case> cases = CaseStore(db).cases(QString(), QString(), 100);
        for (const CaseStore::Case &c : cases)
            caseIds << c.id;
    }
    StoreConnection::close(u"hostile-ui"_s);
    QCOMPARE(caseIds.size(), 12);

    const QString shots = qEnvironmentVariable("LVDESK_SCREENSHOT_DIR");
    int markers = 0;
    int shown = 0;
    for (const qint64 id : std::as_const(caseIds)) {
        CaseView view(&workspace, id);
        view.resize(1280, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *tabs = view.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QList<QLabel *> labels = view.findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                const QString text = label->text();
                // Nothing hidden is applied; markup is never interpreted.
                QVERIFY2(!VisibleText::needsMarkers(text, VisibleText::Lines::Multi),
                         qPrintable(label->objectName() + u": "_s + text.left(200)));
                if (text.contains(u'<'))
                    QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
                markers += text.count(u'\u27E8');
                ++shown;
            }
            for (const QGroupBox *box : view.findChildren<QGroupBox *>())
                QVERIFY2(!VisibleText::needsMarkers(box->title()), qPrintable(box->title()));
        }
        const AttachmentModel *model = view.findChild<AttachmentView *>()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                QVERIFY2(!VisibleText::needsMarkers(text), qPrintable(text.left(200)));
                markers += text.count(u'\u27E8');
            }
        }
        if (!shots.isEmpty() && id == caseIds.first()) {
            for (int tab : {0, 1}) {
                tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                QVERIFY(view.grab().save(QDir(shots).filePath(
                    u"hostile-case-%1-%2.png"_s.arg(tab).arg(Language::current()))));
            }
        }
    }
    qInfo("%d labels checked, %d hidden characters shown as markers", shown, markers);
    QVERIFY(markers > 10); // the hostile text was there, and it shows
    DialogHost::setAnswerer({});
}

QTEST_MAIN(tst_HostileCase)
#include "tst_hostilecase.moc"
