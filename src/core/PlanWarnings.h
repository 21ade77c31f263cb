// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "SessionPlanner.h"

namespace rollguide {

/// How much a dose works one area, in full-length sets: a set of holdSeconds.max seconds or of
/// breaths.max breaths counts 1 (so the measure does not depend on the breath pace).
double regionLoad(const Dose& dose, const GuideLimits& limits);
/// The most the guide advises for one area: sets.max full-length sets.
double regionLoadLimit(const GuideLimits& limits);
/// Past this factor of regionLoadLimit() a region counts as "far past" the guide's range.
inline constexpr double kRegionWarningFactor = 1.5;

/// The warnings the editor and the player show for `routine`, which plans to `totalMs`:
/// unknown moves, moves the screening rules out or flags, a session over the beginner limit, and
/// doses or regions far past the guide's ranges (guide.limits).
QList<PlanWarning> routineWarnings(const Routine& routine, const Catalog& catalog, const PlanOptions& options,
                                   qint64 totalMs);

} // namespace rollguide
