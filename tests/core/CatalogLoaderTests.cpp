// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "TestUtil.h"

#include <QTemporaryDir>

using namespace rollguide;

namespace {
CatalogLoadResult load(const char* name) {
    return loadCatalogFile(testData(QStringLiteral("catalogs/") + QLatin1String(name)));
}

// The one error a bad file must produce: where it is and what it says.
void requireOneError(const CatalogLoadResult& r, const QString& where, const QString& messagePart) {
    INFO("errors: " << r.errorText().toStdString());
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.catalog.has_value());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where == where);
    CHECK(r.errors[0].message.contains(messagePart));
}
} // namespace

TEST_CASE("A small valid catalog loads with every field", "[catalog]") {
    const auto r = load("valid-mini.json");
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    const Catalog& c = *r.catalog;
    REQUIRE(c.exercises.size() == 2);
    const Exercise& e = c.exercises[1];
    CHECK(e.id == QStringLiteral("upper-hold"));
    CHECK(e.regions == QList<Region>{Region::Mid, Region::Upper});
    CHECK(e.kind == ExerciseKind::Hold);
    CHECK(e.dose == Dose{DoseUnit::Seconds, 45, 2, true, 15});
    CHECK(e.steps[1].breath == BreathCue::Exhale);
    CHECK(e.roller.equipment == QList<Equipment>{Equipment::Standard, Equipment::Half});
    CHECK(c.contraindications[0].action == ContraAction::Avoid);
    CHECK(c.contraindications[1].action == ContraAction::AskDoctor);
    CHECK(c.guide.limits.holdSeconds.max == 90);
    CHECK(c.guide.section(QStringLiteral("benefits"))->items[0].study->year == 2015);
    REQUIRE(c.routines.size() == 1);
    // A routine step inherits the exercise's dose and overrides only what it names.
    CHECK(c.routines[0].steps[0].dose == c.exercises[0].dose);
    CHECK(c.routines[0].steps[1].dose == Dose{DoseUnit::Breaths, 10, 2, true, 15});
    CHECK(
        catalogSummary(c).startsWith(QStringLiteral("2 exercises: 1 lower back, 1 mid back, 1 upper back")));
}

TEST_CASE("Unreadable files are refused with the reason", "[catalog][bad]") {
    SECTION("missing") {
        requireOneError(load("no-such-file.json"), {}, QStringLiteral("does not exist"));
    }
    SECTION("a folder") {
        requireOneError(loadCatalogFile(testData(QStringLiteral("catalogs"))), {}, QStringLiteral("folder"));
    }
    SECTION("empty") {
        requireOneError(load("empty.json"), {}, QStringLiteral("the file is empty"));
    }
    SECTION("only white space") {
        requireOneError(load("whitespace-only.json"), {}, QStringLiteral("the file is empty"));
    }
    SECTION("over the size cap, checked before parsing") {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.json")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(kMaxCatalogBytes + 10, ' '));
        f.close();
        requireOneError(loadCatalogFile(f.fileName()), {},
                        QStringLiteral("the file is %1 bytes; the limit is %2 bytes")
                            .arg(kMaxCatalogBytes + 10)
                            .arg(kMaxCatalogBytes));
        requireOneError(parseCatalog(QByteArray(kMaxCatalogBytes + 1, '{')), {},
                        QStringLiteral("the limit is"));
    }
}

