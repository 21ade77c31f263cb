// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "ProgramCoach.h"
#include "TestUtil.h"

#include <QRandomGenerator>

using namespace rollguide;

namespace {

using O = StepOutcome;
const QString kHipRoll = QStringLiteral("side-lying-hip-roll");

/// Eight weeks (or more) of a person's history in a program that started on Monday 2 November 2026,
/// in Berlin. Days count from that Monday (0); sessions start at 18:00 local time.
class Sim {
public:
    explicit Sim(const QString& programId = QStringLiteral("start-gently"))
        : program(*bundledCatalog().program(programId)) {
        choice.programId = program.id;
        choice.started = start;
    }

    const Program& program;
    const QTimeZone zone{"Europe/Berlin"};
    const QDate start{2026, 11, 2};
    ProgramChoice choice;
    QList<SessionRecord> history;

    QDateTime at(int day, QTime time = QTime(18, 0)) const {
        return QDateTime(start.addDays(day), time, zone).toUTC();
    }

    /// A session on `day`: three moves done (or `outcomes`), rated before and after when given.
    SessionRecord& add(int day, Ratings before = {}, Ratings after = {},
                       QList<O> outcomes = {O::Done, O::Done, O::Done}, const QString& hurtMove = kHipRoll) {
        SessionRecord r = newSessionRecord(at(day));
        r.utcOffsetSeconds = zone.offsetFromUtc(r.started);
        r.outcome = SessionOutcome::Completed;
        const QStringList ids{QStringLiteral("lower-back-supine-roll"),
                              QStringLiteral("mid-back-supine-roll"),
                              QStringLiteral("upper-back-seated-roll"), QStringLiteral("sacrum-hip-release")};
        for (int i = 0; i < outcomes.size(); ++i) {
            const QString id = outcomes[i] == O::Hurt ? hurtMove : ids[i % ids.size()];
            r.steps.append({id, bundledCatalog().exercise(id)->name, outcomes[i]});
        }
        r.before = before;
        r.after = after;
        history.append(r);
        return history.last();
    }
    /// A good week: the aimed-for sessions (from `firstDay`, every other day), each rated 5 before, 3 after.
    void goodWeek(int firstDay, int sessions) {
        for (int i = 0; i < sessions; ++i)
            add(firstDay + 2 * i, {{Region::Lower, 5}}, {{Region::Lower, 3}});
    }

    /// Where things stand at 20:00 on `day`.
    ProgramStatus status(int day) const {
        return ProgramCoach::assess(program, choice, history, at(day, QTime(20, 0)), zone);
    }
    ProgramSession today(int day, const Screening& screening = {}, bool cleared = false) const {
        return ProgramCoach::today(program, status(day), bundledCatalog(), screening, cleared, {});
    }
    /// Sessions aimed for in the step the person is at on `day`.
    int aim(int day) const { return program.weeks[status(day).step].sessions.min; }
};

bool planHas(const ProgramSession& s, const QString& id) {
    if (!s.plan.routine)
        return false;
    return std::any_of(s.plan.routine->steps.begin(), s.plan.routine->steps.end(),
                       [&](const RoutineStep& st) { return st.exerciseId == id; });
}
} // namespace

TEST_CASE("The built-in programs load, and each starts within the first-session limit", "[program]") {
    const Catalog& c = bundledCatalog();
    REQUIRE(c.programs.size() == 3);
    const Program* gently = c.program(QStringLiteral("Start gently"));
    REQUIRE(gently);
    CHECK(gently->weeks.size() == 6);
    CHECK(gently->weeks.first().sessions.min == 2);
    CHECK(gently->weeks.first().minutes.max <= 8);
    CHECK(gently->weeks.first().sets.max == 1);
    CHECK(gently->weeks.last().sessions.min == 4);
    CHECK(gently->weeks.last().sessions.max == 5);
    CHECK(gently->weeks.last().minutes.min == 15);
    CHECK(gently->weeks.last().minutes.max == 20);
    CHECK(gently->weeks.last().seconds.max == 60);
    CHECK(gently->weeks.last().breaths.max == 20);
    CHECK(gently->weeks.last().sets.max == 3);
    const Program* desk = c.program(QStringLiteral("desk-back"));
    REQUIRE(desk);
    for (const ProgramWeek& w : desk->weeks)
        CHECK(w.regions == QList<Region>{Region::Mid, Region::Upper});
    CHECK(c.program(QStringLiteral("after-training"))->timing == WorkoutTiming::AfterWorkout);
}

