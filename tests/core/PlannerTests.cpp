// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The session planner: routines expand into exact, breath-paced timelines.
#include "EngineTestUtil.h"
#include "PlanWarnings.h"

using namespace enginetest;

namespace {
QString kinds(const SessionPlan& plan) {
    QStringList out;
    for (const Segment& s : plan.segments) {
        QString k = segmentKindKey(s.kind);
        if (s.side != Side::None)
            k += s.side == Side::Left ? QStringLiteral("/L") : QStringLiteral("/R");
        if (isWorkingKind(s.kind) || s.kind == SegmentKind::Rest)
            k += QStringLiteral(":%1").arg(s.set);
        out << k;
    }
    return out.join(u' ');
}

QList<PlanWarning::Kind> warningKinds(const QList<PlanWarning>& warnings) {
    QList<PlanWarning::Kind> out;
    for (const PlanWarning& w : warnings)
        out << w.kind;
    return out;
}

void checkContiguous(const SessionPlan& plan) {
    qint64 t = 0;
    for (const Segment& s : plan.segments) {
        CHECK(s.startMs == t);
        CHECK(s.durationMs >= 0);
        t += s.durationMs;
    }
    CHECK(plan.totalMs() == t);
    REQUIRE_FALSE(plan.segments.isEmpty());
    CHECK(plan.segments.constLast().kind == SegmentKind::Finish);
    CHECK(plan.segments.constLast().durationMs == 0);
}
} // namespace

TEST_CASE("Sets repeat with rest between them", "[planner]") {
    const SessionPlan plan = planOf(routineOf({{"low-roll", seconds(45, 3, false, 15)}}));
    CHECK(kinds(plan) == QStringLiteral("prepare roll:1 rest:2 roll:2 rest:3 roll:3 finish"));
    checkContiguous(plan);
    CHECK(plan.totalMs() == 10000 + 3 * 45000 + 2 * 15000);
    const Segment& roll = plan.segments[1];
    CHECK(roll.exerciseId == QStringLiteral("low-roll"));
    CHECK(roll.exerciseName == QStringLiteral("Low roll"));
    CHECK(roll.stepIndex == 0);
    CHECK(roll.setCount == 3);
    CHECK(roll.breaths == 0);
    CHECK(roll.durationMs == 45000);
    CHECK(plan.segments[2].durationMs == 15000);
    CHECK(plan.segments[2].set == 2); // a rest leads into the set after it
}

TEST_CASE("Per-side moves play each side in turn, switching once", "[planner]") {
    const SessionPlan plan =
        planOf(routineOf({{"upper-hold", seconds(30, 2, true, 10)}, {"mid-roll", seconds(20)}}));
    CHECK(kinds(plan) ==
          QStringLiteral("prepare/L hold/L:1 rest/L:2 hold/L:2 switch-side/R hold/R:1 rest/R:2 hold/R:2 "
                         "prepare roll:1 finish"));
    checkContiguous(plan);
    CHECK(plan.totalMs() == 10000 + 2 * (30000 + 10000 + 30000) + 5000 + 10000 + 20000);
    CHECK(plan.segments[8].stepIndex == 1);
    CHECK(plan.segments[10].stepIndex == -1);
    CHECK(plan.indexAt(0) == 0);
    CHECK(plan.indexAt(9999) == 0);
    CHECK(plan.indexAt(10000) == 1);
    CHECK(plan.indexAt(plan.totalMs()) == plan.segments.size() - 1);
}

TEST_CASE("A breath-counted segment lasts N whole breaths at the user's pace", "[planner][breath]") {
    PlanOptions options;
    options.pace = {3000, 5000};
    const SessionPlan plan = planOf(routineOf({{"hip-hold", breaths(12)}}), options);
    const Segment& hold = plan.segments[1];
    CHECK(hold.kind == SegmentKind::Hold);
    CHECK(hold.breaths == 12);
    CHECK(hold.durationMs == 12 * 8000);
    CHECK(plan.pace == options.pace);

    SECTION("reps are one per breath, even when dosed in seconds") {
        const SessionPlan reps = planOf(routineOf({{"ext-reps", seconds(30)}}));
        CHECK(reps.segments[1].kind == SegmentKind::Reps);
        CHECK(reps.segments[1].breaths == 3);
        CHECK(reps.segments[1].durationMs == 30000);
    }
    SECTION("rolls are timed unless paced by breath") {
        const Routine r = routineOf({{"low-roll", seconds(45)}});
        CHECK(planOf(r).segments[1].breaths == 0);
        PlanOptions paced;
        paced.breathPacedRolling = true;
        const Segment roll = planOf(r, paced).segments[1];
        CHECK(roll.breaths == 5); // 45 s at 10 s a breath rounds to 5 slow passes
        CHECK(roll.durationMs == 50000);
        CHECK(roll.instruction.contains(QStringLiteral("one pass per breath")));
    }
}

