// SPDX-License-Identifier: EUPL-1.2

#include "config/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
namespace Language = lvdesk::Language;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitChoiceWins()
    {
        QCOMPARE(Language::resolve(u"sv"_s, {u"fi-FI"_s}), u"sv"_s);
        QCOMPARE(Language::resolve(u" FI "_s, {u"en-US"_s}), u"fi"_s);
    }

    void systemLocaleIsFollowed()
    {
        QCOMPARE(Language::resolve(QString(), {u"sv-FI"_s, u"fi-FI"_s}), u"sv"_s);
        QCOMPARE(Language::resolve(QString(), {u"de-DE"_s, u"fi_FI"_s}), u"fi"_s);
        QCOMPARE(Language::resolve(u"xx"_s, {u"fi-FI"_s}), u"fi"_s);
    }

    void unsupportedLanguagesFallBackToEnglish()
    {
        QCOMPARE(Language::resolve(QString(), {u"de-DE"_s, u"fr"_s}), u"en"_s);
        QCOMPARE(Language::resolve(QString(), {}), u"en"_s);
    }

    void installedCataloguesTranslate_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fi") << u"fi"_s << u"Ei yhteyttä"_s;
        QTest::newRow("sv") << u"sv"_s << u"Ingen anslutning"_s;
        QTest::newRow("en") << u"en"_s << u"Not connected"_s;
    }

    void installedCataloguesTranslate()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QVERIFY(Language::install(lang));
        QCOMPARE(Language::current(), lang);
        QCOMPARE(QCoreApplication::translate("lvdesk::MainWindow", "Not connected"), expected);
        QCOMPARE(QLocale().language(), QLocale(lang).language());
        QCOMPARE(QLocale().territory(), QLocale::Finland);
    }

    void commandLineHelpIsTranslated()
    {
        QVERIFY(Language::install(u"sv"_s));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"), u"Alternativ:"_s);
        QVERIFY(Language::install(u"fi"_s));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Options:"), u"Valitsimet:"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