TEST_CASE("A fresh start gives a first session within the beginner limit", "[program]") {
    Sim sim;
    const ProgramStatus s = sim.status(0);
    CHECK(s.step == 0);
    CHECK(s.weekNumber == 1);
    CHECK(s.decision == ProgramDecision::Begin);
    CHECK(s.reason ==
          QStringLiteral("Week 1 of Start gently: short, easy sessions to find out how your back takes it."));
    CHECK(s.sessionsThisWeek == 0);
    CHECK_FALSE(s.doneToday);
    const ProgramSession today = sim.today(0);
    INFO(today.blockedReason);
    REQUIRE(today.plan.ok());
    const Routine& r = *today.plan.routine;
    CHECK(r.name == QStringLiteral("Start gently, week 1 of 6"));
    CHECK(r.id == QStringLiteral("program:start-gently"));
    CHECK(today.plan.totalMs <= 8 * 60000);
    CHECK(today.plan.totalMs >= 4 * 60000);
    QSet<Region> regions;
    for (const RoutineStep& st : r.steps) {
        const Exercise* e = bundledCatalog().exercise(st.exerciseId);
        REQUIRE(e);
        CHECK(e->beginner);
        CHECK(st.dose.sets == 1);
        CHECK(st.dose.amount == (st.dose.unit == DoseUnit::Seconds ? 30 : 10));
        for (Region reg : e->regions)
            regions.insert(reg);
    }
    CHECK(regions.size() == 3);
}

TEST_CASE("All good: the program moves on each week to its last, then keeps there", "[program]") {
    Sim sim;
    for (int week = 0; week < 8; ++week) {
        const int day = 7 * week;
        const ProgramStatus s = sim.status(day);
        INFO("week " << week + 1 << ": " << s.reason);
        CHECK(s.step == std::min(week, 5));
        CHECK(s.weekNumber == week + 1);
        if (week >= 1 && week <= 5) {
            CHECK(s.decision == ProgramDecision::MoveOn);
            CHECK(s.reason.startsWith(QStringLiteral("Moving on to week %1: you did ").arg(week + 1)));
            CHECK(s.reason.endsWith(
                QStringLiteral("last week and your back felt the same or better after each.")));
        }
        if (week >= 6) {
            CHECK(s.decision == ProgramDecision::Hold);
            CHECK(s.reason ==
                  QStringLiteral("Keeping to week 6, the last of the program: your back is taking it well."));
        }
        sim.goodWeek(day, sim.aim(day));
        CHECK(sim.status(day + 6).sessionsThisWeek == sim.aim(day));
    }
    // Session counts in the sentence follow the history: week 1 aims for two sessions.
    Sim two;
    two.goodWeek(0, 2);
    CHECK(two.status(7).reason == QStringLiteral("Moving on to week 2: you did 2 sessions last week and your "
                                                 "back felt the same or better after each."));
    // Without check-ins it still moves on, and says what it went by.
    Sim unrated;
    unrated.add(0);
    unrated.add(3);
    CHECK(unrated.status(7).reason ==
          QStringLiteral("Moving on to week 2: you did 2 sessions last week and no move hurt."));
    // Today's session grows with the step, and never past the week's range.
    const ProgramSession last = sim.today(7 * 7);
    REQUIRE(last.plan.ok());
    CHECK(last.plan.totalMs > 10 * 60000);
    CHECK(last.plan.totalMs <= 20 * 60000);
    for (const RoutineStep& st : last.plan.routine->steps) {
        CHECK(st.dose.sets <= 3);
        CHECK(st.dose.amount <= (st.dose.unit == DoseUnit::Seconds ? 60 : 20));
    }
}

TEST_CASE("Too few sessions, or most moves skipped, hold the week", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 1); // week 2 aims for 2
    ProgramStatus s = sim.status(14);
    CHECK(s.step == 1);
    CHECK(s.decision == ProgramDecision::Hold);
    CHECK(s.reason == QStringLiteral("Staying at week 2: 1 of 2 sessions done last week."));
    sim.add(14, {}, {}, {O::Done, O::Skipped, O::Skipped});
    sim.add(16, {}, {}, {O::Skipped, O::Skipped, O::Done});
    s = sim.status(21);
    CHECK(s.step == 1);
    CHECK(s.reason == QStringLiteral("Staying at week 2: most moves were skipped last week."));
}

