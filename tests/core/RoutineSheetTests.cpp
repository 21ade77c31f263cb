// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "RoutineSheet.h"
#include "TestUtil.h"

#include <QFileInfo>

using namespace rollguide;

TEST_CASE("The sheet holds every move in order with its texts and dose in words", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    const Routine& routine = builtInRoutine(catalog, QStringLiteral("full-back"));
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);

    CHECK(sheet.title == routine.name);
    CHECK(sheet.notes == routine.description);
    CHECK(sheet.movesText == QStringLiteral("%1 moves").arg(routine.steps.size()));
    REQUIRE(sheet.moves.size() == routine.steps.size());
    for (int i = 0; i < routine.steps.size(); ++i) {
        const SheetMove& m = sheet.moves[i];
        const Exercise* e = catalog.exercise(routine.steps[i].exerciseId);
        REQUIRE(e);
        INFO("move " << i + 1 << ": " << e->id);
        CHECK(m.number == i + 1);
        CHECK(m.exerciseId == e->id);
        CHECK(m.name == e->name);
        CHECK(m.inCatalog);
        CHECK(m.dose == describeDose(routine.steps[i].dose));
        CHECK(m.placement == e->roller.placement);
        CHECK((m.orientation == QStringLiteral("Across") || m.orientation == QStringLiteral("Lengthwise")));
        CHECK(m.regions.contains(regionName(e->regions.constFirst())));
        REQUIRE(m.steps.size() == e->steps.size());
        for (int s = 0; s < e->steps.size(); ++s)
            CHECK(m.steps[s] == e->steps[s].text);
        CHECK(m.breathing == e->breathing);
        CHECK(m.avoid == e->avoid);
        CHECK(m.cautions.isEmpty());
        // Every bundled move has its picture, and the sheet points at a file that is there.
        CHECK_FALSE(m.illustrationPath.isEmpty());
        CHECK(QFileInfo(m.illustrationPath).isFile());
        CHECK(m.illustrationAlt == e->illustration->alt);
    }
}

TEST_CASE("The sheet gives a step's own dose, not the catalog's default for the move", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    const Exercise& e = catalog.exercises.constFirst();
    Dose own = e.dose;
    own.sets = e.dose.sets == 1 ? 2 : 1;
    own.amount = e.dose.amount + 5;
    Routine routine;
    routine.name = QStringLiteral("Own dose");
    routine.steps = {{e.id, own}, {e.id, e.dose}};
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    REQUIRE(sheet.moves.size() == 2);
    CHECK(sheet.moves[0].dose == describeDose(own));
    CHECK(sheet.moves[1].dose == describeDose(e.dose));
    CHECK(sheet.moves[0].dose != sheet.moves[1].dose);
}

TEST_CASE("The sheet's total and pace match the session at the person's pace", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    const Routine& routine = builtInRoutine(catalog, QStringLiteral("three-move-sequence"));
    PlanOptions options;
    options.pace = {4500, 7000};
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog, options);
    const PlanResult plan = SessionPlanner::plan(routine, catalog, options);
    REQUIRE(plan.ok());
    CHECK(sheet.totalMs == plan.plan->totalMs());
    CHECK(sheet.totalText == formatDurationWords(plan.plan->totalMs()));
    CHECK(sheet.paceText == QStringLiteral("Breathe in for 4.5 s and out for 7 s"));
    CHECK(sheet.movesText == QStringLiteral("3 moves"));
    // A slower pace makes the breath-counted moves, and so the session, longer.
    PlanOptions slow;
    slow.pace = {6000, 9000};
    const RoutineSheet slower = RoutineSheet::build(routine, catalog, slow);
    CHECK(slower.totalMs > sheet.totalMs);
}

TEST_CASE("Lengths in words for print", "[sheet]") {
    CHECK(formatDurationWords(0) == QStringLiteral("0 s"));
    CHECK(formatDurationWords(45000) == QStringLiteral("45 s"));
    CHECK(formatDurationWords(59600) == QStringLiteral("1 min"));
    CHECK(formatDurationWords(480000) == QStringLiteral("8 min"));
    CHECK(formatDurationWords(920400) == QStringLiteral("15 min 20 s"));
    CHECK(formatDurationWords(-5) == QStringLiteral("0 s"));
}

TEST_CASE("The safety box lists every condition from the screening list, the stop rule and the disclaimer",
          "[sheet]") {
    const Catalog catalog = bundledCatalog();
    const RoutineSheet sheet =
        RoutineSheet::build(builtInRoutine(catalog, QStringLiteral("first-session")), catalog);
    const SheetSafety& safety = sheet.safety;
    REQUIRE(safety.conditions.size() == catalog.contraindications.size());
    for (int i = 0; i < catalog.contraindications.size(); ++i) {
        const Contraindication& c = catalog.contraindications[i];
        CHECK(safety.conditions[i].id == c.id);
        CHECK(safety.conditions[i].name == c.name);
        CHECK(safety.namesFor(c.action).contains(c.name));
    }
    CHECK(safety.namesFor(ContraAction::Avoid).size() + safety.namesFor(ContraAction::AskDoctor).size() ==
          catalog.contraindications.size());
    CHECK(safety.namesFor(ContraAction::Avoid).contains(QStringLiteral("Recent back injury or fracture")));
    CHECK(safety.namesFor(ContraAction::AskDoctor).contains(QStringLiteral("Spinal stenosis")));
    REQUIRE_FALSE(safety.rules.isEmpty());
    CHECK(safety.rules.constFirst().startsWith(QStringLiteral("Stop if it hurts.")));
    CHECK_FALSE(safety.disclaimer.isEmpty());
    CHECK(safety.disclaimer == catalog.guide.disclaimer);
    CHECK_FALSE(safety.heading.isEmpty());
}

