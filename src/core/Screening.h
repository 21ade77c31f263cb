// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace rollguide {

/// The user's answers to the screening: the ids of the contraindications that apply to them.
struct Screening {
    QSet<QString> conditions;
};

/// What the screening says about one exercise.
struct ScreeningResult {
    enum class Verdict {
        Allowed,  ///< No listed condition applies.
        Flagged,  ///< An "ask-doctor" condition applies: play it only once the person confirms.
        Excluded, ///< An "avoid" condition applies: leave it out.
    };
    Verdict verdict = Verdict::Allowed;
    QStringList conditionIds;   ///< The conditions behind the verdict (avoid ones for Excluded).
    QStringList conditionNames; ///< Their names, for people.
    QString reason;             ///< A sentence naming the conditions; empty when allowed.

    bool allowed() const { return verdict == Verdict::Allowed; }
};

/// Screens `exercise` against `screening`; each condition's action in `catalog` says whether it
/// excludes the move or flags it.
ScreeningResult screenExercise(const Exercise& exercise, const Screening& screening, const Catalog& catalog);

} // namespace rollguide
