// SPDX-License-Identifier: EUPL-1.2
// lvdesk: parses the command line, wires the parts and starts the window (or, for --help,
// --version and the headless --sync-once, runs without a display).

#include "config/appinfo.h"
#include "config/auditkeycommand.h"
#include "config/headlesssync.h"
#include "config/language.h"
#include "config/logging.h"
#include "config/osidentity.h"
#include "config/processhardening.h"
#include "config/profile.h"
#include "config/workspace.h"
#include "dialoghost.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "store/privatefiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Strings of QCommandLineParser's own help text, so that `lvdesk --help` is complete in fi and sv.
[[maybe_unused]] const char *const qtParserStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

// Arguments before any QCoreApplication exists: the language must be known before the translated
// option descriptions are built, and the kind of application before it is constructed.
struct EarlyArguments
{
    QString lang;
    bool needsWindow = true;
    bool platformGiven = false;
    bool syncOnce = false;
};

EarlyArguments scanArguments(int argc, char **argv)
{
    EarlyArguments early;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--lang"_s && i + 1 < argc)
            early.lang = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(u"--lang="_s))
            early.lang = arg.mid(7);
        else if (arg == u"-h"_s || arg == u"--help"_s || arg == u"-?"_s || arg == u"--help-all"_s
                 || arg == u"-v"_s || arg == u"--version"_s)
            early.needsWindow = false;
        else if (arg == u"--sync-once"_s) {
            early.needsWindow = false;
            early.syncOnce = true;
        } else if (arg == u"--audit-key-export"_s || arg == u"--audit-key-import"_s)
            early.needsWindow = false;
        else if (arg == u"-platform"_s || arg.startsWith(u"-platform="_s))
            early.platformGiven = true;
    }
    return early;
}

bool displayAvailable(const EarlyArguments &early)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return early.platformGiven || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
           || !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(early);
    return true;
#endif
}

