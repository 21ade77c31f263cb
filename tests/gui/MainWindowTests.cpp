// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CatalogBrowser.h"
#include "Clock.h"
#include "DisclaimerDialog.h"
#include "ExerciseListModel.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "PlayerWidget.h"
#include "RoutineStore.h"
#include "RoutinesTab.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rollguide;

namespace {
QStringList visibleIds(QListView* list) {
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids << list->model()->index(row, 0).data(ExerciseListModel::IdRole).toString();
    return ids;
}
} // namespace

TEST_CASE("The browser filters by region and search and shows a move's details", "[gui][browser]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    auto w = f.open();
    openTab(w.get(), "movesTab");
    auto* list = child<QListView>(w.get(), "exerciseList");
    auto* detail = child<QTextBrowser>(w.get(), "detailView");
    const int all = list->model()->rowCount();
    REQUIRE(all >= 9);
    // The first move is shown straight away.
    CHECK(detail->toPlainText().contains(list->model()->index(0, 0).data().toString()));

    QTest::mouseClick(child<QPushButton>(w.get(), "regionUpper"), Qt::LeftButton);
    const QStringList upper = visibleIds(list);
    CHECK(upper.size() < all);
    CHECK(upper.contains(QStringLiteral("side-lying-armpit-roll")));
    CHECK_FALSE(upper.contains(QStringLiteral("side-lying-hip-roll")));
    CHECK(child<QLabel>(w.get(), "countLabel")->text() ==
          QStringLiteral("%1 of %2 moves").arg(upper.size()).arg(all));

    QTest::mouseClick(child<QPushButton>(w.get(), "regionLower"), Qt::LeftButton);
    CHECK(visibleIds(list).contains(QStringLiteral("sacrum-hip-release")));
    CHECK_FALSE(visibleIds(list).contains(QStringLiteral("side-lying-armpit-roll")));

    QTest::mouseClick(child<QPushButton>(w.get(), "regionAll"), Qt::LeftButton);
    auto* search = child<QLineEdit>(w.get(), "searchEdit");
    QTest::keyClicks(search, QStringLiteral("armpit"));
    REQUIRE(visibleIds(list) == QStringList{QStringLiteral("side-lying-armpit-roll")});

    // Open the move: its setup, steps and cautions are in the detail pane.
    const QModelIndex idx = list->model()->index(0, 0);
    list->scrollTo(idx);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(idx).center());
    const QString text = detail->toPlainText();
    CHECK(text.contains(QStringLiteral("Get into position")));
    CHECK(text.contains(QStringLiteral("Steps")));
    CHECK(text.contains(QStringLiteral("Avoid")));
    CHECK(text.contains(QStringLiteral("Default dose")));
    CHECK(child<CatalogBrowser>(w.get(), "catalogBrowser")->currentExerciseId() ==
          QStringLiteral("side-lying-armpit-roll"));

    QTest::keyClicks(search, QStringLiteral(" nothing-like-this"));
    CHECK(list->model()->rowCount() == 0);
    CHECK(child<QLabel>(w.get(), "countLabel")->text().startsWith(QStringLiteral("No move matches")));
    CHECK(detail->toPlainText().startsWith(QStringLiteral("Pick a move")));
}

TEST_CASE("A launch builds only the Session tab: the others are built when first opened", "[gui][startup]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    auto w = f.open();
    RoutineStore store(f.dir.filePath(QStringLiteral("routines")));
    StoredRoutine mine;
    mine.routine = w->catalog()->routines.first();
    mine.routine.id.clear();
    mine.routine.name = QStringLiteral("My morning roll");
    mine.fileName = store.newFileName(mine.routine.name);
    REQUIRE(store.save(mine).ok());
    w->attachRoutineStore(store);
    CHECK(w->findChild<CatalogBrowser*>() == nullptr);
    CHECK(w->findChild<RoutinesTab*>() == nullptr);
    CHECK(w->findChild<PlayerWidget*>() == nullptr);
    CHECK(child<QTextBrowser>(w.get(), "guideView")->document()->isEmpty());
    // The Session tab lists the personal routines without the editor being built.
    CHECK(
        child<QListWidget>(w.get(), "routineList")->findItems(mine.routine.name, Qt::MatchContains).size() ==
        1);

    openTab(w.get(), "routinesTab");
    CHECK(child<RoutinesTab>(w.get(), "routinesEditor")->isVisible());
    openTab(w.get(), "movesTab");
    CHECK(child<CatalogBrowser>(w.get(), "catalogBrowser")->isVisible());
    openTab(w.get(), "guideTab");
    CHECK_FALSE(child<QTextBrowser>(w.get(), "guideView")->document()->isEmpty());
}

TEST_CASE("The guide page shows every section", "[gui][guide]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    auto w = f.open();
    openTab(w.get(), "guideTab");
    const QString guide = child<QTextBrowser>(w.get(), "guideView")->toPlainText();
    const auto c = loadCatalogFile(Catalog::bundledPath());
    REQUIRE(c.ok());
    for (const GuideSection& s : c.catalog->guide.sections)
        CHECK(guide.contains(s.title));
    CHECK(guide.contains(c.catalog->guide.disclaimer));
}

TEST_CASE("The disclaimer shows on first launch only and from Help", "[gui][disclaimer]") {
    Fixture f;
    {
        auto w = f.open();
        w->showFirstRunNotices();
        auto* dialog = child<DisclaimerDialog>(w.get(), "disclaimerDialog");
        CHECK(dialog->isVisible());
        CHECK(child<QTextBrowser>(dialog, "disclaimerText")
                  ->toPlainText()
                  .contains(QStringLiteral("Stop at once if anything hurts")));
        QTest::mouseClick(child<QPushButton>(dialog, "acknowledgeButton"), Qt::LeftButton);
        CHECK(f.settings.disclaimerAcknowledged());
    }
    auto w = f.open();
    w->showFirstRunNotices();
    QCoreApplication::processEvents();
    CHECK(w->findChild<DisclaimerDialog*>() == nullptr);
    auto* again = w->showDisclaimer();
    REQUIRE(again);
    CHECK(again->isVisible());
}

TEST_CASE("A catalog that does not load shows why instead of the browser", "[gui][bad]") {
    Fixture f;
    auto w = f.open(testData(QStringLiteral("catalogs/negative-duration.json")));
    CHECK(w->catalog() == nullptr);
    CHECK(child<QStackedWidget>(w.get(), "pages")->currentWidget()->objectName() ==
          QStringLiteral("errorPage"));
    const QString errors = child<QPlainTextEdit>(w.get(), "catalogErrorView")->toPlainText();
    CHECK(errors.contains(QStringLiteral("/exercises/0/dose/amount: expected a whole number from 5 to 600")));
    w->showFirstRunNotices();
    CHECK(w->findChild<DisclaimerDialog*>() == nullptr);
}

TEST_CASE("Catalog text that looks like HTML shows as typed", "[gui][bad]") {
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    auto w = f.open(testData(QStringLiteral("catalogs/html-in-name.json")));
    REQUIRE(w->catalog() != nullptr);
    openTab(w.get(), "movesTab");
    REQUIRE(child<CatalogBrowser>(w.get(), "catalogBrowser")->showExercise(QStringLiteral("low-roll")));
    CHECK(child<QTextBrowser>(w.get(), "detailView")
              ->toPlainText()
              .contains(QStringLiteral("<b>Bold</b> & <img src=x>")));
}
