// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "PlanWarnings.h"

#include <QCoreApplication>
#include <QMap>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::PlanWarnings)
};
} // namespace

double regionLoad(const Dose& dose, const GuideLimits& limits) {
    const int full = dose.unit == DoseUnit::Seconds
                         ? (limits.holdSeconds.max > 0 ? limits.holdSeconds.max : 90)
                         : (limits.breaths.max > 0 ? limits.breaths.max : 20);
    return double(dose.sets) * dose.amount / full;
}

double regionLoadLimit(const GuideLimits& limits) {
    return limits.sets.max > 0 ? limits.sets.max : 4;
}

QList<PlanWarning> routineWarnings(const Routine& routine, const Catalog& catalog, const PlanOptions& options,
                                   qint64 totalMs) {
    using Kind = PlanWarning::Kind;
    QList<PlanWarning> out;
    const GuideLimits& limits = catalog.guide.limits;
    QMap<Region, double> regionSets;

    for (int i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps[i];
        const Exercise* e = catalog.exercise(step.exerciseId);
        if (!e) {
            out.append(
                {Kind::UnknownExercise, i, step.exerciseId,
                 Text::tr(
                     "Step %1: the move \"%2\" is no longer in the catalog, so the session leaves it out.")
                     .arg(i + 1)
                     .arg(step.exerciseId)});
            continue;
        }
        const QString what = Text::tr("Step %1, %2").arg(i + 1).arg(e->name);
        if (options.screening) {
            const ScreeningResult s = screenExercise(*e, *options.screening, catalog);
            if (s.verdict == ScreeningResult::Verdict::Excluded)
                out.append({Kind::ScreeningExcluded, i, e->id, Text::tr("%1: %2").arg(what, s.reason)});
            else if (s.verdict == ScreeningResult::Verdict::Flagged)
                out.append({Kind::ScreeningFlagged, i, e->id, Text::tr("%1: %2").arg(what, s.reason)});
        }
        const Dose& d = step.dose;
        if (d.unit == DoseUnit::Seconds && limits.holdSeconds.max > 0 && d.amount > limits.holdSeconds.max)
            out.append({Kind::DoseOverRange, i, e->id,
                        Text::tr("%1: %2 seconds a set is past the %3 to %4 seconds the guide advises.")
                            .arg(what)
                            .arg(d.amount)
                            .arg(limits.holdSeconds.min)
                            .arg(limits.holdSeconds.max)});
        if (d.unit == DoseUnit::Breaths && limits.breaths.max > 0 && d.amount > limits.breaths.max)
            out.append({Kind::DoseOverRange, i, e->id,
                        Text::tr("%1: %2 breaths a set is past the %3 to %4 breaths the guide advises.")
                            .arg(what)
                            .arg(d.amount)
                            .arg(limits.breaths.min)
                            .arg(limits.breaths.max)});
        if (limits.sets.max > 0 && d.sets > limits.sets.max)
            out.append({Kind::DoseOverRange, i, e->id,
                        Text::tr("%1: %2 sets is more than the %3 the guide advises.")
                            .arg(what)
                            .arg(d.sets)
                            .arg(limits.sets.max)});
        // Each side is its own tissue: count one side's work against the region.
        for (Region r : e->regions)
            regionSets[r] += regionLoad(d, limits);
    }

    if (limits.firstSessionMinutes.max > 0 && totalMs > qint64(limits.firstSessionMinutes.max) * 60000)
        out.append(
            {Kind::OverBeginnerLimit,
             -1,
             {},
             Text::tr("At %1 this session is longer than the %2 minutes advised for your first sessions.")
                 .arg(formatMinutesSeconds(totalMs))
                 .arg(limits.firstSessionMinutes.max)});

    const double limit = regionLoadLimit(limits);
    for (auto it = regionSets.cbegin(); it != regionSets.cend(); ++it)
        if (it.value() > kRegionWarningFactor * limit)
            out.append({Kind::RegionOverRange,
                        -1,
                        {},
                        Text::tr("%1 gets the work of %2 full sets in all, far past the %3 sets of up to %4 "
                                 "seconds or %5 "
                                 "breaths the guide advises for one area.")
                            .arg(regionName(it.key()))
                            .arg(it.value(), 0, 'f', 1)
                            .arg(limit)
                            .arg(limits.holdSeconds.max)
                            .arg(limits.breaths.max)});
    return out;
}

} // namespace rollguide
