// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "QuickPlanner.h"

#include "PlanWarnings.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::QuickPlanner)
};
QString minutesText(int n) {
    return Text::tr("%n minute(s)", nullptr, n);
}

using Level = QuickGoal::Level;
using Timing = QuickGoal::Timing;

Range orDefault(Range r, int min, int max) {
    return r.max > 0 ? r : Range{min, max};
}
int middle(Range r, int roundTo) {
    return std::max(r.min, ((r.min + r.max) / 2 + roundTo / 2) / roundTo * roundTo);
}

/// The doses a level and timing allow: every move starts at the guide's shortest dose (floor), is
/// raised to the level's usual dose (preferred) and, when time is left, up to the level's longest.
struct DosePolicy {
    int floorSeconds, preferredSeconds, maxSeconds;
    int floorBreaths, preferredBreaths, maxBreaths;
    int minSets, maxSets;
};

DosePolicy policyFor(const QuickGoal& goal, const GuideLimits& limits) {
    const Range hold = orDefault(limits.holdSeconds, 30, 90);
    const Range breaths = orDefault(limits.breaths, 10, 20);
    const Range sets = orDefault(limits.sets, 2, 4);
    DosePolicy p{};
    switch (goal.level) {
    case Level::Beginner:
        p = {hold.min, hold.min, middle(hold, 5), breaths.min, breaths.min, middle(breaths, 1), 1, sets.min};
        break;
    case Level::Intermediate:
        p = {hold.min,           middle(hold, 5), hold.max, breaths.min,
             middle(breaths, 1), breaths.max,     sets.min, middle(sets, 1)};
        break;
    case Level::Experienced:
        p = {hold.min, hold.max, hold.max, breaths.min, breaths.max, breaths.max, sets.min, sets.max};
        break;
    }
    if (goal.doses) {
        const QuickGoal::DoseBounds& b = *goal.doses;
        p = {b.seconds.min, b.seconds.min, b.seconds.max, b.breaths.min,
             b.breaths.min, b.breaths.max, b.sets.min,    b.sets.max};
    } else if (goal.timing == Timing::BeforeWorkout) {
        // Before training: brief, brisk rolling that wakes the tissue up, not long holds.
        p.preferredSeconds = hold.min;
        p.maxSeconds = std::min(p.maxSeconds, middle(hold, 5));
        p.preferredBreaths = breaths.min;
        p.maxBreaths = std::min(p.maxBreaths, middle(breaths, 1));
        p.minSets = 1;
        p.maxSets = std::min(p.maxSets, sets.min);
    }
    p.floorSeconds = std::clamp(p.floorSeconds, Dose::kMinSeconds, Dose::kMaxSeconds);
    p.preferredSeconds = std::clamp(p.preferredSeconds, p.floorSeconds, Dose::kMaxSeconds);
    p.maxSeconds = std::clamp(p.maxSeconds, p.preferredSeconds, Dose::kMaxSeconds);
    p.floorBreaths = std::clamp(p.floorBreaths, Dose::kMinBreaths, Dose::kMaxBreaths);
    p.preferredBreaths = std::clamp(p.preferredBreaths, p.floorBreaths, Dose::kMaxBreaths);
    p.maxBreaths = std::clamp(p.maxBreaths, p.preferredBreaths, Dose::kMaxBreaths);
    p.maxSets = std::clamp(p.maxSets, 1, Dose::kMaxSets);
    p.minSets = std::clamp(p.minSets, 1, p.maxSets);
    return p;
}

int kindRank(ExerciseKind k, Timing t) {
    switch (t) {
    case Timing::BeforeWorkout:
        return k == ExerciseKind::Hold ? 1 : 0;
    case Timing::AfterWorkout:
        return k == ExerciseKind::Roll ? 1 : 0;
    case Timing::Anytime:
        return 0;
    }
    return 0;
}

struct Pick {
    const Exercise* exercise;
    Dose dose;
};

/// Fills a time budget with moves, never working one region past the guide's range
/// (regionLoadLimit()), so a quick plan never earns a RegionOverRange warning.
class Filler {
public:
    Filler(const PlanOptions& options, const DosePolicy& policy, const GuideLimits& limits, qint64 budget)
        : m_options(options)
        , m_policy(policy)
        , m_limits(limits)
        , m_budget(budget)
        , m_regionCap(regionLoadLimit(limits)) {}

    qint64 total() const { return m_total; }
    QList<Pick>& picks() { return m_picks; }

    Dose dose(const Exercise& e, bool preferred, int sets) const {
        Dose d = e.dose;
        if (d.unit == DoseUnit::Seconds)
            d.amount = preferred ? m_policy.preferredSeconds : m_policy.floorSeconds;
        else
            d.amount = preferred ? m_policy.preferredBreaths : m_policy.floorBreaths;
        d.sets = sets;
        if (d.restSeconds <= 0)
            d.restSeconds = 15;
        return d;
    }

