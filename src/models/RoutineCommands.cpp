// SPDX-FileCopyrightText: 2026 The RollGuide authors
// SPDX-License-Identifier: MIT
#include "RoutineCommands.h"

#include <QCoreApplication>

namespace rollguide {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rollguide::RoutineCommands)
};
} // namespace

AddRoutineCommand::AddRoutineCommand(RoutineLibrary& lib, LibraryEntry entry, int row, const QString& text)
    : QUndoCommand(text)
    , m_lib(lib)
    , m_entry(std::move(entry))
    , m_row(row) {}

void AddRoutineCommand::redo() {
    m_lib.insertEntry(m_row, m_entry);
}

void AddRoutineCommand::undo() {
    const int row = m_lib.rowOf(m_entry.key);
    if (row >= 0)
        m_entry = m_lib.takeEntry(row);
}

RemoveRoutineCommand::RemoveRoutineCommand(RoutineLibrary& lib, int row)
    : m_lib(lib)
    , m_entry(*lib.entryAt(row))
    , m_row(row) {
    setText(Text::tr("delete \"%1\"").arg(m_entry.routine().name));
}

void RemoveRoutineCommand::redo() {
    m_entry = m_lib.takeEntry(m_lib.rowOf(m_entry.key));
}

void RemoveRoutineCommand::undo() {
    m_lib.insertEntry(m_row, m_entry);
}

RenameRoutineCommand::RenameRoutineCommand(RoutineLibrary& lib, quint64 key, const QString& newName)
    : m_lib(lib)
    , m_key(key)
    , m_old(lib.entry(key)->routine().name)
    , m_new(newName) {
    setText(Text::tr("rename to \"%1\"").arg(newName));
}

void RenameRoutineCommand::redo() {
    m_lib.setName(m_key, m_new);
}
void RenameRoutineCommand::undo() {
    m_lib.setName(m_key, m_old);
}

AddStepCommand::AddStepCommand(RoutineLibrary& lib, quint64 key, int index, const RoutineStep& step,
                               const QString& name)
    : QUndoCommand(Text::tr("add \"%1\"").arg(name))
    , m_lib(lib)
    , m_key(key)
    , m_index(index)
    , m_step(step) {}

void AddStepCommand::redo() {
    m_lib.insertStep(m_key, m_index, m_step);
}
void AddStepCommand::undo() {
    m_lib.takeStep(m_key, m_index);
}

RemoveStepCommand::RemoveStepCommand(RoutineLibrary& lib, quint64 key, int index, const QString& name)
    : QUndoCommand(Text::tr("remove \"%1\"").arg(name))
    , m_lib(lib)
    , m_key(key)
    , m_index(index) {}

void RemoveStepCommand::redo() {
    m_step = m_lib.takeStep(m_key, m_index);
}
void RemoveStepCommand::undo() {
    m_lib.insertStep(m_key, m_index, m_step);
}

MoveStepCommand::MoveStepCommand(RoutineLibrary& lib, quint64 key, int from, int to, const QString& name)
    : QUndoCommand(Text::tr("move \"%1\"").arg(name))
    , m_lib(lib)
    , m_key(key)
    , m_from(from)
    , m_to(to) {}

void MoveStepCommand::redo() {
    m_lib.moveStep(m_key, m_from, m_to);
}
void MoveStepCommand::undo() {
    m_lib.moveStep(m_key, m_to, m_from);
}

SetDoseCommand::SetDoseCommand(RoutineLibrary& lib, quint64 key, int index, const Dose& newDose, Field field,
                               const QString& name)
    : QUndoCommand(Text::tr("change the dose of \"%1\"").arg(name))
    , m_lib(lib)
    , m_key(key)
    , m_index(index)
    , m_old(lib.entry(key)->routine().steps.at(index).dose)
    , m_new(newDose)
    , m_field(field) {}

void SetDoseCommand::redo() {
    m_lib.setDose(m_key, m_index, m_new);
}
void SetDoseCommand::undo() {
    m_lib.setDose(m_key, m_index, m_old);
}

bool SetDoseCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const SetDoseCommand*>(other);
    if (o->m_key != m_key || o->m_index != m_index || o->m_field != m_field)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace rollguide
