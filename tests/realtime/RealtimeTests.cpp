// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The player on the real clock, driven the way the player window drives it: one precise single-shot
// timer set to msUntilNextEvent() after each update. Checks that every segment and breath cue comes
// within a generous tolerance of plan (so a loaded CI machine does not flake) and prints the offsets.
#include "CatalogLoader.h"
#include "SessionPlanner.h"
#include "SessionPlayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace rollguide;

namespace {
constexpr qint64 kToleranceMs = 100;

struct Mark {
    QString what;
    qint64 plannedMs;
    qint64 actualMs;
};
} // namespace

TEST_CASE("A short session on the real clock starts every segment on time", "[realtime]") {
    const CatalogLoadResult catalog =
        loadCatalogFile(QStringLiteral(ROLLGUIDE_TEST_DATA "/engine/catalog.json"));
    REQUIRE(catalog.ok());
    PlanOptions options;
    options.pace = {1000, 1000};
    options.prepareMs = 300;
    options.switchSideMs = 300;
    Routine routine;
    routine.name = QStringLiteral("Real time");
    routine.steps.append({QStringLiteral("upper-hold"), Dose{DoseUnit::Breaths, 1, 1, true, 0}});
    const PlanResult planned = SessionPlanner::plan(routine, *catalog.catalog, options);
    REQUIRE(planned.ok());
    const SessionPlan plan = *planned.plan;
    REQUIRE(plan.totalMs() == 4600); // prepare 300, left 2000, switch 300, right 2000

    SteadyClock clock;
    SessionPlayer player(plan, clock);
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    const auto schedule = [&] {
        const qint64 ms = player.msUntilNextEvent();
        if (ms >= 0)
            timer.start(int(ms));
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        player.update();
        schedule();
    });

    QElapsedTimer since;
    QList<Mark> marks;
    QObject::connect(&player, &SessionPlayer::segmentStarted, &loop, [&](int i) {
        marks.append({QStringLiteral("segment %1 %2").arg(i).arg(segmentKindKey(plan.segments[i].kind)),
                      plan.segments[i].startMs, since.elapsed()});
    });
    QObject::connect(&player, &SessionPlayer::breathPhaseChanged, &loop, [&](BreathPhase phase, int n, int) {
        const Segment& s = plan.segments[player.currentIndex()];
        const qint64 at = s.startMs + (n - 1) * plan.pace.cycleMs() +
                          (phase == BreathPhase::Exhale ? plan.pace.inhaleMs : 0);
        marks.append(
            {QStringLiteral("%1 %2")
                 .arg(phase == BreathPhase::Inhale ? QStringLiteral("inhale") : QStringLiteral("exhale"))
                 .arg(n),
             at, since.elapsed()});
    });
    SessionSummary summary;
    QObject::connect(&player, &SessionPlayer::finished, &loop, [&](const SessionSummary& s) {
        summary = s;
        marks.append({QStringLiteral("finished"), plan.totalMs(), since.elapsed()});
        loop.quit();
    });
    QTimer::singleShot(int(plan.totalMs()) + 5000, &loop, &QEventLoop::quit); // never hang

    since.start();
    player.start();
    schedule();
    loop.exec();

    REQUIRE(player.state() == SessionPlayer::State::Finished);
    std::printf("real-clock offsets (actual - planned):\n");
    qint64 worst = 0;
    for (const Mark& m : marks) {
        const qint64 offset = m.actualMs - m.plannedMs;
        worst = std::max(worst, std::abs(offset));
        std::printf("  %-22s planned %5lld ms  actual %5lld ms  offset %+4lld ms\n", qPrintable(m.what),
                    static_cast<long long>(m.plannedMs), static_cast<long long>(m.actualMs),
                    static_cast<long long>(offset));
        INFO(m.what.toStdString());
        CHECK(std::abs(offset) <= kToleranceMs);
    }
    std::printf("  worst offset %lld ms (tolerance %lld ms)\n", static_cast<long long>(worst),
                static_cast<long long>(kToleranceMs));
    CHECK(marks.size() == 5 + 4 + 1); // 5 segments (with Finish), 4 breath phases, the end
    CHECK(summary.completed);
    CHECK(summary.segmentsDone == 4);
    // The player's own account of the session is exact to the plan: it never counts ticks.
    CHECK(summary.actualMs == plan.totalMs());
}
