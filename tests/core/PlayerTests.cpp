// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The session player against a manual clock: whole sessions in milliseconds.
#include "EngineTestUtil.h"

#include <QSignalSpy>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

using namespace enginetest;
using State = SessionPlayer::State;

namespace {
QStringList eventsIn(const QStringList& events, qint64 from, qint64 to) {
    QStringList out;
    for (const QString& e : events) {
        const qint64 t = e.section(u' ', 0, 0).toLongLong();
        if (t >= from && t < to)
            out << e;
    }
    return out;
}
} // namespace

TEST_CASE("A whole session plays in exact time with every cue in order", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    QSignalSpy states(&player, &SessionPlayer::stateChanged);

    CHECK(player.state() == State::Idle);
    CHECK(player.msUntilNextEvent() == -1);
    player.start();
    const int updates = runToEnd(player, clock);

    const QStringList expected = texts(
        {"0 segment 0",      "7000 last 3",      "8000 last 2",      "9000 last 1",      "10000 segment 1",
         "15000 halfway 1",  "17000 last 3",     "18000 last 2",     "19000 last 1",     "20000 segment 2",
         "22000 last 3",     "23000 last 2",     "24000 last 1",     "25000 segment 3",  "30000 halfway 3",
         "32000 last 3",     "33000 last 2",     "34000 last 1",     "35000 segment 4",  "42000 last 3",
         "43000 last 2",     "44000 last 1",     "45000 segment 5",  "45000 inhale 1/2", "49000 exhale 1/2",
         "55000 inhale 2/2", "55000 halfway 5",  "59000 exhale 2/2", "62000 last 3",     "63000 last 2",
         "64000 last 1",     "65000 segment 6",  "67000 last 3",     "68000 last 2",     "69000 last 1",
         "70000 segment 7",  "70000 inhale 1/2", "74000 exhale 1/2", "80000 inhale 2/2", "80000 halfway 7",
         "84000 exhale 2/2", "87000 last 3",     "88000 last 2",     "89000 last 1",     "90000 segment 8",
         "90000 finished"});
    CHECK(rec.events.join(u'\n') == expected.join(u'\n'));

    CHECK(player.state() == State::Finished);
    REQUIRE(states.size() == 2);
    CHECK(states[0][0].value<State>() == State::Running);
    CHECK(states[1][0].value<State>() == State::Finished);
    CHECK(rec.summary.plannedMs == 90000);
    CHECK(rec.summary.actualMs == 90000);
    CHECK(rec.summary.pausedMs == 0);
    CHECK(rec.summary.segmentCount == 8);
    CHECK(rec.summary.segmentsDone == 8);
    CHECK(rec.summary.segmentsSkipped == 0);
    CHECK(rec.summary.completed);
    CHECK(player.summary().actualMs == 90000);
    // One update per second of countdown at most, plus the cues: no busy polling.
    CHECK(updates <= 90 + int(expected.size()));
    CHECK(player.msUntilNextEvent() == -1);
    const PlayerSnapshot end = player.snapshot();
    CHECK(end.sessionProgress == 1.0);
    CHECK(end.segment->kind == SegmentKind::Finish);
}

TEST_CASE("The snapshot follows elapsed time, also between updates", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    const PlayerSnapshot idle = player.snapshot();
    CHECK(idle.state == State::Idle);
    CHECK(idle.segment == nullptr);
    CHECK(idle.sessionRemainingMs == 90000);

    player.start();
    clock.advance(12500); // no update: the snapshot still knows where the session is
    PlayerSnapshot s = player.snapshot();
    CHECK(s.segmentIndex == 1);
    CHECK(s.segment->kind == SegmentKind::Roll);
    CHECK(s.elapsedInSegmentMs == 2500);
    CHECK(s.remainingMs == 7500);
    CHECK(s.sessionElapsedMs == 12500);
    CHECK(s.sessionRemainingMs == 77500);
    CHECK(s.sessionProgress == Approx(12500.0 / 90000));
    CHECK_FALSE(s.breath.has_value());
    CHECK(player.currentIndex() == 0);
    CHECK(player.msUntilNextEvent() == 0); // an update is due
    player.update();
    CHECK(player.currentIndex() == 1);
    CHECK(player.msUntilNextEvent() == 500); // the countdown's next whole second
}

