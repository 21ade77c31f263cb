// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "Screening.h"
#include "SessionPlanner.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rollguide {

/// What a person wants from a quick session.
struct QuickGoal {
    enum class Level { Beginner, Intermediate, Experienced };
    using Timing = WorkoutTiming;
    static constexpr int kMaxMinutes = 120;

    QList<Region> regions; ///< Empty: the whole back.
    int minutes = 10;
    Level level = Level::Beginner;
    Timing timing = Timing::Anytime;
    Screening screening;
    bool includeFlagged = false; ///< The person has cleared "ask your doctor" moves with their doctor.

    /// What a program week sets instead of the level: each move starts at the least of each range and
    /// is raised, while time is left, up to the most.
    struct DoseBounds {
        Range seconds, breaths, sets;
    };
    std::optional<DoseBounds> doses;
    /// Moves to leave out (id, and the reason to give), e.g. one that hurt lately.
    QMap<QString, QString> leaveOut;
    /// Regions that no usable move covers are left out with a note, instead of there being no plan
    /// (a program's session still goes ahead for the other regions).
    bool dropUncoveredRegions = false;
    /// The shortest plan that is still a plan, in minutes; -1: the budget less toleranceMs().
    int minMinutes = -1;
    /// The routine's name; empty: "Quick plan: N minutes".
    QString routineName;
};

/// A move the quick plan did not use, and why.
struct LeftOutMove {
    QString exerciseId;
    QString exerciseName;
    QString reason;
};

/// A routine that fits the goal, or why none does; either way, what was left out.
struct QuickPlanResult {
    std::optional<Routine> routine;
    qint64 totalMs = 0;
    QList<LeftOutMove> leftOut;
    QStringList notes; ///< What a person should know, e.g. that it was kept to the first-session limit.
    QString error;     ///< Why the goal cannot be met; set exactly when there is no routine.

    bool ok() const { return routine.has_value(); }
};

/// Picks moves and doses that fit a goal.
class QuickPlanner {
public:
    /// Chooses moves for the goal's regions (every region gets at least one), with doses for the level
    /// and timing drawn from guide.limits, and fills the time: more sets, more moves, longer sets.
    /// Beginners get only beginner moves and stay within guide.limits.firstSessionMinutes.max (said in
    /// the notes). Moves the screening excludes, or flags (unless includeFlagged), are left out with the
    /// reason. When the regions cannot be covered, or the plan would fall short of the time by more than
    /// tolerance(), there is no routine and `error` says why.
    static QuickPlanResult plan(const QuickGoal& goal, const Catalog& catalog, const PlanOptions& options);
    /// How far under the asked-for time a quick plan may end: max(1 min, 10%).
    static qint64 toleranceMs(qint64 budgetMs) { return std::max<qint64>(60000, budgetMs / 10); }
};

} // namespace rollguide
