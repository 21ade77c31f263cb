// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace rollguide {

/// The user's breathing pace: a slow, long breath by default (4 s in, 6 s out).
struct BreathPace {
    static constexpr int kMinPhaseMs = 1000, kMaxPhaseMs = 15000;

    int inhaleMs = 4000;
    int exhaleMs = 6000;

    /// One whole breath, in and out.
    int cycleMs() const { return inhaleMs + exhaleMs; }
    /// Empty when both phases lie within kMinPhaseMs..kMaxPhaseMs, else what is wrong, in words.
    QString validate() const;

    bool operator==(const BreathPace&) const = default;
};

enum class BreathPhase { Inhale, Exhale };

/// Where a breath-counted segment is in its breathing.
struct BreathState {
    BreathPhase phase = BreathPhase::Inhale;
    double progress = 0;    ///< 0..1 through the current phase.
    int breathNumber = 1;   ///< 1-based.
    int breathCount = 0;    ///< Breaths in the segment.
    qint64 phaseLeftMs = 0; ///< Until the phase changes (or the segment ends).

    bool operator==(const BreathState&) const = default;
};

/// Inhale and exhale timing: a segment of N breaths lasts N x (inhale + exhale), each breath starting
/// with its inhale. Pure functions of elapsed time, so nothing can drift.
class BreathPacer {
public:
    /// Length of `breaths` breaths at `pace`.
    static qint64 durationMs(int breaths, const BreathPace& pace) { return qint64(breaths) * pace.cycleMs(); }
    /// The breath state `elapsedMs` into a segment of `breathCount` breaths (clamped to the segment).
    static BreathState stateAt(qint64 elapsedMs, int breathCount, const BreathPace& pace);
    /// The first phase change strictly after `elapsedMs`, or nullopt at or past the last exhale's start.
    static std::optional<qint64> nextPhaseChangeAfter(qint64 elapsedMs, int breathCount,
                                                      const BreathPace& pace);
    /// Whole breaths that fit in `ms` (rounded to the nearest, at least 1): how a timed roll is paced by
    /// breath.
    static int breathsFor(qint64 ms, const BreathPace& pace);
};

} // namespace rollguide
