// SPDX-License-Identifier: EUPL-1.2

#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lvdesk::Language {

namespace {
QString g_current = u"en"_s;
QTranslator *g_lvdesk = nullptr;
QTranslator *g_qt = nullptr;

void removeTranslators()
{
    for (QTranslator **t : {&g_lvdesk, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

QStringList supported()
{
    return {u"fi"_s, u"sv"_s, u"en"_s};
}

QString resolve(const QString &requested, const QStringList &systemLanguages)
{
    const QString wanted = requested.trimmed().toLower();
    if (supported().contains(wanted))
        return wanted;
    for (const QString &tag : systemLanguages) {
        // "fi-FI", "sv_FI", "sv" ...
        const QString code = tag.left(2).toLower();
        if (supported().contains(code))
            return code;
    }
    return u"en"_s;
}

bool install(const QString &code)
{
    removeTranslators();
    const QString lang = supported().contains(code) ? code : u"en"_s;

    // Qt's own strings (standard buttons, dialogs) where Qt ships them for this language.
    g_qt = new QTranslator;
    if (g_qt->load(QLocale(lang), u"qtbase"_s, u"_"_s,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    else {
        delete g_qt;
        g_qt = nullptr;
    }

    // Installed last, so it is searched first: it also carries the command-line help strings.
    g_lvdesk = new QTranslator;
    const bool ok = g_lvdesk->load(u":/i18n/lvdesk_"_s + lang + u".qm"_s);
    if (ok)
        QCoreApplication::installTranslator(g_lvdesk);
    else {
        delete g_lvdesk;
        g_lvdesk = nullptr;
    }

    // Dates and numbers as officers in Finland write them, in the chosen language.
    QLocale::setDefault(QLocale(lang == u"en"_s ? u"en_FI"_s : lang + u"_FI"_s));
    g_current = lang;
    return ok;
}

QString current()
{
    return g_current;
}

} // namespace lvdesk::Language
