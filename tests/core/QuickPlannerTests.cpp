// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// Quick plans: from a goal to a routine that fits the time, or a clear reason why none does.
#include "EngineTestUtil.h"
#include "QuickPlanner.h"

using namespace enginetest;
using Level = QuickGoal::Level;
using Timing = QuickGoal::Timing;

namespace {
const char* levelName(Level l) {
    switch (l) {
    case Level::Beginner:
        return "beginner";
    case Level::Intermediate:
        return "intermediate";
    case Level::Experienced:
        return "experienced";
    }
    return "";
}

const char* timingName(Timing t) {
    switch (t) {
    case Timing::BeforeWorkout:
        return "before";
    case Timing::AfterWorkout:
        return "after";
    case Timing::Anytime:
        return "anytime";
    }
    return "";
}

QStringList leftOutIds(const QuickPlanResult& r) {
    QStringList ids;
    for (const LeftOutMove& m : r.leftOut)
        ids << m.exerciseId;
    return ids;
}

QStringList stepIds(const Routine& r) {
    QStringList ids;
    for (const RoutineStep& s : r.steps)
        ids << s.exerciseId;
    return ids;
}

/// Everything a quick plan promises, checked on one result.
void checkFits(const QuickPlanResult& r, const QuickGoal& goal, const Catalog& c,
               const PlanOptions& options) {
    INFO("error: " << r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(r.error.isEmpty());
    const Routine& rt = *r.routine;
    const PlanResult plan = SessionPlanner::plan(rt, c, options);
    INFO(plan.errorText().toStdString());
    REQUIRE(plan.ok());
    CHECK(plan.plan->totalMs() == r.totalMs);

    int minutes = goal.minutes;
    if (goal.level == Level::Beginner)
        minutes = std::min(minutes, c.guide.limits.firstSessionMinutes.max);
    const qint64 budget = qint64(minutes) * 60000;
    CHECK(r.totalMs <= budget);
    CHECK(r.totalMs >= budget - QuickPlanner::toleranceMs(budget));
    CHECK((minutes < goal.minutes) == !r.notes.isEmpty());

    const QList<Region> regions =
        goal.regions.isEmpty() ? QList<Region>(std::begin(kAllRegions), std::end(kAllRegions)) : goal.regions;
    for (Region region : regions)
        CHECK(std::any_of(rt.steps.begin(), rt.steps.end(),
                          [&](const RoutineStep& s) { return c.exercise(s.exerciseId)->hasRegion(region); }));
    for (const RoutineStep& s : rt.steps) {
        const Exercise& e = *c.exercise(s.exerciseId);
        INFO(e.id.toStdString());
        CHECK(screenExercise(e, goal.screening, c).allowed());
        CHECK(std::any_of(regions.begin(), regions.end(), [&](Region g) { return e.hasRegion(g); }));
        CHECK(checkDose(s.dose).ok());
        CHECK(s.dose.perSide == e.dose.perSide);
        if (goal.level == Level::Beginner)
            CHECK(e.beginner);
    }
    // The quick plan itself stays within the guide's ranges.
    for (const PlanWarning& w : plan.plan->warnings) {
        INFO(w.message.toStdString());
        CHECK(w.kind == PlanWarning::Kind::OverBeginnerLimit);
        CHECK(goal.level != Level::Beginner);
    }
}
} // namespace

TEST_CASE("Quick plans fit the time for every level, timing and budget", "[quick]") {
    const PlanOptions options;
    for (const Catalog* c : {&engineCatalog(), &bundledCatalog()}) {
        for (Level level : {Level::Beginner, Level::Intermediate, Level::Experienced}) {
            for (Timing timing : {Timing::BeforeWorkout, Timing::AfterWorkout, Timing::Anytime}) {
                for (int minutes : {5, 10, 15, 20}) {
                    QuickGoal goal;
                    goal.level = level;
                    goal.timing = timing;
                    goal.minutes = minutes;
                    INFO(levelName(level) << ", " << timingName(timing) << ", " << minutes << " min, "
                                          << (c == &engineCatalog() ? "engine" : "bundled") << " catalog");
                    const QuickPlanResult r = QuickPlanner::plan(goal, *c, options);
                    // Before a workout the doses stay short, so a long whole-back plan may not fill up;
                    // then it must say so.
                    if (!r.ok()) {
                        CHECK(timing == Timing::BeforeWorkout);
                        CHECK(r.error.contains(QStringLiteral("fill at most")));
                        continue;
                    }
                    checkFits(r, goal, *c, options);
                }
            }
        }
    }
}

TEST_CASE("Beginners stay within the first-session limit, and are told so", "[quick]") {
    QuickGoal goal;
    goal.level = Level::Beginner;
    goal.minutes = 30;
    const QuickPlanResult r = QuickPlanner::plan(goal, bundledCatalog(), {});
    checkFits(r, goal, bundledCatalog(), {});
    CHECK(r.totalMs <= 10 * 60000);
    CHECK(r.notes == texts({"Kept to 10 minutes, the most advised for your first sessions."}));
    CHECK(r.routine->description.contains(r.notes[0]));
    // Beginners get beginner moves only; the others are left out with the reason.
    CHECK(leftOutIds(r) == texts({"mid-back-prone-lengthwise", "side-lying-armpit-roll"}));
    CHECK(r.leftOut[0].reason == QStringLiteral("Not a move for your first sessions."));
    // Each move starts at the guide's shortest dose and no more sets than its least.
    for (const RoutineStep& s : r.routine->steps) {
        CHECK(s.dose.sets <= 2);
        CHECK(s.dose.amount <= (s.dose.unit == DoseUnit::Seconds ? 60 : 15));
    }
}

TEST_CASE("Quick plans for one region and for longer sessions", "[quick]") {
    const Catalog& c = bundledCatalog();
    for (Region region : kAllRegions) {
        for (Level level : {Level::Intermediate, Level::Experienced}) {
            QuickGoal goal;
            goal.regions = {region};
            goal.level = level;
            goal.minutes = 5;
            INFO(regionKey(region).toStdString() << " " << levelName(level));
            checkFits(QuickPlanner::plan(goal, c, {}), goal, c, {});
            // Longer on one region may be past what the guide advises for one area: then it says so.
            goal.minutes = 15;
            const QuickPlanResult longer = QuickPlanner::plan(goal, c, {});
            if (longer.ok())
                checkFits(longer, goal, c, {});
            else
                CHECK(longer.error.contains(QStringLiteral("within the guide's advice")));
        }
    }
    QuickGoal longer;
    longer.level = Level::Experienced;
    longer.minutes = 20;
    longer.timing = Timing::AfterWorkout;
    const QuickPlanResult r = QuickPlanner::plan(longer, c, {});
    checkFits(r, longer, c, {});
    // After a workout, holds and breath-paced moves come first.
    CHECK(c.exercise(r.routine->steps[0].exerciseId)->kind != ExerciseKind::Roll);
    // Forty minutes on the whole back is past what the guide advises.
    longer.minutes = 40;
    const QuickPlanResult tooLong = QuickPlanner::plan(longer, c, {});
    CHECK_FALSE(tooLong.ok());
    CHECK(tooLong.error.startsWith(
        QStringLiteral("The moves that suit you for the lower back, mid back, upper back fill at most ")));
    CHECK(tooLong.error.endsWith(QStringLiteral("short of the 40 minutes asked for; choose fewer minutes.")));
}

TEST_CASE("Before a workout: short rolls first, few sets", "[quick]") {
    QuickGoal goal;
    goal.level = Level::Intermediate;
    goal.timing = Timing::BeforeWorkout;
    goal.regions = {Region::Lower};
    goal.minutes = 5;
    const QuickPlanResult r = QuickPlanner::plan(goal, engineCatalog(), {});
    checkFits(r, goal, engineCatalog(), {});
    CHECK(r.routine->steps[0].exerciseId == QStringLiteral("low-roll"));
    for (const RoutineStep& s : r.routine->steps) {
        CHECK(s.dose.sets <= 2);
        CHECK(s.dose.amount <= (s.dose.unit == DoseUnit::Seconds ? 60 : 15));
    }
}

TEST_CASE("The screening leaves out the right moves and says why", "[quick][screening]") {
    const Catalog& c = engineCatalog();
    QuickGoal goal;
    goal.level = Level::Intermediate;
    goal.minutes = 10;
    SECTION("an avoid condition") {
        goal.screening.conditions = {QStringLiteral("recent-injury")};
        const QuickPlanResult r = QuickPlanner::plan(goal, c, {});
        checkFits(r, goal, c, {});
        CHECK(leftOutIds(r) == texts({"low-roll", "opener-reps"}));
        CHECK(r.leftOut[0].exerciseName == QStringLiteral("Low roll"));
        CHECK(r.leftOut[0].reason == QStringLiteral("Not advised with Recent back injury."));
        CHECK_FALSE(stepIds(*r.routine).contains(QStringLiteral("low-roll")));
        CHECK_FALSE(stepIds(*r.routine).contains(QStringLiteral("opener-reps")));
    }
    SECTION("an ask-doctor condition, then cleared by the doctor") {
        goal.screening.conditions = {QStringLiteral("pregnancy")};
        const QuickPlanResult r = QuickPlanner::plan(goal, c, {});
        checkFits(r, goal, c, {});
        CHECK(leftOutIds(r) == texts({"upper-hold", "ext-reps"}));
        CHECK(r.leftOut[0].reason ==
              QStringLiteral(
                  "Ask your doctor first because of Pregnancy. Add it yourself once your doctor agrees."));
        CHECK_FALSE(stepIds(*r.routine).contains(QStringLiteral("upper-hold")));

        goal.includeFlagged = true;
        const QuickPlanResult cleared = QuickPlanner::plan(goal, c, {});
        REQUIRE(cleared.ok());
        CHECK(cleared.leftOut.isEmpty());
    }
    SECTION("nothing left for a region") {
        goal.screening.conditions = {QStringLiteral("recent-injury-or-fracture")};
        const QuickPlanResult r = QuickPlanner::plan(goal, bundledCatalog(), {});
        CHECK_FALSE(r.ok());
        CHECK(r.error ==
              QStringLiteral("No move for the lower back, mid back, upper back suits your answers and level; "
                             "see what was left out and why."));
        CHECK(r.leftOut.size() == bundledCatalog().exercises.size());
    }
}

TEST_CASE("A goal that cannot be met says so instead of a shorter plan", "[quick][bad]") {
    const Catalog& c = engineCatalog();
    QuickGoal goal;
    goal.level = Level::Experienced;
    SECTION("too short for the regions") {
        goal.minutes = 1;
        const QuickPlanResult r = QuickPlanner::plan(goal, c, {});
        CHECK_FALSE(r.routine);
        CHECK(r.error == QStringLiteral("1 minute is too short to cover the lower back, mid back, upper "
                                        "back; choose more minutes or fewer regions."));
    }
    SECTION("more time than the moves can fill") {
        goal.minutes = 60;
        goal.regions = {Region::Lower};
        const QuickPlanResult r = QuickPlanner::plan(goal, c, {});
        CHECK_FALSE(r.routine);
        CHECK(r.error.startsWith(QStringLiteral("The moves that suit you for the lower back fill at most ")));
        CHECK(r.error.endsWith(
            QStringLiteral("short of the 60 minutes asked for; choose fewer minutes or more regions.")));
    }
    SECTION("out of range") {
        goal.minutes = 0;
        CHECK(QuickPlanner::plan(goal, c, {}).error ==
              QStringLiteral("Choose from 1 to 120 minutes; 0 is outside that."));
        goal.minutes = 121;
        CHECK_FALSE(QuickPlanner::plan(goal, c, {}).ok());
    }
    SECTION("a bad pace") {
        goal.minutes = 10;
        PlanOptions options;
        options.pace.exhaleMs = 0;
        CHECK(QuickPlanner::plan(goal, c, options)
                  .error.startsWith(QStringLiteral("breath pace: Breathing out lasts 0 ms")));
    }
}
