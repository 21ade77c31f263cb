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

#include "Routine.h"
#include "RoutineStore.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace rollguide;

namespace {
/// A data folder of the test's own, so that the history starts empty (restored afterwards).
struct OwnDataHome : gui_test::OwnFolder {
    OwnDataHome()
        : OwnFolder("XDG_DATA_HOME") {}
};

/// With ROLLGUIDE_TEST_SHOTS=DIR, a picture of the window as it is now.
void shot(QWidget* w, const char* name) {
    if (const QByteArray dir = qgetenv("ROLLGUIDE_TEST_SHOTS"); !dir.isEmpty()) {
        // Rows added just now are laid out first (layouts and shows are posted events).
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        w->grab().save(QFile::decodeName(dir) + QStringLiteral("/history-%1.png").arg(QLatin1String(name)));
    }
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

    // Delete all history asks first: Cancel keeps everything, Delete all empties it.
    auto* deleteAll = child<QPushButton>(tab, "deleteAllButton");
    REQUIRE(deleteAll->isEnabled());
    Dialogs::setNextAnswer(-1);
    QTest::mouseClick(deleteAll, Qt::LeftButton);
    CHECK(Dialogs::lastShown().name == QStringLiteral("deleteAllQuestion"));
    CHECK(Dialogs::lastShown().text.contains(
        QStringLiteral("This deletes 1 session, with every check-in and note")));
    CHECK(stored().size() == 1);
    Dialogs::setNextAnswer(0);
    QTest::mouseClick(deleteAll, Qt::LeftButton);
    CHECK(stored().isEmpty());
    CHECK(list->rowCount() == 0);
    CHECK_FALSE(deleteAll->isEnabled());
    CHECK_FALSE(Dialogs::scriptPending());
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

TEST_CASE("History: a move that hurt twice comes out of the routines in one undoable click, and rising "
          "tightness opens the Guide",
          "[gui][history]") {
    OwnDataHome home;
    Fixture f;
    f.settings.setDisclaimerAcknowledged(true);
    f.settings.setScreening({});
    auto w = f.open();
    const Catalog& catalog = *w->catalog();
    const QString hurting = QStringLiteral("lower-back-supine-roll");

    // A personal routine that holds the move beside another, and one that holds nothing else.
    QTemporaryDir folder;
    RoutineStore routines(folder.filePath(QStringLiteral("routines")));
    const auto savePersonal = [&](const QString& name, const QStringList& moves) {
        StoredRoutine r;
        r.routine.name = name;
        for (const QString& id : moves)
            r.routine.steps.append({id, catalog.exercise(id)->dose});
        r.fileName = routines.newFileName(name);
        REQUIRE_NO_ERROR(routines.save(r));
    };
    savePersonal(QStringLiteral("My mornings"), {hurting, QStringLiteral("mid-back-supine-roll"), hurting});
    savePersonal(QStringLiteral("Only low"), {hurting});
    REQUIRE(w->attachRoutineStore(routines).isEmpty());
    const auto stepsOf = [&](const QString& name) {
        QStringList ids;
        for (const StoredRoutine& r : routines.loadAll(RoutineStore::LoadMode::ReportOnly).routines)
            if (r.routine.name == name)
                for (const RoutineStep& s : r.routine.steps)
                    ids << s.exerciseId;
        return ids;
    };

    // Two real sessions of the built-in Short session: tighter before the second, and the first move
    // hurt in both.
    auto* setup = child<SessionSetup>(w.get(), "sessionSetup");
    for (const int lower : {3, 6}) {
        REQUIRE(setup->selectRoutine(QStringLiteral("short-session")));
        clickRating(child<CheckInWidget>(w.get(), "beforeCheckIn"), Region::Lower, lower);
        QTest::mouseClick(child<QPushButton>(w.get(), "startButton"), Qt::LeftButton);
        auto* player = child<PlayerWidget>(w.get(), "playerWidget");
        REQUIRE(player->player());
        for (int i = 0; i < 200 && player->player()->snapshot().segment->kind != SegmentKind::Roll; ++i) {
            f.clock.advance(500);
            player->tick();
        }
        REQUIRE(player->player()->snapshot().segment->exerciseId == hurting);
        QTest::keyClick(player, Qt::Key_H);
        auto* pages = child<QStackedWidget>(player, "playerPages");
        for (int i = 0; i < 10000 && pages->currentIndex() == 0; ++i) {
            f.clock.advance(500);
            player->tick();
        }
        REQUIRE(pages->currentWidget()->objectName() == QStringLiteral("finishPage"));
        QTest::mouseClick(child<QPushButton>(player, "doneButton"), Qt::LeftButton);
        QTest::qWait(5); // the second session starts later than the first
    }

    openTab(w.get(), "historyTab");
    auto* tab = child<HistoryTab>(w.get(), "historyView");
    REQUIRE(tab->sessions().size() == 2);
    CHECK(tab->sessions()[0].steps[0].outcome == StepOutcome::Hurt);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // rows of earlier reloads
    QStringList advice;
    for (QLabel* l :
         child<QWidget>(tab, "historyAdvice")->findChildren<QLabel*>(QStringLiteral("adviceText")))
        advice << l->text();
    INFO(advice.join(u'\n').toStdString());
    REQUIRE(advice.size() == 2);
    CHECK(advice[0].contains(QStringLiteral("hurt twice in the last 14 days")));
    CHECK(advice[0].contains(catalog.exercise(hurting)->name));
    CHECK(advice[1].contains(QStringLiteral("lower back has felt tighter")));
    shot(w.get(), "advice");

    // One click: out of the personal routine (both steps), a copy of the built-in one without it, saved.
    auto* leaveOut = child<QPushButton>(tab, "leaveOutButton");
    QTest::mouseClick(leaveOut, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QString copy = QStringLiteral("Short session (without %1)").arg(catalog.exercise(hurting)->name);
    CHECK(stepsOf(QStringLiteral("My mornings")) == QStringList{QStringLiteral("mid-back-supine-roll")});
    CHECK(stepsOf(QStringLiteral("Only low")) == QStringList{hurting});
    const QStringList copied = stepsOf(copy);
    CHECK(copied.size() == 5);
    CHECK_FALSE(copied.contains(hurting));
    const QString said = child<QLabel>(tab, "leftOutLabel")->text();
    CHECK(said.contains(QStringLiteral("Taken out of “My mornings”.")));
    CHECK(said.contains(copy));
    CHECK(said.contains(QStringLiteral("“Only low” left as is: it holds only this move.")));
    CHECK(tab->findChildren<QPushButton*>(QStringLiteral("leaveOutButton")).isEmpty()); // nothing left to do
    CHECK_FALSE(w->isWindowModified());
    shot(w.get(), "left-out");

    // Put it back: as it was, on disk too.
    auto* putBack = child<QPushButton>(tab, "putBackButton");
    REQUIRE(putBack->isVisible());
    QTest::mouseClick(putBack, Qt::LeftButton);
    CHECK(stepsOf(QStringLiteral("My mornings")) ==
          QStringList{hurting, QStringLiteral("mid-back-supine-roll"), hurting});
    CHECK(stepsOf(copy).isEmpty());
    CHECK_FALSE(putBack->isVisible());
    REQUIRE(tab->findChildren<QPushButton*>(QStringLiteral("leaveOutButton")).size() == 1);
    // Edit > Undo takes the same step: out again, then Edit > Undo puts it back.
    QTest::mouseClick(tab->findChild<QPushButton*>(QStringLiteral("leaveOutButton")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(stepsOf(QStringLiteral("My mornings")).size() == 1);
    auto* undo = w->findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    CHECK(undo->text().contains(
        QStringLiteral("Take %1 out of your routines").arg(catalog.exercise(hurting)->name)));
    undo->trigger();
    CHECK(child<QPushButton>(tab, "putBackButton")->isHidden());
    CHECK(w->isWindowModified()); // undone in memory, as every editor undo; saved with the routines

    // Rising tightness: the Guide opens at when to ask a doctor first.
    QTest::mouseClick(child<QPushButton>(tab, "askDoctorButton"), Qt::LeftButton);
    CHECK(child<QTabWidget>(w.get(), "tabs")->currentWidget()->objectName() == QStringLiteral("guideTab"));
    auto* guide = child<QTextBrowser>(w.get(), "guideView");
    QCoreApplication::processEvents();
    CHECK(guide->verticalScrollBar()->value() > 0);
    const QTextCursor at = guide->cursorForPosition(QPoint(10, 10));
    CHECK(at.block().text().contains(QStringLiteral("Who should check first")));
}
