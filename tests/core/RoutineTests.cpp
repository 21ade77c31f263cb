// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Routine files: strict reading with JSON pointers, and writing them back.
#include "EngineTestUtil.h"
#include "Routine.h"

#include <QFile>

using namespace enginetest;

namespace {
RoutineLoadResult load(const char* name) {
    return loadRoutineFile(testData(QStringLiteral("routines/") + QLatin1String(name)));
}

void requireOneError(const RoutineLoadResult& r, const QString& where, const QString& messagePart) {
    INFO("errors: " << r.errorText().toStdString());
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.routine.has_value());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where == where);
    CHECK(r.errors[0].message.contains(messagePart));
}
} // namespace

TEST_CASE("A routine file reads with every field, unknown moves kept", "[routine]") {
    const RoutineLoadResult r = load("valid.json");
    INFO(r.errorText().toStdString());
    REQUIRE(r.ok());
    const Routine& rt = *r.routine;
    CHECK(rt.name == QStringLiteral("My evening routine"));
    CHECK(rt.description == QStringLiteral("After work, <b>slowly</b>."));
    CHECK(rt.id.isEmpty());
    REQUIRE(rt.steps.size() == 3);
    CHECK(rt.steps[0].exerciseId == QStringLiteral("low-roll"));
    CHECK(rt.steps[0].dose == seconds(45, 2, false, 15));
    CHECK(rt.steps[1].exerciseId == QStringLiteral("gone-move"));
    CHECK(rt.steps[2].dose == breaths(5, 2, true, 10));

    // The planner flags the unknown move and plays the rest.
    const PlanResult plan = SessionPlanner::plan(rt, engineCatalog(), {});
    REQUIRE(plan.ok());
    REQUIRE(plan.plan->warnings.size() == 1);
    CHECK(plan.plan->warnings[0].message.startsWith(QStringLiteral("Step 2: the move \"gone-move\"")));
}

TEST_CASE("A routine written and read back is the same routine", "[routine]") {
    Routine rt =
        routineOf({{"low-roll", seconds(45, 2, false, 15)}, {"upper-hold", breaths(10, 3, true, 20)}},
                  "Round \"trip\" \u00e9");
    rt.description = QStringLiteral("Line one\nline two");
    const QByteArray bytes = serializeRoutine(rt);
    const RoutineLoadResult back = parseRoutine(bytes);
    INFO(back.errorText().toStdString());
    REQUIRE(back.ok());
    CHECK(back.routine->name == rt.name);
    CHECK(back.routine->description == rt.description);
    REQUIRE(back.routine->steps.size() == 2);
    CHECK(back.routine->steps[1].exerciseId == QStringLiteral("upper-hold"));
    CHECK(back.routine->steps[1].dose == rt.steps[1].dose);
    CHECK(serializeRoutine(*back.routine) == bytes);
    // Keys in reading order; no notes key when there are none.
    CHECK(bytes.startsWith("{\n  \"schemaVersion\": 1,\n  \"name\": "));
    CHECK(bytes.indexOf("\"unit\"") < bytes.indexOf("\"amount\""));
    rt.description.clear();
    CHECK_FALSE(serializeRoutine(rt).contains("notes"));
    // The written file of a built-in routine reads back too.
    const Routine& builtIn = engineCatalog().routines[0];
    const auto copy = parseRoutine(serializeRoutine(builtIn));
    REQUIRE(copy.ok());
    CHECK(copy.routine->steps[1].dose == builtIn.steps[1].dose);
}