TEST_CASE("The snapshot says which move of how many, and paces timed parts without counting breaths",
          "[player][breath]") {
    // Two moves: a roll of 2 timed sets with a rest between, then a hold counted in breaths on each side.
    SteppedPlayer first(standardPlan());
    struct Expect {
        qint64 at;
        int segment;
        int move;
        bool counted;
        bool paced;
    };
    for (const Expect& e : {Expect{0, 0, 1, false, false}, Expect{12000, 1, 1, false, true},
                            Expect{21000, 2, 1, false, false}, Expect{26000, 3, 1, false, true},
                            Expect{36000, 4, 2, false, false}, Expect{46000, 5, 2, true, false},
                            Expect{66000, 6, 2, false, false}, Expect{71000, 7, 2, true, false}}) {
        INFO("at " << e.at << " ms");
        const PlayerSnapshot s = first.at(e.at);
        CHECK(s.segmentIndex == e.segment);
        CHECK(s.moveNumber == e.move);
        CHECK(s.moveCount == 2);
        CHECK(s.breath.has_value() == e.counted);
        CHECK(s.pacing.has_value() == e.paced);
    }
    // A timed roll of 10 s at the default 4 s in, 6 s out: 2 s into the set is 2 s into breathing in,
    // and 5 s in is 1 s into breathing out; nothing is counted.
    SteppedPlayer second(standardPlan());
    PlayerSnapshot s = second.at(12000);
    REQUIRE(s.pacing);
    CHECK(s.pacing->phase == BreathPhase::Inhale);
    CHECK(s.pacing->progress == Approx(0.5));
    CHECK(s.pacing->breathNumber == 0);
    CHECK(s.pacing->breathCount == 0);
    s = second.at(15000);
    REQUIRE(s.pacing);
    CHECK(s.pacing->phase == BreathPhase::Exhale);
    CHECK(s.pacing->progress == Approx(1.0 / 6));
    second.player.pause();
    second.clock.advance(3000);
    CHECK(second.player.snapshot().pacing == s.pacing); // paused, the circle stays where it was
    second.player.resume();
    second.at(98000);
    CHECK(second.player.state() == State::Finished);
    CHECK_FALSE(second.player.snapshot().pacing.has_value());
}

TEST_CASE("Breath phase is exact at every boundary", "[player][breath]") {
    SteppedPlayer stepped(standardPlan());
    const auto at = [&](qint64 t) { return stepped.at(t); };
    auto s = at(44999);
    CHECK(s.segmentIndex == 4);
    CHECK_FALSE(s.breath);
    s = at(45000);
    REQUIRE(s.breath);
    CHECK(s.breath->phase == BreathPhase::Inhale);
    CHECK(s.breath->progress == 0.0);
    CHECK(s.breath->breathNumber == 1);
    CHECK(s.breath->breathCount == 2);
    CHECK(s.breath->phaseLeftMs == 4000);
    s = at(47000);
    CHECK(s.breath->progress == Approx(0.5));
    s = at(48999);
    CHECK(s.breath->phase == BreathPhase::Inhale);
    CHECK(s.breath->progress == Approx(3999.0 / 4000));
    s = at(49000);
    CHECK(s.breath->phase == BreathPhase::Exhale);
    CHECK(s.breath->progress == 0.0);
    CHECK(s.breath->phaseLeftMs == 6000);
    s = at(54999);
    CHECK(s.breath->phase == BreathPhase::Exhale);
    CHECK(s.breath->breathNumber == 1);
    s = at(55000);
    CHECK(s.breath->phase == BreathPhase::Inhale);
    CHECK(s.breath->breathNumber == 2);
    s = at(64999);
    CHECK(s.breath->phase == BreathPhase::Exhale);
    CHECK(s.breath->breathNumber == 2);
    CHECK(s.breath->phaseLeftMs == 1);
    s = at(65000);
    CHECK(s.segment->kind == SegmentKind::SwitchSide);
    CHECK_FALSE(s.breath);
}