TEST_CASE("Transitions of zero length are left out", "[planner]") {
    PlanOptions options;
    options.prepareMs = 0;
    options.switchSideMs = 0;
    const SessionPlan plan = planOf(routineOf({{"upper-hold", seconds(30, 2, true, 0)}}), options);
    CHECK(kinds(plan) == QStringLiteral("hold/L:1 hold/L:2 hold/R:1 hold/R:2 finish"));
    CHECK(plan.totalMs() == 4 * 30000);
}

TEST_CASE("Every segment knows what to show and say", "[planner]") {
    const SessionPlan plan = planOf(routineOf({{"upper-hold", breaths(5, 2, true, 10)}}, "Evening"));
    CHECK(plan.name == QStringLiteral("Evening"));
    for (const Segment& s : plan.segments) {
        INFO(segmentKindKey(s.kind).toStdString());
        CHECK_FALSE(s.title.isEmpty());
        CHECK_FALSE(s.instruction.isEmpty());
        CHECK_FALSE(s.speech.isEmpty());
    }
    const Segment& prepare = plan.segments[0];
    CHECK(prepare.title == QStringLiteral("Upper hold"));
    CHECK(prepare.instruction == QStringLiteral("Get into position on your left side"));
    CHECK(prepare.detail.contains(QStringLiteral("Setup for Upper hold.")));
    CHECK(prepare.detail.contains(QStringLiteral("Rushing upper hold.")));
    CHECK(prepare.speech.contains(QStringLiteral("Start on your left side.")));
    CHECK(plan.segments[1].speech == QStringLiteral("Left side. Hold. 5 breaths. Set 1 of 2."));
    CHECK(plan.segments[1].detail.startsWith(QStringLiteral("1. ")));
    CHECK(plan.segments[2].title == QStringLiteral("Rest"));
    CHECK(plan.segments[4].title == QStringLiteral("Switch sides"));
    CHECK(plan.segments[4].speech == QStringLiteral("Switch to your right side."));
    CHECK(plan.segments.constLast().title == QStringLiteral("Well done"));
    CHECK(planOf(routineOf({{"hip-hold", breaths(1)}})).segments[1].speech ==
          QStringLiteral("Hold. 1 breath."));
    CHECK(planOf(routineOf({{"low-roll", seconds(45)}})).segments[1].speech ==
          QStringLiteral("Start rolling. 45 seconds."));

    CHECK(plan.nextUp(0) == QStringLiteral("Next: Upper hold, left side, set 1 of 2"));
    CHECK(plan.nextUp(1) == QStringLiteral("Next: rest"));
    CHECK(plan.nextUp(3) == QStringLiteral("Next: switch to your right side"));
    CHECK(plan.nextUp(plan.segments.size() - 2) == QStringLiteral("Next: finish"));
    CHECK(plan.nextUp(plan.segments.size() - 1).isEmpty());
    CHECK(plan.nextUp(-5).isEmpty());
}