TEST_CASE("Bytes that are not clean JSON text are refused with their position", "[catalog][bad]") {
    SECTION("NUL byte") {
        requireOneError(load("nul-byte.json"), QStringLiteral("line 11, column 21"),
                        QStringLiteral("NUL byte"));
    }
    SECTION("invalid UTF-8") {
        const auto r = load("invalid-utf8.json");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.contains(QStringLiteral("not valid UTF-8")));
        CHECK(r.errors[0].where.startsWith(QStringLiteral("line ")));
    }
    SECTION("deep nesting") {
        requireOneError(load("deep-nesting.json"), QStringLiteral("line 1, column 55"),
                        QStringLiteral("deeper than 32 levels"));
    }
    SECTION("syntax error names line and column") {
        requireOneError(load("syntax-error.json"), QStringLiteral("line 3, column 3"),
                        QStringLiteral("not valid JSON"));
    }
    SECTION("truncated") {
        const auto r = load("truncated.json");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.contains(QStringLiteral("not valid JSON")));
        CHECK(r.errors[0].where.startsWith(QStringLiteral("line ")));
    }
    SECTION("a number too large for a double") {
        // Located where the number starts, as the other parse errors are.
        requireOneError(load("huge-number.json"), QStringLiteral("line 63, column 19"),
                        QStringLiteral("too large"));
    }
    SECTION("trailing NUL after the document") {
        QFile f(testData(QStringLiteral("catalogs/valid-mini.json")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const auto r = parseCatalog(f.readAll() + QByteArray(1, '\0'));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.contains(QStringLiteral("NUL byte")));
    }
}

TEST_CASE("Values are checked for type, range and reference with a JSON pointer", "[catalog][bad]") {
    SECTION("newer schema") {
        requireOneError(load("newer-schema.json"), QStringLiteral("/schemaVersion"),
                        QStringLiteral("newer RollGuide"));
    }
    SECTION("negative duration") {
        requireOneError(load("negative-duration.json"), QStringLiteral("/exercises/0/dose/amount"),
                        QStringLiteral("expected a whole number from 5 to 600, found the number -5"));
    }
    SECTION("fractional number") {
        requireOneError(load("fractional-seconds.json"), QStringLiteral("/exercises/0/dose/amount"),
                        QStringLiteral("found the number 3.7"));
    }
    SECTION("duplicate id") {
        requireOneError(load("duplicate-id.json"), QStringLiteral("/exercises/1/id"),
                        QStringLiteral("duplicate exercise id \"low-roll\""));
    }
    SECTION("unknown reference") {
        requireOneError(load("unknown-reference.json"), QStringLiteral("/exercises/1/contraindications/0"),
                        QStringLiteral("\"no-such-condition\", which is not in /contraindications"));
    }
    SECTION("required text missing") {
        requireOneError(load("empty-name.json"), QStringLiteral("/exercises/0/name"),
                        QStringLiteral("empty"));
    }
    SECTION("unknown key") {
        requireOneError(load("unknown-key.json"), QStringLiteral("/exercises/0/colour"),
                        QStringLiteral("unknown key"));
    }
    SECTION("routine naming an exercise the catalog lacks") {
        requireOneError(load("routine-unknown-exercise.json"), QStringLiteral("/routines/0/steps/0/exercise"),
                        QStringLiteral("\"gone\", which is not in /exercises"));
    }
    SECTION("missing guide section") {
        requireOneError(load("missing-section.json"), QStringLiteral("/guide/sections"),
                        QStringLiteral("\"technique-donts\" is missing"));
    }
    SECTION("illustration path leaving the data folder") {
        requireOneError(load("illustration-outside.json"), QStringLiteral("/exercises/0/illustration/file"),
                        QStringLiteral("inside the data folder"));
    }
    SECTION("top level not an object") {
        requireOneError(load("not-an-object.json"), QStringLiteral("/"),
                        QStringLiteral("expected an object, found a list"));
    }
    SECTION("every problem in one dose is reported") {
        const auto r = load("bad-dose.json");
        REQUIRE(r.errors.size() == 3);
        CHECK(r.errors[0].toString() ==
              QStringLiteral(
                  "/exercises/1/dose/amount: expected a whole number from 1 to 60, found the number 61"));
        CHECK(r.errors[1].toString() ==
              QStringLiteral(
                  "/exercises/1/dose/sets: expected a whole number from 1 to 10, found the number 0"));
        CHECK(r.errors[2].toString() ==
              QStringLiteral("/exercises/1/dose/perSide: expected true or false, found text"));
    }
}

