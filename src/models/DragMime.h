// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

namespace rollguide {

/// Drag-and-drop MIME types shared by the catalog list (the drag source) and the routine's steps
/// (the drop target): one place, so source and target can never disagree.
inline constexpr const char* kExerciseIdsMime =
    "application/x-rollguide-exercise-ids"; ///< exercise ids, one per line
inline constexpr const char* kStepRowsMime = "application/x-rollguide-step-rows"; ///< step rows being moved

} // namespace rollguide