TEST_CASE("The breath pacer is a pure function of elapsed time", "[breath]") {
    const BreathPace pace{3000, 5000};
    CHECK(pace.cycleMs() == 8000);
    CHECK(BreathPacer::durationMs(10, pace) == 80000);
    CHECK(BreathPacer::stateAt(0, 10, pace) == BreathState{BreathPhase::Inhale, 0.0, 1, 10, 3000});
    CHECK(BreathPacer::stateAt(3000, 10, pace).phase == BreathPhase::Exhale);
    CHECK(BreathPacer::stateAt(8000, 10, pace).breathNumber == 2);
    CHECK(BreathPacer::stateAt(80000, 10, pace) == BreathState{BreathPhase::Exhale, 1.0, 10, 10, 0});
    CHECK(BreathPacer::stateAt(999999, 10, pace).breathNumber == 10); // clamped
    CHECK(BreathPacer::nextPhaseChangeAfter(-1, 2, pace) == 0);
    CHECK(BreathPacer::nextPhaseChangeAfter(0, 2, pace) == 3000);
    CHECK(BreathPacer::nextPhaseChangeAfter(3000, 2, pace) == 8000);
    CHECK(BreathPacer::nextPhaseChangeAfter(11000, 2, pace) == std::nullopt);
    CHECK(BreathPacer::breathsFor(45000, BreathPace{}) == 5); // 4.5 rounds up
    CHECK(BreathPacer::breathsFor(44999, BreathPace{}) == 4);
    CHECK(BreathPacer::breathsFor(1000, BreathPace{}) == 1);
    CHECK(BreathPace{}.validate().isEmpty());
    CHECK(BreathPace{0, 6000}.validate().contains(QStringLiteral("Breathing in lasts 0 ms")));
    CHECK(BreathPace{4000, 16000}.validate().contains(QStringLiteral("1000 to 15000")));
}

TEST_CASE("Pause and resume keep the position: paused time is left out", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    startAndRunTo(player, clock, 12000);
    player.pause();
    CHECK(player.state() == State::Paused);
    CHECK(player.msUntilNextEvent() == -1);
    clock.advance(60000);
    player.update(); // does nothing while paused
    PlayerSnapshot s = player.snapshot();
    CHECK(s.segmentIndex == 1);
    CHECK(s.elapsedInSegmentMs == 2000);
    CHECK(s.sessionElapsedMs == 12000);
    CHECK(eventsIn(rec.events, 12001, 72000).isEmpty());

    player.togglePause();
    CHECK(player.state() == State::Running);
    CHECK(player.snapshot().elapsedInSegmentMs == 2000);
    runToEnd(player, clock);
    CHECK(rec.only(QStringLiteral("halfway 1")) == QStringList{QStringLiteral("75000 halfway 1")});
    CHECK(rec.only(QStringLiteral("segment 2")) == QStringList{QStringLiteral("80000 segment 2")});
    CHECK(rec.only(QStringLiteral("finished")) == QStringList{QStringLiteral("150000 finished")});
    CHECK(rec.summary.actualMs == 90000);
    CHECK(rec.summary.pausedMs == 60000);
    CHECK(rec.summary.segmentsDone == 8);

    // Pausing twice, resuming when running: harmless.
    ManualClock c2;
    SessionPlayer p2(standardPlan(), c2);
    p2.start();
    p2.resume();
    CHECK(p2.state() == State::Running);
    p2.pause();
    p2.pause();
    CHECK(p2.state() == State::Paused);
}

TEST_CASE("Skip leaves any kind of segment for the next one at once", "[player][skip]") {
    const SessionPlan plan = standardPlan();
    for (int i = 0; i + 1 < plan.segments.size(); ++i) {
        const Segment& seg = plan.segments[i];
        INFO("segment " << i << " " << segmentKindKey(seg.kind).toStdString());
        for (State when : {State::Running, State::Paused}) {
            ManualClock clock;
            SessionPlayer player(plan, clock);
            Recorder rec(player, clock);
            startAndRunTo(player, clock, seg.startMs + seg.durationMs / 2);
            if (when == State::Paused)
                player.pause();
            REQUIRE(player.currentIndex() == i);
            const qint64 now = clock.monotonicMs();
            player.skip();
            const PlayerSnapshot s = player.snapshot();
            CHECK(s.segmentIndex == i + 1);
            CHECK(s.elapsedInSegmentMs == 0);
            CHECK(rec.events.constLast().startsWith(QStringLiteral("%1 ").arg(now)));
            if (i + 2 == plan.segments.size()) {
                CHECK(player.state() == State::Finished);
                CHECK(rec.summary.completed);
            } else {
                CHECK(player.state() == when);
                if (when == State::Paused)
                    player.resume();
                runToEnd(player, clock);
            }
            CHECK(rec.summary.segmentsSkipped == 1);
            CHECK(rec.summary.segmentsDone == 7);
            REQUIRE(rec.summary.skipped.size() == 1);
            CHECK(rec.summary.skipped[0].index == i);
            CHECK(rec.summary.skipped[0].kind == seg.kind);
            CHECK(rec.summary.actualMs == 90000 - seg.durationMs / 2);
        }
    }
}

