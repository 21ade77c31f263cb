// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "RoutineSheet.h"
#include "SessionPlanner.h"
#include "TestUtil.h"

#include <QSet>

using namespace rollguide;

namespace {
QString allText(const Catalog& c) {
    QStringList parts;
    for (const Contraindication& k : c.contraindications)
        parts << k.name << k.detail;
    for (const GuideSection& s : c.guide.sections) {
        parts << s.title << s.intro;
        for (const GuideItem& it : s.items)
            parts << it.title << it.text << (it.study ? it.study->journal : QString());
    }
    for (const Exercise& e : c.exercises)
        parts << e.name << e.setup << e.avoid << e.cautions << e.variations;
    return parts.join(u'\n').toLower();
}
} // namespace

TEST_CASE("The bundled catalog loads with zero errors", "[bundled]") {
    const CatalogLoadResult r = loadCatalogFile(Catalog::bundledPath());
    INFO(r.errorText().toStdString());
    CHECK(r.errors.isEmpty());
    CHECK(r.ok());
}

TEST_CASE("The bundled catalog has every move from both articles, in every region", "[bundled]") {
    const Catalog& c = bundledCatalog();
    const QStringList ids = {
        QStringLiteral("lower-back-supine-roll"), QStringLiteral("side-lying-hip-roll"),
        QStringLiteral("mid-back-supine-roll"),   QStringLiteral("mid-back-prone-lengthwise"),
        QStringLiteral("upper-back-seated-roll"), QStringLiteral("side-lying-armpit-roll"),
        QStringLiteral("sacrum-hip-release"),     QStringLiteral("upper-back-extension"),
        QStringLiteral("lengthwise-chest-opener")};
    for (const QString& id : ids) {
        INFO(id.toStdString());
        CHECK(c.exercise(id) != nullptr);
    }
    for (Region r : kAllRegions)
        CHECK(c.countInRegion(r) >= 3);
    // The lengthwise move works the whole back on a long roller.
    const Exercise* whole = c.exercise(QStringLiteral("lengthwise-chest-opener"));
    REQUIRE(whole);
    CHECK(whole->regions.size() == 3);
    CHECK(whole->roller.orientation == RollerOrientation::Lengthwise);
    CHECK(whole->roller.equipment.contains(Equipment::Long));
    // Per-side moves are marked as such; the breath-tied extension carries its breath cues.
    CHECK(c.exercise(QStringLiteral("side-lying-hip-roll"))->dose.perSide);
    CHECK(c.exercise(QStringLiteral("sacrum-hip-release"))->dose.perSide);
    const Exercise* ext = c.exercise(QStringLiteral("upper-back-extension"));
    CHECK(std::any_of(ext->steps.begin(), ext->steps.end(),
                      [](const Step& s) { return s.breath == BreathCue::Exhale; }));
    // Both sources are used.
    QSet<QString> sources;
    for (const Exercise& e : c.exercises)
        sources.insert(e.source);
    CHECK(sources.size() == 2);
}

