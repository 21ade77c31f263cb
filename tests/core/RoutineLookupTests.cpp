// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "Routine.h"
#include "RoutineLookup.h"
#include "TestUtil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rollguide;

TEST_CASE("A routine is found by id, name, personal name or file", "[lookup]") {
    const auto c = loadCatalogFile(testData(QStringLiteral("catalogs/valid-mini.json")));
    REQUIRE(c.ok());
    Routine mine;
    mine.name = QStringLiteral("My evening");
    mine.steps = {{QStringLiteral("low-roll"), Dose{}}};

    CHECK(findRoutine(QStringLiteral("quick"), *c.catalog, {}).routine->name == QStringLiteral("Quick"));
    CHECK(findRoutine(QStringLiteral("  QUICK "), *c.catalog, {}).routine->name == QStringLiteral("Quick"));
    CHECK(findRoutine(QStringLiteral("my EVENING"), *c.catalog, {mine}).routine->name ==
          QStringLiteral("My evening"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(serializeRoutine(mine));
    f.close();
    CHECK(findRoutine(path, *c.catalog, {}).routine->name == QStringLiteral("My evening"));

    const RoutineLookup missing = findRoutine(QStringLiteral("nope"), *c.catalog, {mine});
    CHECK_FALSE(missing.routine);
    CHECK(missing.error.contains(QStringLiteral("no routine called \"nope\"")));
    CHECK(missing.error.contains(QStringLiteral("\"Quick\", \"My evening\"")));
    const RoutineLookup badFile = findRoutine(dir.filePath(QStringLiteral("absent.json")), *c.catalog, {});
    CHECK_FALSE(badFile.routine);
    CHECK(badFile.error.contains(QStringLiteral("absent.json")));
}
