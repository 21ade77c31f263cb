// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogLoader.h"
#include "ExerciseListModel.h"
#include "TestUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rollguide;

TEST_CASE("The exercise model and its filter pass the model tester and filter as a person expects",
          "[model]") {
    const auto r = loadCatalogFile(Catalog::bundledPath());
    REQUIRE(r.ok());
    ExerciseListModel model;
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setExercises(r.catalog->exercises);
    CHECK(resets.count() == 1);
    REQUIRE(model.rowCount() == r.catalog->exercises.size());
    CHECK(model.rowCount(model.index(0, 0)) == 0);
    CHECK_FALSE(model.data(model.index(999, 0)).isValid());
    CHECK(model.exerciseAt(model.index(-1, 0)) == nullptr);

    ExerciseFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (Region region : kAllRegions) {
        filter.setRegion(region);
        CHECK(filter.rowCount() == r.catalog->countInRegion(region));
        for (int row = 0; row < filter.rowCount(); ++row)
            CHECK(filter.index(row, 0).data(ExerciseListModel::RegionsRole).toList().contains(int(region)));
    }
    filter.setRegion(std::nullopt);
    CHECK(filter.rowCount() == model.rowCount());

    filter.setSearchText(QStringLiteral("  ARMPIT "));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data(ExerciseListModel::IdRole).toString() ==
          QStringLiteral("side-lying-armpit-roll"));
    filter.setSearchText(QStringLiteral("sacrum knee"));
    CHECK(filter.rowCount() >= 1);
    filter.setSearchText(QStringLiteral("zzzz-nothing"));
    CHECK(filter.rowCount() == 0);
    filter.setRegion(Region::Upper);
    filter.setSearchText(QString());
    CHECK(filter.rowCount() == r.catalog->countInRegion(Region::Upper));
}