TEST_CASE("Text that looks like HTML is kept as typed", "[catalog]") {
    const auto r = load("html-in-name.json");
    REQUIRE(r.ok());
    CHECK(r.catalog->exercises[0].name == QStringLiteral("<b>Bold</b> & <img src=x>"));
}

TEST_CASE("Large integers never wrap", "[catalog][bad]") {
    QFile f(testData(QStringLiteral("catalogs/valid-mini.json")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes.replace("\"sets\": 2", "\"sets\": 18446744073709551615");
    const auto r = parseCatalog(bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].where == QStringLiteral("/exercises/0/dose/sets"));
}

TEST_CASE("Programs are read with their weeks", "[catalog][program]") {
    const auto r = load("valid-mini.json");
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    REQUIRE(r.catalog->programs.size() == 1);
    const Program& p = r.catalog->programs[0];
    CHECK(p.id == QStringLiteral("gentle"));
    CHECK(p.timing == WorkoutTiming::AfterWorkout);
    REQUIRE(p.weeks.size() == 2);
    CHECK(p.weeks[0].beginnerOnly);
    CHECK_FALSE(p.weeks[1].beginnerOnly);
    CHECK(p.weeks[0].regions == QList<Region>{Region::Lower, Region::Upper});
    CHECK(p.weeks[1].sessions.min == 3);
    CHECK(p.weeks[1].sessions.max == 4);
    CHECK(p.weeks[1].seconds.max == 45);
    CHECK(p.weeks[1].breaths.max == 15);
    CHECK(p.weeks[1].sets.max == 2);
    CHECK(r.catalog->program(QStringLiteral("gentle")) == &p);
    CHECK(r.catalog->program(QStringLiteral(" GENTLE ")) == &p); // by name, as typed
    CHECK(r.catalog->program(QStringLiteral("Gentl")) == nullptr);
    CHECK(catalogSummary(*r.catalog).endsWith(QStringLiteral("1 programs")));
}

TEST_CASE("Bad programs are refused where they go wrong", "[catalog][program][bad]") {
    SECTION("week 1 longer than the first-session limit") {
        requireOneError(load("program-first-week-too-long.json"),
                        QStringLiteral("/programs/0/weeks/0/minutes/max"),
                        QStringLiteral("the first week's sessions may last at most 10 minutes"));
    }
    SECTION("a dose that rises by two steps in a week") {
        requireOneError(
            load("program-dose-jump.json"), QStringLiteral("/programs/0/weeks/1/seconds/max"),
            QStringLiteral("rises from 30 to 60 seconds over the week before; one week may rise by at "
                           "most 15"));
    }
    SECTION("more than the guide advises") {
        requireOneError(load("program-over-guide.json"), QStringLiteral("/programs/0/weeks/1/breaths/max"),
                        QStringLiteral("25 is more than the guide advises (at most 20"));
    }
    SECTION("every problem in one week is reported") {
        const auto r = load("program-bad-week.json");
        QStringList all;
        for (const LoadError& e : r.errors)
            all << e.toString();
        INFO(all.join(u'\n').toStdString());
        REQUIRE_FALSE(r.ok());
        REQUIRE(all.size() == 4);
        CHECK(all[0] == QStringLiteral("/programs/0/weeks/1/rest: unknown key \"rest\""));
        CHECK(all[1] == QStringLiteral("/programs/0/weeks/1/sessions: min (4) is greater than max (3)"));
        CHECK(all[2] == QStringLiteral("/programs/0/weeks/1/regions/1: region \"lower\" is listed twice"));
        CHECK(all[3] ==
              QStringLiteral("/programs/0/weeks/1/regions/2: expected \"lower\", \"mid\" or \"upper\""));
    }
}
