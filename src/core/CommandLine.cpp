// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "Logging.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::CommandLine)
};

// The options QGuiApplication and QApplication take for themselves, with and without a value. Qt
// accepts them with one dash or two, and "-opt=value" too.
const QStringList kQtOptionsWithValue = {
    QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
    QStringLiteral("qwindowtitle"),    QStringLiteral("style"),
    QStringLiteral("stylesheet"),      QStringLiteral("session"),
    QStringLiteral("display"),         QStringLiteral("geometry"),
    QStringLiteral("title"),           QStringLiteral("name"),
    QStringLiteral("qmljsdebugger")};
const QStringList kQtFlags = {QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                              QStringLiteral("sync"), QStringLiteral("widgetcount")};
} // namespace

QStringList withoutQtOptions(const QStringList& arguments) {
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (i == 0 || !a.startsWith(u'-') || a == QLatin1String("-")) {
            out << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            out << arguments.mid(i);
            break;
        }
        const QString bare = a.mid(a.startsWith(QStringLiteral("--")) ? 2 : 1);
        const QString name = bare.section(u'=', 0, 0);
        if (kQtFlags.contains(name) && !bare.contains(u'='))
            continue;
        if (kQtOptionsWithValue.contains(name)) {
            if (!bare.contains(u'=') && i + 1 < arguments.size())
                ++i; // its value
            continue;
        }
        out << a;
    }
    return out;
}

bool Options::needsDisplay() const {
    return mode == Mode::Gui;
}