TEST_CASE("A move that hurt once holds the week and is swapped for another of its region", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    REQUIRE(sim.status(14).step == 2);
    // Week 3 (from Monday 16 November): the hip roll hurts on Tuesday.
    sim.add(15, {{Region::Lower, 5}}, {{Region::Lower, 4}}, {O::Done, O::Hurt, O::Done});
    ProgramStatus s = sim.status(15);
    CHECK(s.step == 2);
    CHECK(s.decision == ProgramDecision::Hold);
    CHECK(s.reason ==
          QStringLiteral("Holding at week 3: the side-lying hip and low back roll hurt on Tuesday."));
    REQUIRE(s.leftOutForNow.contains(kHipRoll));
    CHECK(s.leftOutForNow.value(kHipRoll) ==
          QStringLiteral("It hurt on Tuesday, 17 November, so it rests until 1 December."));
    const ProgramSession today = sim.today(16);
    REQUIRE(today.plan.ok());
    CHECK_FALSE(planHas(today, kHipRoll));
    // Another lower-back move the screening allows takes its place.
    CHECK((planHas(today, QStringLiteral("lower-back-supine-roll")) ||
           planHas(today, QStringLiteral("sacrum-hip-release"))));
    const auto left = std::find_if(today.plan.leftOut.begin(), today.plan.leftOut.end(),
                                   [](const LeftOutMove& m) { return m.exerciseId == kHipRoll; });
    REQUIRE(left != today.plan.leftOut.end());
    CHECK(left->reason.contains(QStringLiteral("rests until 1 December")));

    // The rest of the week goes well, but the week still holds, with the same reason.
    sim.add(17, {{Region::Lower, 5}}, {{Region::Lower, 3}});
    sim.add(19, {{Region::Lower, 5}}, {{Region::Lower, 3}});
    s = sim.status(21);
    CHECK(s.step == 2);
    CHECK(s.decision == ProgramDecision::Hold);
    CHECK(s.reason ==
          QStringLiteral("Holding at week 3: the side-lying hip and low back roll hurt on Tuesday."));
    // A good week after it moves on; two weeks after the hurt the move is back.
    sim.goodWeek(21, 3);
    CHECK(sim.status(28).step == 3);
    CHECK(sim.status(28).decision == ProgramDecision::MoveOn);
    CHECK(sim.status(28).leftOutForNow.contains(kHipRoll));
    CHECK_FALSE(sim.status(29).leftOutForNow.contains(kHipRoll));
}

TEST_CASE("The same move hurting three times pauses the program until a doctor is asked", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    sim.add(15, {}, {}, {O::Done, O::Hurt});
    sim.add(17, {}, {}, {O::Done, O::Hurt});
    CHECK_FALSE(sim.status(17).doctorSuggested);
    sim.add(19, {}, {}, {O::Done, O::Hurt});
    ProgramStatus s = sim.status(19);
    CHECK(s.doctorSuggested);
    CHECK(s.decision == ProgramDecision::AskDoctor);
    CHECK(s.reason == QStringLiteral("Paused at week 3: the side-lying hip and low back roll has hurt 3 "
                                     "times. Please ask a doctor before going on."));
    // Good weeks do not move it on while it waits.
    sim.goodWeek(21, 3);
    sim.goodWeek(28, 3);
    s = sim.status(35);
    CHECK(s.step == 2);
    CHECK(s.doctorSuggested);
    CHECK(s.decision == ProgramDecision::AskDoctor);
    // The person says they have talked to a doctor: it carries on, and moves on after the next good week.
    sim.choice.doctorConfirmed = sim.at(35, QTime(9, 0));
    s = sim.status(35);
    CHECK_FALSE(s.doctorSuggested);
    CHECK(s.decision == ProgramDecision::Hold);
    CHECK(s.reason == QStringLiteral("Carrying on at week 3 now that you have talked to a doctor."));
    sim.goodWeek(35, 3);
    CHECK(sim.status(42).step == 3);
    CHECK(sim.status(42).decision == ProgramDecision::MoveOn);
    // The count starts afresh after the confirmation: one more hurt is a hold, not a new pause.
    sim.add(43, {}, {}, {O::Done, O::Hurt});
    CHECK_FALSE(sim.status(43).doctorSuggested);
    CHECK(sim.status(43).decision == ProgramDecision::Hold);
}

