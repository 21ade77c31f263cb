// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "BreathPacer.h"
#include "Catalog.h"

#include <QList>
#include <QString>

namespace rollguide {

/// What a segment of a session asks of the person.
enum class SegmentKind { Prepare, Roll, Hold, Reps, SwitchSide, Rest, Finish };
/// Stable key for logs and files ("prepare", "roll", ...).
QString segmentKindKey(SegmentKind k);
/// True for the segments where the work happens (roll, hold, reps).
bool isWorkingKind(SegmentKind k);

enum class Side { None, Left, Right };
/// "left side" / "right side" (empty for None), for use inside a sentence.
QString sideName(Side s);

/// One timed piece of a session.
struct Segment {
    SegmentKind kind = SegmentKind::Finish;
    int stepIndex = -1; ///< Index of the routine step it belongs to (-1 for Finish).
    QString exerciseId;
    QString exerciseName;
    Side side = Side::None;
    int set = 0; ///< 1-based set (for Rest: the set that follows); 0 when not part of a set.
    int setCount = 0;
    qint64 startMs = 0; ///< Planned start, from the start of the session.
    qint64 durationMs = 0;
    int breaths = 0;     ///< Breaths to pace it by; 0 when timed by seconds.
    QString title;       ///< The big line: the move's name, "Rest", "Switch sides", "Well done".
    QString instruction; ///< The one instruction that matters now.
    QString detail;      ///< Setup text and what to avoid (prepare), the move's steps (working segments).
    QString speech;      ///< What to say when it starts.
    QString illustrationPath; ///< The move's picture (Illustration::path), or empty when it has none.
    QString illustrationAlt;  ///< The picture's text alternative.

    qint64 endMs() const { return startMs + durationMs; }
};

/// Something the editor or player should point out about a routine; never a reason to refuse it.
struct PlanWarning {
    enum class Kind {
        UnknownExercise,   ///< The step names a move the catalog does not have; it is left out of the plan.
        ScreeningExcluded, ///< The screening rules the move out (an "avoid" condition).
        ScreeningFlagged,  ///< The screening says ask a doctor first (an "ask-doctor" condition).
        OverBeginnerLimit, ///< Longer than guide.limits.firstSessionMinutes.max.
        DoseOverRange,     ///< One step held, breathed or repeated past the guide's ranges.
        RegionOverRange,   ///< One region worked far past the guide's ranges across the routine.
    };
    Kind kind = Kind::UnknownExercise;
    int stepIndex = -1; ///< 0-based step it concerns, or -1 for the whole routine.
    QString exerciseId;
    QString message; ///< A full sentence, naming the step (1-based) where there is one.
};

/// What a routine expands to: a flat timeline of segments, ending with a Finish segment.
struct SessionPlan {
    QString name;
    Routine routine; ///< The routine it was planned from, as it was then (for the history).
    QList<Segment> segments;
    BreathPace pace;
    QList<PlanWarning> warnings;

    /// Planned length of the whole session.
    qint64 totalMs() const { return segments.isEmpty() ? 0 : segments.constLast().endMs(); }
    /// "Next: Upper hold, right side, set 2 of 2": what follows segment `index` (empty after the last).
    QString nextUp(int index) const;
    /// Index of the segment planned to run at `ms` from the start (the last one at or past the end).
    int indexAt(qint64 ms) const;
};

/// "m:ss" (minutes may exceed 59), rounded to the nearest second.
QString formatMinutesSeconds(qint64 ms);

} // namespace rollguide
