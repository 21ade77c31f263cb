// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
// The screening: each condition's action says whether a move is left out or needs a doctor's word.
#include "EngineTestUtil.h"

using namespace enginetest;
using Verdict = ScreeningResult::Verdict;

TEST_CASE("The screening allows, flags or excludes a move by its conditions", "[screening]") {
    const Catalog& c = engineCatalog();
    const Exercise& opener =
        *c.exercise(QStringLiteral("opener-reps")); // recent-injury (avoid), osteoporosis (ask)
    const auto screen = [&](std::initializer_list<const char*> ids) {
        Screening s;
        for (const char* id : ids)
            s.conditions.insert(QString::fromUtf8(id));
        return screenExercise(opener, s, c);
    };
    const ScreeningResult none = screen({});
    CHECK(none.verdict == Verdict::Allowed);
    CHECK(none.allowed());
    CHECK(none.reason.isEmpty());
    CHECK(screen({"pregnancy"}).verdict == Verdict::Allowed); // a condition the move does not list

    const ScreeningResult flagged = screen({"osteoporosis"});
    CHECK(flagged.verdict == Verdict::Flagged);
    CHECK(flagged.conditionIds == texts({"osteoporosis"}));
    CHECK(flagged.reason == QStringLiteral("Ask your doctor first because of Osteoporosis."));

    const ScreeningResult excluded = screen({"osteoporosis", "recent-injury"});
    CHECK(excluded.verdict == Verdict::Excluded); // avoid wins over ask-doctor
    CHECK(excluded.conditionNames == texts({"Recent back injury"}));
    CHECK(excluded.reason == QStringLiteral("Not advised with Recent back injury."));
}

TEST_CASE("The bundled catalog's conditions screen its moves", "[screening][bundled]") {
    const Catalog& c = bundledCatalog();
    Screening s;
    s.conditions.insert(QStringLiteral("recent-injury-or-fracture"));
    for (const Exercise& e : c.exercises) {
        INFO(e.id.toStdString());
        CHECK(screenExercise(e, s, c).verdict == Verdict::Excluded);
    }
    for (const Contraindication& k : c.contraindications) {
        if (k.action != ContraAction::AskDoctor)
            continue;
        Screening ask;
        ask.conditions.insert(k.id);
        for (const Exercise& e : c.exercises)
            if (e.contraindications.contains(k.id)) {
                const ScreeningResult r = screenExercise(e, ask, c);
                CHECK(r.verdict == Verdict::Flagged);
                CHECK(r.reason.contains(k.name));
            }
    }
}
