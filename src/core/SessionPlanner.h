// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Routine.h"
#include "Screening.h"
#include "SessionPlan.h"

#include <optional>

namespace rollguide {

/// How a routine is turned into a timeline.
struct PlanOptions {
    static constexpr qint64 kMaxTransitionMs = 60000;

    BreathPace pace;
    qint64 prepareMs = 10000;        ///< Getting into position before each move (0: no prepare segment).
    qint64 switchSideMs = 5000;      ///< Turning to the other side (0: no switch segment).
    bool breathPacedRolling = false; ///< Pace timed rolls by breath too: one slow pass per breath.
    /// The user's screening answers; nullopt when not answered (no screening warnings then).
    std::optional<Screening> screening;
};

/// A plan, or every reason there is none. Warnings travel in the plan.
struct PlanResult {
    std::optional<SessionPlan> plan;
    QList<PlanError> errors;

    bool ok() const { return plan.has_value() && errors.isEmpty(); }
    QString errorText() const;
};

/// Expands routines into session plans. Pure: no state, no clock.
class SessionPlanner {
public:
    /// Expands `routine` into a flat timeline: for each step a prepare segment, then each side
    /// (left first) with its sets and rests between sets, a switch between the sides, and a final
    /// Finish segment. Breath-counted doses last N x (inhale + exhale); so do reps (one per breath)
    /// and, with breathPacedRolling, rolls. A step naming an exercise the catalog lacks is left out
    /// with an UnknownExercise warning. Bad doses, pace or options are errors naming the step.
    static PlanResult plan(const Routine& routine, const Catalog& catalog, const PlanOptions& options);

    /// Planned length of one step (prepare, sides, sets and rests), for an exercise of `kind`.
    static qint64 stepDurationMs(const Dose& dose, ExerciseKind kind, const PlanOptions& options);
    /// Length of one set of the working segment and the breaths it is paced by (0: timed).
    static std::pair<qint64, int> setLength(const Dose& dose, ExerciseKind kind, const PlanOptions& options);
    /// Checks the options on their own (pace, prepare and switch lengths).
    static QList<PlanError> validateOptions(const PlanOptions& options);
};

} // namespace rollguide
