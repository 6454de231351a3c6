// SPDX-License-Identifier: EUPL-1.2
// A module that must depend on QtCore alone (deadlines, domain): it links nothing else, and its
// sources include only their own headers, QtCore headers and the C++ standard library. The build
// names the module, its link list and its source folder.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_QtCoreOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksOnlyQtCore();
    void includesOnlyItselfQtCoreAndTheStandardLibrary();
};

void tst_QtCoreOnly::linksOnlyQtCore()
{
    // Filled in by the build from the library target's LINK_LIBRARIES.
    const QString links = QString::fromUtf8(LVDESK_MODULE_LINKS);
    QCOMPARE(links, u"Qt6::Core"_s);
}

void tst_QtCoreOnly::includesOnlyItselfQtCoreAndTheStandardLibrary()
{
    const QDir sources(QString::fromUtf8(LVDESK_MODULE_SOURCE_DIR));
    QVERIFY(sources.exists());
    const QDir qtCore(QLibraryInfo::path(QLibraryInfo::HeadersPath) + u"/QtCore"_s);
    QVERIFY2(qtCore.exists(), qPrintable(qtCore.path()));

    const QRegularExpression include(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s,
                                     QRegularExpression::MultilineOption);
    const QFileInfoList files
        = sources.entryInfoList({u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    int checked = 0;
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto it = include.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString header = match.captured(2);
            const QString where = info.fileName() + u": "_s + header;
            ++checked;
            if (match.captured(1) == u"\""_s) {
                const QString module = QString::fromUtf8(LVDESK_MODULE);
                QVERIFY2(header.startsWith(module + u'/') || header == module + u"log.h"_s,
                         qPrintable(where));
                continue;
            }
            if (header.startsWith(u'Q')) {
                QVERIFY2(qtCore.exists(header), qPrintable(where));
                continue;
            }
            // The standard library: lower-case names without a directory or an extension.
            QVERIFY2(!header.contains(u'/') && !header.contains(u'.') && header == header.toLower(),
                     qPrintable(where));
        }
    }
    QVERIFY(checked > 20);
}

QTEST_GUILESS_MAIN(tst_QtCoreOnly)
#include "tst_qtcoreonly.moc"