TEST_CASE("Worse after-ratings in two sessions in a row step back one week", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    REQUIRE(sim.status(14).step == 2);
    sim.add(14, {{Region::Lower, 4}}, {{Region::Lower, 5}});
    ProgramStatus s = sim.status(14);
    CHECK(s.step == 2); // once is not yet a pattern
    sim.add(16, {{Region::Lower, 3}, {Region::Mid, 2}}, {{Region::Lower, 4}, {Region::Mid, 2}});
    s = sim.status(16);
    CHECK(s.step == 1);
    CHECK(s.decision == ProgramDecision::StepBack);
    CHECK(s.reason ==
          QStringLiteral(
              "Stepping back to week 2: your back felt worse after each of your last two sessions."));
    // Today's session is week 2's again.
    CHECK(sim.today(17).plan.routine->name == QStringLiteral("Start gently, week 2 of 6"));
    // The week ends there (no second decision); a good week then moves on again.
    sim.add(18, {{Region::Lower, 3}}, {{Region::Lower, 3}});
    CHECK(sim.status(21).step == 1);
    CHECK(sim.status(21).decision == ProgramDecision::StepBack);
    sim.goodWeek(21, 2);
    CHECK(sim.status(28).step == 2);
    // A worse session, then a better one, then a worse one: never two in a row, so no step back.
    Sim mixed;
    mixed.goodWeek(0, 2);
    mixed.add(7, {{Region::Upper, 3}}, {{Region::Upper, 4}});
    mixed.add(9, {{Region::Upper, 4}}, {{Region::Upper, 2}});
    mixed.add(11, {{Region::Upper, 3}}, {{Region::Upper, 4}});
    CHECK(mixed.status(13).step == 1);
    CHECK(mixed.status(14).reason ==
          QStringLiteral("Staying at week 2: your back felt worse after a session last week."));
    // At week 1 there is nowhere to step back to.
    Sim first;
    first.add(0, {{Region::Lower, 3}}, {{Region::Lower, 4}});
    first.add(2, {{Region::Lower, 3}}, {{Region::Lower, 4}});
    CHECK(first.status(2).step == 0);
    CHECK(first.status(2).reason ==
          QStringLiteral(
              "Staying at week 1, the gentlest: your back felt worse after each of your last two sessions."));
}

TEST_CASE("A missed week never punishes: the program picks up where it was", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    REQUIRE(sim.status(14).step == 2);
    ProgramStatus s = sim.status(21); // nothing in week 3
    CHECK(s.step == 2);
    CHECK(s.decision == ProgramDecision::Hold);
    CHECK(s.reason ==
          QStringLiteral("Picking up at week 3: there were no sessions last week, and that is fine."));
    s = sim.status(40); // three weeks away
    CHECK(s.step == 2);
    CHECK(s.weekNumber == 6);
    sim.goodWeek(42, 3);
    CHECK(sim.status(49).step == 3);
}

TEST_CASE("A before-rating that rose by 2 points over two weeks suggests a doctor", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.add(7, {{Region::Mid, 3}}, {{Region::Mid, 2}});
    sim.add(10, {{Region::Mid, 4}}, {{Region::Mid, 3}});
    CHECK_FALSE(sim.status(10).doctorSuggested);
    sim.add(13, {{Region::Mid, 5}}, {{Region::Mid, 4}});
    const ProgramStatus s = sim.status(13);
    CHECK(s.doctorSuggested);
    CHECK(s.decision == ProgramDecision::AskDoctor);
    CHECK(s.reason ==
          QStringLiteral("Paused at week 2: your mid back has felt tighter before each session over two "
                         "weeks (3 → 5). Please ask a doctor before going on."));
    CHECK(sim.status(14).step == 1);
    // A rise spread over more than two weeks is not a jump.
    Sim slow;
    slow.add(0, {{Region::Mid, 3}}, {{Region::Mid, 3}});
    slow.add(8, {{Region::Mid, 4}}, {{Region::Mid, 4}});
    slow.add(16, {{Region::Mid, 5}}, {{Region::Mid, 5}});
    CHECK_FALSE(slow.status(16).doctorSuggested);
}