TEST_CASE("Back restarts a segment, or goes to the previous one near its start", "[player][back]") {
    const SessionPlan plan = standardPlan();
    for (int i = 0; i + 1 < plan.segments.size(); ++i) {
        const Segment& seg = plan.segments[i];
        INFO("segment " << i << " " << segmentKindKey(seg.kind).toStdString());
        SECTION("near the start") {
            ManualClock clock;
            SessionPlayer player(plan, clock);
            Recorder rec(player, clock);
            startAndRunTo(player, clock, seg.startMs + 1500);
            player.back();
            const int target = std::max(i - 1, 0);
            const PlayerSnapshot s = player.snapshot();
            CHECK(s.segmentIndex == target);
            CHECK(s.elapsedInSegmentMs == 0);
            CHECK(s.remainingMs == plan.segments[target].durationMs);
            CHECK(rec.events.filter(QStringLiteral(" segment ")).constLast() ==
                  QStringLiteral("%1 segment %2").arg(clock.monotonicMs()).arg(target));
            runToEnd(player, clock);
            CHECK(rec.summary.segmentsDone == 8);
            CHECK(rec.summary.actualMs == 90000 + 1500 + (target < i ? plan.segments[target].durationMs : 0));
        }
        SECTION("later in the segment") {
            ManualClock clock;
            SessionPlayer player(plan, clock);
            Recorder rec(player, clock);
            startAndRunTo(player, clock, seg.startMs + 3000);
            player.back();
            const PlayerSnapshot s = player.snapshot();
            CHECK(s.segmentIndex == i);
            CHECK(s.elapsedInSegmentMs == 0);
            CHECK(rec.only(QStringLiteral("segment %1").arg(i)).size() == 2);
            // The cues of the restarted segment come again, at their new moments.
            if (seg.breaths > 0)
                CHECK(rec.events.constLast() == QStringLiteral("%1 inhale 1/2").arg(clock.monotonicMs()));
            runToEnd(player, clock);
            CHECK(rec.summary.actualMs == 93000);
            if (isWorkingKind(seg.kind))
                CHECK(rec.only(QStringLiteral("halfway %1").arg(i)).size() ==
                      1 + (seg.durationMs / 2 < 3000));
        }
    }
}

TEST_CASE("Added time lengthens the current segment: breath-counted ones by whole breaths", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    SECTION("timed") {
        startAndRunTo(player, clock, 18500); // after "last 3" and "last 2" of the first roll
        player.addTime(5000);
        CHECK(player.snapshot().remainingMs == 6500);
        CHECK(player.snapshot().segmentDurationMs == 15000);
        runToEnd(player, clock);
        // The countdown runs again towards the new end.
        CHECK(eventsIn(rec.events, 18501, 25001) ==
              texts({"22000 last 3", "23000 last 2", "24000 last 1", "25000 segment 2"}));
        CHECK(rec.summary.actualMs == 95000);
        CHECK(rec.only(QStringLiteral("halfway 1")).size() == 1);
    }
    SECTION("breath-counted") {
        startAndRunTo(player, clock, 50000);
        player.addTime(3000);
        const PlayerSnapshot s = player.snapshot();
        CHECK(s.segmentDurationMs == 30000);
        REQUIRE(s.breath);
        CHECK(s.breath->breathCount == 3);
        runToEnd(player, clock);
        CHECK(eventsIn(rec.events, 50001, 75001) ==
              texts({"55000 inhale 2/3", "59000 exhale 2/3", "60000 halfway 5", "65000 inhale 3/3",
                     "69000 exhale 3/3", "72000 last 3", "73000 last 2", "74000 last 1", "75000 segment 6"}));
        CHECK(rec.summary.actualMs == 100000);
    }
    SECTION("nothing to add to") {
        player.addTime(5000); // idle
        player.start();
        player.addTime(0);
        player.addTime(-100);
        CHECK(player.snapshot().segmentDurationMs == 10000);
        player.addTime(24 * 3600 * 1000LL);
        CHECK(player.snapshot().segmentDurationMs == 10000 + SessionPlayer::kMaxAddedMs);
    }
}

