// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "CheckInWidget.h"
#include "Dialogs.h"
#include "GuiTestUtil.h"
#include "HistoryExport.h"
#include "HistoryStore.h"
#include "HistoryTab.h"
#include "PlayerWidget.h"
#include "SessionPlayer.h"
#include "SessionSetup.h"
#include "TrendChart.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace rollguide;

namespace {
/// A data folder of the test's own, so that the history starts empty (restored afterwards).
struct OwnDataHome {
    QTemporaryDir dir;
    QByteArray old = qgetenv("XDG_DATA_HOME");
    OwnDataHome() { qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path())); }
    ~OwnDataHome() { qputenv("XDG_DATA_HOME", old); }
};

/// With ROLLGUIDE_TEST_SHOTS=DIR, a picture of the window as it is now.
void shot(QWidget* w, const char* name) {
    if (const QByteArray dir = qgetenv("ROLLGUIDE_TEST_SHOTS"); !dir.isEmpty())
        w->grab().save(QFile::decodeName(dir) + QStringLiteral("/history-%1.png").arg(QLatin1String(name)));
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// Clicks rating `value` in the check-in's row for `region`.
void clickRating(CheckInWidget* w, Region region, int value) {
    const QString name = QStringLiteral("%1: %2 of 10").arg(regionName(region)).arg(value);
    for (QPushButton* b : w->findChildren<QPushButton*>())
        if (b->accessibleName() == name) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    FAIL("no button " << name.toStdString());
}
} // namespace