TEST_CASE("The screening rules the program's moves out in every week", "[program][screening]") {
    Sim sim;
    SECTION("pregnancy: every move needs a doctor's OK, so there is no session until it is given") {
        const Screening pregnant{{QStringLiteral("pregnancy")}};
        for (int day : {0, 20, 45}) {
            const ProgramSession s = sim.today(day, pregnant);
            CHECK_FALSE(s.plan.ok());
            CHECK(s.needsDoctorsOk);
            CHECK(s.blockedReason.contains(QStringLiteral("(pregnancy)")));
            CHECK(s.blockedReason.contains(QStringLiteral("need a doctor's OK first")));
        }
        const ProgramSession cleared = sim.today(0, pregnant, true);
        REQUIRE(cleared.plan.ok());
        CHECK(cleared.plan.totalMs <= 10 * 60000);
    }
    SECTION("disc herniation: the same, named") {
        const Screening disc{{QStringLiteral("disc-herniation")}};
        const ProgramSession s = sim.today(0, disc);
        CHECK_FALSE(s.plan.ok());
        CHECK(s.needsDoctorsOk);
        CHECK(s.blockedReason.contains(QStringLiteral("(disc herniation)")));
    }
    SECTION("a recent injury rules every move out, even with a doctor's OK") {
        const Screening injured{{QStringLiteral("recent-injury-or-fracture")}};
        for (bool cleared : {false, true}) {
            const ProgramSession s = sim.today(0, injured, cleared);
            CHECK_FALSE(s.plan.ok());
            CHECK_FALSE(s.needsDoctorsOk);
            CHECK(s.blockedReason.startsWith(QStringLiteral("None of this program's moves suit")));
        }
    }
    SECTION("spinal stenosis, cleared: only the armpit roll, from the first week it is allowed") {
        const Screening stenosis{{QStringLiteral("spinal-stenosis")}};
        CHECK_FALSE(sim.today(0, stenosis).plan.ok());
        sim.goodWeek(0, 2);
        sim.goodWeek(7, 2);
        const ProgramSession week3 = sim.today(14, stenosis);
        INFO(week3.blockedReason);
        REQUIRE(week3.plan.ok());
        for (const RoutineStep& st : week3.plan.routine->steps)
            CHECK(st.exerciseId == QStringLiteral("side-lying-armpit-roll"));
        CHECK(week3.plan.notes.join(u' ').contains(
            QStringLiteral("No move for the lower back suits you today")));
    }
}

TEST_CASE("Pausing keeps the place: restarting begins again at week 1", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    sim.choice.paused = true;
    ProgramStatus s = sim.status(16);
    CHECK(s.decision == ProgramDecision::Paused);
    CHECK(s.step == 2);
    CHECK(s.reason == QStringLiteral("Paused. Your place is kept at week 3; resume when you are ready."));
    sim.choice.paused = false;
    sim.choice.started = sim.start.addDays(16);
    s = sim.status(16);
    CHECK(s.step == 0);
    CHECK(s.decision == ProgramDecision::Begin);
    CHECK(s.weekNumber == 1);
}