    bool tryAdd(const Exercise& e, const Dose& d) {
        if (!fits(e, Dose{d.unit, 0, 0, d.perSide, 0}, d))
            return false;
        m_picks.append({&e, Dose{d.unit, 0, 0, d.perSide, 0}});
        apply(m_picks.last(), d);
        return true;
    }

    /// Applies `change` to each pick in turn while the result fits, until nothing more changes.
    template <typename Change> void raise(Change change) {
        bool any = true;
        while (any) {
            any = false;
            for (Pick& p : m_picks) {
                Dose d = p.dose;
                if (!change(d) || !fits(*p.exercise, p.dose, d))
                    continue;
                apply(p, d);
                any = true;
            }
        }
    }

private:
    qint64 cost(const Exercise& e, const Dose& d) const {
        return d.sets == 0 ? 0 : SessionPlanner::stepDurationMs(d, e.kind, m_options);
    }
    double load(const Dose& d) const { return d.sets == 0 ? 0 : regionLoad(d, m_limits); }

    bool fits(const Exercise& e, const Dose& from, const Dose& to) const {
        if (m_total + cost(e, to) - cost(e, from) > m_budget)
            return false;
        const double extra = load(to) - load(from);
        return std::all_of(e.regions.begin(), e.regions.end(),
                           [&](Region r) { return m_regionSets.value(r) + extra <= m_regionCap + 1e-9; });
    }

    void apply(Pick& p, const Dose& to) {
        m_total += cost(*p.exercise, to) - cost(*p.exercise, p.dose);
        const double extra = load(to) - load(p.dose);
        for (Region r : p.exercise->regions)
            m_regionSets[r] += extra;
        p.dose = to;
    }

    const PlanOptions& m_options;
    const DosePolicy& m_policy;
    const GuideLimits& m_limits;
    qint64 m_budget;
    double m_regionCap;
    qint64 m_total = 0;
    QMap<Region, double> m_regionSets;
    QList<Pick> m_picks;
};

QString regionList(const QList<Region>& regions) {
    QStringList names;
    for (Region r : regions)
        names << regionInText(r);
    return names.join(QStringLiteral(", "));
}
} // namespace