TEST_CASE("Skipping a move leaves out all that is left of it and records why", "[player][skip]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    startAndRunTo(player, clock, 21000); // resting between the sets of Low roll
    player.skipMove(QStringLiteral("It hurts"));
    CHECK(player.currentIndex() == 4);
    CHECK(player.snapshot().segment->exerciseId == QStringLiteral("upper-hold"));
    SECTION("to the end") {
        runToEnd(player, clock);
        CHECK(rec.summary.segmentsSkipped == 2);
        CHECK(rec.summary.segmentsDone == 6);
        REQUIRE(rec.summary.skippedMoves.size() == 1);
        CHECK(rec.summary.skippedMoves[0].stepIndex == 0);
        CHECK(rec.summary.skippedMoves[0].exerciseName == QStringLiteral("Low roll"));
        CHECK(rec.summary.skippedMoves[0].reason == QStringLiteral("It hurts"));
        CHECK(rec.summary.skipped[0].reason == QStringLiteral("It hurts"));
        CHECK(rec.summary.actualMs == 21000 + 55000);
    }
    SECTION("the last move ends the session") {
        runFor(player, clock, 1000);
        player.skipMove();
        CHECK(player.state() == State::Finished);
        CHECK(rec.summary.skippedMoves.size() == 2);
        CHECK(rec.summary.skippedMoves[1].reason == QStringLiteral("Skipped"));
        CHECK(rec.summary.completed);
    }
    SECTION("going back into it means doing it after all") {
        player.back(); // within 2 s of the prepare's start: back to Low roll's last set
        CHECK(player.snapshot().segment->kind == SegmentKind::Roll);
        CHECK(player.snapshot().segment->set == 2);
        runToEnd(player, clock);
        CHECK(rec.summary.skippedMoves.isEmpty());
        CHECK(rec.summary.segmentsSkipped == 1); // the rest that was left
        CHECK(rec.summary.segmentsDone == 7);
    }
}

TEST_CASE("Stop ends the session early and says so", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    player.stop(); // idle: nothing
    CHECK(player.state() == State::Idle);
    startAndRunTo(player, clock, 30000);
    player.stop();
    CHECK(player.state() == State::Finished);
    CHECK_FALSE(rec.summary.completed);
    CHECK(rec.summary.actualMs == 30000);
    CHECK(rec.summary.segmentsDone == 3);
    CHECK(rec.summary.segmentsSkipped == 0);
    CHECK(player.snapshot().sessionProgress == Approx(30000.0 / 90000));
    // Commands after the end change nothing; start plays it again from the beginning.
    player.skip();
    player.back();
    CHECK(player.state() == State::Finished);
    player.togglePause();
    CHECK(player.state() == State::Running);
    CHECK(player.snapshot().sessionElapsedMs == 0);
    runToEnd(player, clock);
    CHECK(rec.summary.completed);
    CHECK(rec.summary.segmentsDone == 8);
}

TEST_CASE("The player pauses itself when the machine slept or the clock jumped", "[player][suspend]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    QSignalSpy autoPaused(&player, &SessionPlayer::autoPaused);
    startAndRunTo(player, clock, 12000);

    SECTION("asleep") {
        clock.jumpWall(20 * 60000); // monotonic time stood still while the wall clock ran on
        clock.advance(300);
        player.update();
        CHECK(player.state() == State::Paused);
        REQUIRE(autoPaused.size() == 1);
        CHECK(rec.autoPauseReason.contains(QStringLiteral("asleep for about 20 minutes")));
        CHECK(player.snapshot().sessionElapsedMs == 12300);
        player.resume();
        runToEnd(player, clock);
        CHECK(rec.summary.autoPauses == 1);
        CHECK(rec.summary.actualMs == 90000);
    }
    SECTION("asleep for about a minute") {
        clock.jumpWall(70000);
        clock.advance(100);
        player.update();
        CHECK(rec.autoPauseReason ==
              QStringLiteral("The computer was asleep for about a minute, so the session is paused."));
    }
    SECTION("clock set back") {
        clock.jumpWall(-3600000);
        clock.advance(100);
        player.update();
        CHECK(player.state() == State::Paused);
        CHECK(rec.autoPauseReason.contains(QStringLiteral("clock changed")));
    }
    SECTION("a little jitter is not a jump") {
        clock.jumpWall(SessionPlayer::kClockJumpMs);
        clock.advance(100);
        player.update();
        clock.jumpWall(-SessionPlayer::kClockJumpMs);
        clock.advance(100);
        player.update();
        CHECK(player.state() == State::Running);
        CHECK(autoPaused.isEmpty());
    }
    SECTION("a sleep while paused is not reported") {
        player.pause();
        clock.jumpWall(3600000);
        player.resume();
        clock.advance(100);
        player.update();
        CHECK(player.state() == State::Running);
        CHECK(autoPaused.isEmpty());
    }
}

