// SPDX-License-Identifier: EUPL-1.2
// The manual page lvdesk(1) the build generates: it has the sections IT support looks for, lists
// exactly the options `lvdesk --help` prints, and documents every exit code of --sync-once.
#include "config/headlesssync.h"

#include <QFile>
#include <QMetaEnum>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestManPage : public QObject
{
    Q_OBJECT

private:
    QString m_page;
    QString m_help;

    // The body of the section headed `.SH NAME` (or `.SH "TWO WORDS"`), up to the next heading.
    QString section(const QString &name) const
    {
        const QRegularExpression heading(u"^\\.SH \"?"_s + QRegularExpression::escape(name)
                                             + u"\"?\\n"_s,
                                         QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = heading.match(m_page);
        if (!match.hasMatch())
            return {};
        const qsizetype start = match.capturedEnd();
        const qsizetype next = m_page.indexOf(u"\n.SH "_s, start);
        return m_page.mid(start, next < 0 ? -1 : next - start + 1);
    }

    // Long options named in a text; in roff a minus is written \- and \fB, \fI, \fR switch fonts.
    static QSet<QString> longOptions(QString text)
    {
        static const QRegularExpression font(u"\\\\f[BIRP]"_s);
        text.remove(font);
        text.replace(u"\\-"_s, u"-"_s);
        QSet<QString> names;
        static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z-]*"_s);
        for (const QRegularExpressionMatch &m : option.globalMatch(text))
            names.insert(m.captured());
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile page(QString::fromLatin1(LVDESK_MANPAGE));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        m_page = QString::fromUtf8(page.readAll());

        QProcess lvdesk;
        lvdesk.start(qEnvironmentVariable("LVDESK_BIN"), {u"--lang"_s, u"en"_s, u"--help"_s});
        QVERIFY(lvdesk.waitForFinished(30000));
        QCOMPARE(lvdesk.exitCode(), 0);
        m_help = QString::fromUtf8(lvdesk.readAllStandardOutput());
        QVERIFY(m_help.contains(u"--sync-once"_s));
    }

    void hasTheSectionsOfAManualPage()
    {
        for (const QString &name :
             {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"OPTIONS"_s, u"CONNECTION PROFILE"_s,
              u"EXIT STATUS"_s, u"ENVIRONMENT"_s, u"FILES"_s, u"EXAMPLES"_s, u"COPYRIGHT"_s})
            QVERIFY2(!section(name).trimmed().isEmpty(), qPrintable(name));
        QVERIFY2(m_page.contains(u"lvdesk "_s + QString::fromLatin1(LVDESK_VERSION)),
                 "the page names the version it documents");
    }

    void optionsAreExactlyThoseOfTheHelp()
    {
        const QSet<QString> help = longOptions(m_help);
        QCOMPARE(longOptions(section(u"OPTIONS"_s)), help);
    }

    void everyOptionThePageMentionsExists()
    {
        const QSet<QString> help = longOptions(m_help);
        const QSet<QString> mentioned = longOptions(m_page);
        QVERIFY(mentioned.contains(u"--data-dir"_s));
        for (const QString &option : mentioned)
            QVERIFY2(help.contains(option), qPrintable(option + u" is not an option of lvdesk"_s));
    }

    void everySyncOnceExitCodeIsDocumented()
    {
        // Each code is a `.TP` entry whose tag is the number.
        QSet<int> documented;
        static const QRegularExpression entry(u"^\\.TP\\n\\.B (\\d+)$"_s,
                                              QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch &m : entry.globalMatch(section(u"EXIT STATUS"_s)))
            documented.insert(m.captured(1).toInt());

        QSet<int> codes;
        const QMetaEnum exitCodes = QMetaEnum::fromType<lvdesk::HeadlessSync::ExitCode>();
        for (int i = 0; i < exitCodes.keyCount(); ++i)
            codes.insert(exitCodes.value(i));
        QVERIFY(codes.contains(lvdesk::HeadlessSync::CannotStart));
        QCOMPARE(documented, codes);
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
