// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
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
    const GuideLimits& l = c.guide.limits;
    CHECK((l.holdSeconds.min == 30 && l.holdSeconds.max == 90));
    CHECK((l.breaths.min == 10 && l.breaths.max == 20));
    CHECK((l.sets.min == 2 && l.sets.max == 4));
    CHECK((l.firstSessionMinutes.min == 5 && l.firstSessionMinutes.max == 10));
    CHECK((l.weeklySessions.min == 4 && l.weeklySessions.max == 5));
    CHECK(l.shortSessionSeconds == 30);

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

TEST_CASE("Every exercise in the bundled catalog is complete", "[bundled]") {
    for (const Exercise& e : bundledCatalog().exercises) {
        INFO(e.id.toStdString());
        CHECK(e.steps.size() >= 2);
        CHECK_FALSE(e.avoid.isEmpty());
        CHECK_FALSE(e.breathing.isEmpty());
        CHECK_FALSE(e.contraindications.isEmpty());
    }
}