TEST_CASE("A late update plays segment starts but drops stale cues", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    player.start();
    clock.advance(50500); // the event loop was blocked for 50 s
    player.update();
    CHECK(rec.events == texts({"0 segment 0", "50500 segment 1", "50500 segment 2", "50500 segment 3",
                               "50500 segment 4", "50500 segment 5"}));
    CHECK(player.currentIndex() == 5);
    CHECK(player.snapshot().elapsedInSegmentMs == 5500);
    runToEnd(player, clock);
    CHECK(rec.summary.actualMs == 90000); // no time lost
}

TEST_CASE("Commands from the player's own signals are safe", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    Recorder rec(player, clock);
    QObject context;
    QObject::connect(&player, &SessionPlayer::segmentStarted, &context, [&](int index) {
        if (index == 2)
            player.pause();
        if (index == 4)
            player.skip();
    });
    player.start();
    clock.advance(30000); // one late update crosses several segments
    player.update();
    // Pausing from a slot pauses now, 30 s in, whichever segment's start is being reported.
    CHECK(player.state() == State::Paused);
    CHECK(player.currentIndex() == 3);
    CHECK(player.snapshot().sessionElapsedMs == 30000);
    player.resume();
    runToEnd(player, clock);
    CHECK(player.state() == State::Finished);
    CHECK(rec.summary.segmentsSkipped == 1);
    CHECK(rec.summary.skipped[0].index == 4);
}

TEST_CASE("A plan with nothing but Finish ends at once", "[player]") {
    SessionPlan plan;
    plan.name = QStringLiteral("Empty");
    Segment finish;
    plan.segments.append(finish);
    ManualClock clock;
    SessionPlayer player(plan, clock);
    Recorder rec(player, clock);
    player.start();
    CHECK(player.state() == State::Finished);
    CHECK(rec.events == texts({"0 segment 0", "0 finished"}));
    CHECK(rec.summary.segmentCount == 0);

    SessionPlayer none(SessionPlan{}, clock);
    none.start();
    CHECK(none.state() == State::Finished);
}

TEST_CASE("Each segment start is logged with planned and actual time", "[player][log]") {
    std::ostringstream out;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
    auto logger = std::make_shared<spdlog::logger>("player-test", sink);
    logger->set_pattern("%l %v");
    logger->set_level(spdlog::level::info);
    const auto previous = spdlog::default_logger();
    spdlog::set_default_logger(logger);

    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    player.start();
    runFor(player, clock, 45000);
    clock.advance(20003); // a late timer
    player.update();
    spdlog::set_default_logger(previous);

    const QString log = QString::fromStdString(out.str());
    CHECK(log.contains(QStringLiteral("info segment 0 prepare low-roll planned=0 actual=0 late=0\n")));
    CHECK(log.contains(QStringLiteral("info segment 1 roll low-roll planned=10000 actual=10000 late=0\n")));
    CHECK(log.contains(QStringLiteral("info segment 5 hold upper-hold planned=45000 actual=45000 late=0\n")));
    CHECK(log.contains(
        QStringLiteral("info segment 6 switch-side upper-hold planned=65000 actual=65003 late=3\n")));
}

TEST_CASE("A window asking for the next event while the session starts gets a sane answer", "[player]") {
    ManualClock clock;
    SessionPlayer player(standardPlan(), clock);
    QList<qint64> asked;
    QList<int> indexes;
    // The player window does exactly this: reschedule on every state change, including the one
    // that start() announces before the first segment is entered.
    QObject::connect(&player, &SessionPlayer::stateChanged, [&] {
        asked << player.msUntilNextEvent();
        indexes << player.snapshot().segmentIndex;
    });
    player.start();
    REQUIRE(asked.size() == 1);
    CHECK(asked[0] == 0);    // update() is due at once
    CHECK(indexes[0] == -1); // and the snapshot says nothing is shown yet
    CHECK(player.snapshot().segmentIndex == 0);
    CHECK(player.msUntilNextEvent() > 0);
}