TEST_CASE("Bad routines and options get a clear error naming the step", "[planner][bad]") {
    const auto errorsOf = [](const Routine& r, const PlanOptions& o = {}) {
        const PlanResult result = SessionPlanner::plan(r, engineCatalog(), o);
        CHECK_FALSE(result.plan.has_value());
        return result.errorText();
    };
    CHECK(errorsOf(routineOf({})) ==
          QStringLiteral("routine: the routine has no steps; add at least one move"));
    CHECK(errorsOf(routineOf({{"low-roll", seconds(45)}, {"mid-roll", seconds(0)}})) ==
          QStringLiteral("step 2: a set of 0 seconds is outside the 5 to 600 seconds a set may last"));
    CHECK(errorsOf(routineOf({{"low-roll", seconds(-30)}}))
              .startsWith(QStringLiteral("step 1: a set of -30 seconds")));
    CHECK(errorsOf(routineOf({{"low-roll", breaths(100000)}})) ==
          QStringLiteral("step 1: a set of 100000 breaths is outside the 1 to 60 breaths a set may last"));
    CHECK(errorsOf(routineOf({{"low-roll", seconds(45, 0)}})) ==
          QStringLiteral("step 1: 0 sets is outside the 1 to 10 sets allowed"));
    CHECK(errorsOf(routineOf({{"low-roll", seconds(45, 2, false, -1)}}))
              .contains(QStringLiteral("a rest of -1 seconds")));
    CHECK(errorsOf(routineOf({{"", seconds(45)}})) == QStringLiteral("step 1: no exercise chosen"));

    PlanOptions zeroPace;
    zeroPace.pace = {0, 6000};
    CHECK(
        errorsOf(routineOf({{"low-roll", seconds(45)}}), zeroPace) ==
        QStringLiteral("breath pace: Breathing in lasts 0 ms; each part of a breath lasts 1000 to 15000 ms"));
    PlanOptions badPrepare;
    badPrepare.prepareMs = -1;
    CHECK(errorsOf(routineOf({{"low-roll", seconds(45)}}), badPrepare)
              .startsWith(QStringLiteral("getting into position: -1 ms")));

    Routine huge;
    for (int i = 0; i <= kMaxRoutineSteps; ++i)
        huge.steps.append({QStringLiteral("low-roll"), seconds(45)});
    CHECK(errorsOf(huge).contains(QStringLiteral("at most 200 are allowed")));

    // Several problems are all reported at once.
    const PlanResult many =
        SessionPlanner::plan(routineOf({{"low-roll", seconds(0, 0)}}), engineCatalog(), zeroPace);
    REQUIRE(many.errors.size() == 2);
    CHECK(many.errors[1].stepIndex == 0);
    CHECK(many.errors[1].message ==
          QStringLiteral("a set of 0 seconds is outside the 5 to 600 seconds a set may last; "
                         "0 sets is outside the 1 to 10 sets allowed"));
}

TEST_CASE("A move the catalog no longer has is kept, flagged and left out of the plan", "[planner][bad]") {
    const Routine routine =
        routineOf({{"low-roll", seconds(30)}, {"gone-move", breaths(5)}, {"mid-roll", seconds(30)}});
    const PlanResult r = SessionPlanner::plan(routine, engineCatalog(), {});
    REQUIRE(r.ok());
    CHECK(kinds(*r.plan) == QStringLiteral("prepare roll:1 prepare roll:1 finish"));
    CHECK(r.plan->segments[2].stepIndex == 2); // segments keep the routine's step numbers
    REQUIRE(r.plan->warnings.size() == 1);
    const PlanWarning& w = r.plan->warnings[0];
    CHECK(w.kind == PlanWarning::Kind::UnknownExercise);
    CHECK(w.stepIndex == 1);
    CHECK(w.exerciseId == QStringLiteral("gone-move"));
    CHECK(w.message ==
          QStringLiteral(
              "Step 2: the move \"gone-move\" is no longer in the catalog, so the session leaves it out."));
    CHECK(routine.steps[1].exerciseId == QStringLiteral("gone-move"));

    const PlanResult none = SessionPlanner::plan(routineOf({{"gone-move", breaths(5)}}), engineCatalog(), {});
    CHECK_FALSE(none.plan);
    CHECK(none.errorText() ==
          QStringLiteral("routine: none of its moves is in the catalog, so there is nothing to play"));
}