void printError(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef LVDESK_NO_CORE_DUMPS
    lvdesk::ProcessHardening::disableCoreDumps();
#endif
#ifdef Q_OS_UNIX
    // Everything lvdesk creates is the officer's alone unless it says otherwise (the drop folder's
    // packages follow that folder's mode); the data folder and its files also get explicit modes.
    ::umask(077);
#endif
    const EarlyArguments early = scanArguments(argc, argv);
    const bool window = early.needsWindow && displayAvailable(early);

    std::unique_ptr<QCoreApplication> app;
    if (window) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (early.syncOnce) {
        // The headless run renders the cases' documents (PDF/A) for the export: fonts and
        // painting need a GUI application, which the offscreen platform gives without a display.
        if (!early.platformGiven && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    lvdesk::AppInfo::apply();
    if (window)
        QGuiApplication::setDesktopFileName(lvdesk::AppInfo::desktopFileName());

    const QString savedLang = QSettings().value(u"ui/language"_s).toString();
    const QString lang = lvdesk::Language::resolve(early.lang.isEmpty() ? savedLang : early.lang,
                                                   QLocale::system().uiLanguages());
    lvdesk::Language::install(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Handles cases from the Luvat ja valvonta permit service for an authority."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "User interface language: fi, sv or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        QCoreApplication::translate("main", "Folder for the local store and attachments."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption profileOption(
        u"profile"_s,
        QCoreApplication::translate("main",
                                    "Connection profile (INI file) deployed by IT support."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption verboseOption(
        u"verbose"_s, QCoreApplication::translate("main", "Write debug messages to the log."));
    const QCommandLineOption syncOnceOption(
        u"sync-once"_s,
        QCoreApplication::translate(
            "main",
            "Run one full sync without a window (needs --profile), print a summary line and "
            "exit: 0 when nothing failed."));
    const QCommandLineOption auditKeyExportOption(
        u"audit-key-export"_s,
        QCoreApplication::translate("main", "Print the audit trail's key of the profile's database "
                                            "from this workstation's keychain (for IT support)."));
    const QCommandLineOption auditKeyImportOption(
        u"audit-key-import"_s,
        QCoreApplication::translate("main",
                                    "Store the audit trail's key of the profile's database, read "
                                    "from standard input, in this workstation's keychain."));
    parser.addOptions({langOption, dataDirOption, profileOption, verboseOption, syncOnceOption,
                       auditKeyExportOption, auditKeyImportOption});
    // A wrong command line exits with 2 like every other start problem (QCommandLineParser's own
    // exit would be 1, which --sync-once uses for "synced, but something failed").
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(u"lvdesk: "_s + parser.errorText());
        return 2;
    }
    parser.process(*app); // --help, --help-all and --version

    if (parser.isSet(langOption)
        && !lvdesk::Language::supported().contains(parser.value(langOption))) {
        printError(QCoreApplication::translate("main", "Unknown language \"%1\". Use fi, sv or en.")
                       .arg(parser.value(langOption)));
        return 2;
    }
    lvdesk::Logging::setup(parser.isSet(verboseOption));

    // Empty: the user's local data folder (the store is not meant to roam with a profile).
    const QString dataDir = parser.isSet(dataDirOption)
                                ? QDir(parser.value(dataDirOption)).absolutePath()
                                : QString();
    QString dataDirError;
    if (!dataDir.isEmpty() && !lvdesk::PrivateFiles::makeDirectory(dataDir, &dataDirError)) {
        printError(dataDirError);
        return 2;
    }
    lvdesk::KeychainSecretStore secrets;
    // The officer is the account the operating system runs lvdesk as: the handler and audit actor
    // of every action, and the X-Road-UserId unless the profile names one.
    const lvdesk::OsIdentity officer = lvdesk::OsIdentity::current();

    if (parser.isSet(auditKeyExportOption) || parser.isSet(auditKeyImportOption)) {
        if (!parser.isSet(profileOption)) {
            printError(QCoreApplication::translate(
                "main", "The audit key belongs to a database: add --profile FILE."));
            return 2;
        }
        QList<lvdesk::Profile::Issue> keyIssues;
        const lvdesk::Profile keyProfile
            = lvdesk::Profile::load(QDir(parser.value(profileOption)).absolutePath(), &keyIssues);
        if (!keyIssues.isEmpty()) {
            for (const lvdesk::Profile::Issue &issue : std::as_const(keyIssues))
                printError(issue.message);
            return 2;
        }
        const bool exporting = parser.isSet(auditKeyExportOption);
        lvdesk::AuditKeyCommand command(exporting ? lvdesk::AuditKeyCommand::Mode::Export
                                                  : lvdesk::AuditKeyCommand::Mode::Import,
                                        keyProfile, dataDir, &secrets);
        QObject::connect(&command, &lvdesk::AuditKeyCommand::done, app.get(),
                         [&app](int code) { app->exit(code); });
        QByteArray line;
        if (!exporting) {
            char buffer[256] = {};
            if (std::fgets(buffer, sizeof buffer, stdin))
                line = QByteArray(buffer);
        }
        command.start(line);
        return app->exec();
    }

    if (early.syncOnce) {
        if (!parser.isSet(profileOption)) {
            printError(QCoreApplication::translate(
                "main", "--sync-once needs a connection profile: add --profile FILE."));
            return 2;
        }
        const QString path = QDir(parser.value(profileOption)).absolutePath();
        QList<lvdesk::Profile::Issue> syncIssues;
        const lvdesk::Profile syncProfile = lvdesk::Profile::load(path, &syncIssues);
        if (!syncIssues.isEmpty()) {
            for (const lvdesk::Profile::Issue &issue : std::as_const(syncIssues))
                printError(issue.message);
            return 2;
        }
        if (!syncProfile.hasConnection()) {
            printError(QCoreApplication::translate(
                "main",
                "The profile does not say how to reach the Security Server (connection/)."));
            return 2;
        }
        if (!officer.isValid()) {
            printError(officer.error());
            return 2;
        }
        lvdesk::Workspace workspace(
            {path, syncProfile, dataDir, officer.accountName(), officer.fullName(), &secrets});
        lvdesk::HeadlessSync headless(&workspace);
        QObject::connect(&headless, &lvdesk::HeadlessSync::done, app.get(),
                         [&app](int code) { app->exit(code); });
        headless.start();
        return app->exec();
    }

    if (!window) {
        printError(QCoreApplication::translate(
            "main",
            "lvdesk cannot open its window: no graphical display is available (neither DISPLAY "
            "nor WAYLAND_DISPLAY is set). Start lvdesk in a desktop session, or use --help for "
            "the options that work without a display."));
        return 2;
    }

    QString profilePath = parser.value(profileOption);
    if (profilePath.isEmpty())
        profilePath = QSettings().value(u"connection/profilePath"_s).toString();
    QList<lvdesk::Profile::Issue> issues;
    lvdesk::Profile profile;
    if (!profilePath.isEmpty()) {
        profilePath = QDir(profilePath).absolutePath();
        profile = lvdesk::Profile::load(profilePath, &issues);
    }

    lvdesk::MainWindow mainWindow(profilePath, profile, issues);
    std::unique_ptr<lvdesk::Workspace> workspace;
    const auto openWorkspace = [&](const QString &path) {
        if (workspace) {
            // The open cases and lists belong to the running connection; another profile takes
            // over cleanly at the next start.
            QSettings().setValue(u"connection/profilePath"_s, path);
            lvdesk::DialogHost::show(
                &mainWindow, lvdesk::DialogHost::Kind::Information,
                QCoreApplication::translate("main", "Connection profile"),
                QCoreApplication::translate("main", "The new connection profile is used when "
                                                    "lvdesk is started again."));
            return;
        }
        if (!officer.isValid()) {
            lvdesk::DialogHost::show(&mainWindow, lvdesk::DialogHost::Kind::Error,
                                     QCoreApplication::translate("main", "Connection profile"),
                                     officer.error());
            return;
        }
        workspace = std::make_unique<lvdesk::Workspace>(
            lvdesk::Workspace::Options{path, mainWindow.profile(), dataDir, officer.accountName(),
                                       officer.fullName(), &secrets});
        QObject::connect(workspace.get(), &lvdesk::Workspace::ready, workspace.get(),
                         [ws = workspace.get()] { ws->sync()->startScheduling(); });
        mainWindow.attachWorkspace(workspace.get());
        workspace->open();
    };
    QObject::connect(&mainWindow, &lvdesk::MainWindow::profileChanged, &mainWindow, openWorkspace);
    if (issues.isEmpty() && profile.hasConnection())
        openWorkspace(profilePath);

    mainWindow.show();
    const int code = app->exec();
    // The window goes first: its views read through the workspace's store.
    mainWindow.attachWorkspace(nullptr);
    return code;
}