QuickPlanResult QuickPlanner::plan(const QuickGoal& goal, const Catalog& catalog,
                                   const PlanOptions& options) {
    QuickPlanResult result;
    if (goal.minutes < 1 || goal.minutes > QuickGoal::kMaxMinutes) {
        result.error = Text::tr("Choose from 1 to %1 minutes; %2 is outside that.")
                           .arg(QuickGoal::kMaxMinutes)
                           .arg(goal.minutes);
        return result;
    }
    if (const auto errors = SessionPlanner::validateOptions(options); !errors.isEmpty()) {
        result.error = errors.constFirst().toString();
        return result;
    }
    const GuideLimits& limits = catalog.guide.limits;
    int minutes = goal.minutes;
    if (goal.level == Level::Beginner && limits.firstSessionMinutes.max > 0 &&
        minutes > limits.firstSessionMinutes.max) {
        minutes = limits.firstSessionMinutes.max;
        result.notes
            << Text::tr("Kept to %1, the most advised for your first sessions.").arg(minutesText(minutes));
    }
    const qint64 budget = qint64(minutes) * 60000;
    QList<Region> regions;
    for (Region r : goal.regions)
        if (!regions.contains(r))
            regions << r;
    if (regions.isEmpty())
        regions = QList<Region>(std::begin(kAllRegions), std::end(kAllRegions));

    // Which moves may be used, and why the others may not.
    QList<const Exercise*> usable;
    for (const Exercise& e : catalog.exercises) {
        if (!std::any_of(regions.begin(), regions.end(), [&](Region r) { return e.hasRegion(r); }))
            continue;
        const ScreeningResult s = screenExercise(e, goal.screening, catalog);
        QString reason;
        if (goal.leaveOut.contains(e.id))
            reason = goal.leaveOut.value(e.id);
        else if (s.verdict == ScreeningResult::Verdict::Excluded)
            reason = s.reason;
        else if (s.verdict == ScreeningResult::Verdict::Flagged && !goal.includeFlagged)
            reason = s.reason + u' ' + Text::tr("Add it yourself once your doctor agrees.");
        else if (goal.level == Level::Beginner && !e.beginner)
            reason = Text::tr("Not a move for your first sessions.");
        if (reason.isEmpty())
            usable.append(&e);
        else
            result.leftOut.append({e.id, e.name, reason});
    }
    std::stable_sort(usable.begin(), usable.end(), [&](const Exercise* a, const Exercise* b) {
        return kindRank(a->kind, goal.timing) < kindRank(b->kind, goal.timing);
    });

    QList<Region> uncovered;
    for (Region r : regions)
        if (std::none_of(usable.begin(), usable.end(), [r](const Exercise* e) { return e->hasRegion(r); }))
            uncovered << r;
    if (goal.dropUncoveredRegions && uncovered.size() < regions.size()) {
        for (Region r : uncovered) {
            regions.removeAll(r);
            result.notes
                << Text::tr("No move for the %1 suits you today, so it is left out.").arg(regionInText(r));
        }
        uncovered.clear();
    }
    if (!uncovered.isEmpty()) {
        result.error =
            Text::tr("No move for the %1 suits your answers and level; see what was left out and why.")
                .arg(regionList(uncovered));
        return result;
    }

    const DosePolicy policy = policyFor(goal, limits);
    Filler filler(options, policy, limits, budget);
    QSet<const Exercise*> used;
    // Adds, region by region in turn, the first usable move for it that fits (at `preferred` dose and
    // `sets`, or failing that at the shortest dose and one set); `once` stops after one round.
    const auto addMoves = [&](bool preferred, int sets, bool once) {
        bool any = true;
        while (any) {
            any = false;
            for (Region r : regions) {
                for (const Exercise* e : usable) {
                    if (!e->hasRegion(r) || used.contains(e))
                        continue;
                    if (filler.tryAdd(*e, filler.dose(*e, preferred, sets)) ||
                        filler.tryAdd(*e, filler.dose(*e, false, 1))) {
                        used.insert(e);
                        any = true;
                        break;
                    }
                }
            }
            if (once)
                break;
        }
    };
    const auto raiseAmounts = [&](int maxSeconds, int maxBreaths) {
        filler.raise([=](Dose& d) {
            const int max = d.unit == DoseUnit::Seconds ? maxSeconds : maxBreaths;
            if (d.amount >= max)
                return false;
            d.amount = std::min(max, d.amount + (d.unit == DoseUnit::Seconds ? 5 : 1));
            return true;
        });
    };
    const auto raiseSets = [&](int upTo) {
        filler.raise([upTo](Dose& d) { return d.sets < upTo ? (++d.sets, true) : false; });
    };

    // 1. Every region gets a move, at the shortest dose.
    addMoves(false, 1, true);
    for (Region r : regions) {
        const bool covered = std::any_of(filler.picks().begin(), filler.picks().end(),
                                         [r](const Pick& p) { return p.exercise->hasRegion(r); });
        if (!covered) {
            result.error = Text::tr("%1 is too short to cover the %2; choose more minutes or fewer regions.")
                               .arg(minutesText(minutes), regionList(regions));
            return result;
        }
    }
    // 2. The level's usual dose and the guide's least number of sets, 3. more moves, 4. more sets,
    // 5. longer sets: each step only while the time and each region's range allow.
    raiseAmounts(policy.preferredSeconds, policy.preferredBreaths);
    raiseSets(policy.minSets);
    addMoves(true, policy.minSets, false);
    raiseSets(policy.maxSets);
    raiseAmounts(policy.maxSeconds, policy.maxBreaths);

    const qint64 shortest =
        goal.minMinutes >= 0 ? qint64(goal.minMinutes) * 60000 : budget - toleranceMs(budget);
    if (filler.total() < shortest) {
        const bool wholeBack = regions.size() == qsizetype(std::size(kAllRegions));
        result.error =
            (wholeBack
                 ? Text::tr("The moves that suit you for the %1 fill at most %2 within the guide's advice "
                            "for this level, short of the %3 asked for; choose fewer minutes.")
                 : Text::tr("The moves that suit you for the %1 fill at most %2 within the guide's advice "
                            "for this level, short of the %3 asked for; choose fewer minutes or "
                            "more regions."))
                .arg(regionList(regions), formatMinutesSeconds(filler.total()), minutesText(minutes));
        return result;
    }

    Routine routine;
    routine.name =
        goal.routineName.isEmpty() ? Text::tr("Quick plan: %1").arg(minutesText(minutes)) : goal.routineName;
    QStringList about{Text::tr("For the %1.").arg(regionList(regions))};
    about << result.notes;
    routine.description = about.join(u' ');
    // Keep the moves for one region together, in the order the regions were asked for.
    const auto regionRank = [&](const Pick& p) {
        for (int i = 0; i < regions.size(); ++i)
            if (p.exercise->hasRegion(regions[i]))
                return i;
        return int(regions.size());
    };
    std::stable_sort(filler.picks().begin(), filler.picks().end(),
                     [&](const Pick& a, const Pick& b) { return regionRank(a) < regionRank(b); });
    for (const Pick& p : filler.picks())
        routine.steps.append({p.exercise->id, p.dose});
    result.totalMs = filler.total();
    result.routine = std::move(routine);
    return result;
}

} // namespace rollguide
