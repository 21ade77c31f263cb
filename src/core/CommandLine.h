// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <spdlog/common.h>

namespace rollguide {

/// What the command line asks for.
struct Options {
    enum class Mode { Gui, Help, Version, CheckCatalog, ListRoutines, ExportPdf };
    Mode mode = Mode::Gui;
    QString catalogPath;      ///< --catalog FILE (empty: the bundled catalog)
    QString checkCatalogPath; ///< --check-catalog FILE
    QString routine;          ///< --routine NAME_OR_FILE: open this routine on the Session tab
    bool start = false;       ///< --start: start that routine straight away
    QString exportPdfPath;    ///< --export-pdf FILE: write that routine's sheet as a PDF, no window
    spdlog::level::level_enum logLevel = spdlog::level::info;
};

struct CommandLineResult {
    Options options;
    QString error;    ///< Non-empty when the command line is not usable.
    QString helpText; ///< Always filled, for --help and for errors.
};

/// Parses the arguments (argv[0] first). Pure: prints nothing, exits nothing.
CommandLineResult parseCommandLine(const QStringList& arguments);

/// True when the arguments ask for something that needs no window (help, version, checks, PDF export).
bool isHeadless(const QStringList& arguments);

} // namespace rollguide
