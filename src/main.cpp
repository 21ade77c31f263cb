// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The rollguide executable: reads the command line, then runs a headless mode or the window.
#include "AppInstance.h"
#include "AppSettings.h"
#include "CatalogLoader.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Dialogs.h"
#include "HistoryExport.h"
#include "HistoryStore.h"
#include "IllustrationView.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MprisService.h"
#include "ProgramCoach.h"
#include "Reminders.h"
#include "RoutineLookup.h"
#include "RoutineSheet.h"
#include "RoutineStore.h"
#include "SafeFile.h"
#include "SessionPlanner.h"
#include "SettingsFile.h"
#include "SheetLayout.h"
#include "Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>

using namespace rollguide;

namespace {

void print(FILE* to, const QString& text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', to);
}

QString catalogPathOf(const Options& o) {
    return o.catalogPath.isEmpty() ? Catalog::bundledPath() : o.catalogPath;
}

int checkCatalog(const QString& path) {
    const CatalogLoadResult result = loadCatalogFile(path);
    if (!result.ok()) {
        print(stderr, result.errorText(path));
        print(stderr, QCoreApplication::translate("main", "%1: not a valid catalog (%n error(s))", nullptr,
                                                  int(result.errors.size()))
                          .arg(path));
        return 1;
    }
    print(stdout, QStringLiteral("%1: %2").arg(path, catalogSummary(*result.catalog)));
    return 0;
}

/// A problem in the routines folder, once, with the folder named once.
void printStoreProblem(const RoutineStore& store, const StoreProblem& p) {
    if (p.fileName.isEmpty())
        print(stderr, QStringLiteral("rollguide: %1").arg(p.message));
    else
        print(stderr, QStringLiteral("rollguide: %1: %2").arg(store.folder(), p.message));
}

/// The settings, read only; a file that cannot be read is named on stderr.
struct ReadSettings {
    SettingsFile file{AppSettings::defaultPath()};
    AppSettings settings{file};
    ReadSettings() {
        if (!file.problem().isEmpty())
            print(stderr, QStringLiteral("rollguide: %1").arg(file.problem()));
    }
};

/// Personal routines as the command line sees them: read once, never moved or restored.
struct CommandLineRoutines {
    RoutineStore store{defaultRoutinesFolder()};
    RoutineStore::LoadReport report = store.loadAll(RoutineStore::LoadMode::ReportOnly);