// Properties over many random histories and screenings: whatever happens, the program never plans a
// move the screening rules out, never goes past the first-session limit in week 1, and never raises a
// dose by more than one step from one week to the next.
TEST_CASE("Random histories: safe moves, week 1 within the limit, one step up a week at most",
          "[program][property]") {
    const Catalog& catalog = bundledCatalog();
    const int firstMax = catalog.guide.limits.firstSessionMinutes.max;
    REQUIRE(firstMax == 10);
    QRandomGenerator rng(20261201);
    QStringList conditionIds;
    for (const Contraindication& c : catalog.contraindications)
        conditionIds << c.id;
    int plans = 0, stepsUp = 0, stepsBack = 0, doctors = 0;
    for (int run = 0; run < 60; ++run) {
        const Program& program = catalog.programs[run % catalog.programs.size()];
        Sim sim(program.id);
        Screening screening;
        for (const QString& id : conditionIds)
            if (rng.bounded(6) == 0)
                screening.conditions.insert(id);
        const bool cleared = rng.bounded(2) == 0;
        int prevStep = 0;
        QList<int> stepOn;                 // per day
        QList<std::array<int, 3>> highest; // per day: seconds, breaths, sets at most in today's plan
        for (int day = 0; day < 56; ++day) {
            if (day == 30 && rng.bounded(3) == 0)
                sim.choice.doctorConfirmed = sim.at(day, QTime(8, 0));
            const ProgramStatus status = sim.status(day);
            INFO("run " << run << " day " << day << ": " << status.reason);
            REQUIRE(status.step >= 0);
            REQUIRE(status.step < program.weeks.size());
            // Up only at the start of a week, and by one.
            CHECK(status.step <= prevStep + (day % 7 == 0 ? 1 : 0));
            stepsUp += status.step > prevStep;
            stepsBack += status.step < prevStep;
            doctors += status.doctorSuggested;
            prevStep = status.step;
            stepOn << status.step;
            const ProgramSession today =
                ProgramCoach::today(program, status, catalog, screening, cleared, {});
            std::array<int, 3> most{0, 0, 0};
            if (today.plan.ok()) {
                ++plans;
                const ProgramWeek& week = program.weeks[status.step];
                if (status.step == 0)
                    CHECK(today.plan.totalMs <= qint64(firstMax) * 60000);
                CHECK(today.plan.totalMs <= qint64(week.minutes.max) * 60000);
                for (const RoutineStep& st : today.plan.routine->steps) {
                    const Exercise* e = catalog.exercise(st.exerciseId);
                    REQUIRE(e);
                    const ScreeningResult verdict = screenExercise(*e, screening, catalog);
                    CHECK(verdict.verdict != ScreeningResult::Verdict::Excluded);
                    if (!cleared)
                        CHECK(verdict.verdict == ScreeningResult::Verdict::Allowed);
                    CHECK_FALSE(status.leftOutForNow.contains(st.exerciseId));
                    if (week.beginnerOnly)
                        CHECK(e->beginner);
                    CHECK(st.dose.sets <= week.sets.max);
                    if (st.dose.unit == DoseUnit::Seconds) {
                        CHECK(st.dose.amount <= week.seconds.max);
                        most[0] = std::max(most[0], st.dose.amount);
                    } else {
                        CHECK(st.dose.amount <= week.breaths.max);
                        most[1] = std::max(most[1], st.dose.amount);
                    }
                    most[2] = std::max(most[2], st.dose.sets);
                }
            }
            // Against a week before: the most of each dose rose by one step at most.
            if (day >= 7) {
                const std::array<int, 3>& was = highest[day - 7];
                const ProgramWeek& before = program.weeks[stepOn[day - 7]];
                CHECK(most[0] <= std::max(was[0], before.seconds.max) + Program::kSecondsStep);
                CHECK(most[1] <= std::max(was[1], before.breaths.max) + Program::kBreathsStep);
                CHECK(most[2] <= std::max(was[2], before.sets.max) + Program::kSetsStep);
            }
            highest << most;

            // What the person does today, at random.
            if (rng.bounded(100) < 55) {
                QList<O> outcomes;
                for (int i = 0; i < 3; ++i) {
                    const int roll = rng.bounded(100);
                    outcomes << (roll < 2    ? O::Hurt
                                 : roll < 20 ? O::Skipped
                                 : roll < 28 ? O::CutShort
                                             : O::Done);
                }
                Ratings before, after;
                if (rng.bounded(100) < 70)
                    for (Region r : kAllRegions)
                        if (rng.bounded(2)) {
                            before[r] = 3 + rng.bounded(3);
                            after[r] = std::clamp(before[r] + rng.bounded(5) - 2, 0, 10);
                        }
                const QString hurt = catalog.exercises[rng.bounded(catalog.exercises.size())].id;
                sim.add(day, before, after, outcomes, hurt);
            }
        }
    }
    // The random histories did exercise every kind of decision.
    INFO("plans " << plans << ", up " << stepsUp << ", back " << stepsBack << ", doctor " << doctors);
    CHECK(plans > 500);
    CHECK(stepsUp > 10);
    CHECK(stepsBack > 3);
    CHECK(doctors > 10);
}

