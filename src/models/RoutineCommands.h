// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#pragma once

#include "RoutineLibrary.h"

#include <QUndoCommand>

// The undo commands behind RoutineLibrary's edits. Only RoutineLibrary creates them; views call the
// library (RoutineLibrary::addStep() ...), as Subsurface's views call its command functions.

namespace rollguide {

/// Adds a personal routine (new, duplicate or import) at `row`.
class AddRoutineCommand : public QUndoCommand {
public:
    AddRoutineCommand(RoutineLibrary& lib, LibraryEntry entry, int row, const QString& text);
    void redo() override;
    void undo() override;

private:
    RoutineLibrary& m_lib;
    LibraryEntry m_entry;
    int m_row;
};

/// Deletes a personal routine; its file goes at the next save (and stays recoverable).
class RemoveRoutineCommand : public QUndoCommand {
public:
    RemoveRoutineCommand(RoutineLibrary& lib, int row);
    void redo() override;
    void undo() override;

private:
    RoutineLibrary& m_lib;
    LibraryEntry m_entry;
    int m_row;
};

class RenameRoutineCommand : public QUndoCommand {
public:
    RenameRoutineCommand(RoutineLibrary& lib, quint64 key, const QString& newName);
    void redo() override;
    void undo() override;

private:
    RoutineLibrary& m_lib;
    quint64 m_key;
    QString m_old, m_new;
};

class AddStepCommand : public QUndoCommand {
public:
    AddStepCommand(RoutineLibrary& lib, quint64 key, int index, const RoutineStep& step, const QString& name);
    void redo() override;
    void undo() override;

private:
    RoutineLibrary& m_lib;
    quint64 m_key;
    int m_index;
    RoutineStep m_step;
};

class RemoveStepCommand : public QUndoCommand {
public:
    RemoveStepCommand(RoutineLibrary& lib, quint64 key, int index, const QString& name);
    void redo() override;
    void undo() override;

private:
    RoutineLibrary& m_lib;
    quint64 m_key;
    int m_index;
    RoutineStep m_step;
};

class MoveStepCommand : public QUndoCommand {
public:
    MoveStepCommand(RoutineLibrary& lib, quint64 key, int from, int to, const QString& name);
    void redo() override;
    void undo() override;

private:
    RoutineLibrary& m_lib;
    quint64 m_key;
    int m_from, m_to;
};

/// Changes one step's dose. Successive changes to the same field of the same step (a spin-box run)
/// merge into one undo step.
class SetDoseCommand : public QUndoCommand {
public:
    using Field = RoutineLibrary::DoseField;
    SetDoseCommand(RoutineLibrary& lib, quint64 key, int index, const Dose& newDose, Field field,
                   const QString& name);
    void redo() override;
    void undo() override;
    int id() const override { return 0x524744; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    RoutineLibrary& m_lib;
    quint64 m_key;
    int m_index;
    Dose m_old, m_new;
    Field m_field;
};

} // namespace rollguide
