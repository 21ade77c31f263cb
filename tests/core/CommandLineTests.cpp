// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CommandLine.h"
#include "TestUtil.h"

using namespace rollguide;

namespace {
CommandLineResult parse(QStringList args) {
    args.prepend(QStringLiteral("rollguide"));
    return parseCommandLine(args);
}
} // namespace

TEST_CASE("The command line picks the mode and its file", "[cli]") {
    CHECK(parse({}).options.mode == Options::Mode::Gui);
    CHECK(parse({}).error.isEmpty());
    CHECK(parse({QStringLiteral("--help")}).options.mode == Options::Mode::Help);
    CHECK(parse({QStringLiteral("--version")}).options.mode == Options::Mode::Version);
    const auto check = parse({QStringLiteral("--check-catalog"), QStringLiteral("x.json")});
    CHECK(check.options.mode == Options::Mode::CheckCatalog);
    CHECK(check.options.checkCatalogPath == QStringLiteral("x.json"));
    CHECK(parse({QStringLiteral("--catalog=y.json")}).options.catalogPath == QStringLiteral("y.json"));
    CHECK(parse({QStringLiteral("--log-level"), QStringLiteral("debug")}).options.logLevel ==
          spdlog::level::debug);
    CHECK(parse({}).options.logLevel == spdlog::level::info);
    CHECK(parse({}).helpText.contains(QStringLiteral("--check-catalog")));
    CHECK(parse({QStringLiteral("--list-routines")}).options.mode == Options::Mode::ListRoutines);
    const auto list =
        parse({QStringLiteral("--list-routines"), QStringLiteral("--catalog"), QStringLiteral("z.json")});
    CHECK(list.options.mode == Options::Mode::ListRoutines);
    CHECK(list.options.catalogPath == QStringLiteral("z.json"));
    CHECK(parse({}).helpText.contains(QStringLiteral("--list-routines")));
}

TEST_CASE("An odd command line gets a clear error", "[cli]") {
    CHECK(parse({QStringLiteral("--frobnicate")}).error.contains(QStringLiteral("frobnicate")));
    CHECK(parse({QStringLiteral("--check-catalog")}).error.contains(QStringLiteral("check-catalog")));
    CHECK(parse({QStringLiteral("--log-level"), QStringLiteral("loud")})
              .error.contains(QStringLiteral("Unknown log level \"loud\"")));
    CHECK(parse({QStringLiteral("stray")}).error.contains(QStringLiteral("Unexpected argument: stray")));
    CHECK(
        parse({QStringLiteral("--catalog=")}).error.contains(QStringLiteral("--catalog needs a file name")));
}

TEST_CASE("Headless modes are recognised before any window is needed", "[cli]") {
    // Decided by parsing the whole command line, so that an error is an error with or without a display.
    const auto headless = [](QStringList args) { return !parse(args).options.needsDisplay(); };
    CHECK(headless({QStringLiteral("--check-catalog"), QStringLiteral("a")}));
    CHECK(headless({QStringLiteral("--check-catalog=a")}));
    CHECK(headless({QStringLiteral("-h")}));
    CHECK(headless({QStringLiteral("--catalog"), QStringLiteral("a"), QStringLiteral("--list-routines")}));
    CHECK_FALSE(headless({}));
    CHECK_FALSE(headless({QStringLiteral("--catalog"), QStringLiteral("a")}));
    // After "--" nothing is an option.
    CHECK(parse({QStringLiteral("--"), QStringLiteral("--help")})
              .error.contains(QStringLiteral("Unexpected argument")));
}

TEST_CASE("Qt's own options are left to Qt, and single-dash words are whole options", "[cli]") {
    const auto r =
        parse({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--list-routines")});
    CHECK(r.error.isEmpty());
    CHECK(r.options.mode == Options::Mode::ListRoutines);
    CHECK(parse({QStringLiteral("--style=fusion"), QStringLiteral("-reverse"), QStringLiteral("--version")})
              .options.mode == Options::Mode::Version);
    CHECK(parse({QStringLiteral("--platform"), QStringLiteral("xcb"), QStringLiteral("-h")}).options.mode ==
          Options::Mode::Help);
    // An unknown word is named as one option, not as its letters.
    const QString error = parse({QStringLiteral("-bogus")}).error;
    CHECK(error.contains(QStringLiteral("Unknown option 'bogus'")));
    CHECK(withoutQtOptions({QStringLiteral("rollguide"), QStringLiteral("-platform"),
                            QStringLiteral("offscreen"), QStringLiteral("--routine"), QStringLiteral("x"),
                            QStringLiteral("-reverse")}) ==
          QStringList{QStringLiteral("rollguide"), QStringLiteral("--routine"), QStringLiteral("x")});
}

TEST_CASE("The routine option opens a routine, and start needs it", "[cli]") {
    const auto r =
        parse({QStringLiteral("--routine"), QStringLiteral("First session"), QStringLiteral("--start")});
    CHECK(r.error.isEmpty());
    CHECK(r.options.routine == QStringLiteral("First session"));
    CHECK(r.options.start);
    CHECK(parse({QStringLiteral("--start")}).error.contains(QStringLiteral("--start needs --routine")));
    CHECK(parse({QStringLiteral("--routine= ")}).error.contains(QStringLiteral("--routine needs")));
}

TEST_CASE("The PDF export needs a routine and a file, and runs without a window", "[cli][sheet]") {
    const auto r = parse({QStringLiteral("--routine"), QStringLiteral("Full back"),
                          QStringLiteral("--export-pdf"), QStringLiteral("out.pdf")});
    CHECK(r.error.isEmpty());
    CHECK(r.options.mode == Options::Mode::ExportPdf);
    CHECK(r.options.routine == QStringLiteral("Full back"));
    CHECK(r.options.exportPdfPath == QStringLiteral("out.pdf"));
    CHECK(
        parse({QStringLiteral("--export-pdf=a.pdf"), QStringLiteral("--routine=x")}).options.exportPdfPath ==
        QStringLiteral("a.pdf"));
    CHECK(parse({}).helpText.contains(QStringLiteral("--export-pdf")));
    CHECK(parse({QStringLiteral("--export-pdf"), QStringLiteral("out.pdf")})
              .error.contains(QStringLiteral("--export-pdf needs --routine")));
    CHECK(parse({QStringLiteral("--routine=x"), QStringLiteral("--export-pdf= ")})
              .error.contains(QStringLiteral("--export-pdf needs a file name")));
    CHECK(parse({QStringLiteral("--routine=x"), QStringLiteral("--export-pdf=a.pdf"),
                 QStringLiteral("--start")})
              .error.contains(QStringLiteral("cannot be used together")));
    CHECK(parse({QStringLiteral("--export-pdf")}).error.contains(QStringLiteral("export-pdf")));
    // --help still wins.
    CHECK(
        parse({QStringLiteral("--help"), QStringLiteral("--routine=x"), QStringLiteral("--export-pdf=a.pdf")})
            .options.mode == Options::Mode::Help);

    CHECK_FALSE(parse({QStringLiteral("--routine"), QStringLiteral("x"), QStringLiteral("--export-pdf"),
                       QStringLiteral("a.pdf")})
                    .options.needsDisplay());
    CHECK(parse({QStringLiteral("--routine"), QStringLiteral("x")}).options.needsDisplay());
}