    QList<Routine> routines() const {
        QList<Routine> out;
        for (const StoredRoutine& r : report.routines)
            out << r.routine;
        return out;
    }
    void printProblems() const {
        for (const StoreProblem& p : report.problems)
            printStoreProblem(store, p);
    }
};

// One line per routine: its name, a tab, its total time as m:ss at the user's breath pace.
int listRoutines(const Options& o) {
    const QString path = catalogPathOf(o);
    const CatalogLoadResult catalog = loadCatalogFile(path);
    if (!catalog.ok()) {
        print(stderr, catalog.errorText(path));
        return 1;
    }
    const ReadSettings read;
    const PlanOptions options = read.settings.planOptions();
    int status = 0;
    // Built-in routines first, then the person's own; unreadable files are named on stderr.
    const CommandLineRoutines personal;
    personal.printProblems();
    QList<Routine> routines = catalog.catalog->routines;
    routines << personal.routines();
    for (const Routine& routine : std::as_const(routines)) {
        // A name is one field on one line, whatever the file holds.
        const QString name = plainLine(routine.name);
        const PlanResult plan = SessionPlanner::plan(routine, *catalog.catalog, options);
        if (!plan.ok()) {
            print(stderr, QStringLiteral("%1: %2").arg(name, plainLine(plan.errorText())));
            status = 1;
            continue;
        }
        print(stdout, QStringLiteral("%1\t%2").arg(name, formatMinutesSeconds(plan.plan->totalMs())));
    }
    return status;
}

/// Why `out` must not be written by this export, or empty: it is one of the command's inputs, or it
/// lies where RollGuide keeps the person's own files.
QString refusedOutput(const QString& out, const QStringList& inputs) {
    for (const QString& input : inputs)
        if (!input.isEmpty() && !input.startsWith(u':') && isSameFile(input, out))
            return QCoreApplication::translate("main",
                                               "%1 is %2, which this command reads; it is not written over. "
                                               "Choose another file name.")
                .arg(out, input == out ? QCoreApplication::translate("main", "an input") : input);
    for (const QString& folder : userDataFolders())
        if (isInsideFolder(out, folder))
            return QCoreApplication::translate("main",
                                               "%1 lies in %2, where RollGuide keeps your routines and "
                                               "settings; it writes nothing there. Choose another folder.")
                .arg(out, folder);
    return {};
}

// Writes the routine's sheet as a PDF: no window, and no display needed.
int exportPdf(const Options& o) {
    const auto fail = [](const QString& option, const QString& why) {
        print(stderr, QStringLiteral("rollguide: %1: %2").arg(option, why));
        return 1;
    };

    const QString path = catalogPathOf(o);
    const CatalogLoadResult catalog = loadCatalogFile(path);
    if (!catalog.ok()) {
        print(stderr, catalog.errorText(path));
        return 1;
    }
    const CommandLineRoutines personal;
    const RoutineLookup found = findRoutine(o.routine, *catalog.catalog, personal.routines());
    if (!found.routine) {
        if (found.file.isEmpty())
            personal.printProblems(); // say why a personal routine may be missing
        return fail(QStringLiteral("--routine"), found.error);
    }

    QStringList inputs{o.catalogPath, found.file, AppSettings::defaultPath()};
    for (const Exercise& e : catalog.catalog->exercises)
        if (e.illustration)
            inputs << e.illustration->path;
    if (const QString why = refusedOutput(o.exportPdfPath, inputs); !why.isEmpty())
        return fail(QStringLiteral("--export-pdf"), why);

    const ReadSettings read;
    const PlanOptions options = read.settings.planOptions();
    // A routine that cannot be planned cannot be printed either: the same rule as --list-routines.
    if (const PlanResult plan = SessionPlanner::plan(*found.routine, *catalog.catalog, options); !plan.ok())
        return fail(QStringLiteral("--routine"), QStringLiteral("%1: %2").arg(plainLine(found.routine->name),
                                                                              plainLine(plan.errorText())));
    const RoutineSheet sheet = RoutineSheet::build(*found.routine, *catalog.catalog, options);
    const QPageSize pageSize = SheetLayout::defaultPageSize();
    const Result<int> pages = SheetLayout::exportPdf(sheet, o.exportPdfPath, pageSize);
    if (!pages)
        return fail(QStringLiteral("--export-pdf"), pages.error());
    print(stdout, QCoreApplication::translate("main", "%1: %n page(s) (%2)", nullptr, pages.value())
                      .arg(o.exportPdfPath, pageSize.name()));
    return 0;
}

int listPrograms(const Options& o) {
    const QString path = catalogPathOf(o);
    const CatalogLoadResult catalog = loadCatalogFile(path);
    if (!catalog.ok()) {
        print(stderr, catalog.errorText(path));
        return 1;
    }
    if (catalog.catalog->programs.isEmpty()) {
        print(stderr, QCoreApplication::translate("main", "rollguide: %1 has no programs").arg(path));
        return 1;
    }
    for (const Program& p : catalog.catalog->programs)
        print(stdout,
              QStringLiteral("%1\t%2\t%3")
                  .arg(p.id, plainLine(p.name),
                       QCoreApplication::translate("main", "%n week(s)", nullptr, int(p.weeks.size()))));
    return 0;
}

constexpr int kHistoryLines = 20;

/// The history for a command that only reads it: nothing is created, moved or migrated.
struct ReadHistory {
    HistoryStore store{HistoryStore::defaultPath(), HistoryStore::Mode::ReadOnly};
    Result<QList<SessionRecord>> sessions = Result<QList<SessionRecord>>::failure({});
    ReadHistory(int limit = -1) {
        const HistoryStore::OpenReport& report = store.open();
        if (!report.ok) {
            sessions = Result<QList<SessionRecord>>::failure(report.problem);
            return;
        }
        sessions = store.sessions(limit);
    }
};

// Today's session of a program, from the recorded history and the safety answers; reads only.
int programToday(const Options& o) {
    const QString path = catalogPathOf(o);
    const CatalogLoadResult catalog = loadCatalogFile(path);
    if (!catalog.ok()) {
        print(stderr, catalog.errorText(path));
        return 1;
    }
    const Catalog& c = *catalog.catalog;
    const ReadSettings read;
    ProgramChoice choice = read.settings.programChoice();
    const QString name = o.program.isEmpty() ? choice.programId : o.program;
    if (name.isEmpty()) {
        print(stderr,
              QCoreApplication::translate(
                  "main", "rollguide: --today: you are not following a program; name one with --program NAME "
                          "(see --list-programs)"));
        return 1;
    }
    if (c.programs.isEmpty()) {
        print(stderr, QCoreApplication::translate("main", "rollguide: %1 has no programs").arg(path));
        return 1;
    }
    const Program* program = c.program(name);
    if (!program) {
        QStringList known;
        for (const Program& p : c.programs)
            known << p.name;
        if (o.program.isEmpty())
            print(stderr,
                  QCoreApplication::translate("main", "rollguide: --today: your settings (%1) name the "
                                                      "program \"%2\", which is not in the catalog; there "
                                                      "are: %3")
                      .arg(read.file.path(), plainLine(name), known.join(QStringLiteral(", "))));
        else
            print(stderr,
                  QCoreApplication::translate("main", "rollguide: --program: there is no program \"%1\"; "
                                                      "there are: %2")
                      .arg(plainLine(name), known.join(QStringLiteral(", "))));
        return 1;
    }
    // A start date mangled by hand is named, not silently read as today.
    if (const QString started = read.file.value(QStringLiteral("program/started")).trimmed();
        c.program(choice.programId) == program && !choice.started.isValid() && !started.isEmpty())
        print(stderr,
              QCoreApplication::translate("main", "rollguide: your settings (%1) give program/started as "
                                                  "\"%2\", which is not a date (YYYY-MM-DD); the program "
                                                  "is shown as if it started today")
                  .arg(read.file.path(), plainLine(started)));
    // A safety answer this catalog does not know is named: it rules nothing out.
    for (const QString& id : read.settings.screeningConditions())
        if (!c.contraindication(id))
            print(stderr,
                  QCoreApplication::translate("main", "rollguide: your settings (%1) list the safety answer "
                                                      "\"%2\", which RollGuide does not know; it is ignored")
                      .arg(read.file.path(), plainLine(id)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (c.program(choice.programId) != program || !choice.started.isValid()) {
        // Not the one being followed: as if it started today.
        const bool cleared = choice.flaggedCleared;
        choice = ProgramChoice{program->id, now.toTimeZone(zone).date(), false, {}, cleared};
    }
    const ReadHistory history;
    if (!history.sessions) {
        print(stderr, QStringLiteral("rollguide: %1").arg(history.sessions.error()));
        return 1;
    }
    const ProgramStatus status = ProgramCoach::assess(*program, choice, history.sessions.value(), now, zone);
    const PlanOptions options = read.settings.planOptions();
    const Screening screening = options.screening.value_or(Screening{});
    const ProgramSession today =
        ProgramCoach::today(*program, status, c, screening, choice.flaggedCleared, options);

    print(stdout, ProgramCoach::weekTitle(*program, status));
    print(stdout, status.reason);
    const Range aim = status.sessionsAimedFor;
    print(stdout,
          (aim.min == aim.max
               ? QCoreApplication::translate("main", "%1 of %n session(s) this week", nullptr, aim.max)
                     .arg(status.sessionsThisWeek)
               : QCoreApplication::translate("main", "%1 of %2–%3 sessions this week")
                     .arg(status.sessionsThisWeek)
                     .arg(aim.min)
                     .arg(aim.max)) +
              (status.doneToday ? QStringLiteral("; ") +
                                      QCoreApplication::translate("main", "you have already rolled today")
                                : QString()));
    if (!options.screening)
        print(stdout,
              QCoreApplication::translate(
                  "main",
                  "The safety questions are not answered yet: answer them in the window before you start."));
    if (choice.paused)
        return 0;
    if (!today.plan.ok()) {
        print(stderr, QStringLiteral("rollguide: %1").arg(today.blockedReason));
        return 1;
    }
    print(stdout, QString());
    int n = 0;
    for (const RoutineStep& st : today.plan.routine->steps) {
        const Exercise* e = c.exercise(st.exerciseId);
        print(stdout, QStringLiteral("%1. %2 — %3")
                          .arg(++n)
                          .arg(plainLine(e ? e->name : st.exerciseId), describeDose(st.dose)));
    }
    print(stdout,
          QCoreApplication::translate("main", "Total: %1").arg(formatMinutesSeconds(today.plan.totalMs)));
    for (const QString& note : today.plan.notes)
        print(stdout, note);
    for (const LeftOutMove& m : today.plan.leftOut)
        print(
            stdout,
            QCoreApplication::translate("main", "Left out: %1: %2").arg(plainLine(m.exerciseName), m.reason));
    return 0;
}

int printHistory() {
    const ReadHistory read(kHistoryLines);
    if (!read.sessions) {
        print(stderr, QStringLiteral("rollguide: %1").arg(read.sessions.error()));
        return 1;
    }
    if (read.sessions->isEmpty()) {
        print(stderr, QCoreApplication::translate("main", "rollguide: no sessions recorded yet (%1)")
                          .arg(read.store.path()));
        return 0;
    }
    for (const SessionRecord& s : read.sessions.value())
        print(stdout, historyLine(s));
    return 0;
}

int exportHistory(const Options& o) {
    const auto fail = [](const QString& why) {
        print(stderr, QStringLiteral("rollguide: --export-history: %1").arg(why));
        return 1;
    };
    if (const QString why = refusedOutput(o.historyPath, {HistoryStore::defaultPath()}); !why.isEmpty())
        return fail(why);
    const ReadHistory read;
    if (!read.sessions) {
        print(stderr, QStringLiteral("rollguide: %1").arg(read.sessions.error()));
        return 1;
    }
    const bool csv = o.historyPath.trimmed().toLower().endsWith(QStringLiteral(".csv"));
    const QByteArray bytes = csv ? historyToCsv(read.sessions.value()) : historyToJson(read.sessions.value());
    if (const Status written = writeFileAtomically(o.historyPath, bytes, false); !written.ok())
        return fail(written.error());
    print(stdout,
          QCoreApplication::translate("main", "%1: %n session(s)", nullptr, int(read.sessions->size()))
              .arg(o.historyPath));
    return 0;
}

int importHistory(const Options& o) {
    const RegularFileRead file = readRegularFile(o.historyPath, kMaxHistoryJsonBytes);
    if (!file.ok()) {
        print(stderr, QStringLiteral("rollguide: --import-history: %1: %2")
                          .arg(o.historyPath, file.status == RegularFileRead::Missing
                                                  ? QCoreApplication::translate("main", "no such file")
                                                  : file.error));
        return 1;
    }
    const HistoryImport parsed = historyFromJson(file.bytes);
    if (!parsed.ok()) {
        for (const LoadError& e : parsed.errors)
            print(stderr, QStringLiteral("%1: %2").arg(o.historyPath, e.toString()));
        print(stderr,
              QCoreApplication::translate("main", "%1: not a RollGuide history export; nothing was imported")
                  .arg(o.historyPath));
        return 1;
    }
    HistoryStore store(HistoryStore::defaultPath());
    const HistoryStore::OpenReport& report = store.open();
    if (!report.problem.isEmpty())
        print(stderr, QStringLiteral("rollguide: %1").arg(report.problem));
    if (!report.writable)
        return 1;
    const Result<int> added = store.merge(parsed.sessions);
    if (!added) {
        print(stderr, QStringLiteral("rollguide: %1").arg(added.error()));
        return 1;
    }
    print(stdout, QCoreApplication::translate("main", "%1: %n session(s) added", nullptr, added.value())
                      .arg(o.historyPath));
    if (const int known = int(parsed.sessions.size()) - added.value(); known > 0)
        print(stdout, QCoreApplication::translate("main", "%1: %n session(s) were already in the history",
                                                  nullptr, known)
                          .arg(o.historyPath));
    return 0;
}

QStringList argumentsOf(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

int usageError(const CommandLineResult& cl) {
    print(stderr,
          QStringLiteral("rollguide: %1\n%2")
              .arg(cl.error, QCoreApplication::translate("main", "Try 'rollguide --help' for the options.")));
    return 2;
}

/// The command line read again once the application object exists and the language is installed,
/// so that its messages and help come in that language.
/// --language wins over the language chosen in Settings, which wins over the system's. A saved
/// language RollGuide does not carry is named (with the settings file) and the system's is used.
CommandLineResult localizedCommandLine(const QStringList& args, const CommandLineResult& probe) {
    QString language = probe.options.language;
    QString saved;
    if (language.isEmpty()) {
        SettingsFile file(AppSettings::defaultPath());
        saved = AppSettings(file).language();
        if (checkLanguage(saved).ok())
            language = saved;
    }
    installTranslations(language);
    // Said in the language now installed.
    if (const Status known = checkLanguage(saved); !known.ok())
        print(stderr, QStringLiteral("rollguide: %1: ui/language: %2 %3")
                          .arg(AppSettings::defaultPath(), known.error(),
                               QCoreApplication::translate("main", "Following the system's language.")));
    return parseCommandLine(args);
}

int runHeadless(int argc, char** argv, const QStringList& args, const CommandLineResult& probe) {
    if (probe.error.isEmpty() && probe.options.mode == Options::Mode::ExportPdf) {
        // Fonts need a QGuiApplication, but nothing is shown: unless told otherwise, use the offscreen
        // platform, so this works with no display (and with a stale DISPLAY) alike.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("rollguide"));
        const CommandLineResult cl = localizedCommandLine(args, probe);
        setupLogging(cl.options.logLevel);
        return exportPdf(cl.options);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rollguide"));
    const CommandLineResult cl = localizedCommandLine(args, probe);
    if (!cl.error.isEmpty())
        return usageError(cl);
    const Options& o = cl.options;
    setupLogging(o.logLevel);
    switch (o.mode) {
    case Options::Mode::Help:
        print(stdout, cl.helpText);
        return 0;
    case Options::Mode::Version:
        print(stdout, QStringLiteral("rollguide %1").arg(QLatin1String(ROLLGUIDE_VERSION)));
        return 0;
    case Options::Mode::CheckCatalog:
        return checkCatalog(o.checkCatalogPath);
    case Options::Mode::ListRoutines:
        return listRoutines(o);
    case Options::Mode::ListPrograms:
        return listPrograms(o);
    case Options::Mode::ProgramToday:
        return programToday(o);
    case Options::Mode::History:
        return printHistory();
    case Options::Mode::ExportHistory:
        return exportHistory(o);
    case Options::Mode::ImportHistory:
        return importHistory(o);
    case Options::Mode::ExportPdf:
    case Options::Mode::Gui:
        break;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    markStartup("main() entered");
    // Past a file-size limit, writes fail with a message instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);

    // The whole command line is checked first: a typo gets a message (exit 2), with or without a display.
    // This first reading only decides which application object to make; the messages come from the
    // second, once the language is installed.
    const QStringList args = argumentsOf(argc, argv);
    const CommandLineResult probe = parseCommandLine(args);
    if (!probe.error.isEmpty() || !probe.options.needsDisplay())
        return runHeadless(argc, argv, args, probe);

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        installTranslations(probe.options.language);
        print(stderr, QCoreApplication::translate(
                          "main", "rollguide: no display found (neither DISPLAY nor WAYLAND_DISPLAY "
                                  "is set). Run it in a desktop session, or try --help for what "
                                  "works without one."));
        return 1;
    }

    QApplication app(argc, argv);
    markStartup("application object");
    QApplication::setApplicationName(QStringLiteral("rollguide"));
    QApplication::setApplicationDisplayName(QStringLiteral("RollGuide"));
    QApplication::setApplicationVersion(QStringLiteral(ROLLGUIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ROLLGUIDE_APP_ID));
    const CommandLineResult cl = localizedCommandLine(args, probe);
    markStartup("translations and command line");
    setupLogging(cl.options.logLevel);

    // One RollGuide per desktop session: a second one hands its command line to the first and exits.
    AppInstance instance(QDBusConnection::sessionBus());
    if (instance.claim() == AppInstance::Claim::Running) {
        const AppInstance::HandOver answer = AppInstance::handOver(
            QDBusConnection::sessionBus(), cl.options.routine, cl.options.start, cl.options.background);
        if (answer.reached) {
            print(answer.failed ? stderr : stdout,
                  answer.failed ? QStringLiteral("rollguide: %1").arg(answer.message) : answer.message);
            return answer.failed ? 1 : 0;
        }
        print(stderr,
              QApplication::translate("main", "rollguide: another RollGuide is running but did not answer "
                                              "(%1); starting this one on its own.")
                  .arg(answer.message));
    }
    markStartup("one instance checked");

    SettingsFile settingsFile(AppSettings::defaultPath());
    AppSettings settings(settingsFile);
    markStartup("settings read");
    // --background is how the autostart entry starts RollGuide at login: without reminders it has
    // nothing to do.
    if (cl.options.background && !settings.reminderPlan().on) {
        print(stdout,
              QApplication::translate("main", "rollguide: reminders are off, so there is nothing to run in "
                                              "the background. Turn them on in Settings."));
        return 0;
    }

    const QString catalogPath = catalogPathOf(cl.options);
    const QString catalogName = cl.options.catalogPath.isEmpty()
                                    ? QApplication::translate("main", "built-in catalog")
                                    : QFileInfo(catalogPath).absoluteFilePath();
    CatalogLoadResult catalog = loadCatalogFile(catalogPath);
    if (catalog.ok())
        spdlog::info("catalog: {}", catalogSummary(*catalog.catalog).toStdString());
    markStartup("catalog loaded");

    SteadyClock clock;
    MainWindow window(std::move(catalog), catalogName, settings, clock);
    // Decoding the icon's six sizes is not needed for the first frame.
    QObject::connect(&window, &MainWindow::firstFramePainted, &app,
                     [] { QApplication::setWindowIcon(applicationIcon()); });
    markStartup("window built");
    RoutineStore routineStore(defaultRoutinesFolder());
    window.attachRoutineStore(routineStore);
    markStartup("routines read");
    instance.attach(&window);
    MprisService remote(window, QDBusConnection::sessionBus());
    remote.registerOn();
    Reminders reminders(window, settings, clock, QDBusConnection::sessionBus());
    window.setReminders(&reminders);
    reminders.start();
    if (cl.options.background) {
        spdlog::info(
            "started in the background: the window opens from a reminder, the tray or another launch");
    } else {
        window.show();
        markStartup("window shown (first frame follows)");
    }
    if (!settingsFile.problem().isEmpty())
        print(stderr, QStringLiteral("rollguide: %1").arg(settingsFile.problem()));
    if (!cl.options.routine.isEmpty() && window.catalog()) {
        const RoutineLookup found =
            findRoutine(cl.options.routine, *window.catalog(), window.personalRoutines());
        if (!found.routine) {
            print(stderr, QStringLiteral("rollguide: --routine: %1").arg(found.error));
            Dialogs::tell(
                &window, QMessageBox::Warning, QApplication::translate("main", "Routine not found"),
                QApplication::translate("main", "RollGuide could not open the routine: %1").arg(found.error),
                QStringLiteral("routineNotFoundBox"));
        } else {
            // openRoutine() holds a session back until the safety notice is acknowledged.
            const bool start = cl.options.start;
            const Routine routine = *found.routine;
            QTimer::singleShot(0, &window, [&window, routine, start] { window.openRoutine(routine, start); });
        }
    }
    // After the window is on screen, so the notice opens over it.
    if (cl.options.background)
        QObject::connect(&window, &MainWindow::firstFramePainted, &window, &MainWindow::showFirstRunNotices);
    else
        QTimer::singleShot(0, &window, &MainWindow::showFirstRunNotices);
    return QApplication::exec();
}
