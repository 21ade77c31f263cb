// SPDX-License-Identifier: MIT
// The rollguide executable: reads the command line, then runs a headless mode or the window.
#include "AppSettings.h"
#include "CatalogLoader.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Logging.h"
#include "RoutineLookup.h"
#include "RoutineSheet.h"
#include "RoutineStore.h"
#include "IllustrationView.h"
#include "MainWindow.h"
#include "SessionPlanner.h"
#include "SheetPrinter.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace rollguide;

namespace {

void print(FILE* to, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', to);
}

int checkCatalog(const QString& path)
{
    const CatalogLoadResult result = loadCatalogFile(path);
    if (!result.ok()) {
        print(stderr, result.errorText(path));
        const auto n = result.errors.size();
        print(stderr, n == 1 ? QCoreApplication::translate("main", "%1: not a valid catalog (1 error)").arg(path)
                             : QCoreApplication::translate("main", "%1: not a valid catalog (%2 errors)").arg(path).arg(n));
        return 1;
    }
    print(stdout, QStringLiteral("%1: %2").arg(path, catalogSummary(*result.catalog)));
    return 0;
}

// One line per routine: its name, a tab, its total time as m:ss at the user's breath pace.
int listRoutines(const QString& catalogOption)
{
    const QString path = catalogOption.isEmpty() ? Catalog::bundledPath() : catalogOption;
    const CatalogLoadResult catalog = loadCatalogFile(path);
    if (!catalog.ok()) {
        print(stderr, catalog.errorText(path));
        return 1;
    }
    QSettings qsettings(AppSettings::defaultPath(), QSettings::IniFormat);
    const AppSettings settings(qsettings);
    PlanOptions options;
    options.pace = {settings.inhaleMs(), settings.exhaleMs()};
    int status = 0;
    // Built-in routines first, then the person's own; unreadable files are named on stderr.
    QList<Routine> routines = catalog.catalog->routines;
    RoutineStore store(defaultRoutinesFolder());
    const RoutineStore::LoadReport report = store.loadAll();
    for (const StoreProblem& p : report.problems)
        print(stderr, QStringLiteral("%1: %2").arg(store.pathOf(p.fileName), p.message));
    for (const StoredRoutine& r : report.routines)
        routines << r.routine;
    for (const Routine& routine : std::as_const(routines)) {
        // A name is one field on one line, whatever the file holds.
        QString name = routine.name;
        for (QChar& c : name)
            if (c.category() == QChar::Other_Control)
                c = u' ';
        const PlanResult plan = SessionPlanner::plan(routine, *catalog.catalog, options);
        if (!plan.ok()) {
            print(stderr, QStringLiteral("%1: %2").arg(name, plan.errorText()));
            status = 1;
            continue;
        }
        print(stdout, QStringLiteral("%1\t%2").arg(name, formatMinutesSeconds(plan.plan->totalMs())));
    }
    return status;
}

// Writes the routine's sheet as a PDF: no window, and no display needed.
int exportPdf(int argc, char** argv, const Options& o)
{
    // Fonts need a QGuiApplication, but nothing is shown: unless told otherwise, use the offscreen
    // platform, so this works with no display (and with a stale DISPLAY) alike.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("rollguide"));
    setupLogging(o.logLevel);

    const QString path = o.catalogPath.isEmpty() ? Catalog::bundledPath() : o.catalogPath;
    const CatalogLoadResult catalog = loadCatalogFile(path);
    if (!catalog.ok()) {
        print(stderr, catalog.errorText(path));
        return 1;
    }
    RoutineStore store(defaultRoutinesFolder());
    QList<Routine> personal;
    for (const StoredRoutine& r : store.loadAll().routines)
        personal << r.routine;
    const RoutineLookup found = findRoutine(o.routine, *catalog.catalog, personal);
    if (!found.routine) {
        print(stderr, QStringLiteral("rollguide: --routine: %1").arg(found.error));
        return 1;
    }
    QSettings qsettings(AppSettings::defaultPath(), QSettings::IniFormat);
    const AppSettings settings(qsettings);
    PlanOptions options;
    options.pace = {settings.inhaleMs(), settings.exhaleMs()};
    if (settings.screeningAnswered()) {
        const QStringList ids = settings.screeningConditions();
        options.screening = Screening{QSet<QString>(ids.begin(), ids.end())};
    }
    const RoutineSheet sheet = RoutineSheet::build(*found.routine, *catalog.catalog, options);
    const QPageSize pageSize = SheetPrinter::defaultPageSize();
    QString error;
    int pages = 0;
    if (!SheetPrinter::exportPdf(sheet, o.exportPdfPath, &error, pageSize, &pages)) {
        print(stderr, QStringLiteral("rollguide: --export-pdf: %1").arg(error));
        return 1;
    }
    print(stdout, pages == 1 ? QCoreApplication::translate("main", "%1: 1 page (%2)").arg(o.exportPdfPath, pageSize.name())
                             : QCoreApplication::translate("main", "%1: %2 pages (%3)")
                                   .arg(o.exportPdfPath)
                                   .arg(pages)
                                   .arg(pageSize.name()));
    return 0;
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

int usageError(const CommandLineResult& cl)
{
    print(stderr, QStringLiteral("rollguide: %1\nTry 'rollguide --help' for the options.").arg(cl.error));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList rawArgs = argumentsOf(argc, argv);

    if (isHeadless(rawArgs)) {
        if (const CommandLineResult cl = parseCommandLine(rawArgs);
            cl.error.isEmpty() && cl.options.mode == Options::Mode::ExportPdf)
            return exportPdf(argc, argv, cl.options);
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rollguide"));
        const CommandLineResult cl = parseCommandLine(rawArgs);
        if (!cl.error.isEmpty())
            return usageError(cl);
        setupLogging(cl.options.logLevel);
        switch (cl.options.mode) {
        case Options::Mode::Help: print(stdout, cl.helpText); return 0;
        case Options::Mode::Version: print(stdout, QStringLiteral("rollguide %1").arg(QLatin1String(ROLLGUIDE_VERSION))); return 0;
        case Options::Mode::CheckCatalog: return checkCatalog(cl.options.checkCatalogPath);
        case Options::Mode::ListRoutines: return listRoutines(cl.options.catalogPath);
        case Options::Mode::ExportPdf: // handled above, before any application object
        case Options::Mode::Gui: break;
        }
    }

    // Check the command line before asking for a display, so a typo gets a message and not a window.
    {
        CommandLineResult early = parseCommandLine(rawArgs);
        // Qt's own options (-style, -platform ...) are only known to QApplication; let it take them first.
        const bool qtOptionsPresent = std::any_of(rawArgs.begin() + 1, rawArgs.end(), [](const QString& a) {
            return a.startsWith(u'-') && !a.startsWith(QStringLiteral("--"));
        });
        if (!early.error.isEmpty() && !qtOptionsPresent)
            return usageError(early);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        print(stderr, QStringLiteral("rollguide: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                                     "Run it in a desktop session, or try --help for what works without one."));
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rollguide"));
    QApplication::setApplicationDisplayName(QStringLiteral("RollGuide"));
    QApplication::setApplicationVersion(QStringLiteral(ROLLGUIDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(ROLLGUIDE_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    const CommandLineResult cl = parseCommandLine(QApplication::arguments());
    if (!cl.error.isEmpty())
        return usageError(cl);
    setupLogging(cl.options.logLevel);

    const QString catalogPath = cl.options.catalogPath.isEmpty() ? Catalog::bundledPath() : cl.options.catalogPath;
    const QString catalogName = cl.options.catalogPath.isEmpty() ? QStringLiteral("built-in catalog")
                                                                 : QFileInfo(catalogPath).absoluteFilePath();
    CatalogLoadResult catalog = loadCatalogFile(catalogPath);
    if (catalog.ok())
        spdlog::info("catalog: {}", catalogSummary(*catalog.catalog).toStdString());

    QSettings qsettings(AppSettings::defaultPath(), QSettings::IniFormat);
    AppSettings settings(qsettings);

    SteadyClock clock;
    MainWindow window(std::move(catalog), catalogName, settings, clock);
    RoutineStore routineStore(defaultRoutinesFolder());
    window.attachRoutineStore(routineStore);
    window.show();
    if (!cl.options.routine.isEmpty() && window.catalog()) {
        const RoutineLookup found = findRoutine(cl.options.routine, *window.catalog(), window.personalRoutines());
        if (!found.routine) {
            print(stderr, QStringLiteral("rollguide: --routine: %1").arg(found.error));
            QMessageBox::warning(&window, QApplication::translate("main", "Routine not found"),
                                 QApplication::translate("main", "RollGuide could not open the routine: %1").arg(found.error));
        } else {
            const bool start = cl.options.start;
            const Routine routine = *found.routine;
            QTimer::singleShot(0, &window, [&window, routine, start] { window.openRoutine(routine, start); });
        }
    }
    // After the window is on screen, so the notice opens over it.
    QTimer::singleShot(0, &window, &MainWindow::showFirstRunNotices);
    return QApplication::exec();
}
