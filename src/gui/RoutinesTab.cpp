// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutinesTab.h"
#include "AppSettings.h"
#include "Dialogs.h"
#include "ExerciseListModel.h"
#include "PlainText.h"
#include "PlanWarnings.h"
#include "RoutineLibrary.h"
#include "RoutineStepsModel.h"
#include "SessionPlanner.h"
#include "ui_RoutinesTab.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>

namespace rollguide {

RoutinesTab::RoutinesTab(const Catalog& catalog, AppSettings& settings, RoutineLibrary& library,
                         QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RoutinesTab>())
    , m_catalog(catalog)
    , m_settings(settings)
    , m_library(&library)
    , m_steps(new RoutineStepsModel(*m_library, this))
    , m_catalogModel(new ExerciseListModel(this))
    , m_catalogFilter(new ExerciseFilterModel(this)) {
    m_ui->setupUi(this);
    QFont heading = m_ui->libraryHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_ui->libraryHeading->setFont(heading);
    m_ui->catalogHeading->setFont(heading);

    m_ui->routineList->setModel(m_library);
    m_ui->stepsView->setModel(m_steps);
    m_ui->stepsView->horizontalHeader()->setSectionResizeMode(RoutineStepsModel::MoveColumn,
                                                              QHeaderView::ResizeToContents);
    // The dose and the safety check share the rest and wrap, so that a long dose (or a longer
    // language) never pushes the check out of sight.
    m_ui->stepsView->horizontalHeader()->setSectionResizeMode(RoutineStepsModel::DoseColumn,
                                                              QHeaderView::Stretch);
    m_ui->stepsView->horizontalHeader()->setSectionResizeMode(RoutineStepsModel::WarningColumn,
                                                              QHeaderView::Stretch);
    m_ui->stepsView->setWordWrap(true);
    m_ui->stepsView->verticalHeader()->hide();
    m_ui->stepsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stepsView->setDropIndicatorShown(true);

    m_catalogModel->setExercises(catalog.exercises);
    m_catalogFilter->setSourceModel(m_catalogModel);
    m_ui->catalogList->setModel(m_catalogFilter);
    m_ui->regionCombo->addItem(tr("All regions"), -1);
    for (Region r : kAllRegions)
        m_ui->regionCombo->addItem(regionName(r), int(r));
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int r = m_ui->regionCombo->currentData().toInt();
        m_catalogFilter->setRegion(r < 0 ? std::nullopt : std::optional<Region>(Region(r)));
    });
    connect(m_ui->catalogSearch, &QLineEdit::textChanged, m_catalogFilter,
            &ExerciseFilterModel::setSearchText);
    connect(m_ui->catalogList, &QListView::doubleClicked, this, &RoutinesTab::addSelectedMove);
    connect(m_ui->addMoveButton, &QPushButton::clicked, this, &RoutinesTab::addSelectedMove);

    m_ui->unitCombo->addItem(tr("seconds"), int(DoseUnit::Seconds));
    m_ui->unitCombo->addItem(tr("long breaths"), int(DoseUnit::Breaths));
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this,
            [this] { applyDose(RoutineLibrary::DoseField::Unit); });
    connect(m_ui->amountSpin, &QSpinBox::valueChanged, this,
            [this] { applyDose(RoutineLibrary::DoseField::Amount); });
    connect(m_ui->setsSpin, &QSpinBox::valueChanged, this,
            [this] { applyDose(RoutineLibrary::DoseField::Sets); });
    connect(m_ui->sidesCheck, &QCheckBox::toggled, this,
            [this] { applyDose(RoutineLibrary::DoseField::Sides); });
    connect(m_ui->restSpin, &QSpinBox::valueChanged, this,
            [this] { applyDose(RoutineLibrary::DoseField::Rest); });

    connect(m_ui->routineList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_steps->setRoutine(currentKey());
        if (m_steps->rowCount() > 0)
            m_ui->stepsView->setCurrentIndex(m_steps->index(0, 0));
        refresh();
    });
    connect(m_ui->stepsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoutinesTab::refreshDose);
    connect(m_library, &RoutineLibrary::stepsChanged, this, [this](quint64 key) {
        if (key == currentKey())
            refresh();
    });
    // A routine added by a command (new, duplicate, import, undo of delete) becomes the current one.
    connect(m_library, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first) { selectRow(first); });
    connect(m_library, &QAbstractItemModel::rowsRemoved, this, [this] { refresh(); });

    connect(m_ui->nameEdit, &QLineEdit::editingFinished, this, &RoutinesTab::rename);
    connect(m_ui->newButton, &QPushButton::clicked, this, &RoutinesTab::newRoutine);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &RoutinesTab::duplicateRoutine);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RoutinesTab::deleteRoutine);
    connect(m_ui->importButton, &QPushButton::clicked, this, &RoutinesTab::chooseImport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RoutinesTab::chooseExport);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveStep(+1); });
    connect(m_ui->removeStepButton, &QPushButton::clicked, this, &RoutinesTab::removeStep);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &RoutinesTab::save);
    connect(m_ui->startRoutineButton, &QPushButton::clicked, this, [this] {
        if (const Routine* r = currentRoutine())
            Q_EMIT startRequested(*r);
    });
    connect(m_ui->printRoutineButton, &QPushButton::clicked, this, [this] {
        if (const Routine* r = currentRoutine())
            Q_EMIT printRequested(*r);
    });

    const auto shortcut = [this](const QKeySequence& key, QWidget* on, auto slot) {
        auto* s = new QShortcut(key, on);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_ui->stepsView, [this] { moveStep(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_ui->stepsView, [this] { moveStep(+1); });
    shortcut(QKeySequence(Qt::Key_Delete), m_ui->stepsView, [this] { removeStep(); });
    shortcut(QKeySequence(Qt::Key_Return), m_ui->catalogList, [this] { addSelectedMove(); });

    selectRow(0);
    refresh();
}

RoutinesTab::~RoutinesTab() = default;

quint64 RoutinesTab::currentKey() const {
    return m_ui->routineList->currentIndex().data(RoutineLibrary::KeyRole).toULongLong();
}

const Routine* RoutinesTab::currentRoutine() const {
    const LibraryEntry* e = m_library->entry(currentKey());
    return e ? &e->routine() : nullptr;
}

int RoutinesTab::currentStep() const {
    const QModelIndex i = m_ui->stepsView->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RoutinesTab::selectRow(int row) {
    m_ui->routineList->setCurrentIndex(m_library->index(row, 0));
}

void RoutinesTab::refresh() {
    m_updating = true;
    const LibraryEntry* e = m_library->entry(currentKey());
    const bool editable = e && !e->readOnly();
    m_ui->nameEdit->setText(e ? e->routine().name : QString());
    m_ui->nameEdit->setReadOnly(!editable);
    m_ui->nameEdit->setEnabled(e != nullptr);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->moveUpButton), static_cast<QWidget*>(m_ui->moveDownButton),
                       static_cast<QWidget*>(m_ui->removeStepButton),
                       static_cast<QWidget*>(m_ui->addMoveButton), static_cast<QWidget*>(m_ui->doseGroup)})
        w->setEnabled(editable);
    m_ui->deleteButton->setEnabled(e && !e->builtIn);
    m_ui->duplicateButton->setEnabled(e != nullptr);
    m_ui->exportButton->setEnabled(e != nullptr);
    m_ui->startRoutineButton->setEnabled(e && !e->routine().steps.isEmpty());
    m_ui->printRoutineButton->setEnabled(e && !e->routine().steps.isEmpty());
    m_ui->saveButton->setEnabled(m_library->hasUnsavedChanges());
    if (!e)
        m_ui->readOnlyLabel->setText(tr("Pick a routine on the left, or make a new one."));
    else if (e->builtIn)
        m_ui->readOnlyLabel->setText(
            tr("This is a built-in routine, so it cannot be changed. Press Duplicate to "
               "make your own copy to edit."));
    else if (e->stored.readOnly)
        m_ui->readOnlyLabel->setText(e->stored.readOnlyReason);
    else
        m_ui->readOnlyLabel->setText(
            tr("Add moves from the right: double-click, press Add, or drag them in. Drag "
               "or use Alt+Up and Alt+Down to reorder."));

    // Total time and the planner's warnings, shown beside the steps they concern.
    QHash<int, QStringList> perStep, perStepShort;
    QStringList general;
    const auto shortLabel = [](PlanWarning::Kind k) {
        switch (k) {
        case PlanWarning::Kind::UnknownExercise:
            return tr("Not in the catalog");
        case PlanWarning::Kind::ScreeningExcluded:
            return tr("Not safe with your answers");
        case PlanWarning::Kind::ScreeningFlagged:
            return tr("Ask your doctor first");
        case PlanWarning::Kind::DoseOverRange:
            return tr("More than advised");
        case PlanWarning::Kind::OverBeginnerLimit:
        case PlanWarning::Kind::RegionOverRange:
            break;
        }
        return tr("Check this");
    };
    if (e && !e->routine().steps.isEmpty()) {
        const PlanResult plan = SessionPlanner::plan(e->routine(), m_catalog, m_settings.planOptions());
        if (plan.plan) {
            m_ui->totalLabel->setText(
                tr("Total time: %1 at your breath pace").arg(formatMinutesSeconds(plan.plan->totalMs())));
            for (const PlanWarning& w : plan.plan->warnings) {
                (w.stepIndex >= 0 ? perStep[w.stepIndex] : general) << w.message;
                if (w.stepIndex >= 0)
                    perStepShort[w.stepIndex] << shortLabel(w.kind);
            }
        } else {
            m_ui->totalLabel->setText(tr("This routine cannot be played yet."));
            for (const PlanError& err : plan.errors) {
                (err.stepIndex >= 0 ? perStep[err.stepIndex] : general) << err.message;
                if (err.stepIndex >= 0)
                    perStepShort[err.stepIndex] << tr("Cannot be played");
            }
        }
    } else {
        m_ui->totalLabel->setText(e ? tr("No moves yet.") : QString());
    }
    m_steps->setWarnings(perStepShort, perStep);
    m_ui->warningsLabel->setText(
        general.isEmpty() ? QString() : QStringLiteral("⚠ ") + general.join(QStringLiteral("\n⚠ ")));
    m_updating = false;
    refreshDose();
}