TEST_CASE("A session where nothing was done still says what hurt", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    // Stopped at once because the move hurt: no move done, so no session counted, but the hurt is.
    sim.add(8, {}, {}, {O::Hurt, O::NotReached, O::NotReached});
    ProgramStatus s = sim.status(8);
    CHECK(s.sessionsThisWeek == 0);
    CHECK(s.leftOutForNow.contains(kHipRoll));
    CHECK(s.reason ==
          QStringLiteral("Holding at week 2: the side-lying hip and low back roll hurt on Tuesday."));
    sim.add(9, {}, {}, {O::Hurt, O::NotReached});
    sim.add(10, {}, {}, {O::Skipped, O::Hurt});
    s = sim.status(10);
    CHECK(s.doctorSuggested);
    CHECK(s.reason.endsWith(QStringLiteral("has hurt 3 times. Please ask a doctor before going on.")));
}

TEST_CASE("Starting again or switching keeps a resting move resting and a doctor's suggestion standing",
          "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.add(8, {}, {}, {O::Done, O::Hurt});
    sim.add(10, {}, {}, {O::Done, O::Hurt});
    sim.choice.started = sim.start.addDays(11); // restarted the day after the second hurt
    ProgramStatus s = sim.status(11);
    CHECK(s.step == 0);
    CHECK_FALSE(s.doctorSuggested);
    CHECK(s.leftOutForNow.contains(kHipRoll));
    CHECK_FALSE(planHas(sim.today(11), kHipRoll));
    // The third hurt within four weeks counts the two from before the restart.
    sim.add(12, {}, {}, {O::Done, O::Hurt});
    s = sim.status(12);
    CHECK(s.doctorSuggested);
    CHECK(s.decision == ProgramDecision::AskDoctor);
    // A suggestion made before a switch stands after it.
    Sim other(QStringLiteral("desk-back"));
    other.history = sim.history;
    other.choice.started = sim.start.addDays(13);
    CHECK(other.status(13).doctorSuggested);
    CHECK(other.status(13).reason.contains(QStringLiteral("Please ask a doctor")));
    // Hurts spread over more than four weeks do not add up to a suggestion.
    Sim spread;
    for (int day : {0, 15, 30})
        spread.add(day, {}, {}, {O::Done, O::Hurt});
    CHECK_FALSE(spread.status(30).doctorSuggested);
}

TEST_CASE("Stepping back while a doctor is suggested says both", "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    sim.add(14, {}, {}, {O::Done, O::Hurt});
    sim.add(15, {}, {}, {O::Done, O::Hurt});
    sim.add(16, {{Region::Lower, 3}}, {{Region::Lower, 5}}, {O::Done, O::Hurt});
    sim.add(17, {{Region::Lower, 3}}, {{Region::Lower, 5}});
    const ProgramStatus s = sim.status(17);
    CHECK(s.step == 1);
    CHECK(s.doctorSuggested);
    CHECK(s.decision == ProgramDecision::AskDoctor);
    CHECK(s.reason ==
          QStringLiteral("Paused at week 3: the side-lying hip and low back roll has hurt 3 times. Please "
                         "ask a doctor before going on. Stepping back to week 2: your back felt worse "
                         "after each of your last two sessions."));
}

TEST_CASE("Sessions stopped early with most moves not reached do not move the program on", "[program]") {
    Sim sim;
    sim.add(0, {}, {}, {O::Done, O::NotReached, O::NotReached, O::NotReached});
    sim.add(2, {}, {}, {O::Done, O::NotReached, O::NotReached, O::NotReached});
    const ProgramStatus s = sim.status(7);
    CHECK(s.step == 0);
    CHECK(s.reason == QStringLiteral("Staying at week 1: most moves were skipped last week."));
}

TEST_CASE("A hurt more than six days ago is named with its date, never a weekday that reads as this week's",
          "[program]") {
    Sim sim;
    sim.goodWeek(0, 2);
    sim.goodWeek(7, 2);
    sim.add(15, {}, {}, {O::Done, O::Hurt}); // Tuesday 17 November
    sim.add(16);
    sim.add(18);
    CHECK(sim.status(21).reason ==
          QStringLiteral("Holding at week 3: the side-lying hip and low back roll hurt on Tuesday."));
    CHECK(sim.status(22).reason ==
          QStringLiteral(
              "Holding at week 3: the side-lying hip and low back roll hurt on Tuesday 17 November."));
}
