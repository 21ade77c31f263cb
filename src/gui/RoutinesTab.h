// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "RoutineLibrary.h"
#include "RoutineStore.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class RoutinesTab;
}

namespace rollguide {

class AppSettings;
class ExerciseFilterModel;
class ExerciseListModel;
class RoutineStepsModel;

/// The routine editor: the library of routines (built-in ones read-only), the steps of the chosen
/// routine with their doses, total time and warnings, and the catalog to add moves from. Every edit
/// is an undoable command; nothing reaches the disk until save().
class RoutinesTab : public QWidget {
    Q_OBJECT
public:
    /// Edits `library`, which the main window owns and has loaded (the tab is built when first opened).
    RoutinesTab(const Catalog& catalog, AppSettings& settings, RoutineLibrary& library,
                QWidget* parent = nullptr);
    ~RoutinesTab() override;

    RoutineLibrary& library() { return *m_library; }

    /// Saves every change. Returns the errors (empty on success); edits that failed stay unsaved.
    QStringList save();
    /// Imports a routine file as a new personal routine. Returns an error, or empty.
    Status importFrom(const QString& path);
    /// Exports the selected routine. Returns an error, or empty.
    Status exportTo(const QString& path);

    /// Selects the routine at `row` of the library.
    void selectRow(int row);
    /// The routine being edited, if any.
    const Routine* currentRoutine() const;

Q_SIGNALS:
    void startRequested(const rollguide::Routine& routine);
    void printRequested(const rollguide::Routine& routine);

private:
    quint64 currentKey() const;
    int currentStep() const;
    void refresh();
    void refreshDose();
    void applyDose(RoutineLibrary::DoseField field);
    void rename();
    void newRoutine();
    void duplicateRoutine();
    void deleteRoutine();
    void moveStep(int delta);
    void removeStep();
    void addSelectedMove();
    void chooseImport();
    void chooseExport();
    void addEntry(const Routine& routine, const QString& commandText);

    std::unique_ptr<Ui::RoutinesTab> m_ui;
    const Catalog& m_catalog;
    AppSettings& m_settings;
    RoutineLibrary* m_library;
    RoutineStepsModel* m_steps;
    ExerciseListModel* m_catalogModel;
    ExerciseFilterModel* m_catalogFilter;
    bool m_updating = false;
};

} // namespace rollguide
