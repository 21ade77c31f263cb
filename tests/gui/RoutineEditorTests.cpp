// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "Dialogs.h"
#include "ExerciseListModel.h"
#include "GuiTestUtil.h"
#include "Routine.h"
#include "RoutineLibrary.h"
#include "RoutineStepsModel.h"
#include "RoutineStore.h"
#include "RoutinesTab.h"
#include "SessionSetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

#include <csignal>
#include <sys/resource.h>

using namespace rollguide;

namespace {
const QString kMini = testData(QStringLiteral("catalogs/valid-mini.json"));

struct Editor {
    Fixture f;
    QTemporaryDir data;
    std::unique_ptr<RoutineStore> store;
    std::unique_ptr<MainWindow> w;
    RoutinesTab* tab = nullptr;

    explicit Editor(const QString& folder = {}) {
        f.settings.setDisclaimerAcknowledged(true);
        f.settings.setScreening({});
        store = std::make_unique<RoutineStore>(folder.isEmpty() ? data.filePath(QStringLiteral("routines"))
                                                                : folder);
        w = f.open(kMini);
        w->attachRoutineStore(*store);
        openTab(w.get(), "routinesTab"); // the editor is built when its tab first opens
        tab = child<RoutinesTab>(w.get(), "routinesEditor");
        QApplication::setActiveWindow(w.get());
        REQUIRE(QTest::qWaitForWindowActive(w.get()));
    }
    /// The texts of the warnings the editor has shown so far, closing them.
    QStringList reported() {
        QCoreApplication::processEvents(); // notices open from the event loop
        QStringList texts;
        for (QMessageBox* box : tab->findChildren<QMessageBox*>()) {
            texts << box->text();
            box->close();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return texts;
    }
    RoutineLibrary& lib() { return tab->library(); }
    QUndoStack& undo() { return *lib().undoStack(); }
    QTableView* steps() { return child<QTableView>(tab, "stepsView"); }
    void click(const char* name) { QTest::mouseClick(child<QPushButton>(tab, name), Qt::LeftButton); }
    int builtIns() const { return 1; } // valid-mini.json has one built-in routine
    /// New routine with the two catalog moves; leaves it selected.
    void makeRoutine() {
        click("newButton");
        auto* list = child<QListView>(tab, "catalogList");
        for (int row = 0; row < 2; ++row) {
            list->setCurrentIndex(list->model()->index(row, 0));
            click("addMoveButton");
        }
    }
};
} // namespace

TEST_CASE("The routine models pass the model tester through every kind of edit", "[gui][editor]") {
    Editor e;
    QAbstractItemModelTester libTester(&e.lib(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* stepsModel = qobject_cast<RoutineStepsModel*>(e.steps()->model());
    REQUIRE(stepsModel);
    QAbstractItemModelTester stepsTester(stepsModel, QAbstractItemModelTester::FailureReportingMode::Fatal);

    e.makeRoutine();
    REQUIRE(e.tab->currentRoutine());
    CHECK(e.tab->currentRoutine()->steps.size() == 2);
    e.steps()->setCurrentIndex(stepsModel->index(0, 0));
    e.steps()->setFocus();
    QTest::keyClick(e.steps(), Qt::Key_Down, Qt::AltModifier);
    CHECK(e.tab->currentRoutine()->steps[1].exerciseId == QStringLiteral("low-roll"));
    QTest::keyClick(e.steps(), Qt::Key_Delete);
    CHECK(e.tab->currentRoutine()->steps.size() == 1);
    while (e.undo().canUndo())
        e.undo().undo();
    CHECK(e.lib().rowCount() == e.builtIns());
    while (e.undo().canRedo())
        e.undo().redo();
    CHECK(e.tab->currentRoutine()->steps.size() == 1);
}

TEST_CASE("Every edit can be undone and redone, and says what it will undo", "[gui][editor]") {
    Editor e;
    QAction* undoAction = e.w->findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undoAction);
    CHECK_FALSE(undoAction->isEnabled());

    e.makeRoutine();
    CHECK(undoAction->text() == QStringLiteral("&Undo add \"Upper hold\""));
    const Routine before = *e.tab->currentRoutine();

    // Rename.
    auto* name = child<QLineEdit>(e.tab, "nameEdit");
    name->setText(QStringLiteral("Evening"));
    Q_EMIT name->editingFinished();
    CHECK(e.tab->currentRoutine()->name == QStringLiteral("Evening"));
    CHECK(undoAction->text() == QStringLiteral("&Undo rename to \"Evening\""));
    e.undo().undo();
    CHECK(e.tab->currentRoutine()->name == before.name);
    e.undo().redo();

    // A run of spin-box changes is one undo step.
    e.steps()->setCurrentIndex(e.steps()->model()->index(0, 0));
    auto* amount = child<QSpinBox>(e.tab, "amountSpin");
    const int steps = e.undo().count();
    for (int i = 0; i < 5; ++i)
        amount->stepUp();
    CHECK(e.tab->currentRoutine()->steps[0].dose.amount == before.steps[0].dose.amount + 5);
    CHECK(e.undo().count() == steps + 1);
    child<QSpinBox>(e.tab, "setsSpin")->setValue(3);
    child<QCheckBox>(e.tab, "sidesCheck")->setChecked(true);
    child<QSpinBox>(e.tab, "restSpin")->setValue(30);
    child<QComboBox>(e.tab, "unitCombo")->setCurrentIndex(1);
    const Dose changed = e.tab->currentRoutine()->steps[0].dose;
    CHECK(changed.unit == DoseUnit::Breaths);
    CHECK(changed.sets == 3);
    CHECK(changed.perSide);
    CHECK(changed.restSeconds == 30);
    CHECK(e.undo().count() == steps + 5);
    for (int i = 0; i < 5; ++i)
        e.undo().undo();
    CHECK(e.tab->currentRoutine()->steps[0].dose == before.steps[0].dose);
    for (int i = 0; i < 5; ++i)
        e.undo().redo();
    CHECK(e.tab->currentRoutine()->steps[0].dose == changed);

    // Duplicate and delete.
    const int rows = e.lib().rowCount();
    e.click("duplicateButton");
    CHECK(e.lib().rowCount() == rows + 1);
    CHECK(e.tab->currentRoutine()->name == QStringLiteral("Evening (copy)"));
    e.click("deleteButton");
    CHECK(e.lib().rowCount() == rows);
    e.undo().undo();
    CHECK(e.lib().rowCount() == rows + 1);
    e.undo().undo();
    CHECK(e.lib().rowCount() == rows);
}

TEST_CASE("Built-in routines are read-only: duplicate to edit", "[gui][editor]") {
    Editor e;
    e.tab->selectRow(0);
    REQUIRE(e.tab->currentRoutine());
    CHECK(e.lib().entryAt(0)->builtIn);
    CHECK(child<QLineEdit>(e.tab, "nameEdit")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(e.tab, "deleteButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(e.tab, "addMoveButton")->isEnabled());
    CHECK(child<QLabel>(e.tab, "readOnlyLabel")->text().contains(QStringLiteral("Duplicate")));
    const int count = e.undo().count();
    QTest::keyClick(e.steps(), Qt::Key_Delete);
    CHECK(e.undo().count() == count);
    e.click("duplicateButton");
    CHECK_FALSE(child<QLineEdit>(e.tab, "nameEdit")->isReadOnly());
}

TEST_CASE("Saved routines come back with every field, and the window shows unsaved changes",
          "[gui][editor]") {
    QTemporaryDir folder;
    {
        Editor e(folder.path());
        CHECK_FALSE(e.w->isWindowModified());
        e.makeRoutine();
        CHECK(e.w->isWindowModified());
        e.steps()->setCurrentIndex(e.steps()->model()->index(1, 0));
        child<QSpinBox>(e.tab, "restSpin")->setValue(20);
        CHECK(e.tab->save().isEmpty());
        CHECK_FALSE(e.w->isWindowModified());
        // The Session tab offers it too.
        auto* sessions = child<QListWidget>(e.w.get(), "routineList");
        CHECK(sessions->item(sessions->count() - 1)->text() == QStringLiteral("New routine"));
    }
    Editor again(folder.path());
    REQUIRE(again.lib().rowCount() == again.builtIns() + 1);
    const Routine& r = again.lib().entryAt(again.builtIns())->routine();
    CHECK(r.name == QStringLiteral("New routine"));
    REQUIRE(r.steps.size() == 2);
    CHECK(r.steps[1].dose.restSeconds == 20);
    CHECK(r.steps[0].exerciseId == QStringLiteral("low-roll"));
}

TEST_CASE("A save that fails keeps the edits, marked unsaved, and says why", "[gui][editor]") {
    Editor e;
    e.makeRoutine();
    QStringList errors;
    {
        FileSizeLimit limit(16);
        errors = e.tab->save();
    }
    REQUIRE_FALSE(errors.isEmpty());
    const QStringList reported = e.reported();
    INFO(Dialogs::lastShown().name.toStdString() << " " << Dialogs::lastShown().text.toStdString());
    REQUIRE(reported.size() == 1);
    CHECK(reported[0].contains(QStringLiteral("still marked unsaved")));
    CHECK(e.w->isWindowModified());
    CHECK(e.tab->currentRoutine()->steps.size() == 2);
    CHECK(e.tab->save().isEmpty()); // once there is room again, it saves
    CHECK_FALSE(e.w->isWindowModified());
}

TEST_CASE("Closing with unsaved changes asks, and cancel keeps the window open", "[gui][editor]") {
    Editor e;
    e.makeRoutine();
    Dialogs::setNextAnswer(-1); // Cancel
    CHECK_FALSE(e.w->close());
    CHECK_FALSE(Dialogs::scriptPending());
    CHECK(Dialogs::lastShown().name == QStringLiteral("unsavedQuestion"));
    CHECK(e.w->isVisible());
    Dialogs::setNextAnswer(0); // Save
    CHECK(e.w->close());
    CHECK_FALSE(Dialogs::scriptPending());
    CHECK(e.store->loadAll().routines.size() == 1);
}

TEST_CASE("Imported routines keep unknown moves, flagged, and names stay plain text", "[gui][editor]") {
    Editor e;
    Routine shared;
    shared.name = QStringLiteral("<b>x</b> <img src=y>");
    shared.steps = {{QStringLiteral("low-roll"), Dose{}}, {QStringLiteral("gone-move"), Dose{}}};
    const QString path = e.data.filePath(QStringLiteral("shared.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(serializeRoutine(shared));
    file.close();
    CHECK(e.tab->importFrom(path).ok());
    REQUIRE(e.tab->currentRoutine());
    CHECK(e.tab->currentRoutine()->steps[1].exerciseId == QStringLiteral("gone-move"));
    CHECK(e.steps()
              ->model()
              ->index(1, RoutineStepsModel::WarningColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Not in the catalog")));
    CHECK(e.steps()
              ->model()
              ->index(1, RoutineStepsModel::MoveColumn)
              .data()
              .toString()
              .contains(QStringLiteral("gone-move")));
    CHECK(child<QLineEdit>(e.tab, "nameEdit")->text() == shared.name);
    CHECK(child<QListView>(e.tab, "routineList")->currentIndex().data().toString() == shared.name);
    CHECK(e.undo().undoText() == QStringLiteral("import \"<b>x</b> <img src=y>\""));

    CHECK(e.tab->importFrom(e.data.filePath(QStringLiteral("missing.json")))
              .error()
              .contains(QStringLiteral("missing.json")));
    const QString exported = e.data.filePath(QStringLiteral("out.json"));
    CHECK(e.tab->exportTo(exported).ok());
    CHECK(loadRoutineFile(exported).routine->name == shared.name);
}

TEST_CASE("The Import and Export buttons go through the file dialogs, and a failure says which file",
          "[gui][editor][dialogs]") {
    Editor e;
    e.makeRoutine();
    auto* name = child<QLineEdit>(e.tab, "nameEdit");
    name->setText(QStringLiteral("Évening <b>roll</b>"));
    Q_EMIT name->editingFinished();
    REQUIRE(e.tab->currentRoutine());

    // Export: the dialog suggests a file name made from the routine's name, and writes where it is told.
    const QString exported = e.data.filePath(QStringLiteral("picked.json"));
    Dialogs::setNextFileName(exported);
    e.click("exportButton");
    CHECK_FALSE(Dialogs::scriptPending());
    CHECK(Dialogs::lastShown().name == QStringLiteral("routineExportDialog"));
    CHECK(Dialogs::lastShown().suggested == QStringLiteral("évening-b-roll-b.json"));
    REQUIRE(QFileInfo::exists(exported));
    CHECK(loadRoutineFile(exported).routine->name == QStringLiteral("Évening <b>roll</b>"));

    // A cancelled dialog writes nothing.
    const QString cancelled = e.data.filePath(QStringLiteral("cancelled.json"));
    Dialogs::setNextFileName(QString());
    e.click("exportButton");
    CHECK_FALSE(QFileInfo::exists(cancelled));
    CHECK(e.reported().isEmpty());

    // Import: the file picked becomes a new routine, selected.
    const auto routinesBefore = e.lib().rowCount();
    Dialogs::setNextFileName(exported);
    e.click("importButton");
    CHECK(Dialogs::lastShown().name == QStringLiteral("routineImportDialog"));
    CHECK(e.lib().rowCount() == routinesBefore + 1);
    CHECK(e.reported().isEmpty());

    // A file that is not a routine: a warning naming it, its text plain.
    const QString broken = e.data.filePath(QStringLiteral("broken <i>.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    Dialogs::setNextFileName(broken);
    e.click("importButton");
    auto* box = e.tab->findChild<QMessageBox*>(QStringLiteral("importProblemBox"));
    REQUIRE(box);
    CHECK(box->textFormat() == Qt::PlainText);
    CHECK(box->text().contains(QStringLiteral("broken <i>.json")));
    CHECK(e.lib().rowCount() == routinesBefore + 1);
    e.reported();

    // Export into a "folder" that is a file: a warning naming it; the file stays as it was.
    const QByteArray before = readFileBytes(exported);
    Dialogs::setNextFileName(exported + QStringLiteral("/x.json"));
    e.click("exportButton");
    const QStringList reported = e.reported();
    REQUIRE(reported.size() == 1);
    CHECK(reported[0].contains(QStringLiteral("picked.json")));
    CHECK(readFileBytes(exported) == before);
}

TEST_CASE("Moves dragged from the catalog land where they are dropped", "[gui][editor]") {
    Editor e;
    e.makeRoutine();
    ExerciseListModel source;
    source.setExercises(loadCatalogFile(kMini).catalog->exercises);
    std::unique_ptr<QMimeData> mime(source.mimeData({source.index(1, 0)}));
    REQUIRE(mime);
    auto* model = e.steps()->model();
    CHECK(model->canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    model->dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {});
    REQUIRE(e.tab->currentRoutine()->steps.size() == 3);
    CHECK(e.tab->currentRoutine()->steps[0].exerciseId == QStringLiteral("upper-hold"));
    // Dragging a row moves it.
    std::unique_ptr<QMimeData> row(model->mimeData({model->index(0, 0)}));
    model->dropMimeData(row.get(), Qt::MoveAction, 3, 0, {});
    CHECK(e.tab->currentRoutine()->steps[2].exerciseId == QStringLiteral("upper-hold"));
    CHECK(e.tab->currentRoutine()->steps.size() == 3);
    CHECK(e.undo().undoText() == QStringLiteral("move \"Upper hold\""));
}

TEST_CASE("The editor prints the routine being edited", "[gui][editor][print]") {
    Editor e;
    e.makeRoutine();
    e.click("printRoutineButton");
    auto* preview = e.w->findChild<QPrintPreviewDialog*>();
    REQUIRE(preview);
    CHECK(preview->isVisible());
    preview->close();
}
