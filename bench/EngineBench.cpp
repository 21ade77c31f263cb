// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// rollguide_bench: what the session engine costs. Expands a 200-step routine, and measures one player
// state query (snapshot, msUntilNextEvent, update) mid-session. Prints figures; not a test.
#include "CatalogLoader.h"
#include "SessionPlanner.h"
#include "SessionPlayer.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace rollguide;
using Steady = std::chrono::steady_clock;

namespace {
double nsSince(Steady::time_point t0) {
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now() - t0).count());
}

struct Stats {
    double min, median, mean;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v)
        sum += x;
    return {v.front(), v[v.size() / 2], sum / double(v.size())};
}

/// Cost of one call of `f`, in ns, over `rounds` rounds of `calls` calls.
template <typename F> Stats perCall(int rounds, int calls, F&& f) {
    std::vector<double> samples;
    for (int r = 0; r < rounds; ++r) {
        const auto t0 = Steady::now();
        for (int i = 0; i < calls; ++i)
            f();
        samples.push_back(nsSince(t0) / calls);
    }
    return stats(samples);
}

void report(const char* what, const Stats& s, const char* unit, double scale) {
    std::printf("%-62s min %9.2f %s   median %9.2f %s   mean %9.2f %s\n", what, s.min / scale, unit,
                s.median / scale, unit, s.mean / scale, unit);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the player logs every segment at info
    const CatalogLoadResult loaded = loadCatalogFile(Catalog::bundledPath());
    if (!loaded.ok()) {
        std::fprintf(stderr, "rollguide_bench: the bundled catalog does not load:\n%s\n",
                     qPrintable(loaded.errorText()));
        return 1;
    }
    const Catalog& catalog = *loaded.catalog;

    // A 200-step routine cycling through every move with its own dose (per side, sets, rests, breaths).
    Routine routine;
    routine.name = QStringLiteral("Bench");
    for (int i = 0; i < kMaxRoutineSteps; ++i) {
        const Exercise& e = catalog.exercises[i % catalog.exercises.size()];
        routine.steps.append({e.id, e.dose});
    }
    PlanOptions options;
    options.screening = Screening{{QStringLiteral("pregnancy")}}; // warnings are part of the cost
    const PlanResult first = SessionPlanner::plan(routine, catalog, options);
    if (!first.ok()) {
        std::fprintf(stderr, "rollguide_bench: %s\n", qPrintable(first.errorText()));
        return 1;
    }
    const SessionPlan& plan = *first.plan;
    std::printf("rollguide_bench (Qt %s)\n", QT_VERSION_STR);
    std::printf("routine: %d steps -> %lld segments, %s planned, %lld warnings\n\n",
                int(routine.steps.size()), static_cast<long long>(plan.segments.size()),
                qPrintable(formatMinutesSeconds(plan.totalMs())),
                static_cast<long long>(plan.warnings.size()));

    qint64 sink = 0;
    report("SessionPlanner::plan, 200 steps (per call)",
           perCall(30, 20,
                   [&] { sink += SessionPlanner::plan(routine, catalog, options).plan->segments.size(); }),
           "us", 1000.0);

    // One player state query, mid-session, on the real clock and on a manual one.
    SteadyClock steady;
    SessionPlayer player(plan, steady);
    player.start();
    report("SessionPlayer::snapshot, real clock (per call)",
           perCall(30, 100000, [&] { sink += player.snapshot().remainingMs; }), "ns", 1.0);
    report("SessionPlayer::msUntilNextEvent, real clock (per call)",
           perCall(30, 100000, [&] { sink += player.msUntilNextEvent(); }), "ns", 1.0);
    report("SessionPlayer::update, nothing due (per call)", perCall(30, 100000, [&] { player.update(); }),
           "ns", 1.0);

    ManualClock manual;
    SessionPlayer mp(plan, manual);
    mp.start();
    manual.advance(plan.totalMs() / 2); // deep into the session, in a breath-counted segment or not
    mp.update();
    report("SessionPlayer::snapshot, manual clock (per call)",
           perCall(30, 100000, [&] { sink += mp.snapshot().elapsedInSegmentMs; }), "ns", 1.0);
    // The worst case for a snapshot: no update for a long stretch, so it walks segments to find now.
    manual.advance(plan.totalMs() / 4);
    report("SessionPlayer::snapshot, 1/4 session since update (per call)",
           perCall(10, 10000, [&] { sink += mp.snapshot().segmentIndex; }), "ns", 1.0);

    // A whole session played through as the window would: update at each msUntilNextEvent().
    ManualClock wholeClock;
    SessionPlayer whole(plan, wholeClock);
    int updates = 0;
    const auto t0 = Steady::now();
    whole.start();
    while (whole.state() == SessionPlayer::State::Running) {
        wholeClock.advance(whole.msUntilNextEvent());
        whole.update();
        sink += whole.snapshot().remainingMs;
        ++updates;
    }
    std::printf("whole %s session, %d updates + snapshots: %.2f ms\n",
                qPrintable(formatMinutesSeconds(plan.totalMs())), updates, nsSince(t0) / 1e6);
    std::printf("\n(checksum %lld)\n", static_cast<long long>(sink));
    return 0;
}