TEST_CASE("History: a session with both check-ins goes through the real window into the History tab",
          "[gui][history]") {
    OwnDataHome home;
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    f.settings.setScreening({});
    auto w = f.open();
    auto* setup = child<SessionSetup>(w.get(), "sessionSetup");
    REQUIRE(setup->selectRoutine(QStringLiteral("short-session")));

    // Before: rows for the regions this routine works; a click and keys (1 then 0 is 10).
    auto* before = child<CheckInWidget>(w.get(), "beforeCheckIn");
    REQUIRE(before->isVisible());
    REQUIRE(before->regions().contains(Region::Lower));
    clickRating(before, Region::Lower, 6);
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Down);
    QTest::keyClick(before, Qt::Key_1);
    QTest::keyClick(before, Qt::Key_0);
    const Region second = before->regions().at(1);
    CHECK(before->ratings() == Ratings{{Region::Lower, 6}, {second, 10}});
    clickRating(before, second, 4);
    CHECK(before->ratings().value(second) == 4);
    shot(w.get(), "before");

    QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton);
    auto* player = child<PlayerWidget>(w.get(), "playerWidget");
    REQUIRE(player->player());
    CHECK(before->ratings().isEmpty()); // used, and ready for next time

    // Half-way through, the history already holds the session and the steps done so far.
    const auto stored = [&] {
        QCoreApplication::processEvents();
        HistoryStore read(HistoryStore::defaultPath(), HistoryStore::Mode::ReadOnly);
        REQUIRE(read.open().ok);
        const auto all = read.sessions();
        REQUIRE(all.ok());
        return all.value();
    };
    REQUIRE(stored().size() == 1);
    CHECK(stored()[0].outcome == SessionOutcome::Running);
    CHECK(stored()[0].before == Ratings{{Region::Lower, 6}, {second, 4}});
    auto* pages = child<QStackedWidget>(player, "playerPages");
    for (int i = 0; i < 10000 && pages->currentIndex() == 0; ++i) {
        f.clock.advance(500);
        player->tick();
    }
    REQUIRE(pages->currentWidget()->objectName() == QStringLiteral("finishPage"));

    // After: the same question on the finish screen, and the change.
    auto* after = child<CheckInWidget>(player, "afterCheckIn");
    REQUIRE(after->isVisible());
    CHECK(after->hasFocus());
    QTest::keyClick(after, Qt::Key_3);
    CHECK(child<QLabel>(player, "changeLabel")->text().contains(QStringLiteral("Lower back 6 → 3")));
    CHECK(child<QLabel>(player, "changeLabel")->text().contains(QStringLiteral("clear improvement")));
    shot(w.get(), "finish");
    const QList<SessionRecord> done = stored();
    REQUIRE(done.size() == 1);
    CHECK(done[0].outcome == SessionOutcome::Completed);
    CHECK(done[0].after == Ratings{{Region::Lower, 3}});
    CHECK(done[0].count(StepOutcome::Done) == done[0].steps.size());
    QTest::mouseClick(child<QPushButton>(player, "doneButton"), Qt::LeftButton);

    // The History tab shows it; an edit and a delete are undone.
    openTab(w.get(), "historyTab");
    auto* tab = child<HistoryTab>(w.get(), "historyView");
    QAbstractItemModel* list = child<QTreeView>(tab, "sessionList")->model();
    const auto cell = [&](int row, int column) { return list->index(row, column).data().toString(); };
    REQUIRE(list->rowCount() == 1);
    CHECK(cell(0, 1) == done[0].routineName);
    CHECK(cell(0, 3) == QStringLiteral("Completed"));
    CHECK(cell(0, 4).contains(QStringLiteral("Lower back 6 → 3")));
    // Trends: the chart module is loaded on first use and draws this session's lower-back ratings.
    CHECK(tab->chart() == nullptr);
    tab->showTrends();
    REQUIRE(tab->chart());
    CHECK(tab->chart()->widget()->isVisible());
    CHECK(tab->chart()->pointCount() == 2); // before 6, after 3
    CHECK(child<QLabel>(tab, "chartNote")->text().contains(QStringLiteral("Where you started: 6")));
    shot(w.get(), "trends");
    {
        // In a dark palette the chart follows (looked at through the shots).
        const QPalette original = QApplication::palette();
        const QPalette dark = darkPalette(original);
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        tab->reload();
        shot(w.get(), "trends-dark");
        child<QTabWidget>(tab, "historyPages")->setCurrentIndex(0);
        shot(w.get(), "sessions-dark");
        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        tab->reload();
    }
    child<QTabWidget>(tab, "historyPages")->setCurrentIndex(0);

    auto* note = child<QPlainTextEdit>(tab, "noteEdit");
    note->setPlainText(QStringLiteral("Looser afterwards"));
    QTest::mouseClick(child<QPushButton>(tab, "saveNoteButton"), Qt::LeftButton);
    CHECK(stored()[0].note == QStringLiteral("Looser afterwards"));
    QTest::mouseClick(child<QPushButton>(tab, "deleteButton"), Qt::LeftButton);
    CHECK(stored().isEmpty());
    CHECK(list->rowCount() == 0);
    tab->undoStack()->undo();
    REQUIRE(stored().size() == 1);
    CHECK(stored()[0].note == QStringLiteral("Looser afterwards"));
    CHECK(list->rowCount() == 1);
    tab->undoStack()->undo();
    CHECK(stored()[0].note.isEmpty());

    // Export and import from the tab: the JSON export, into an emptied history, brings the session back.
    QTemporaryDir out;
    const QString exported = out.filePath(QStringLiteral("mine.json"));
    Dialogs::setNextFileName(exported);
    QTest::mouseClick(child<QPushButton>(tab, "exportButton"), Qt::LeftButton);
    REQUIRE(QFileInfo::exists(exported));
    const QString csv = out.filePath(QStringLiteral("mine")); // no extension: CSV
    Dialogs::setNextFileName(csv);
    QTest::mouseClick(child<QPushButton>(tab, "exportButton"), Qt::LeftButton);
    CHECK(readFileBytes(csv + QStringLiteral(".csv")).startsWith("started_utc,local_date"));
    Dialogs::setNextFileName(QFileInfo(HistoryStore::defaultPath()).absolutePath() +
                             QStringLiteral("/x.csv"));
    QTest::mouseClick(child<QPushButton>(tab, "exportButton"), Qt::LeftButton);
    CHECK(Dialogs::lastShown().name == QStringLiteral("exportRefusedBox"));
    tab->deleteSelected();
    REQUIRE(list->rowCount() == 0);
    Dialogs::setNextFileName(exported);
    QTest::mouseClick(child<QPushButton>(tab, "importButton"), Qt::LeftButton);
    CHECK(Dialogs::lastShown().name == QStringLiteral("importedBox"));
    CHECK(Dialogs::lastShown().text.contains(QStringLiteral("1 session added")));
    REQUIRE(list->rowCount() == 1);
    CHECK(stored()[0].steps == done[0].steps);
    Dialogs::setNextFileName(exported); // again: nothing twice
    QTest::mouseClick(child<QPushButton>(tab, "importButton"), Qt::LeftButton);
    CHECK(Dialogs::lastShown().text.contains(QStringLiteral("0 sessions added")));
    CHECK(stored().size() == 1);
    writeBytes(out.filePath(QStringLiteral("bad.json")), "{\"format\": \"other\"}");
    Dialogs::setNextFileName(out.filePath(QStringLiteral("bad.json")));
    QTest::mouseClick(child<QPushButton>(tab, "importButton"), Qt::LeftButton);
    CHECK(Dialogs::lastShown().name == QStringLiteral("importFailedBox"));
    CHECK(Dialogs::lastShown().text.contains(QStringLiteral("bad.json")));
    CHECK_FALSE(Dialogs::scriptPending());

    // The export of what the window recorded reads back the same.
    const HistoryImport back = historyFromJson(historyToJson(stored()));
    REQUIRE(back.ok());
    REQUIRE(back.sessions.size() == 1);
    CHECK(back.sessions[0].steps == done[0].steps);
    CHECK(back.sessions[0].after == done[0].after);
}

TEST_CASE("History: closing the window mid-session records it as stopped, with what was done",
          "[gui][history]") {
    OwnDataHome home;
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    f.settings.setScreening({});
    auto w = f.open();
    REQUIRE(child<SessionSetup>(w.get(), "sessionSetup")->selectRoutine(QStringLiteral("short-session")));
    QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton);
    auto* player = child<PlayerWidget>(w.get(), "playerWidget");
    const SessionPlan plan = player->player()->plan();
    // Into the second step.
    qint64 secondStep = 0;
    for (const Segment& s : plan.segments)
        if (s.stepIndex == 1) {
            secondStep = s.startMs;
            break;
        }
    for (qint64 t = 0; t < secondStep + 2000; t += 500) {
        f.clock.advance(500);
        player->tick();
    }
    w->close();
    w.reset();
    HistoryStore read(HistoryStore::defaultPath(), HistoryStore::Mode::ReadOnly);
    REQUIRE(read.open().ok);
    const auto all = read.sessions();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const SessionRecord& s = all->at(0);
    CHECK(s.outcome == SessionOutcome::Stopped);
    CHECK(s.steps[0].outcome == StepOutcome::Done);
    CHECK(s.steps[1].outcome != StepOutcome::Done);
    CHECK(s.steps.last().outcome == StepOutcome::NotReached);
}
