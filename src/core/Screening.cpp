// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Screening.h"

#include <QCoreApplication>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::Screening)
};
} // namespace

ScreeningResult screenExercise(const Exercise& exercise, const Screening& screening, const Catalog& catalog) {
    QStringList avoidIds, avoidNames, askIds, askNames;
    for (const QString& id : exercise.contraindications) {
        if (!screening.conditions.contains(id))
            continue;
        const Contraindication* k = catalog.contraindication(id);
        // A condition the catalog does not describe is treated as the stricter case.
        const bool avoid = !k || k->action == ContraAction::Avoid;
        (avoid ? avoidIds : askIds) << id;
        (avoid ? avoidNames : askNames) << (k ? k->name : id);
    }
    ScreeningResult r;
    if (!avoidIds.isEmpty()) {
        r.verdict = ScreeningResult::Verdict::Excluded;
        r.conditionIds = avoidIds;
        r.conditionNames = avoidNames;
        r.reason = Text::tr("Not advised with %1.").arg(avoidNames.join(QStringLiteral(", ")));
    } else if (!askIds.isEmpty()) {
        r.verdict = ScreeningResult::Verdict::Flagged;
        r.conditionIds = askIds;
        r.conditionNames = askNames;
        r.reason = Text::tr("Ask your doctor first because of %1.").arg(askNames.join(QStringLiteral(", ")));
    }
    return r;
}

} // namespace rollguide