CommandLineResult parseCommandLine(const QStringList& arguments) {
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("RollGuide guides you through foam-rolling sessions for the back, hands-free."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Text::tr("Show the version and exit."));
    const QCommandLineOption check(
        QStringLiteral("check-catalog"),
        Text::tr("Validate a catalog file without opening a window; print a summary or every "
                 "error with its place. Exit status 0 when valid, 1 when not."),
        Text::tr("FILE"));
    const QCommandLineOption listRoutines(
        QStringLiteral("list-routines"),
        Text::tr("Print every routine without opening a window: its name, a tab, "
                 "and its total time as m:ss, one per line."));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     Text::tr("Use this catalog instead of the built-in one."),
                                     Text::tr("FILE"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        Text::tr("How much to log on stderr: trace, debug, info, warn, error, critical or "
                 "off (default: info)."),
        Text::tr("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption routine(
        QStringLiteral("routine"),
        Text::tr("Open this routine: a built-in or personal routine's name, or a routine "
                 "file."),
        Text::tr("NAME_OR_FILE"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        Text::tr("With --routine: start the session straight away (for a desktop shortcut)."));
    const QCommandLineOption background(
        QStringLiteral("background"),
        Text::tr("Start without a window (in the tray, where the desktop has one), to give the reminders "
                 "you set; how RollGuide starts at login."));
    const QCommandLineOption exportPdf(
        QStringLiteral("export-pdf"),
        Text::tr("With --routine: write the routine's printable sheet as a PDF file without "
                 "opening a window. Exit status 0 when written, 1 when not."),
        Text::tr("FILE"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        Text::tr("Print the last sessions without opening a window, newest first, one "
                 "per line: date, routine, minutes, what was done, the ratings."));
    const QCommandLineOption exportHistory(
        QStringLiteral("export-history"),
        Text::tr("Write the whole session history to a file without opening a window: CSV (one row per "
                 "session) when the name ends in .csv, JSON (everything) when it ends in .json."),
        Text::tr("FILE"));
    const QCommandLineOption importHistory(
        QStringLiteral("import-history"),
        Text::tr("Add the sessions in a JSON history export to this computer's history; sessions it "
                 "already holds are not added twice."),
        Text::tr("FILE"));
    const QCommandLineOption listPrograms(
        QStringLiteral("list-programs"),
        Text::tr("Print every program without opening a window: its id, a tab, its name, a tab, and how "
                 "many weeks it runs, one per line."));
    const QCommandLineOption program(
        QStringLiteral("program"),
        Text::tr("With --today: the program to ask about, by id or name (default: the one you follow)."),
        Text::tr("NAME"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        Text::tr("Print today's session of your program without opening a window: the week, why the "
                 "program is there, the moves with their doses, and the total time; from your recorded "
                 "history and safety answers, which it does not change."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Text::tr("Show RollGuide in this language instead of the system's: %1.")
                                          .arg(availableLanguages().join(QStringLiteral(", "))),
                                      Text::tr("CODE"));
    parser.addOptions({help, version, check, listRoutines, catalog, routine, start, background, exportPdf,
                       history, exportHistory, importHistory, listPrograms, program, today, language,
                       logLevel});
    result.helpText = parser.helpText();

    // "-platform" is a Qt option, and "-xyz" an unknown option "xyz", not the letters x, y and z.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(withoutQtOptions(arguments))) {
        result.error = parser.errorText();
        return result;
    }
    // The language first, so that every later message can be given in it.
    Options& o = result.options;
    if (parser.isSet(language)) {
        const QString code = parser.value(language).trimmed();
        const Status usable = code.isEmpty() ? Status::failure(Text::tr("--language needs a language code."))
                                             : checkLanguage(code);
        if (!usable.ok()) {
            result.error = usable.error();
            return result;
        }
        o.language = code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = Text::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    const auto level = parseLogLevel(parser.value(logLevel));
    if (!level) {
        result.error =
            Text::tr("Unknown log level \"%1\"; use trace, debug, info, warn, error, critical or off.")
                .arg(parser.value(logLevel));
        return result;
    }
    o.logLevel = *level;

    o.catalogPath = parser.value(catalog);
    if (parser.isSet(catalog) && o.catalogPath.isEmpty()) {
        result.error = Text::tr("--catalog needs a file name.");
        return result;
    }
    o.routine = parser.value(routine);
    o.start = parser.isSet(start);
    if (parser.isSet(routine) && o.routine.trimmed().isEmpty()) {
        result.error = Text::tr("--routine needs a routine name or file.");
        return result;
    }
    o.background = parser.isSet(background);
    if (o.background && parser.isSet(routine)) {
        result.error = Text::tr("--background opens no window, so it cannot be used with --routine.");
        return result;
    }
    if (o.start && !parser.isSet(routine)) {
        result.error = Text::tr("--start needs --routine NAME_OR_FILE to say what to start.");
        return result;
    }
    o.exportPdfPath = parser.value(exportPdf);
    if (parser.isSet(exportPdf)) {
        if (o.exportPdfPath.trimmed().isEmpty()) {
            result.error = Text::tr("--export-pdf needs a file name.");
            return result;
        }
        if (!parser.isSet(routine)) {
            result.error =
                Text::tr("--export-pdf needs --routine NAME_OR_FILE to say which routine to print.");
            return result;
        }
        if (o.start) {
            result.error = Text::tr("--export-pdf and --start cannot be used together.");
            return result;
        }
    }
    const QList<const QCommandLineOption*> historyModes{&history, &exportHistory, &importHistory};
    const int historyCount =
        int(std::count_if(historyModes.cbegin(), historyModes.cend(),
                          [&](const QCommandLineOption* opt) { return parser.isSet(*opt); }));
    if (historyCount > 1) {
        result.error = Text::tr("--history, --export-history and --import-history cannot be used together.");
        return result;
    }
    if (historyCount == 1 && (parser.isSet(routine) || parser.isSet(exportPdf))) {
        result.error = Text::tr("The history options cannot be used with --routine or --export-pdf.");
        return result;
    }
    if (parser.isSet(exportHistory)) {
        o.historyPath = parser.value(exportHistory);
        const QString lower = o.historyPath.trimmed().toLower();
        if (lower.isEmpty()) {
            result.error = Text::tr("--export-history needs a file name.");
            return result;
        }
        if (!lower.endsWith(QStringLiteral(".csv")) && !lower.endsWith(QStringLiteral(".json"))) {
            result.error =
                Text::tr("--export-history: \"%1\" ends neither in .csv nor in .json, so the format "
                         "is not clear.")
                    .arg(o.historyPath);
            return result;
        }
    }
    if (parser.isSet(importHistory)) {
        o.historyPath = parser.value(importHistory);
        if (o.historyPath.trimmed().isEmpty()) {
            result.error = Text::tr("--import-history needs a file name.");
            return result;
        }
    }
    if (parser.isSet(program) && !parser.isSet(today)) {
        result.error = Text::tr("--program needs --today (the window shows programs on its Session tab).");
        return result;
    }
    if (parser.values(program).size() > 1) {
        result.error = Text::tr("--program can be given only once.");
        return result;
    }
    if (parser.isSet(today)) {
        o.program = parser.value(program);
        if (parser.isSet(program) && o.program.trimmed().isEmpty()) {
            result.error = Text::tr("--program needs a program's id or name (see --list-programs).");
            return result;
        }
        if (parser.isSet(routine) || parser.isSet(exportPdf) || historyCount > 0 ||
            parser.isSet(listPrograms)) {
            result.error =
                Text::tr("--today cannot be used with --routine, --export-pdf, --list-programs or the "
                         "history options.");
            return result;
        }
    }
    if (parser.isSet(help)) {
        o.mode = Options::Mode::Help;
    } else if (parser.isSet(version)) {
        o.mode = Options::Mode::Version;
    } else if (parser.isSet(check)) {
        o.mode = Options::Mode::CheckCatalog;
        o.checkCatalogPath = parser.value(check);
        if (o.checkCatalogPath.isEmpty())
            result.error = Text::tr("--check-catalog needs a file name.");
    } else if (parser.isSet(listRoutines)) {
        o.mode = Options::Mode::ListRoutines;
    } else if (parser.isSet(listPrograms)) {
        o.mode = Options::Mode::ListPrograms;
    } else if (parser.isSet(today)) {
        o.mode = Options::Mode::ProgramToday;
    } else if (parser.isSet(exportPdf)) {
        o.mode = Options::Mode::ExportPdf;
    } else if (parser.isSet(history)) {
        o.mode = Options::Mode::History;
    } else if (parser.isSet(exportHistory)) {
        o.mode = Options::Mode::ExportHistory;
    } else if (parser.isSet(importHistory)) {
        o.mode = Options::Mode::ImportHistory;
    }
    return result;
}

} // namespace rollguide