TEST_CASE("Bad routine files are refused with a JSON pointer", "[routine][bad]") {
    SECTION("newer schema") {
        requireOneError(load("newer-schema.json"), QStringLiteral("/schemaVersion"),
                        QStringLiteral("written by a newer RollGuide (schema version 2)"));
    }
    SECTION("empty routine") {
        requireOneError(load("empty-steps.json"), QStringLiteral("/steps"),
                        QStringLiteral("the routine has no steps"));
    }
    SECTION("zero dose") {
        requireOneError(load("zero-amount.json"), QStringLiteral("/steps/0/dose/amount"),
                        QStringLiteral("expected a whole number from 5 to 600, found the number 0"));
    }
    SECTION("negative sets") {
        requireOneError(load("negative-sets.json"), QStringLiteral("/steps/1/dose/sets"),
                        QStringLiteral("found the number -1"));
    }
    SECTION("absurd dose") {
        requireOneError(load("absurd-amount.json"), QStringLiteral("/steps/0/dose/amount"),
                        QStringLiteral("expected a whole number from 1 to 60, found the number 100000"));
    }
    SECTION("files give full doses") {
        requireOneError(load("missing-rest.json"), QStringLiteral("/steps/0/dose/restSeconds"),
                        QStringLiteral("missing"));
    }
    SECTION("malformed exercise id") {
        requireOneError(load("bad-exercise-id.json"), QStringLiteral("/steps/0/exercise"),
                        QStringLiteral("found \"Low Roll!\""));
    }
    SECTION("unknown key") {
        requireOneError(load("unknown-key.json"), QStringLiteral("/colour"), QStringLiteral("unknown key"));
    }
    SECTION("no name") {
        requireOneError(load("missing-name.json"), QStringLiteral("/name"), QStringLiteral("missing"));
    }
    SECTION("syntax error") {
        requireOneError(load("syntax-error.json"), QStringLiteral("line 4, column 3"),
                        QStringLiteral("not valid JSON"));
    }
    SECTION("NUL byte") {
        requireOneError(load("nul-byte.json"), QStringLiteral("line 1, column 32"),
                        QStringLiteral("NUL byte"));
    }
    SECTION("missing file") {
        requireOneError(load("no-such.json"), {}, QStringLiteral("does not exist"));
    }
    SECTION("too large, checked before parsing") {
        requireOneError(parseRoutine(QByteArray(kMaxRoutineBytes + 1, ' ')), {},
                        QStringLiteral("the limit is"));
    }
    SECTION("invalid UTF-8") {
        const auto r = parseRoutine(QByteArray("{\"schemaVersion\": 1, \"name\": \"\xff\", \"steps\": []}"));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.contains(QStringLiteral("not valid UTF-8")));
    }
    SECTION("too deep") {
        const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
        const auto r = parseRoutine(deep);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.contains(QStringLiteral("deeper than 32 levels")));
    }
    SECTION("a number too large") {
        requireOneError(parseRoutine("{\"schemaVersion\": 1e400}"), QStringLiteral("line 1, column 19"),
                        QStringLiteral("too large"));
    }
    SECTION("fractional and wrapped numbers") {
        const auto r = parseRoutine(
            "{\"schemaVersion\": 1, \"name\": \"x\", \"steps\": [{\"exercise\": \"a\", \"dose\": "
            "{\"unit\": \"seconds\", \"amount\": 30.5, \"sets\": 18446744073709551615, "
            "\"perSide\": false, \"restSeconds\": 0}}]}");
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors[0].toString() ==
              QStringLiteral(
                  "/steps/0/dose/amount: expected a whole number from 5 to 600, found the number 30.5"));
        CHECK(r.errors[1].where == QStringLiteral("/steps/0/dose/sets"));
    }
}

TEST_CASE("Routines built in memory are checked step by step", "[routine][bad]") {
    CHECK(validateRoutine(routineOf({{"low-roll", seconds(45)}})).isEmpty());
    const auto errors = validateRoutine(
        routineOf({{"low-roll", seconds(45)}, {"", breaths(0)}, {"mid-roll", seconds(45, 11)}}));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].toString() == QStringLiteral("step 2: no exercise chosen"));
    CHECK(errors[1].toString() ==
          QStringLiteral("step 2: a set of 0 breaths is outside the 1 to 60 breaths a set may last"));
    CHECK(errors[2].toString() == QStringLiteral("step 3: 11 sets is outside the 1 to 10 sets allowed"));
    CHECK(errors[2].stepIndex == 2);
    CHECK(checkDose(Dose{}).ok());
}