void RoutinesTab::refreshDose() {
    const Routine* r = currentRoutine();
    const int step = currentStep();
    const bool has = r && step >= 0 && step < r->steps.size();
    m_ui->doseGroup->setEnabled(has && m_steps->editable());
    if (!has)
        return;
    m_updating = true;
    const Dose& d = r->steps[step].dose;
    m_ui->unitCombo->setCurrentIndex(d.unit == DoseUnit::Seconds ? 0 : 1);
    if (d.unit == DoseUnit::Seconds)
        m_ui->amountSpin->setRange(Dose::kMinSeconds, Dose::kMaxSeconds);
    else
        m_ui->amountSpin->setRange(Dose::kMinBreaths, Dose::kMaxBreaths);
    m_ui->amountSpin->setValue(d.amount);
    m_ui->setsSpin->setValue(d.sets);
    m_ui->sidesCheck->setChecked(d.perSide);
    m_ui->restSpin->setValue(d.restSeconds);
    m_updating = false;
}

void RoutinesTab::applyDose(RoutineLibrary::DoseField field) {
    const Routine* r = currentRoutine();
    const int step = currentStep();
    if (m_updating || !r || step < 0 || step >= r->steps.size() || !m_steps->editable())
        return;
    Dose d = r->steps[step].dose;
    switch (field) {
    case RoutineLibrary::DoseField::Unit: {
        const auto unit = DoseUnit(m_ui->unitCombo->currentData().toInt());
        if (unit == d.unit)
            return;
        d.unit = unit;
        // Keep the amount sensible in the new unit: about one breath per 10 seconds.
        d.amount = unit == DoseUnit::Breaths
                       ? std::clamp(d.amount / 10, Dose::kMinBreaths, Dose::kMaxBreaths)
                       : std::clamp(d.amount * 10, Dose::kMinSeconds, Dose::kMaxSeconds);
        break;
    }
    case RoutineLibrary::DoseField::Amount:
        d.amount = m_ui->amountSpin->value();
        break;
    case RoutineLibrary::DoseField::Sets:
        d.sets = m_ui->setsSpin->value();
        break;
    case RoutineLibrary::DoseField::Sides:
        d.perSide = m_ui->sidesCheck->isChecked();
        break;
    case RoutineLibrary::DoseField::Rest:
        d.restSeconds = m_ui->restSpin->value();
        break;
    }
    if (d == r->steps[step].dose)
        return;
    m_library->changeDose(currentKey(), step, d, field);
    m_ui->stepsView->setCurrentIndex(m_steps->index(step, 0));
}