TEST_CASE("Warnings point out what the guide and the screening advise against", "[planner][warnings]") {
    using Kind = PlanWarning::Kind;
    SECTION("a sensible routine has none") {
        CHECK(planOf(routineOf(
                         {{"low-roll", seconds(45, 2, false, 15)}, {"hip-hold", breaths(10, 2, true, 15)}}))
                  .warnings.isEmpty());
    }
    SECTION("over the beginner limit") {
        const SessionPlan plan = planOf(
            routineOf({{"low-roll", seconds(90, 4, false, 30)}, {"mid-roll", seconds(90, 4, false, 30)}}));
        CHECK(plan.totalMs() > 10 * 60000);
        REQUIRE(warningKinds(plan.warnings) == QList<Kind>{Kind::OverBeginnerLimit});
        CHECK(plan.warnings[0].message.contains(
            QStringLiteral("longer than the 10 minutes advised for your first sessions")));
    }
    SECTION("a dose past the guide's ranges") {
        PlanOptions quick;
        quick.pace = {1000, 1000};
        const SessionPlan plan = planOf(
            routineOf({{"low-roll", seconds(120)}, {"hip-hold", breaths(30)}, {"mid-roll", seconds(10, 5)}}),
            quick);
        CHECK(warningKinds(plan.warnings) ==
              QList<Kind>{Kind::DoseOverRange, Kind::DoseOverRange, Kind::DoseOverRange});
        CHECK(plan.warnings[0].message ==
              QStringLiteral(
                  "Step 1, Low roll: 120 seconds a set is past the 30 to 90 seconds the guide advises."));
        CHECK(plan.warnings[1].message ==
              QStringLiteral(
                  "Step 2, Hip hold: 30 breaths a set is past the 10 to 20 breaths the guide advises."));
        CHECK(plan.warnings[1].stepIndex == 1);
        CHECK(plan.warnings[2].message ==
              QStringLiteral("Step 3, Mid roll: 5 sets is more than the 4 the guide advises."));
    }
    SECTION("one region held far past the ranges") {
        const SessionPlan plan =
            planOf(routineOf({{"low-roll", seconds(90, 4)}, {"hip-hold", breaths(20, 4, true)}}));
        const auto kinds = warningKinds(plan.warnings);
        CHECK(kinds.count(Kind::RegionOverRange) == 1);
        // Up to 1.5 times the guide's largest dose is not "far past" it.
        CHECK_FALSE(
            warningKinds(planOf(routineOf({{"low-roll", seconds(90, 4)}, {"hip-hold", breaths(20, 2, true)}}))
                             .warnings)
                .contains(Kind::RegionOverRange));
        CHECK(std::any_of(plan.warnings.begin(), plan.warnings.end(), [](const PlanWarning& w) {
            return w.message ==
                   QStringLiteral(
                       "Lower back gets the work of 8.0 full sets in all, far past the 4 sets of up "
                       "to 90 seconds or 20 breaths the guide advises for one area.");
        }));
    }
    SECTION("the screening") {
        PlanOptions options;
        options.screening = Screening{{QStringLiteral("recent-injury"), QStringLiteral("pregnancy")}};
        const SessionPlan plan = planOf(
            routineOf({{"low-roll", seconds(30)}, {"upper-hold", seconds(30)}, {"mid-roll", seconds(30)}}),
            options);
        REQUIRE(warningKinds(plan.warnings) == QList<Kind>{Kind::ScreeningExcluded, Kind::ScreeningFlagged});
        CHECK(plan.warnings[0].message ==
              QStringLiteral("Step 1, Low roll: Not advised with Recent back injury."));
        CHECK(plan.warnings[1].message ==
              QStringLiteral("Step 2, Upper hold: Ask your doctor first because of Pregnancy."));
        // Not answered: no screening warnings.
        CHECK(planOf(routineOf({{"low-roll", seconds(30)}})).warnings.isEmpty());
    }
}

TEST_CASE("Times are shown as m:ss", "[planner]") {
    CHECK(formatMinutesSeconds(0) == QStringLiteral("0:00"));
    CHECK(formatMinutesSeconds(59499) == QStringLiteral("0:59"));
    CHECK(formatMinutesSeconds(59500) == QStringLiteral("1:00"));
    CHECK(formatMinutesSeconds(560000) == QStringLiteral("9:20"));
    CHECK(formatMinutesSeconds(75 * 60000 + 5000) == QStringLiteral("75:05"));
    CHECK(formatMinutesSeconds(-10) == QStringLiteral("0:00"));
}

TEST_CASE("Every built-in routine plans cleanly", "[planner][bundled]") {
    const Catalog& c = bundledCatalog();
    REQUIRE_FALSE(c.routines.isEmpty());
    for (const Routine& routine : c.routines) {
        const QString& id = routine.id;
        INFO(id.toStdString());
        const PlanResult r = SessionPlanner::plan(routine, c, {});
        INFO(r.errorText().toStdString());
        REQUIRE(r.ok());
        checkContiguous(*r.plan);
        for (const PlanWarning& w : r.plan->warnings) {
            INFO(w.message.toStdString());
            CHECK((w.kind == PlanWarning::Kind::OverBeginnerLimit && id != QStringLiteral("first-session")));
        }
        // Every step of the routine is in the plan.
        QSet<int> steps;
        for (const Segment& s : r.plan->segments)
            if (isWorkingKind(s.kind))
                steps.insert(s.stepIndex);
        CHECK(steps.size() == routine.steps.size());
    }
    const auto first = std::find_if(c.routines.begin(), c.routines.end(),
                                    [](const Routine& r) { return r.id == QStringLiteral("first-session"); });
    CHECK(SessionPlanner::plan(*first, c, {}).plan->totalMs() <=
          qint64(c.guide.limits.firstSessionMinutes.max) * 60000);
}
