// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <spdlog/common.h>

namespace rollguide {

/// What the command line asks for.
struct Options {
    enum class Mode {
        Gui,
        Help,
        Version,
        CheckCatalog,
        ListRoutines,
        ExportPdf,
        History,
        ExportHistory,
        ImportHistory,
        ListPrograms,
        ProgramToday
    };
    Mode mode = Mode::Gui;
    QString catalogPath;      ///< --catalog FILE (empty: the bundled catalog)
    QString checkCatalogPath; ///< --check-catalog FILE
    QString routine;          ///< --routine NAME_OR_FILE: open this routine on the Session tab
    bool start = false;       ///< --start: start that routine straight away
    bool background = false;  ///< --background: start in the tray, no window (autostart, reminders)
    QString exportPdfPath;    ///< --export-pdf FILE: write that routine's sheet as a PDF, no window
    QString language;         ///< --language CODE (empty: the system's language)
    QString historyPath;      ///< --export-history FILE.csv|FILE.json, or --import-history FILE.json
    QString program;          ///< --program NAME with --today (empty: the program being followed)
    spdlog::level::level_enum logLevel = spdlog::level::info;

    /// Only the window needs a display; every other mode runs without one.
    bool needsDisplay() const;
};

struct CommandLineResult {
    Options options;
    QString error;    ///< Non-empty when the command line is not usable.
    QString helpText; ///< Always filled, for --help and for errors.
};

/// Parses the arguments (argv[0] first), Qt's own options (-platform, -style ...) included, so that it
/// can be called before any application object exists. Pure: prints nothing, exits nothing.
CommandLineResult parseCommandLine(const QStringList& arguments);

/// The arguments without the options Qt's application objects take themselves (-platform NAME,
/// --style=NAME, -reverse ...), which RollGuide leaves to Qt.
QStringList withoutQtOptions(const QStringList& arguments);

} // namespace rollguide
