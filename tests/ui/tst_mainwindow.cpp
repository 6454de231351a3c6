#include "config/language.h"
#include "dialoghost.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using lvdesk::MainWindow;
using lvdesk::Profile;
namespace DialogHost = lvdesk::DialogHost;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString writeProfile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"p%1.ini"_s.arg(++m_count));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    static QString statusText(const MainWindow &w)
    {
        auto *label = w.findChild<QLabel *>(u"connectionStatus"_s);
        return label ? label->text() : QString();
    }

    // Every text an officer can read in the window: menus, actions, labels, buttons, list items.
    static QStringList visibleTexts(MainWindow &w)
    {
        QStringList texts;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (!a->text().isEmpty() && !a->isSeparator())
                texts << a->text();
            if (!a->toolTip().isEmpty())
                texts << a->toolTip();
        }
        for (QLabel *l : w.findChildren<QLabel *>()) {
            if (!l->text().isEmpty())
                texts << l->text();
        }
        for (QPushButton *b : w.findChildren<QPushButton *>())
            texts << b->text();
        if (auto *nav = w.findChild<QListWidget *>(u"navigation"_s)) {
            for (int i = 0; i < nav->count(); ++i)
                texts << nav->item(i)->text();
        }
        texts << w.windowTitle();
        return texts;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    const QByteArray m_goodProfile = "[connection]\nsecurityServer=http://127.0.0.1:8080\n"
                                     "client=FI-TEST/MUN/0135202-4/lvdesk\n"
                                     "service=FI-TEST/GOV/0245437-2/LV/lvService\n";

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        lvdesk::Language::install(u"en"_s);
        DialogHost::setAnswerer({});
    }

    void withoutProfileShowsFirstRunAndDisablesSync()
    {
        MainWindow w(QString(), Profile(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto *toolBar = w.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        auto *sync = w.findChild<QAction *>(u"syncNowAction"_s);
        QVERIFY(sync);
        QVERIFY(toolBar->actions().contains(sync));
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!sync->isEnabled());

        QCOMPARE(statusText(w), u"Not connected"_s);
        auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"firstRunPage"_s);
        QVERIFY(w.findChild<QLabel *>(u"firstRunText"_s)->text().contains(u"IT support"_s));
        QCOMPARE(w.findChild<QListWidget *>(u"navigation"_s)->count(), 6);

        QSignalSpy spy(&w, &MainWindow::syncRequested);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(spy.count(), 0);
    }

    void loadingAProfileEnablesSyncOnF5()
    {
        MainWindow w(QString(), Profile(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy changed(&w, &MainWindow::profileChanged);
        const QString path = writeProfile(m_goodProfile);
        QVERIFY(w.openProfile(path));
        QCOMPARE(changed.count(), 1);

        auto *sync = w.findChild<QAction *>(u"syncNowAction"_s);
        QVERIFY(sync->isEnabled());
        QVERIFY(statusText(w).startsWith(u"Not connected"_s));
        QVERIFY(statusText(w).contains(u"127.0.0.1"_s));
        auto *pages = w.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"casesPlaceholder"_s);

        QSignalSpy spy(&w, &MainWindow::syncRequested);
        QTest::keyClick(&w, Qt::Key_F5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(QSettings().value(u"connection/profilePath"_s).toString(), path);
    }

    void brokenProfileIsExplainedAndKeepsSyncDisabled()
    {
        QStringList shown;
        DialogHost::setAnswerer([&](DialogHost::Kind, const QString &, const QString &text) {
            shown << text;
            return true;
        });
        MainWindow w(QString(), Profile(), {});
        const QString path = writeProfile("[connection]\nsecurityServer=http://ss.remote\n"
                                          "client=FI/MUN\n");
        QVERIFY(!w.openProfile(path));
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(u"connection/securityServer"_s));
        QVERIFY(shown.first().contains(u"connection/client"_s));
        QVERIFY(!w.findChild<QAction *>(u"syncNowAction"_s)->isEnabled());
        auto *problems = w.findChild<QLabel *>(u"firstRunProblems"_s);
        QVERIFY(problems->isVisibleTo(&w));
        QVERIFY(problems->text().contains(u"connection/client"_s));
    }

    void geometryIsSavedAndRestored()
    {
        {
            MainWindow w(QString(), Profile(), {});
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 640);
            w.close();
        }
        QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
        MainWindow again(QString(), Profile(), {});
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void everyVisibleTextIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("notConnected");
        QTest::newRow("fi") << u"fi"_s << u"Ei yhteyttä"_s;
        QTest::newRow("sv") << u"sv"_s << u"Ingen anslutning"_s;
    }

    void everyVisibleTextIsTranslated()
    {
        QFETCH(QString, lang);
        QFETCH(QString, notConnected);
        QStringList english;
        {
            MainWindow w(QString(), Profile(), {});
            english = visibleTexts(w);
        }
        QVERIFY(english.size() > 20);
        QVERIFY(lvdesk::Language::install(lang));
        MainWindow w(QString(), Profile(), {});
        QCOMPARE(statusText(w), notConnected);
        const QStringList translated = visibleTexts(w);
        QCOMPARE(translated.size(), english.size());
        for (const QString &text : translated) {
            const QString plain = QString(text).remove(u'&');
            if (plain == u"lvdesk"_s)
                continue;
            QVERIFY2(!english.contains(text), qPrintable(u"untranslated: "_s + text));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
