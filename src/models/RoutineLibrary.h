// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "RoutineStore.h"

#include <QAbstractListModel>
#include <QUndoStack>

namespace rollguide {

/// What RoutineLibrary::leaveOut() did, in routine names, for the person to read.
struct LeaveOutResult {
    QStringList changed; ///< Personal routines the move was taken out of.
    QStringList made;    ///< Personal copies of built-in routines, made without the move.
    QStringList kept;    ///< Personal routines left as they are: the move is all they hold.
    bool isEmpty() const { return changed.isEmpty() && made.isEmpty(); }
};

/// One routine in the library: a built-in one (read-only) or the person's own.
struct LibraryEntry {
    quint64 key = 0; ///< Stable identity for undo commands (rows move, keys do not).
    bool builtIn = false;
    StoredRoutine stored;  ///< For personal routines; for built-ins only `routine` is used.
    QByteArray savedBytes; ///< The routine as last read from or written to disk; empty when never saved.

    const Routine& routine() const { return stored.routine; }
    bool readOnly() const { return builtIn || stored.readOnly; }
};

/// Every routine the person can pick or edit, as a list model, with the undo stack that every edit
/// goes through. Built-in routines come first and are read-only. Edits stay in memory until save().
///
/// The mutators are meant for QUndoCommands (RoutineCommands.h); views push commands instead.
class RoutineLibrary : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, BuiltInRole, ReadOnlyRole };
    /// Which part of a dose an edit changes: successive edits of one field of one step merge into one
    /// undo step (a spin-box run).
    enum class DoseField { Unit, Amount, Sets, Sides, Rest };

    RoutineLibrary(const Catalog& catalog, RoutineStore& store, QObject* parent = nullptr);

    /// Reads the built-in and personal routines. Returns what went wrong with files, in plain words.
    QList<StoreProblem> load();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    QUndoStack* undoStack() { return &m_undo; }
    const Catalog& catalog() const { return m_catalog; }
    RoutineStore& store() { return m_store; }

    const LibraryEntry* entry(quint64 key) const;
    const LibraryEntry* entryAt(int row) const;
    int rowOf(quint64 key) const;
    quint64 newKey() { return ++m_lastKey; }
    /// Personal routines whose content differs from what is on disk, plus deleted ones to remove.
    bool hasUnsavedChanges() const;
    /// A new personal routine (not yet saved) named `name`, with a fresh file name.
    LibraryEntry makePersonal(const Routine& routine);

    /// Writes every changed personal routine and removes deleted ones. Stops at nothing: tries all,
    /// and returns the errors (empty on success). Failed routines stay in memory, still unsaved.
    QStringList save(bool overwriteExternalChanges = false);

    // Edits for views: each is one undoable step on undoStack(), named for Edit > Undo. Views call
    // these and never build undo commands themselves.
    /// Adds a personal routine (new, duplicate or import) at the end; returns its key.
    quint64 addRoutine(const Routine& routine, const QString& undoText);
    void removeRoutine(int row);
    void renameRoutine(quint64 key, const QString& name);
    void addStep(quint64 key, int index, const RoutineStep& step);
    void removeStep(quint64 key, int index);
    void moveStepUndoably(quint64 key, int from, int to);
    void changeDose(quint64 key, int index, const Dose& dose, DoseField field);

    /// Whether leaveOut() would change anything: a personal routine holds the move beside other moves,
    /// or a built-in routine in `builtInIds` holds it and no copy without it exists yet.
    bool canLeaveOut(const QString& exerciseId, const QStringList& builtInIds) const;
    /// One undoable step ("Take Low roll out of your routines"): every step of the move leaves the
    /// personal routines, and each built-in routine in `builtInIds` that holds it gets a personal copy
    /// without it ("Full back (without Low roll)"), as built-in routines cannot be changed.
    LeaveOutResult leaveOut(const QString& exerciseId, const QStringList& builtInIds);
    /// The name leaveOut() gives the copy of a built-in routine.
    QString withoutName(const Routine& builtIn, const QString& exerciseId) const;

    /// The name of an exercise for undo texts and lists: its catalog name, or its id when unknown.
    QString exerciseName(const QString& id) const;

    // Mutators for the undo commands. Each emits the model signals views need.
    void insertEntry(int row, const LibraryEntry& e);
    LibraryEntry takeEntry(int row);
    void setName(quint64 key, const QString& name);
    void setDescription(quint64 key, const QString& description);
    void insertStep(quint64 key, int index, const RoutineStep& step);
    RoutineStep takeStep(quint64 key, int index);
    void moveStep(quint64 key, int from, int to);
    void setDose(quint64 key, int index, const Dose& dose);

Q_SIGNALS:
    /// The steps of routine `key` changed in some way (for the steps view and totals).
    void stepsChanged(quint64 key);
    void stepAboutToBeInserted(quint64 key, int index);
    void stepInserted(quint64 key, int index);
    void stepAboutToBeRemoved(quint64 key, int index);
    void stepRemoved(quint64 key, int index);
    void stepAboutToBeMoved(quint64 key, int from, int to);
    void stepMoved(quint64 key, int from, int to);
    void doseChanged(quint64 key, int index);
    /// Whether there are unsaved changes may have changed.
    void modifiedChanged(bool modified);

private:
    LibraryEntry* mutableEntry(quint64 key);
    void touched(quint64 key);

    const Catalog& m_catalog;
    RoutineStore& m_store;
    QList<LibraryEntry> m_entries;
    QList<LibraryEntry> m_deleted; ///< Personal routines removed since the last save, still on disk.
    QUndoStack m_undo;
    quint64 m_lastKey = 0;
    bool m_lastModified = false;
};

} // namespace rollguide