TEST_CASE("The bundled guide holds the articles' numbers and conditions", "[bundled]") {
    const Catalog& c = bundledCatalog();
    // The guide's ranges are ranges: each has a lower and a higher end, which RollGuide acts on (below).
    const GuideLimits& l = c.guide.limits;
    for (const auto& [name, range] :
         {std::pair{"holdSeconds", l.holdSeconds}, std::pair{"breaths", l.breaths}, std::pair{"sets", l.sets},
          std::pair{"firstSessionMinutes", l.firstSessionMinutes},
          std::pair{"weeklySessions", l.weeklySessions}}) {
        INFO(name);
        CHECK(range.min > 0);
        CHECK(range.min <= range.max);
    }

    QString conditions;
    for (const Contraindication& k : c.contraindications)
        conditions += k.name.toLower() + u'\n';
    for (const char* word : {"injury", "fracture", "stenosis", "spondylolisthesis", "surgery", "osteoporosis",
                             "osteopenia", "herniat", "pregnan", "chronic"}) {
        INFO(word);
        CHECK(conditions.contains(QLatin1String(word)));
    }

    QList<std::pair<QString, int>> studies;
    for (const GuideSection& s : c.guide.sections)
        for (const GuideItem& it : s.items)
            if (it.study)
                studies.append({it.study->journal, it.study->year});
    const auto cited = [&](const char* journal, int year) {
        return std::any_of(studies.begin(), studies.end(), [&](const auto& s) {
            return s.first.contains(QLatin1String(journal), Qt::CaseInsensitive) && s.second == year;
        });
    };
    CHECK(cited("Athletic Training", 2015));
    CHECK(cited("Sports Physical Therapy", 2018));
    CHECK(cited("Sports Physical Therapy", 2016));

    const QString text = allText(c);
    for (const char* fact : {"36", "half", "textured", "valsalva", "heat", "ice", "massage", "chiropract",
                             "yoga", "core", "posture", "hydrat", "84%", "72", "blood flow",
                             "strength and conditioning", "sports rehabilitation", "hamstring", "friction"}) {
        INFO(fact);
        CHECK(text.contains(QLatin1String(fact)));
    }
    CHECK_FALSE(c.guide.disclaimer.isEmpty());
}

TEST_CASE("The guide's ranges are what RollGuide warns by and plans to", "[bundled][planner]") {
    const Catalog& c = bundledCatalog();
    const GuideLimits& l = c.guide.limits;
    const Exercise& roll = *std::find_if(c.exercises.begin(), c.exercises.end(),
                                         [](const Exercise& e) { return e.dose.unit == DoseUnit::Seconds; });
    const auto warnedFor = [&](Dose d) {
        Routine r;
        r.name = QStringLiteral("Limits");
        r.steps = {{roll.id, d}};
        const PlanResult plan = SessionPlanner::plan(r, c, {});
        REQUIRE(plan.ok());
        return std::any_of(plan.plan->warnings.begin(), plan.plan->warnings.end(),
                           [](const PlanWarning& w) { return w.kind == PlanWarning::Kind::DoseOverRange; });
    };
    Dose d = roll.dose;
    d.sets = 1;
    d.amount = l.holdSeconds.max;
    CHECK_FALSE(warnedFor(d)); // the top of the range is fine
    d.amount = l.holdSeconds.max + 1;
    CHECK(warnedFor(d)); // one second more is not
    d.amount = l.holdSeconds.min;
    d.sets = l.sets.max;
    CHECK_FALSE(warnedFor(d));
    d.sets = l.sets.max + 1;
    CHECK(warnedFor(d));
    d = roll.dose;
    d.unit = DoseUnit::Breaths;
    d.sets = 1;
    d.amount = l.breaths.max;
    CHECK_FALSE(warnedFor(d));
    d.amount = l.breaths.max + 1;
    CHECK(warnedFor(d));

    // The first session keeps to the first-session minutes; the sheet's tick grid asks for the
    // guide's sessions a week.
    const Routine& first = *std::find_if(c.routines.begin(), c.routines.end(), [](const Routine& r) {
        return r.id == QStringLiteral("first-session");
    });
    const PlanResult plan = SessionPlanner::plan(first, c, {});
    REQUIRE(plan.ok());
    CHECK(plan.plan->totalMs() >= qint64(l.firstSessionMinutes.min) * 60000);
    CHECK(plan.plan->totalMs() <= qint64(l.firstSessionMinutes.max) * 60000);
    const RoutineSheet sheet = RoutineSheet::build(first, c);
    CHECK(sheet.grid.minPerWeek == l.weeklySessions.min);
    CHECK(sheet.grid.maxPerWeek == l.weeklySessions.max);
}

TEST_CASE("Every exercise in the bundled catalog is complete", "[bundled]") {
    for (const Exercise& e : bundledCatalog().exercises) {
        INFO(e.id.toStdString());
        CHECK(e.steps.size() >= 2);
        CHECK_FALSE(e.avoid.isEmpty());
        CHECK_FALSE(e.breathing.isEmpty());
        CHECK_FALSE(e.contraindications.isEmpty());
    }
}