TEST_CASE("The tick grid follows the guide's sessions a week and the locale's week", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    const Routine& routine = builtInRoutine(catalog, QStringLiteral("first-session"));
    const RoutineSheet uk =
        RoutineSheet::build(routine, catalog, {}, QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Range weekly = catalog.guide.limits.weeklySessions;
    CHECK(uk.grid.minPerWeek == weekly.min);
    CHECK(uk.grid.maxPerWeek == weekly.max);
    CHECK(uk.grid.caption.contains(QStringLiteral("%1–%2 sessions a week").arg(weekly.min).arg(weekly.max)));
    CHECK(uk.grid.weeks == SheetTickGrid::kWeeks);
    CHECK(uk.grid.weekLabels.size() == uk.grid.weeks);
    CHECK(uk.grid.weekLabels.constFirst() == QStringLiteral("Week 1"));
    REQUIRE(uk.grid.days.size() == 7);
    CHECK(uk.grid.days.constFirst() == QStringLiteral("Mon"));
    CHECK(uk.grid.days.constLast() == QStringLiteral("Sun"));
    const RoutineSheet us =
        RoutineSheet::build(routine, catalog, {}, QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(us.grid.days.constFirst() == QStringLiteral("Sun"));
    CHECK(us.grid.days.constLast() == QStringLiteral("Sat"));

    Catalog once = catalog;
    once.guide.limits.weeklySessions = {3, 3};
    CHECK(RoutineSheet::build(routine, once)
              .grid.caption.startsWith(QStringLiteral("Aim for 3 sessions a week.")));
}

TEST_CASE("Names and notes with HTML characters are kept exactly as typed", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    Routine routine = builtInRoutine(catalog, QStringLiteral("three-move-sequence"));
    routine.id.clear();
    routine.name = QStringLiteral("<b>Tom & Jerry's</b> \"roll\" <script>x</script> &amp;");
    routine.description = QStringLiteral("a < b && c > d <br/> &lt;");
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    CHECK(sheet.title == routine.name);
    CHECK(sheet.notes == routine.description);
    CHECK(sheet.footer.endsWith(routine.name));
}

TEST_CASE("A step the catalog lacks still appears, with its dose and a note", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    Routine routine;
    routine.name = QStringLiteral("Mixed");
    routine.steps << RoutineStep{QStringLiteral("lower-back-supine-roll"),
                                 catalog.exercises.constFirst().dose}
                  << RoutineStep{QStringLiteral("no-such-move"), Dose{DoseUnit::Breaths, 12, 2, true, 10}};
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    REQUIRE(sheet.moves.size() == 2);
    const SheetMove& missing = sheet.moves[1];
    CHECK_FALSE(missing.inCatalog);
    CHECK(missing.name == QStringLiteral("no-such-move"));
    CHECK(missing.dose == QStringLiteral("12 long breaths, 2 sets, each side, 10 s rest between sets"));
    CHECK(missing.steps.isEmpty());
    CHECK(missing.illustrationPath.isEmpty());
    REQUIRE(missing.cautions.size() == 1);
    CHECK(missing.cautions.constFirst().contains(QStringLiteral("not in the catalog")));
    // The session leaves the unknown step out; the total is that session's.
    CHECK(sheet.totalMs == SessionPlanner::plan(routine, catalog, {}).plan->totalMs());
}

TEST_CASE("The screening answers mark the moves they concern", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    const Routine& routine = builtInRoutine(catalog, QStringLiteral("full-back"));
    PlanOptions options;
    options.screening = Screening{{QStringLiteral("pregnancy")}};
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog, options);
    int marked = 0;
    for (int i = 0; i < sheet.moves.size(); ++i) {
        const Exercise* e = catalog.exercise(routine.steps[i].exerciseId);
        const bool concerned = e->contraindications.contains(QStringLiteral("pregnancy"));
        INFO(e->id.toStdString());
        CHECK(sheet.moves[i].cautions.isEmpty() == !concerned);
        marked += concerned ? 1 : 0;
    }
    CHECK(marked > 0);
    // Without answers, no marks.
    for (const SheetMove& m : RoutineSheet::build(routine, catalog).moves)
        CHECK(m.cautions.isEmpty());
}

TEST_CASE("A routine that cannot be planned still gets a sheet", "[sheet]") {
    const Catalog catalog = bundledCatalog();
    Routine routine;
    routine.name = QStringLiteral("Broken");
    routine.steps << RoutineStep{QStringLiteral("lower-back-supine-roll"),
                                 Dose{DoseUnit::Seconds, 0, 1, false, 0}};
    const RoutineSheet sheet = RoutineSheet::build(routine, catalog);
    CHECK(sheet.totalMs == -1);
    CHECK(sheet.totalText.contains(QStringLiteral("not known")));
    CHECK(sheet.moves.size() == 1);
    CHECK(sheet.movesText == QStringLiteral("1 move"));
}