void RoutinesTab::rename() {
    const LibraryEntry* e = m_library->entry(currentKey());
    const QString name = m_ui->nameEdit->text().trimmed();
    if (!e || e->readOnly() || name == e->routine().name)
        return;
    if (name.isEmpty()) {
        m_ui->nameEdit->setText(e->routine().name);
        return;
    }
    m_library->renameRoutine(e->key, name);
}

void RoutinesTab::addEntry(const Routine& routine, const QString& commandText) {
    m_library->addRoutine(routine, commandText);
}

void RoutinesTab::newRoutine() {
    Routine r;
    r.name = tr("New routine");
    addEntry(r, tr("new routine"));
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void RoutinesTab::duplicateRoutine() {
    const Routine* r = currentRoutine();
    if (!r)
        return;
    Routine copy = *r;
    copy.name = tr("%1 (copy)").arg(r->name).left(80);
    addEntry(copy, tr("duplicate \"%1\"").arg(r->name));
}

void RoutinesTab::deleteRoutine() {
    const int row = m_ui->routineList->currentIndex().row();
    const LibraryEntry* e = m_library->entryAt(row);
    if (!e || e->builtIn)
        return;
    m_library->removeRoutine(row);
    selectRow(std::min(row, m_library->rowCount() - 1));
}

void RoutinesTab::moveStep(int delta) {
    const Routine* r = currentRoutine();
    const int from = currentStep();
    const int to = from + delta;
    if (!r || !m_steps->editable() || from < 0 || to < 0 || to >= r->steps.size())
        return;
    m_library->moveStepUndoably(currentKey(), from, to);
    m_ui->stepsView->setCurrentIndex(m_steps->index(to, 0));
}

void RoutinesTab::removeStep() {
    const Routine* r = currentRoutine();
    const int step = currentStep();
    if (!r || !m_steps->editable() || step < 0 || step >= r->steps.size())
        return;
    m_library->removeStep(currentKey(), step);
}

void RoutinesTab::addSelectedMove() {
    const QModelIndex i = m_ui->catalogList->currentIndex();
    if (!i.isValid())
        return;
    const int at = currentStep() >= 0 ? currentStep() + 1 : -1;
    if (m_steps->addExercise(i.data(ExerciseListModel::IdRole).toString(), at))
        m_ui->stepsView->setCurrentIndex(m_steps->index(at >= 0 ? at : m_steps->rowCount() - 1, 0));
}

QStringList RoutinesTab::save() {
    const QStringList errors = m_library->save();
    refresh();
    if (!errors.isEmpty())
        Dialogs::tell(this, QMessageBox::Warning, tr("Not saved"),
                      tr("Some changes could not be saved. They are kept here, still marked unsaved.\n\n%1")
                          .arg(errors.join(QStringLiteral("\n\n"))),
                      QStringLiteral("saveProblemBox"));
    return errors;
}

Status RoutinesTab::importFrom(const QString& path) {
    const Result<Routine> imported = RoutineStore::importFile(path);
    if (!imported)
        return imported.status();
    addEntry(imported.value(), tr("import \"%1\"").arg(imported->name));
    return {};
}

Status RoutinesTab::exportTo(const QString& path) {
    const Routine* r = currentRoutine();
    if (!r)
        return Status::failure(tr("No routine is selected."));
    return RoutineStore::exportFile(*r, path);
}

void RoutinesTab::chooseImport() {
    Dialogs::chooseFileToOpen(
        this, tr("Import a routine"), tr("Routine files (*.json);;All files (*)"),
        [this](const QString& path) {
            if (const Status imported = importFrom(path); !imported.ok())
                Dialogs::tell(this, QMessageBox::Warning, tr("Not imported"), imported.error(),
                              QStringLiteral("importProblemBox"));
        },
        QStringLiteral("routineImportDialog"));
}

void RoutinesTab::chooseExport() {
    const Routine* r = currentRoutine();
    if (!r)
        return;
    const QString slug = fileNameSlug(r->name, SlugAlphabet::Letters, RoutineStore::kMaxSlugLength);
    const QString suggested = (slug.isEmpty() ? QStringLiteral("routine") : slug) + QStringLiteral(".json");
    Dialogs::chooseFileToSave(
        this, tr("Export a routine"), suggested, tr("Routine files (*.json)"),
        [this](const QString& path) {
            if (const Status exported = exportTo(path); !exported.ok())
                Dialogs::tell(this, QMessageBox::Warning, tr("Not exported"), exported.error(),
                              QStringLiteral("exportProblemBox"));
        },
        QStringLiteral("routineExportDialog"));
}

} // namespace rollguide
